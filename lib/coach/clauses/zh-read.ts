import { alt, type Clause, type Sentence } from './zh-split';
import type { ZhWords } from './zh-words';

// What every Chinese reader shares: the compiled word classes, question and hypothetical checks, spans, pivots.

export interface Compiled {
  w: ZhWords;
  customer: string;
  agent: string;
  kind: RegExp;
  owns: RegExp;
  question: RegExp;
  conditionalBefore: RegExp;
  pivot: RegExp;
  agentActs: RegExp;
}

export function compile(w: ZhWords): Compiled {
  return {
    w,
    customer: alt(w.customer),
    agent: alt(w.agent),
    kind: new RegExp(alt(w.kind)),
    owns: new RegExp(alt(w.owns)),
    question: new RegExp(alt(w.question)),
    conditionalBefore: new RegExp(`${alt(w.conditional)}$`),
    pivot: new RegExp(alt(w.pivot)),
    agentActs: new RegExp(alt(w.agentActs)),
  };
}

/** A question that asks for information, not a rhetorical jab. */
export function asks(c: Compiled, s: Sentence): boolean {
  return (s.mark === '？' || s.mark === '?') && c.question.test(s.text);
}

/** Where a match in a clause starts and ends in the draft, through the clause's end when asked. */
export function span(clause: Clause, m: RegExpExecArray, toClauseEnd = false): [number, number] {
  const start = clause.start + m.index;
  return [start, toClauseEnd ? clause.end : start + m[0].length];
}

/** The customer named at `index` of `text` is inside a hypothetical (如果您…) rather than a statement. */
export function hypothetical(c: Compiled, text: string, index: number): boolean {
  return c.conditionalBefore.test(text.slice(Math.max(0, index - 4), index));
}

/** How many clauses on a move reaches for its cause, consequence or pivot; also keeps long sentences linear. */
export const NEAR = 3;

/** A refusal or rule that turns, in its sentence or the next, to what the agent will do instead. */
export function pivots(c: Compiled, sentences: Sentence[], i: number, fromClause: number): boolean {
  const s = sentences[i]!;
  const rest = s.clauses.slice(fromClause, fromClause + 2 * NEAR).map((cl) => cl.text);
  if (rest.some((t) => c.pivot.test(t))) return true;
  const next = sentences[i + 1];
  return Boolean(next && c.pivot.test(next.text));
}

/** A clause that states a condition: …的话 / 只要… */
export const IF = /的话|的話|如果|如果係|只要|假如|要是/;

/** A party is named as answerable: 是医生的问题. */
export const BLAMED = /(?:的|嘅)(?:问题|問題|责任|責任|锅|鍋|错|錯)/;

export type Read = (c: Compiled, sentences: Sentence[], draft: string) => Array<[number, number]>;
