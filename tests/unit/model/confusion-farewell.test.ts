import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel, loadModel } from '@/lib/model';
import { confusionLeads } from '@/lib/model/blend';
import { emptyPrediction, type Prediction } from '@/lib/model/model';
import type { MessageAnalysis } from '@/lib/types';

// The model's negative head decides the side; its emotion head can still be sure the customer is confused.

/** anger, frustration, anxiety, sadness, confusion, joy, gratitude, neutral */
function pred(probs: number[], negative: number): Prediction {
  const p = emptyPrediction();
  p.probs.set(probs);
  p.negative = negative;
  return p;
}

function lexOf(text: string, anger = 0): MessageAnalysis {
  installModel(null);
  const lex = analyzeMessage(text);
  return { ...lex, emotions: { ...lex.emotions, anger } };
}

const ASKED = 'The order page says two items, the parcel had one. Which is it?';

describe('confusion leads against the negative side', () => {
  test('when it is the model’s clear favourite and as sure as the upset', () => {
    const p = pred([0.02, 0.1, 0.08, 0.02, 0.7, 0.02, 0.01, 0.05], 0.68);
    expect(confusionLeads(p, lexOf(ASKED), ASKED)).toBe(true);
  });

  test('not when the upset is surer, or the negative side is near it', () => {
    expect(confusionLeads(pred([0.02, 0.1, 0.08, 0.02, 0.7, 0.02, 0.01, 0.05], 0.9), lexOf(ASKED), ASKED)).toBe(false);
    expect(confusionLeads(pred([0.05, 0.25, 0.1, 0.02, 0.55, 0.01, 0.01, 0.01], 0.5), lexOf(ASKED), ASKED)).toBe(false);
    expect(confusionLeads(pred([0.02, 0.2, 0.1, 0.02, 0.45, 0.1, 0.01, 0.1], 0.4), lexOf(ASKED), ASKED)).toBe(false);
  });

  test('not when an angry word, an exclamation or a threat says otherwise', () => {
    const p = pred([0.02, 0.1, 0.08, 0.02, 0.7, 0.02, 0.01, 0.05], 0.68);
    expect(confusionLeads(p, lexOf(ASKED, 0.6), ASKED)).toBe(false);
    const shouted = 'The order page says two items, the parcel had one. Which is it?!';
    expect(confusionLeads(p, lexOf(shouted), shouted)).toBe(false);
    const threat =
      'The order page says two items, the parcel had one. Which is it? Sort it or I report you to Trading Standards.';
    expect(confusionLeads(p, lexOf(threat), threat)).toBe(false);
  });
});

describe('with the shipped model', () => {
  beforeAll(async () => {
    expect(await loadModel()).not.toBeNull();
  });
  afterAll(() => installModel(null));

  test('a question weighing what two sources say about money reads as confusion', () => {
    const text =
      "I was charged twice, then one of the charges vanished, and now there's a refund for a completely different amount. Which of these is real?";
    expect(analyzeMessage(text).primary).toBe('confusion');
  });

  test('letting go said outright, or a long tie ended while leaving', () => {
    expect(
      analyzeMessage(
        'I have used your planner app since 2014. Switching to another one this week, no hard feelings. Please close my account.',
      ).primary,
    ).toBe('sadness');
  });

  test('leaving with an angry word or a shout is still a complaint', () => {
    const angry = 'I have been with you for twelve years and this is how you treat me? Outrageous. Close my account!';
    expect(analyzeMessage(angry).primary).not.toBe('sadness');
  });
});
