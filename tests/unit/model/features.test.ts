import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { setTap } from '@/lib/model/blend';
import { extract, FOLD_END, FOLD_START, featureBuffer, MODEL_LABELS } from '@/lib/model/features';
import { NEG_LABELS } from '@/lib/model/model';
import { EMOTIONS, NEGATIVE_EMOTIONS } from '@/lib/types';
import { foldTable } from '../../../scripts/train/data';

/** The features of `text` exactly as the panel computes them (the rules' cleaned text and read-out). */
function featuresOf(text: string, fold: Uint16Array): number[] {
  const buf = featureBuffer();
  setTap((t, lex) => extract(t, lex, buf, fold));
  try {
    analyzeMessage(text);
  } finally {
    setTap(null);
  }
  return [...buf.idx.subarray(0, buf.n)].sort((a, b) => a - b);
}

describe('model labels', () => {
  test('are the engine emotions then neutral, one list (lib/types EMOTIONS)', () => {
    expect(MODEL_LABELS).toEqual([...EMOTIONS, 'neutral']);
  });

  test('the first NEG_LABELS are exactly the negative emotions', () => {
    expect(new Set(MODEL_LABELS.slice(0, NEG_LABELS))).toEqual(new Set(NEGATIVE_EMOTIONS));
  });
});

describe('繁 → 简 folding', () => {
  const fold = foldTable();

  test('maps Traditional characters to Simplified and leaves Simplified ones alone', () => {
    const at = (c: string) => fold[c.charCodeAt(0) - FOLD_START];
    expect(String.fromCharCode(at('這')!)).toBe('这');
    expect(String.fromCharCode(at('務')!)).toBe('务');
    expect(at('这')).toBe(0);
    expect(at('我')).toBe(0);
    expect(fold.length).toBe(FOLD_END - FOLD_START);
  });

  test('a Traditional message gets the n-grams of its Simplified twin', () => {
    expect(featuresOf('這個服務太差了，退款還沒到帳', fold)).toEqual(featuresOf('这个服务太差了，退款还没到帐', fold));
  });

  test('without the fold the two scripts read differently (the fold does the work)', () => {
    const none = new Uint16Array(FOLD_END - FOLD_START);
    expect(featuresOf('這個服務太差了', none)).not.toEqual(featuresOf('这个服务太差了', none));
  });
});

describe('English features', () => {
  const none = new Uint16Array(FOLD_END - FOLD_START);

  test('a negator marks the words after it, so "not happy" and "happy" differ by more than the word "not"', () => {
    const neg = featuresOf('i am not happy with it', none);
    const plain = featuresOf('i am happy with it', none);
    const extra = neg.filter((f) => !plain.includes(f));
    // "not" itself, its sub-grams (none: 3 letters), pairs, and the negated copies of the words after it.
    expect(extra.length).toBeGreaterThanOrEqual(4);
  });

  test("an apostrophe inside a word is dropped: don't and dont read alike", () => {
    expect(featuresOf("I don't like it", none)).toEqual(featuresOf('I dont like it', none));
  });
});
