import type { CoachIssueKind } from '../types';

/**
 * One phrasing the coach flags. Patterns run on the draft exactly as typed (no normalised copy),
 * so match offsets are the offsets the panel highlights.
 */
export interface CoachRule {
  id: string;
  kind: CoachIssueKind;
  /** Without the `g` flag; the engine adds it. */
  pattern: RegExp;
  /** A calmer way to say it, in the rule's language. */
  alternative: string;
  /** Skip the match when the text just before it matches (e.g. "if you" before "can't"). */
  notBefore?: RegExp;
  /** Skip the match when the text just after it matches (e.g. "wait" after "can't"). */
  notAfter?: RegExp;
  /** Skip the match when its sentence matches (e.g. an apology around "never happen again"). */
  notInSentence?: RegExp;
  /** Skip the match when anywhere in the draft matches (e.g. the agent owns the mistake elsewhere). */
  notInDraft?: RegExp;
}

/** How far around a match the before/after guards look, in UTF-16 units. */
export const GUARD_WINDOW = 24;
