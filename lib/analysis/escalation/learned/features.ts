/**
 * The escalation model's input: hashed n-grams of the text, each with the span it came from, so the strongest
 * one for a flag can be shown as the cue. Training (scripts/train-escalation) and the engine call this same
 * code. Its own file, not lib/model/features.ts: the emotion model's recipe hash covers that one.
 *
 * - Chinese: character 1–3-grams, Traditional folded to Simplified first (the fold ships in the model file),
 *   punctuation in the same stream ("？" next to 退款 is a feature).
 * - Latin script: lower-cased words, word pairs, words read as negated within three words of a negator
 *   ("not cancelling" ≠ "cancelling"), and boundary-marked character 3- and 4-grams of each word, so
 *   "refund", "refunded" and "refnd" share evidence.
 * - A question mark anywhere in an English sentence: one feature, so "how do I cancel?" reads apart.
 * - Numbers of six or more digits: no feature (see flushWord).
 *
 * One pass over the UTF-16 units into preallocated typed arrays; no substring or string per feature.
 */

export const DIM_BITS = 17;
export const DIM = 1 << DIM_BITS;
const MASK = DIM - 1;
/** The model reads at most the last this many UTF-16 units, as the emotion model does. */
export const MAX_CHARS = 2000;
export const MAX_FEATURES = MAX_CHARS * 7 + 64;

// The same Traditional → Simplified fold as the emotion model's, in the same range, and the same hash step and
// whitespace test (lib/model/features.ts is part of this recipe's hash too).
import { FOLD_END, FOLD_START, type Fold, isSpace, mix } from '../../../model/features';

export { FOLD_END, FOLD_START, type Fold };

export interface Features {
  idx: Int32Array;
  start: Int32Array;
  end: Int32Array;
  n: number;
  /** Mostly Han text (1) or not (0): each group has its own bias. */
  group: number;
}

export function featureBuffer(): Features {
  return {
    idx: new Int32Array(MAX_FEATURES),
    start: new Int32Array(MAX_FEATURES),
    end: new Int32Array(MAX_FEATURES),
    n: 0,
    group: 0,
  };
}

const SEED_HAN1 = 0x3c6ef372;
const SEED_HAN2 = 0x1f83d9ab;
const SEED_HAN3 = 0x5be0cd19;
const SEED_WORD = 0x6a09e667;
const SEED_PAIR = 0x510e527f;
const SEED_SUB3 = 0x9b05688c;
const SEED_SUB4 = 0x71374491;
const SEED_NEG = 0x243f6a88;
const QUESTION_ROW = 1;

function slot(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}

/** Lower-cased code of a Latin letter or digit (digits all read as '0'), or -1. */
function wordCode(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  return -1;
}

// Words that negate the next few (their hashes, built once): "not", "never", "don't" read as "dont".
const NEGATORS = ['not', 'no', 'never', 'dont', 'didnt', 'doesnt', 'wont', 'isnt', 'arent', 'cant', 'cannot'];
const NEG_SCOPE = 3;

function wordHash(letters: string): number {
  let h = SEED_WORD;
  for (let k = 0; k < letters.length; k++) h = mix(h, letters.charCodeAt(k));
  return h;
}
const NEGATOR_HASHES: ReadonlySet<number> = new Set(NEGATORS.map(wordHash));

const word = new Int32Array(40);
// Scan state in module variables, not a closure allocated per message.
let fIdx: Int32Array = new Int32Array(0);
let fStart: Int32Array = new Int32Array(0);
let fEnd: Int32Array = new Int32Array(0);
let fText = '';
let n = 0;
let wl = 0;
let ws = 0;
let prevWord = 0;
let prevStart = -1;
let negLeft = 0;

function push(row: number, start: number, end: number): void {
  fIdx[n] = row;
  fStart[n] = start;
  fEnd[n++] = end;
}

/** Order, phone and card numbers: six or more digits, which say nothing about intent (hotlines such as 12315 and 1950 are shorter). */

/** Digits of a number written in groups (0912-345-678, 020 7946 0958) from which it is a phone or order number. */
const GROUPED_DIGITS = 7;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const joinsGroups = (c: number) => c === 0x2d || c === 0x20 || c === 0x2e || c === 0x2f;

/**
 * A group of digits (the word just read, from `ws` to `end`) inside a longer number split by dashes, spaces, dots
 * or slashes: read as groups, a phone number's parts are short numbers like a hotline's (12315, 1950), and
 * "請把收件人改成陳小姐，電話 0912-345-678。" read as a regulator report.
 */
