import type { Hit, PunctRun } from './scan';

/**
 * The rules, each a small named function over the scan. Weights follow VADER's published constants where
 * one exists (contrast 0.5/1.5, caps emphasis, negation window of three words) and were otherwise set by
 * hand on half of the dev rows and checked on the other half.
 *
 * Emotions are indices into EMOTIONS (lib/types) in the hot path: anger 0, frustration 1, anxiety 2,
 * sadness 3, confusion 4, joy 5, gratitude 6.
 */
export const ANGER = 0;
export const FRUSTRATION = 1;
export const ANXIETY = 2;
export const SADNESS = 3;
export const CONFUSION = 4;
export const JOY = 5;
export const GRATITUDE = 6;

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
  e: number;
  weight: number;
  cue: string;
  sentence: number;
  /** Position in the scan, for contrast; -1 for punctuation and questions. */
  unit: number;
}

export function isPositive(e: number): boolean {
  return e === JOY || e === GRATITUDE;
}

/** The negator is in scope of `hit`: same clause, within the window, before it. */
export function negatorInScope(hit: Hit, neg: Hit | null): boolean {
  return (
    neg !== null &&
    neg !== hit &&
    neg.clause === hit.clause &&
    hit.unit >= neg.unitEnd &&
    hit.unit - neg.unitEnd < NEGATION_WINDOW
  );
}

export function modifierInScope(hit: Hit, mod: Hit | null): boolean {
  return (
    mod !== null &&
    mod !== hit &&
    mod.clause === hit.clause &&
    hit.unit >= mod.unitEnd &&
    hit.unit - mod.unitEnd < MODIFIER_WINDOW
  );
}

/**
 * Negation: "not happy" / 不开心 is frustration, not joy; "not worried" / 不担心 is close to calm (a little
 * relief). Thanks and confusion simply drop. Returns the emotion the negated cue supports, or -1.
 */
export function negatedEmotion(e: number): number {
  if (e === JOY) return FRUSTRATION;
  if (e === GRATITUDE || e === CONFUSION) return -1;
  return JOY;
}
export function negatedWeight(e: number, w: number): number {
  return e === JOY ? w * 0.75 : w * 0.2;
}

/** A sarcasm marker on its own is a complaint (above the neutral floor). */
export const SARCASM_MARKER = 1.2;

/** "won't print", 没到账: a negated expectation is a complaint. */
export const EXPECTATION_FAILED = 1.6;

/** Emphasis from how the word was written. */
export function emphasis(hit: Hit, mostlyCaps: boolean): number {
  let m = 1;
  if (hit.caps && !mostlyCaps) m *= CAPS_BOOST;
  if (hit.stretched) m *= STRETCH_BOOST;
  return m;
}

/** Contrast: everything before the last contrast word weighs less, everything after more. */
export function applyContrast(contribs: Contribution[], lastContrastUnit: number): void {
  if (lastContrastUnit < 0) return;
  for (const c of contribs) c.weight *= c.unit < lastContrastUnit ? CONTRAST_BEFORE : CONTRAST_AFTER;
}

/** Questions: praise inside them is discounted. */
export function applyQuestions(contribs: Contribution[], questions: ReadonlySet<number>): void {
  if (questions.size === 0) return;
  for (const c of contribs) if (isPositive(c.e) && questions.has(c.sentence)) c.weight *= QUESTION_POSITIVE;
}

/**
 * A question with no stronger cue in it reads as mild confusion (GoEmotions and helpdesks alike: "how do I
 * …?"), placed on the question mark when there is one.
 */
export function questionContributions(contribs: Contribution[], questions: ReadonlySet<number>): void {
  // One pass to find the sentences that already carry a strong cue, so a message of thousands of questions
  // stays linear.
  let strong: Set<number> | null = null;
  for (const c of contribs) {
    if (c.e !== CONFUSION && c.weight >= 0.8 && questions.has(c.sentence)) {
      strong ??= new Set();
      strong.add(c.sentence);
    }
  }
  for (const q of questions) {
    if (strong?.has(q)) continue;
    contribs.push({
      start: 0,
      end: 0,
      e: CONFUSION,
      weight: QUESTION_CONFUSION,
      cue: 'question',
      sentence: q,
      unit: -1,
    });
  }
}

/** Punctuation runs: "!!!" amplifies its sentence; "???" adds confusion and impatience; "。。。" weary sadness. */
export function punctuationContributions(runs: readonly PunctRun[], contribs: Contribution[]): void {
  const n = contribs.length;
  // Amplifiers per sentence, in run order, so each weight is multiplied exactly as a scan per run would, but in
  // one pass over the contributions however many "!" runs there are.
  let amps: Map<number, number[]> | null = null;
  for (const r of runs) {
    if (r.kind === '!') {
      const amp = 1 + 0.08 * Math.min(r.length, 4);
      amps ??= new Map();
      const list = amps.get(r.sentence);
      if (list) list.push(amp);
      else amps.set(r.sentence, [amp]);
      if (r.length >= 2) contribs.push(run(r, FRUSTRATION, 0.15 * Math.min(r.length, 4)));
    } else if (r.kind === '?') {
      contribs.push(run(r, CONFUSION, 0.3), run(r, FRUSTRATION, 0.15 * Math.min(r.length, 4)));
    } else {
      // A long trail of dots (。。。。。。) is a sigh; three are just a pause.
      contribs.push(run(r, SADNESS, r.length >= 6 ? 0.5 : 0.2));
    }
  }
  if (amps === null) return;
  for (let k = 0; k < n; k++) {
    const list = amps.get(contribs[k]!.sentence);
    if (list) for (const a of list) contribs[k]!.weight *= a;
  }
}

function run(r: PunctRun, e: number, weight: number): Contribution {
  return { start: r.start, end: r.end, e, weight, cue: 'punctuation', sentence: r.sentence, unit: -1 };
}

/**
 * Sarcasm: an explicit marker (呵呵, "yeah right", "great, just great") or praise and thanks inside a
 * clear complaint turn that praise into frustration.
 */
export function applySarcasm(contribs: Contribution[], markers: number): void {
  let neg = 0;
  let pos = 0;
  for (const c of contribs) {
    if (isPositive(c.e)) pos += c.weight;
    else if (c.e !== CONFUSION) neg += c.weight;
  }
  if (pos === 0) return;
  const complaint = markers > 0 || (neg >= 2 && neg > pos * 1.2);
  if (!complaint) return;
  const keep = markers > 0 ? 0.9 : 0.5;
  for (const c of contribs) {
    if (!isPositive(c.e)) continue;
    c.e = FRUSTRATION;
    c.weight *= keep;
    c.cue = 'sarcasm';
  }
}

/**
 * Rhetorical questions: "why" and "凭什么" inside a message that is already clearly negative are not
 * confusion but protest, so confusion counts half there.
 */
export function applyRhetorical(contribs: Contribution[]): void {
  let neg = 0;
  for (const c of contribs) if (c.e <= SADNESS) neg += c.weight;
  if (neg < 2) return;
  for (const c of contribs) if (c.e === CONFUSION) c.weight *= 0.5;
}

/** Explicit thanks outweigh the praise around it ("thanks, that was great" is gratitude first). */
export const GRATITUDE_BIAS = 1.5;
