import type { CoachIssueKind } from '../types';

/** One span a clause reader flags, with offsets into the draft exactly as typed. */
export interface ClauseHit {
  start: number;
  end: number;
  alternative: string;
}

/**
 * A coach check that reads clauses (who is the subject, is the verb negated, what is named as the cause)
 * instead of matching one phrasing, so rewordings of the same move are caught. Regex rules stay for
 * fixed phrases; clause readers are for moves that come in many shapes.
 */
export interface ClauseReader {
  id: string;
  kind: CoachIssueKind;
  find(draft: string): ClauseHit[];
}