function inGroupedNumber(end: number): boolean {
  const text = fText;
  let digits = end - ws;
  let grouped = false;
  for (let i = ws - 1; i > 0 && (isDigit(text.charCodeAt(i)) || joinsGroups(text.charCodeAt(i))); i--) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (isDigit(text.charCodeAt(i - 1))) grouped = true;
    else break;
  }
  for (let i = end; i + 1 < text.length && (isDigit(text.charCodeAt(i)) || joinsGroups(text.charCodeAt(i))); i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (isDigit(text.charCodeAt(i + 1))) grouped = true;
    else break;
  }
  return grouped && digits >= GROUPED_DIGITS;
}

function allDigits(): boolean {
  for (let k = 0; k < wl; k++) if (word[k] !== 0x30) return false;
  return true;
}

function flushWord(end: number): void {
  if (wl === 0) return;
  // A long number reads as no word at all: folded to zeros it is one feature shared by every order number, phone
  // and hotline (12315), and it made "电话 13241080757" and a pasted order number read as a regulator report.
  if (allDigits() && (wl >= 6 || inGroupedNumber(end))) {
    prevStart = -1;
    wl = 0;
    return;
  }
  // The buffers and count in locals for the word: module variables are read and written back on every store.
  const idx = fIdx;
  const st = fStart;
  const en = fEnd;
  const s = ws;
  let k = n;
  let h = SEED_WORD;
  for (let j = 0; j < wl; j++) h = mix(h, word[j]!);
  idx[k] = slot(h);
  st[k] = s;
  en[k++] = end;
  if (negLeft > 0) {
    idx[k] = slot(mix(SEED_NEG, h));
    st[k] = s;
    en[k++] = end;
    negLeft--;
  }
  if (prevStart >= 0) {
    idx[k] = slot(mix(mix(SEED_PAIR, prevWord), h));
    st[k] = prevStart;
    en[k++] = end;
  }
  if (wl >= 3 && wl <= 30) {
    // 3- and 4-grams of '<' + word + '>': a, b, c are the three codes before d.
    let a = -1;
    let b = 0x3c;
    let c = word[0]!;
    for (let j = 1; j <= wl; j++) {
      const d = j < wl ? word[j]! : 0x3e;
      idx[k] = slot(mix(mix(mix(SEED_SUB3, b), c), d));
      st[k] = s;
      en[k++] = end;
      if (a >= 0) {
        idx[k] = slot(mix(mix(mix(mix(SEED_SUB4, a), b), c), d));
        st[k] = s;
        en[k++] = end;
      }
      a = b;
      b = c;
      c = d;
    }
  }
  n = k;
  if (wl <= 6 && NEGATOR_HASHES.has(h)) negLeft = NEG_SCOPE;
  prevWord = h;
  prevStart = s;
  wl = 0;
}

/** Fills `buf` from `text` (its last MAX_CHARS units). Returns buf.n. Never throws on odd input. */
export function extract(text: string, buf: Features, fold: Fold | null): number {
  const from = text.length > MAX_CHARS ? text.length - MAX_CHARS : 0;
  const idx = buf.idx;
  const st = buf.start;
  const en = buf.end;
  fIdx = idx;
  fStart = st;
  fEnd = en;
  fText = text;
  n = 0;
  wl = 0;
  ws = 0;
  prevWord = 0;
  prevStart = -1;
  negLeft = 0;
  let p1 = -1;
  let p2 = -1;
  let p1s = 0;
  let p2s = 0;
  let han = 0;
  let latin = 0;
  const len = text.length;
  for (let i = from; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c >= FOLD_START && c < FOLD_END) {
      if (wl > 0) flushWord(i);
      // A Han character ends the Latin phrase: no word pair ("1920 … 1930") or negation across it.
      prevStart = -1;
      negLeft = 0;
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
        continue;
      }
      // A symbol ends the English phrase: no word pair or negation across punctuation.
      prevStart = -1;
      negLeft = 0;
      if (c === 0x3f && p1 < 0) push(QUESTION_ROW, i, i + 1);
    }
    let k = n;
    idx[k] = slot(mix(SEED_HAN1, c));
    st[k] = i;
    en[k++] = i + 1;
    if (p1 >= 0) {
      idx[k] = slot(mix(mix(SEED_HAN2, p1), c));
      st[k] = p1s;
      en[k++] = i + 1;
      if (p2 >= 0) {
        idx[k] = slot(mix(mix(mix(SEED_HAN3, p2), p1), c));
        st[k] = p2s;
        en[k++] = i + 1;
      }
    }
    n = k;
    p2 = p1;
    p2s = p1s;
    p1 = c;
    p1s = i;
    if (k + 200 > MAX_FEATURES) break;
  }
  flushWord(len);
  buf.n = n;
  buf.group = han * 2 >= latin && han > 0 ? 1 : 0;
  return n;
}
