import type { ContentLanguage } from '@/lib/types';
import { CUES } from './cues';
import { SENTENCE_END } from './issues';
import type { CoachIssue } from './types';

/**
 * Seed 000's positive language: a refusal or a rule followed by what the agent can do instead is the good
 * reply, even when the offer sits in the next sentence ("Our policy excludes it. What I can do is…").
 * Rules and clause readers see one sentence; this looks at the next one.
 */
const OFFER: Record<ContentLanguage, RegExp> = {
  en: /\b(?:what\s+(?:I|we)\s+can\s+do|(?:I|we)\s+can(?!['’]?t|not|\s+not)\s+(?:\w+ly\s+)?\w+|(?:I|we)(?:['’]d|\s+would)\s+(?:be\s+)?(?:happy|glad)\s+to|instead|alternatively|how\s+about|would\s+you\s+(?:like|prefer))\b/i,
  'zh-Hans':
    /我(?:这边|们)?(?:可以|能)(?:帮|为|给|替)?|可以(?:帮|为|给|替)您|您看(?:这样|可以|行|哪)|或者|另外(?:可以|帮)|改为/,
  'zh-Hant':
    /我(?:這邊|們|哋)?(?:可以|能)(?:幫|為|給|替)?|可以(?:幫|為|給|替)(?:您|你)|您看(?:這樣|可以|行|哪)|你睇下|或者|或是|另外(?:可以|幫)|改為/,
};

/** How far past the flagged span the next sentence may run. */
const REACH = 300;

/**
 * The sentence after the one holding the span. The rest of the span's own sentence is left to the rules'
 * guards: it often still holds the refused act ("我不能提前给您发药").
 */
function nextSentence(draft: string, end: number): string {
  const stop = Math.min(draft.length, end + REACH);
  let i = end;
  while (i < stop && !SENTENCE_END.test(draft[i]!)) i++;
  while (i < stop && SENTENCE_END.test(draft[i]!)) i++;
  const from = i;
  while (i < stop && !SENTENCE_END.test(draft[i]!)) i++;
  return draft.slice(from, i);
}

/** Refusals and rules the agent follows with an alternative are not flagged. */
export function dropAnsweredRefusals(draft: string, issues: CoachIssue[], lang: ContentLanguage): CoachIssue[] {
  return issues.filter((issue) => {
    if (issue.kind !== 'absolute' && issue.kind !== 'policy') return true;
    const after = nextSentence(draft, issue.end);
    return !(OFFER[lang].test(after) || CUES[lang].action.test(after));
  });
}
