/**
 * The model's input: hashed n-grams of the text plus the rule engine's own read-out as a few dense
 * numbers. Training (scripts/train) and the panel call this same code, so the two cannot disagree.
 *
 * Chinese is read as character 1–3-grams (no word segmenter: Weibo slang, typos and 繁/简 variants break
 * dictionaries, and n-grams cost nothing to ship), with Traditional characters folded to Simplified first.
 * English is read as lower-cased words, word pairs, negated words and boundary-marked character 4-grams of
 * longer words (so "refunded", "refunding" and "refnd" share evidence). Punctuation, emoji and other symbols
 * join the character stream, so "！！！" and "?!" are n-grams like any other.
 *
 * Speed: one pass over the UTF-16 units, hashes built code by code (no substring or per-feature string), into
 * preallocated typed arrays; model.ts then sums int8 rows.
 */
import { EMOTIONS, type EmotionLabel, type MessageAnalysis } from '../types';

export const DIM_BITS = 18;
export const DIM = 1 << DIM_BITS;
const MASK = DIM - 1;
/** Outputs per hashed feature: 8 emotion logits, then the negative logit. */
export const OUT = 9;
export const NEG_OUT = 8;
/** The model's outputs in order: the engine's emotions (lib/types EMOTIONS, the one list) and then neutral. */
export const MODEL_LABELS: readonly EmotionLabel[] = [...EMOTIONS, 'neutral'];
/** The model reads at most the last this many UTF-16 units; the end says most about the writer's mood now. */
export const MAX_MODEL_CHARS = 2000;
/** Upper bound on sparse features per message: ~4 per character in the worst case. */
export const MAX_FEATURES = MAX_MODEL_CHARS * 5 + 64;

/** Dense features per language group; the group (English-like or Chinese-like) gets its own weights. */
export const DENSE = 32;
export const GROUPS = 2;

/**
 * Traditional → Simplified character folding, read before hashing: 繁 and 简 text then share one set of n-grams,
 * so the 繁體 copies of the training rows strengthen the same weights instead of filling a third of the table, and
 * only truly regional wording (軟體, 巴士) keeps rows of its own. Built with OpenCC at training time and shipped
 * inside the model file; entry c − FOLD_START is the Simplified code of c, or 0 when c stays.
 */
export type Fold = Uint16Array;
export const FOLD_START = 0x3400;
export const FOLD_END = 0xa000;

/** What gave a feature its value, so the strongest can be mapped back to a span of the text. */
export const KIND_HAN = 0;
export const KIND_WORD = 1;
export const KIND_PAIR = 2;
export const KIND_SUB = 3;

export interface FeatureBuffer {
  /** Row of the weight table (0..DIM-1). */
  idx: Int32Array;
  /** Span of the text each feature came from, for evidence. */
  start: Int32Array;
  end: Int32Array;
  n: number;
  dense: Float32Array;
  group: number;
  /** Where the model's reading starts in the text passed in (0 unless the text was longer than MAX_MODEL_CHARS). */
  offset: number;
}

export function featureBuffer(): FeatureBuffer {
  return {
    idx: new Int32Array(MAX_FEATURES),
    start: new Int32Array(MAX_FEATURES),
    end: new Int32Array(MAX_FEATURES),
    n: 0,
    dense: new Float32Array(DENSE),
    group: 0,
    offset: 0,
  };
}

const SEED_HAN1 = 0x1b873593;
const SEED_HAN2 = 0x2c1b3c6d;
const SEED_HAN3 = 0x297a2d39;
const SEED_WORD = 0x5bd1e995;
const SEED_PAIR = 0x68e31da4;
const SEED_SUB4 = 0x7f4a7c15;
const SEED_NEGW = 0x61c88647;

/** One step of the n-gram hash; the escalation model's features (lib/analysis/escalation/learned) use it too. */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 15);
}

