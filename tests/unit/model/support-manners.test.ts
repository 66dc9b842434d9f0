import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel, loadModel } from '@/lib/model';
import type { Model } from '@/lib/model/model';
import { NEGATIVE_EMOTIONS } from '@/lib/types';

// Written for this test, not taken from the headline sets: the manners of support mail that the panel misread
// (issue 13: a calm "how do I…" question read as frustration, an unsure customer as gratitude).

let model: Model | null = null;
beforeAll(async () => {
  model = await loadModel();
  expect(model).not.toBeNull();
});
afterAll(() => installModel(null));

const negative = (label: string) => (NEGATIVE_EMOTIONS as readonly string[]).includes(label);

describe('the hybrid reads support manners as manners', () => {
  test.each([
    'Hi, my statement shows two payments of 19.99 for May. Is one of them a hold, or was I billed twice?\n\nThanks,\nGrace',
    "I'm probably missing something obvious, but where is the export button? Thanks in advance",
    'Hello, how do I update the card on file? Thank you',
  ])('a calm question is not a complaint: %s', (text) => {
    const a = analyzeMessage(text);
    expect(negative(a.primary)).toBe(false);
    expect(a.primary).not.toBe('gratitude');
  });

  test.each([
    "I'm not sure this is right, but I think my order went to my old address. I really appreciate any help you can give.",
    'This might be a dumb question but does the warranty cover water damage? Thanks a lot :)',
    'I was wondering if my parcel had been sent yet. Many thanks, Sue',
    "I might be wrong, but I think the discount wasn't applied to my last order. Thank you!",
  ])('an unsure customer is not grateful: %s', (text) => {
    expect(analyzeMessage(text).primary).not.toBe('gratitude');
  });

  test.each([
    'Still no tracking number, two weeks after you said it shipped.\n\nThanks,\nJohn',
    'Nobody has replied to my last two emails about the refund. Please sort this out.\n\nThanks in advance,\nJo',
    "I've asked twice now for the receipt. Please send it today.\n\nKind regards,\nLiz",
  ])('a complaint signed off with thanks is still a complaint: %s', (text) => {
    expect(negative(analyzeMessage(text).primary)).toBe(true);
  });

  test('thanks that is the message still reads as gratitude', () => {
    expect(analyzeMessage('The replacement arrived this morning. Thank you so much :)').primary).toBe('gratitude');
  });
});
