import { describe, expect, it } from 'vitest';
import { coachDraft } from '@/lib/coach';
import { EN_ABSOLUTE_ALT, EN_POLICY_ALT } from '@/lib/coach/en-shared';

// A refusal or a rule-as-reason gets the same suggested wording whichever reader (phrase rule, compose
// family or clause reader) catches it: the wording lives once, in lib/coach/en-shared.ts.
describe('English suggested wording is shared by every reader', () => {
  it.each([
    ['We cannot refund this order.', 'absolute', EN_ABSOLUTE_ALT],
    ['That is absolutely impossible.', 'absolute', EN_ABSOLUTE_ALT],
    ['Our policy does not allow refunds after 30 days.', 'policy', EN_POLICY_ALT],
  ])('%s → %s', (draft, kind, alternative) => {
    const issues = coachDraft(draft, { lang: 'en' }).issues.filter((i) => i.kind === kind);
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i.alternative).toBe(alternative);
  });
});

describe('English guards shared by the phrase and compose rules', () => {
  it.each([
    // The compose rules knew "we forgot" and "we delayed" as owning it; the phrase rules did not, and raised
    // en-own-system on these until both read one list.
    [
      'The system cancelled your order. We forgot to renew the card on file and it has been renewed now.',
      'no-ownership',
    ],
    ['A technical error cancelled your booking, and we delayed the fix, which is now in place.', 'no-ownership'],
  ])('an owned failure is not flagged as unowned: %s', (draft, kind) => {
    expect(coachDraft(draft, { lang: 'en' }).issues.filter((i) => i.kind === kind)).toEqual([]);
  });
});
