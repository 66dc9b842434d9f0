import { describe, expect, test } from 'vitest';
import { coachDraft, MAX_COACHED_CHARS } from '@/lib/coach';

// A pasted blob must not freeze the panel: wording is checked on the tail only, with offsets into the whole draft.
const FILLER = 'Here is the summary of the settings page and the steps we went through together. ';
const BAD = 'You should have read the manual. ';

describe('long drafts', () => {
  test.each([
    ['short draft, checked whole', BAD + FILLER, false],
    ['long draft, bad sentence in the checked tail', FILLER.repeat(400) + BAD, true],
  ])('%s', (_name, draft, partial) => {
    const r = coachDraft(draft);
    expect(r.checkedFrom !== undefined).toBe(partial);
    const blame = r.issues.find((i) => i.kind === 'blame');
    expect(blame).toBeDefined();
    expect(draft.slice(blame!.start, blame!.end)).toBe(blame!.text);
    if (partial) expect(blame!.start).toBeGreaterThan(draft.length - MAX_COACHED_CHARS);
  });

  test('a bad sentence before the checked tail is not reported, and the report says so', () => {
    const draft = BAD + FILLER.repeat(400);
    const r = coachDraft(draft);
    expect(r.checkedFrom).toBe(draft.length - MAX_COACHED_CHARS);
    expect(r.issues.filter((i) => i.kind === 'blame')).toEqual([]);
  });

  test('the checked tail never starts inside a surrogate pair', () => {
    const draft = `${'😀'.repeat(MAX_COACHED_CHARS)}x`;
    const from = coachDraft(draft).checkedFrom!;
    const c = draft.charCodeAt(from);
    expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
  });
});

describe('run-on drafts', () => {
  test('a sentence guard reads a bounded window: a far-off sorry in one unpunctuated paste does not clear a match', () => {
    const draft = `sorry ${'word '.repeat(3_000)}calm down ${'word '.repeat(800)}`;
    const r = coachDraft(draft);
    expect(r.issues.some((i) => i.kind === 'dismissive')).toBe(true);
  });
});
