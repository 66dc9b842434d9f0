// Splits an English draft into sentences of word tokens, keeping UTF-16 offsets into the draft as typed,
// so readers can look at word order (subject, negation, connective) instead of matching whole phrasings.
// One pass over the text per draft; readers then scan each sentence's tokens with bounded look-ahead.

export interface Token {
  /** Lower-cased, curly apostrophes made straight: "Can’t" → "can't". */
  w: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Lower-cased sentence text with straight apostrophes, for whole-sentence guards. */
  text: string;
  question: boolean;
}

// Words keep inner apostrophes and hyphens ("didn't", "double-booked"); commas, colons and dashes are
// tokens of their own because they mark clause edges.
const TOKEN = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*|[,:—–]|(?<=\s)-(?=\s)/g;
const END = /[.!?;\n]/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function sentences(draft: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i <= draft.length; i++) {
    const ch = draft[i];
    const atEnd = i === draft.length;
    if (!atEnd && !END.test(ch!)) continue;
    // "£5.50" and "v2.1" are not sentence ends.
    if (!atEnd && ch === '.' && isDigit(draft[i - 1]) && isDigit(draft[i + 1])) continue;
    if (i > from) out.push(makeSentence(draft, from, i, ch === '?'));
    from = i + 1;
  }
  return out;
}

function makeSentence(draft: string, start: number, end: number, question: boolean): Sentence {
  const slice = draft.slice(start, end);
  const tokens: Token[] = [];
  for (const m of slice.matchAll(TOKEN)) {
    tokens.push({
      w: m[0].toLowerCase().replace(/’/g, "'"),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return { start, end, tokens, text: slice.toLowerCase().replace(/’/g, "'"), question };
}

/** A word class: a fixed set of lower-cased tokens. */
export type WordClass = ReadonlySet<string>;
const classes = new Map<string, WordClass>();
/** Built once per list: readers name small classes inline, and they are looked up rather than rebuilt per token. */
export function words(list: string): WordClass {
  let set = classes.get(list);
  if (!set) {
    set = new Set(list.split(/\s+/).filter(Boolean));
    classes.set(list, set);
  }
  return set;
}

/** One step of a token pattern: a literal word, a class, or a test. */
export type Step = string | WordClass | ((w: string) => boolean);

function stepMatches(step: Step, w: string): boolean {
  if (typeof step === 'string') return step === w;
  if (typeof step === 'function') return step(w);
  return step.has(w);
}

/** Whether tokens from index i on match the steps in order; returns the index after the match or -1. */
export function seq(tokens: readonly Token[], i: number, steps: readonly Step[]): number {
  let k = i;
  for (const step of steps) {
    const t = tokens[k];
    if (!t || !stepMatches(step, t.w)) return -1;
    k++;
  }
  return k;
}

/** Index of the first token at or after i (before stop) matching step, or -1. */
export function findFrom(tokens: readonly Token[], i: number, step: Step, stop = tokens.length): number {
  for (let k = i; k < Math.min(stop, tokens.length); k++) if (stepMatches(step, tokens[k]!.w)) return k;
  return -1;
}

const CLAUSE_EDGE = new Set([',', ':', '—', '–', '-']);
export const isEdge = (w: string): boolean => CLAUSE_EDGE.has(w);

/** Index one past the last token of the clause that token i sits in (the next comma or dash, or sentence end). */
// Clauses are cut at this many tokens so a draft typed without commas still reads in linear time.
const MAX_CLAUSE = 60;

export function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  const stop = Math.min(tokens.length, i + MAX_CLAUSE);
  while (k < stop && !isEdge(tokens[k]!.w)) k++;
  return k;
}

/** Index of the first token of the clause that token i sits in. */
export function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  const stop = Math.max(0, i - MAX_CLAUSE);
  while (k > stop && !isEdge(tokens[k - 1]!.w)) k--;
  return k;
}

/** A hit from token a through token b - 1 (inclusive span of words). */
export function span(tokens: readonly Token[], a: number, b: number): { start: number; end: number } {
  let last = b - 1;
  while (last > a && isEdge(tokens[last]!.w)) last--;
  return { start: tokens[a]!.start, end: tokens[last]!.end };
}

/** Lower-cased with straight apostrophes, the form the whole-draft guards test. */
export const plain = (text: string): string => text.toLowerCase().replace(/’/g, "'");

let offerDraft = '';
let offerLast = -1;
/** Where the last match of `offer` starts in the draft (-1 if none): "an offer after X" is one comparison. */
export function lastMatchAt(draft: string, offer: RegExp): number {
  if (draft !== offerDraft) {
    offerDraft = draft;
    offerLast = -1;
    for (const m of plain(draft).matchAll(new RegExp(offer.source, 'g'))) offerLast = m.index;
  }
  return offerLast;
}
