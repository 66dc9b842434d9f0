import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel } from '@/lib/model';
import { settle } from '@/lib/model/blend';
import type { EmotionLabel } from '@/lib/types';

// The thirty-second session's settle() changes; every sentence here is written for the test, none is a dev row or
// from a headline set.
const EN = 0;
const ZH = 1;

function settled(text: string, chosen: EmotionLabel, confidence: number, group = EN): EmotionLabel {
  installModel(null);
  return settle(chosen, confidence, 0.1, 0.9, analyzeMessage(text), group, text).label;
}

describe('a weak negative guess with no negative word gives way to the rules', () => {
  test.each([
    ['Order 5521 for the blue sofa, delivery slot Tuesday', 'anxiety'],
    ['When the app opens on the smart TV', 'anger'],
    ['Can your kettle boil milk too?', 'frustration'],
  ] as const)('%j (model: %s at 0.22) is not negative', (text, chosen) => {
    expect(['neutral', 'confusion', 'joy', 'gratitude']).toContain(settled(text, chosen, 0.22));
  });

  test('a surer guess stands', () => {
    expect(settled('When the app opens on the smart TV', 'anger', 0.6)).toBe('anger');
  });

  test('a negative word in the message keeps the guess', () => {
    expect(settled('The app is useless on the smart TV', 'frustration', 0.22)).toBe('frustration');
  });

  test('sadness told in plain words keeps the guess', () => {
    expect(settled('Someone took my bag on the train and the photos of our trip are gone.', 'sadness', 0.22)).toBe(
      'sadness',
    );
  });

  test('not on Chinese text, where reviews complain without a lexicon word', () => {
    expect(['anger', 'frustration', 'sadness', 'anxiety']).toContain(
      settled('点了两份米饭只来了一份', 'anger', 0.22, ZH),
    );
  });
});

describe('asking to close the account does not make a calm question a threat', () => {
  test('a move-out cancellation asked how', () => {
    expect(
      settled(
        "We're moving abroad and need to stop the service from 1 March. How do I cancel the account?",
        'anger',
        0.5,
      ),
    ).toBe('neutral');
  });

  test('a cancellation after a death stays sad', () => {
    expect(
      settled('Please close my mother’s account, she passed away last week. What do you need from me?', 'sadness', 0.5),
    ).toBe('sadness');
  });
});