function slot(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Lower-cased code of a Latin letter or digit (digits all read as '0'), or -1. */
function wordCode(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return c >= 0xc0 && c <= 0xde ? c + 32 : c;
  return -1;
}

export function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

// English negators: the next few words are read as negated ("not happy" ≠ "happy").
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'cannot',
  'cant',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'wont',
  'aint',
  'arent',
  'havent',
  'hasnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'neither',
  'nor',
  'without',
]);
const NEG_SCOPE = 3;

function wordHash(letters: string): number {
  let h = SEED_WORD;
  for (let k = 0; k < letters.length; k++) h = mix(h, letters.charCodeAt(k));
  return h;
}
const NEGATOR_HASHES: ReadonlySet<number> = new Set([...NEGATORS].map(wordHash));

const word = new Int32Array(40);

// Scan state shared by extract() and flushWord(): module variables rather than a closure, which would be
// allocated again for every message.
let fIdx: Int32Array = new Int32Array(0);
let fStart: Int32Array = new Int32Array(0);
let fEnd: Int32Array = new Int32Array(0);
let n = 0;
let wl = 0;
let ws = 0;
let prevWord = 0;
let prevWordStart = -1;
let negLeft = 0;

function push(row: number, start: number, end: number): void {
  fIdx[n] = row;
  fStart[n] = start;
  fEnd[n++] = end;
}

function flushWord(end: number): void {
  if (wl === 0) return;
  let h = SEED_WORD;
  for (let k = 0; k < wl; k++) h = mix(h, word[k]!);
  push(slot(h), ws, end);
  if (negLeft > 0) {
    push(slot(mix(SEED_NEGW, h)), ws, end);
    negLeft--;
  }
  if (prevWordStart >= 0) push(slot(mix(mix(SEED_PAIR, prevWord), h)), prevWordStart, end);
  if (wl >= 4 && wl <= 30) {
    // Boundary-marked sub-word 4-grams of '<' + word + '>' ("<ref", "refu" … "ded>"), shared by a word's forms
    // and its typos. (3-grams as well read no better on the blind check and cost a third more features.)
    let a = 0x3c;
    let b = word[0]!;
    let c = word[1]!;
    for (let k = 2; k <= wl; k++) {
      const d = k < wl ? word[k]! : 0x3e;
      push(slot(mix(mix(mix(mix(SEED_SUB4, a), b), c), d)), ws, end);
      a = b;
      b = c;
      c = d;
    }
  }
  // Negators are known by their hash, already computed for the word feature: no string is built.
  if (wl <= 8 && NEGATOR_HASHES.has(h)) negLeft = NEG_SCOPE;
  prevWord = h;
  prevWordStart = ws;
  wl = 0;
}

/**
 * Fills `buf` from `text` and the rule engine's result on the same text. Returns buf.n. Never throws on odd
 * input: every code unit is either part of a word, a Han character, a space or a symbol.
 */
