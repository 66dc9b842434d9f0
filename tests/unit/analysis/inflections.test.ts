import { describe, expect, test } from 'vitest';
import { compilePack, type PackSource } from '@/lib/analysis/pack';

// Inflected forms come from base words; a form that also starts a phrase must keep the base word's reading.
function pack(emotions: Partial<PackSource['emotions']>): PackSource {
  const none = { 1: [] };
  return {
    id: 'en',
    emotions: {
      anger: none,
      frustration: none,
      anxiety: none,
      sadness: none,
      confusion: none,
      joy: none,
      gratitude: none,
      ...emotions,
    },
    negators: [],
    intensifiers: {},
    downtoners: {},
    contrast: [],
    sarcasm: [],
    questionWords: [],
    escalation: {
      churn: [],
      legal: [],
      regulator: [],
      public: [],
      supervisor: [],
      'repeat-contact': [],
      compensation: [],
      abuse: [],
    },
    urgency: {},
    stop: [],
  };
}

describe('inflected forms', () => {
  test.each([
    ['alone', pack({ anger: { 2: ['kill'] } }), 'killed', 2],
    ['also the head of a phrase', pack({ anger: { 2: ['kill'] }, joy: { 2: ['killed it'] } }), 'killed', 2],
    ['phrase still whole', pack({ anger: { 2: ['kill'] }, joy: { 2: ['killed it'] } }), 'killed it', 0],
  ])('%s', (_name, src, key, anger) => {
    const compiled = compilePack(src);
    let node = compiled.words.get(key.split(' ')[0]!);
    for (const w of key.split(' ').slice(1)) node = node?.next?.get(w);
    expect(node?.entry?.emotions?.anger ?? 0).toBe(anger);
  });
});
