import type { ClauseReader } from './clauses/types';
import type { CoachRule } from './rules/types';
import { GUARD_WINDOW } from './rules/types';
import type { CoachIssue } from './types';

/** What ends a sentence for the coach's guards, in both scripts. */
export const SENTENCE_END = /[.!?。！？;；\n]/;

/** How far a sentence guard looks each side of a match: a run-on paste without punctuation is not one sentence. */
const SENTENCE_REACH = 400;

function sentenceAround(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  let from = start;
  while (from > floor && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < ceiling && !SENTENCE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}

function guardsAllow(rule: CoachRule, text: string, start: number, end: number): boolean {
  if (rule.notBefore?.test(text.slice(Math.max(0, start - GUARD_WINDOW), start))) return false;
  if (rule.notAfter?.test(text.slice(end, end + GUARD_WINDOW))) return false;
  if (rule.notInSentence?.test(sentenceAround(text, start, end))) return false;
  return true;
}

/** Every rule match that survives its guards and every clause-reader hit, overlaps resolved to the longest span. */
export function findIssues(
  text: string,
  rules: readonly CoachRule[],
  readers: readonly ClauseReader[] = [],
): CoachIssue[] {
  const found: CoachIssue[] = [];
  for (const reader of readers) {
    for (const hit of reader.find(text)) {
      if (hit.end <= hit.start) continue;
      const { start, end, alternative } = hit;
      found.push({ kind: reader.kind, ruleId: reader.id, start, end, text: text.slice(start, end), alternative });
    }
  }
  for (const rule of rules) {
    if (rule.notInDraft?.test(text)) continue;
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    // A fresh RegExp per call: rule data is shared and must not carry lastIndex between drafts.
    const re = new RegExp(rule.pattern.source, flags);
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (!guardsAllow(rule, text, start, end)) continue;
      found.push({ kind: rule.kind, ruleId: rule.id, start, end, text: m[0], alternative: rule.alternative });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: CoachIssue[] = [];
  for (const issue of found) {
    const last = kept[kept.length - 1];
    if (last && issue.start < last.end) {
      if (issue.end - issue.start > last.end - last.start) kept[kept.length - 1] = issue;
      continue;
    }
    kept.push(issue);
  }
  return kept;
}
