import type { Emotion } from '../types';
import type { Hit, PunctRun } from './scan';

/**
 * The rules, each a small named function over the scan. Weights follow VADER's published constants where
 * one exists (contrast 0.5/1.5, caps emphasis, negation window of three words) and were otherwise set by
 * hand on half of the dev rows and checked on the other half.
 */

/** How far a negator reaches: three words, or three characters in Chinese (不太满意, 不是很好). */
export const NEGATION_WINDOW = 3;
/** How far an intensifier or downtoner reaches. */
export const MODIFIER_WINDOW = 2;
/** VADER's "but" rule: the clause before counts half, the clause after half again. */
export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER = 1.5;
/** A word in capitals among lower-case words is emphasis (VADER's C_INCR is 0.733 on a 4-point scale). */
export const CAPS_BOOST = 1.4;
/** Letter stretching ("sooo", "nooo") is emphasis too, slightly weaker. */
export const STRETCH_BOOST = 1.25;
/** Praise inside a question is not yet praise. */
export const QUESTION_POSITIVE = 0.6;
/** A question on its own reads as mild confusion. */
export const QUESTION_CONFUSION = 0.55;

export interface Contribution {
  start: number;
  end: number;
  emotion: Emotion;
  weight: number;
  cue: string;
  sentence: number;
  /** Position in the scan, for contrast. */
  unit: number;
}

export const POSITIVE: ReadonlySet<Emotion> = new Set(['joy', 'gratitude']);

/** The negator in scope of `hit`, if any: same clause, within the window. */
export function negatorInScope(hit: Hit, neg: Hit | null): boolean {
  return neg !== null && neg.clause === hit.clause && hit.unit >= neg.unitEnd && hit.unit - neg.unitEnd < NEGATION_WINDOW;
}

export function modifierInScope(hit: Hit, mod: Hit | null): boolean {
  return mod !== null && mod.clause === hit.clause && hit.unit >= mod.unitEnd && hit.unit - mod.unitEnd < MODIFIER_WINDOW;
}

/**
 * Negation: "not happy" / 不开心 is frustration, not joy; "not worried" / 不担心 is close to calm.
 * Returns the emotions the negated cue supports instead.
 */
export function negate(emotion: Emotion, weight: number): [Emotion, number] | null {
  if (emotion === 'joy') return ['frustration', weight * 0.75];
  if (emotion === 'gratitude') return null;
  if (emotion === 'confusion') return null;
  return ['joy', weight * 0.2];
}

/** Emphasis from how the word was written. */
export function emphasis(hit: Hit, mostlyCaps: boolean): number {
  let m = 1;
  if (hit.caps && !mostlyCaps) m *= CAPS_BOOST;
  if (hit.stretched) m *= STRETCH_BOOST;
  return m;
}

/** Contrast: everything before the last contrast word weighs less, everything after more. */
export function applyContrast(contribs: Contribution[], contrastUnits: readonly number[]): void {
  if (contrastUnits.length === 0) return;
  const at = contrastUnits[contrastUnits.length - 1]!;
  for (const c of contribs) c.weight *= c.unit < at ? CONTRAST_BEFORE : CONTRAST_AFTER;
}

/** Questions: praise inside them is discounted. */
export function applyQuestions(contribs: Contribution[], questions: ReadonlySet<number>): void {
  if (questions.size === 0) return;
  for (const c of contribs) if (questions.has(c.sentence) && POSITIVE.has(c.emotion)) c.weight *= QUESTION_POSITIVE;
}

/** Punctuation runs: "!!!" amplifies its sentence; "???" adds confusion and impatience; "。。。" weary sadness. */
export function punctuationContributions(runs: readonly PunctRun[], contribs: Contribution[]): Contribution[] {
  const extra: Contribution[] = [];
  for (const r of runs) {
    if (r.kind === '!') {
      const amp = 1 + 0.08 * Math.min(r.length, 4);
      for (const c of contribs) if (c.sentence === r.sentence) c.weight *= amp;
      if (r.length >= 2) extra.push(run(r, 'frustration', 0.15 * Math.min(r.length, 4)));
    } else if (r.kind === '?') {
      extra.push(run(r, 'confusion', 0.3), run(r, 'frustration', 0.15 * Math.min(r.length, 4)));
    } else {
      extra.push(run(r, 'sadness', 0.2));
    }
  }
  return extra;
}

function run(r: PunctRun, emotion: Emotion, weight: number): Contribution {
  return { start: r.start, end: r.end, emotion, weight, cue: 'punctuation', sentence: r.sentence, unit: -1 };
}

/**
 * Sarcasm: an explicit marker (呵呵, "yeah right", "great, just great") or praise and thanks inside a
 * clear complaint turn that praise into frustration.
 */
export function applySarcasm(contribs: Contribution[], markers: number): void {
  let neg = 0;
  let pos = 0;
  for (const c of contribs) {
    if (POSITIVE.has(c.emotion)) pos += c.weight;
    else if (c.emotion !== 'confusion') neg += c.weight;
  }
  if (pos === 0) return;
  const complaint = markers > 0 || (neg >= 2 && neg > pos * 1.2);
  if (!complaint) return;
  const keep = markers > 0 ? 0.9 : 0.5;
  for (const c of contribs) {
    if (!POSITIVE.has(c.emotion)) continue;
    c.emotion = 'frustration';
    c.weight *= keep;
    c.cue = 'sarcasm';
  }
}