export function extract(text: string, lex: MessageAnalysis, buf: FeatureBuffer, fold: Fold | null): number {
  const from = text.length > MAX_MODEL_CHARS ? text.length - MAX_MODEL_CHARS : 0;
  buf.offset = from;
  fIdx = buf.idx;
  fStart = buf.start;
  fEnd = buf.end;
  n = 0;
  wl = 0;
  ws = 0;
  prevWord = 0;
  prevWordStart = -1;
  negLeft = 0;
  let p1 = -1;
  let p2 = -1;
  let p1s = 0;
  let p2s = 0;
  let han = 0;
  let latin = 0;
  let questions = 0;
  let bangRun = 0;
  let maxBang = 0;
  const len = text.length;

  for (let i = from; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c >= FOLD_START && c < FOLD_END) {
      // Most characters of Chinese text: skip the Latin, space and symbol checks.
      if (wl > 0) flushWord(i);
      han++;
      if (fold !== null) {
        const f = fold[c - FOLD_START]!;
        if (f !== 0) c = f;
      }
    } else {
      const w = wordCode(c);
      if (w >= 0) {
        if (wl === 0) ws = i;
        if (wl < word.length) word[wl++] = w;
        latin++;
        p1 = -1;
        p2 = -1;
        continue;
      }
      // An apostrophe inside a word ("don't") is dropped, so "don't" and "dont" read alike.
      if ((c === 0x27 || c === 0x2019) && wl > 0 && i + 1 < len && wordCode(text.charCodeAt(i + 1)) >= 0) continue;
      flushWord(i);
      if (isSpace(c)) {
        p1 = -1;
        p2 = -1;
        bangRun = 0;
        continue;
      }
      if (isHan(c)) han++;
      else {
        // A symbol ends the English phrase: no word pair across punctuation.
        prevWordStart = -1;
        negLeft = 0;
        if (c === 0x3f || c === 0xff1f) questions++;
        if (c === 0x21 || c === 0xff01) {
          bangRun++;
          if (bangRun > maxBang) maxBang = bangRun;
        } else bangRun = 0;
      }
    }
    push(slot(mix(SEED_HAN1, c)), i, i + 1);
    if (p1 >= 0) {
      push(slot(mix(mix(SEED_HAN2, p1), c)), p1s, i + 1);
      if (p2 >= 0) push(slot(mix(mix(mix(SEED_HAN3, p2), p1), c)), p2s, i + 1);
    }
    p2 = p1;
    p2s = p1s;
    p1 = c;
    p1s = i;
    if (n + 200 > MAX_FEATURES) break;
  }
  flushWord(len);
  buf.n = n;
  buf.group = han * 2 >= latin && han > 0 ? 1 : 0;
  denseFrom(lex, buf.dense, len - from, questions, maxBang);
  return n;
}

/** The rules' own verdict from the dense features: +1 negative label, −1 joy or gratitude, 0 otherwise. */
export function rulesSide(d: Float32Array): number {
  if (d[11]! + d[12]! + d[13]! + d[14]! > 0) return 1;
  return d[16]! + d[17]! > 0 ? -1 : 0;
}

/** Dense slot of each rule cue (20 + its place in the list); a lookup, not a search, for every evidence span. */
const CUE_SLOT: ReadonlyMap<string, number> = new Map(
  ['negation', 'intensifier', 'downtoner', 'sarcasm', 'caps', 'stretch', 'punctuation', 'emoji'].map((c, i) => [
    c,
    20 + i,
  ]),
);
const PRIMARY_SLOT: ReadonlyMap<string, number> = new Map(MODEL_LABELS.map((l, i) => [l, 11 + i]));
const THIRD = 1 / 3;

/** The rule engine's read-out as numbers in 0..1 (valence −1..1), so the model learns how far to trust it. */
function denseFrom(lex: MessageAnalysis, d: Float32Array, chars: number, questions: number, bangs: number): void {
  // Slots 0–10 are always written below; clear the rest by hand (a typed-array fill costs more at this size).
  for (let k = 11; k < DENSE; k++) d[k] = 0;
  d[0] = 1;
  const e = lex.emotions;
  d[1] = e.anger;
  d[2] = e.frustration;
  d[3] = e.anxiety;
  d[4] = e.sadness;
  d[5] = e.confusion;
  d[6] = e.joy;
  d[7] = e.gratitude;
  d[8] = lex.valence;
  d[9] = lex.intensity;
  d[10] = lex.urgency;
  d[PRIMARY_SLOT.get(lex.primary) ?? 18] = 1;
  d[19] = Math.min(3, lex.escalation.length) / 3;
  const ev = lex.evidence;
  for (let i = 0; i < ev.length; i++) {
    const k = CUE_SLOT.get(ev[i]!.cue);
    if (k !== undefined && d[k]! < 1) d[k] = Math.min(1, d[k]! + THIRD);
  }
  d[28] = lex.reason === 'no-cues' ? 1 : 0;
  d[29] = questions > 0 ? 1 : 0;
  d[30] = bangs >= 2 ? 1 : 0;
  d[31] = Math.min(1, Math.log2(1 + chars) / 10);
}
