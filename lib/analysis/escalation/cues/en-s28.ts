import type { Cue } from '../types';

// Session 28, read off the misses of the session's blind sets after their final scoring: money asked for politely,
// as an expectation rather than a demand ("I'd expect some gesture on this month's bill", "needs putting back").
// Each is a shape, not one row's wording.

/** What the firm may offer against a bill. */
const GESTURE =
  '(?:gesture|recognition|credit|discount|reduction|allowance|adjustment|goodwill|rebate|compensation|money off)';

export const S28_CUES: Cue[] = [
  // Something off the bill expected: "I'd expect some gesture on this month's bill", "some recognition of that on
  // the next invoice".
  {
    id: 'compensation-expected-on-bill',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      String.raw`\b(?:expect|want|like|see|need|ask for|hoping for|hope for)\s+(?:some|a|an)\s+(?:(?:small|little|goodwill|token|fair)\s+)?${GESTURE}\b[^.!?]{0,40}?\b(?:on|off|against|from|to)\s+(?:the|this|my|our|next|that|this month'?s|next month'?s|the next)\s+(?:[\w'-]+\s+)?(?:bill|invoice|account|statement)\b`,
    ),
  },
  // British passive gerund: "she's been charged twice… needs putting back", "that fee wants refunding".
  {
    id: 'compensation-needs-putting-back',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:needs?|wants?)\s+(?:(?:putting|paying)\s+back|crediting|refunding|reimbursing)\b/,
  },
];
