import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { MAX_SHOWN_SENTENCE, shownSentence } from '@/lib/analysis/escalation/clauses';

describe("a flag's sentence as quoted in the result", () => {
  test('a list with no full stop is one sentence; the flag quotes a window around its cue, offsets kept', () => {
    const text = `${'1. item\n- point\n'.repeat(400)}I want a full refund for all of this now`;
    const detail = analyzeMessage(text).escalationDetail?.find((d) => d.flag === 'compensation');
    expect(detail).toBeDefined();
    const { sentence, cue } = detail!;
    expect(sentence.text.length).toBeLessThanOrEqual(MAX_SHOWN_SENTENCE);
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.start).toBeLessThanOrEqual(cue.start);
    expect(sentence.end).toBeGreaterThanOrEqual(cue.end);
  });

  test('a short sentence is quoted whole', () => {
    const text = 'Thanks. Refund me the $40 today or I go to my bank.';
    const detail = analyzeMessage(text).escalationDetail?.find((d) => d.flag === 'compensation');
    expect(detail?.sentence.text).toBe('Refund me the $40 today or I go to my bank.');
  });

  test('the window never starts or ends inside a surrogate pair', () => {
    const text = '😀'.repeat(1000);
    const cue = { start: 1000, end: 1002 };
    for (const shift of [0, 1]) {
      const r = shownSentence(
        text,
        { start: shift, end: text.length },
        { start: cue.start + shift, end: cue.end + shift },
      );
      const first = text.charCodeAt(r.start);
      const last = text.charCodeAt(r.end - 1);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      expect(r.end - r.start).toBeLessThanOrEqual(MAX_SHOWN_SENTENCE);
    }
  });
});
