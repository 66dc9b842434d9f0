import type { ContentLanguage, ConversationAnalysis, DiscResult, IheartStep } from '@/lib/types';

export type CoachIssueKind = 'blame' | 'defensive' | 'dismissive' | 'absolute' | 'policy' | 'no-ownership' | 'sarcasm';
export const COACH_ISSUE_KINDS: readonly CoachIssueKind[] = [
  'blame',
  'defensive',
  'dismissive',
  'absolute',
  'policy',
  'no-ownership',
  'sarcasm',
];

export type FitKind =
  | 'too-long'
  | 'too-short'
  | 'no-specifics'
  | 'mirrors-anger'
  | 'too-breezy'
  | 'cold'
  | 'no-next-step';
export const FIT_KINDS: readonly FitKind[] = [
  'too-long',
  'too-short',
  'no-specifics',
  'mirrors-anger',
  'too-breezy',
  'cold',
  'no-next-step',
];

export interface CoachContext {
  /** The customer's side of the conversation, from lib/analysis. */
  analysis?: ConversationAnalysis | null;
  disc?: DiscResult | null;
  /**
   * A hint for the draft's language, used when the draft itself is too short or gives no script
   * evidence. A draft that clearly reads as another language wins over the hint.
   */
  lang?: ContentLanguage;
}

export interface CoachIssue {
  kind: CoachIssueKind;
  ruleId: string;
  /** UTF-16 offsets into the draft as given: text === draft.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** In the draft's language. */
  alternative: string;
}

export interface FitNote {
  kind: FitKind;
  detail?: string;
}

export interface CoachReport {
  lang: ContentLanguage;
  issues: CoachIssue[];
  coverage: Record<IheartStep, boolean>;
  /** Steps this customer needs that the draft lacks, in IHEART order; empty for an empty draft. */
  missing: IheartStep[];
  fit: FitNote[];
  empty: boolean;
  /** Set when the draft was too long to check whole: issues were looked for from this offset on. */
  checkedFrom?: number;
}
