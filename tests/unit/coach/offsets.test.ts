import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';

const PHRASES = [
  "It's not our fault",
  'per my last email',
  'calm down',
  'we can’t refund',
  '这不是我们的问题',
  '规定就是这样',
  '不關我們的事',
  '你是聽不懂嗎',
];

describe('issue offsets point into the draft as typed', () => {
  test('for any surrounding text, every issue span is the draft slice', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(...PHRASES),
        fc.string({ maxLength: 40 }),
        (pre, phrase, post) => {
          const draft = `${pre} ${phrase} ${post}`;
          const r = coachDraft(draft);
          for (const i of r.issues) {
            expect(draft.slice(i.start, i.end)).toBe(i.text);
            expect(i.end).toBeGreaterThan(i.start);
          }
          // Issues never overlap, so the panel can highlight them all.
          for (let k = 1; k < r.issues.length; k++)
            expect(r.issues[k]!.start).toBeGreaterThanOrEqual(r.issues[k - 1]!.end);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('emoji and surrogate pairs before a match shift offsets in UTF-16 units', () => {
    const draft = '😀😀 This is user error.';
    const [issue] = coachDraft(draft).issues;
    expect(issue?.start).toBe(draft.indexOf('user error'));
    expect(issue?.text).toBe('user error');
  });

  test('the same rule fires again on a second draft (no shared regex state)', () => {
    expect(coachDraft('Calm down.').issues).toHaveLength(1);
    expect(coachDraft('Calm down.').issues).toHaveLength(1);
  });
});

// How long these take is measured by `npm run bench` (section g); here, what they return.
describe('long and odd drafts', () => {
  test.each([
    ['spaces', `${' '.repeat(20_000)}x`],
    ['newlines', `${'\n'.repeat(20_000)}x`],
    ['one letter', 'a'.repeat(20_000)],
    ['words', 'not ours, '.repeat(2_000)],
    ['Han', '您'.repeat(20_000)],
    ['punctuation', '!?。，'.repeat(5_000)],
  ])('%s: every issue points at its own text', (_name, draft) => {
    const r = coachDraft(draft);
    for (const i of r.issues) expect(draft.slice(i.start, i.end)).toBe(i.text);
  });
});
