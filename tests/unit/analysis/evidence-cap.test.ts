import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { cappedEnd } from '@/lib/analysis/evidence';
import { MAX_EVIDENCE_CHARS } from '@/lib/analysis/limits';

// Issue 19: a long punctuation run or stretched word is one cue, and its evidence quoted the whole run (about
// 40 KB of output for a 1 MB line). Each span now quotes at most MAX_EVIDENCE_CHARS from its start.

describe('evidence quotes a phrase, not a paragraph', () => {
  test.each([
    ['"!?" run, 1 MB', '!?'.repeat(512 * 1024)],
    ['"。" run after a complaint', `太慢了${'。'.repeat(5000)}`],
    ['stretched word', `so${'o'.repeat(30_000)} bad`],
    ['question marks after an emoji', `😡${'?'.repeat(3000)}`],
  ])('%s', (_name, text) => {
    const a = analyzeMessage(text);
    expect(a.evidence.length).toBeGreaterThan(0);
    for (const ev of a.evidence) {
      expect(ev.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    expect(JSON.stringify(a.evidence).length).toBeLessThan(8 * 1024);
  });

  test('a short run is quoted whole', () => {
    const a = analyzeMessage('Where is my refund???');
    expect(a.evidence.map((e) => e.text)).toContain('???');
  });

  test('the cut never splits a surrogate pair', () => {
    const text = `${'x'.repeat(MAX_EVIDENCE_CHARS - 1)}😡😡`;
    const end = cappedEnd(text, 0, text.length);
    expect(end).toBe(MAX_EVIDENCE_CHARS - 1);
    expect(cappedEnd('😡'.repeat(100), 0, 200)).toBe(MAX_EVIDENCE_CHARS);
    expect(cappedEnd('abc', 0, 3)).toBe(3);
  });
});
