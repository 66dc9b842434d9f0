import { tailStart } from '@/lib/analysis/limits';
import type { ContentLanguage, ConversationAnalysis, IheartStep } from '@/lib/types';
import { CONTENT_LANGUAGES, IHEART_STEPS, NEGATIVE_EMOTIONS } from '@/lib/types';
import { CLAUSE_READERS } from './clauses';
import { CUES } from './cues';
import { checkFit } from './fit';
import { findIssues } from './issues';
import { guessDraftLanguage } from './language';
import { dropAnsweredRefusals } from './offer';
import { COACH_RULES } from './rules';
import type { CoachContext, CoachReport } from './types';

export type { ClauseHit, ClauseReader } from './clauses';
export { guessDraftLanguage } from './language';
export type { CoachRule } from './rules';
export { COACH_RULES } from './rules';
export type { CoachContext, CoachIssue, CoachIssueKind, CoachReport, FitKind, FitNote } from './types';
export { COACH_ISSUE_KINDS, FIT_KINDS } from './types';

/**
 * Phrase rules and clause readers look at the last this-many UTF-16 units of a draft: a reply box holds a few
 * hundred words, and a pasted 10 MB blob must not freeze the panel. The tail is what the agent is writing now.
 */
export const MAX_COACHED_CHARS = 20_000;

/** Mild negativity is not yet a failure that calls for an apology. */
const APOLOGY_INTENSITY = 0.3;

function draftLanguage(draft: string, context: CoachContext): { lang: ContentLanguage; sure: boolean } {
  const guess = guessDraftLanguage(draft);
  if (guess.confident) return { lang: guess.lang, sure: true };
  if (context.lang) return { lang: context.lang, sure: false };
  const fromAnalysis = context.analysis?.language;
  if (fromAnalysis && (CONTENT_LANGUAGES as readonly string[]).includes(fromAnalysis)) {
    return { lang: fromAnalysis as ContentLanguage, sure: false };
  }
  return { lang: guess.lang, sure: false };
}

/** Rule sets to run besides the draft's own, so nothing slips through a wrong or unsure guess. */
function extraRuleLanguages(lang: ContentLanguage, sure: boolean): ContentLanguage[] {
  if (lang === 'en') return [];
  // Chinese drafts often carry an English sentence (a pasted macro, a product name).
  const extra: ContentLanguage[] = ['en'];
  // Short Chinese drafts may use only characters both scripts share; then both phrasings apply.
  if (!sure) extra.push(lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans');
  return extra;
}

export function iheartCoverage(draft: string, lang: ContentLanguage): Record<IheartStep, boolean> {
  const cues = CUES[lang];
  return {
    identify: cues.identify.test(draft),
    hear: cues.hear.test(draft),
    empathize: cues.empathize.test(draft),
    apologize: cues.apologize.test(draft),
    // Seed 000: Resolve means a concrete solution; without a when, it is a promise, not a plan.
    resolve: cues.action.test(draft) && cues.timeframe.test(draft),
    thank: cues.thank.test(draft),
  };
}

/** The steps this customer needs; naming feelings and apologising only make sense when something went wrong. */
export function requiredSteps(analysis: ConversationAnalysis | null | undefined): IheartStep[] {
  if (!analysis) return ['identify', 'hear', 'empathize', 'resolve', 'thank'];
  const p = analysis.primary;
  const negative = p !== 'neutral' && NEGATIVE_EMOTIONS.includes(p);
  const feelings = negative || p === 'confusion';
  const failure = (negative && analysis.intensity >= APOLOGY_INTENSITY) || analysis.escalation.length > 0;
  return IHEART_STEPS.filter((step) => {
    if (step === 'identify' || step === 'empathize') return feelings;
    if (step === 'apologize') return failure;
    return true;
  });
}

export function coachDraft(draft: string, context: CoachContext = {}): CoachReport {
  const { lang, sure } = draftLanguage(draft, context);
  const coverage = iheartCoverage(draft, lang);
  if (draft.trim() === '') return { lang, issues: [], coverage, missing: [], fit: [], empty: true };

  const from = tailStart(draft, MAX_COACHED_CHARS);
  const coached = from > 0 ? draft.slice(from) : draft;
  let issues = findIssues(coached, COACH_RULES[lang], CLAUSE_READERS[lang]);
  for (const other of extraRuleLanguages(lang, sure)) {
    for (const extra of findIssues(coached, COACH_RULES[other], CLAUSE_READERS[other])) {
      if (!issues.some((i) => extra.start < i.end && i.start < extra.end)) issues.push(extra);
    }
  }
  issues.sort((a, b) => a.start - b.start);
  issues = dropAnsweredRefusals(coached, issues, lang);
  if (from > 0) {
    for (const issue of issues) {
      issue.start += from;
      issue.end += from;
    }
  }

  const missing = requiredSteps(context.analysis).filter((step) => !coverage[step]);
  const fit = checkFit({ draft, lang, coverage, analysis: context.analysis, disc: context.disc });
  const report: CoachReport = { lang, issues, coverage, missing, fit, empty: false };
  if (from > 0) report.checkedFrom = from;
  return report;
}
