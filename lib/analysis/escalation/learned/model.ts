/**
 * The escalation model at run time: one logistic head per flag over the hashed features of features.ts,
 * int8 weights (one float scale per head) and a bias per head and language group. Only the rows training
 * touched are stored (a bitmap says which), and they are spread into a full table when the file is read.
 */
import type { EscalationFlag } from '../../../types';
import { DIM, type Features, FOLD_END, FOLD_START, type Fold } from './features';
import { onlyFunctionWords } from './function-words';

export const MAGIC = 0x31454c48; // "HLE1", little-endian
/** Language groups, as Features.group: 0 Latin script, 1 Chinese. */
export const GROUPS = 2;

export interface EscalationModelMeta {
  dimBits: number;
  /** The flag of each head, in the table's column order. */
  heads: EscalationFlag[];
  /** Probability at which a head raises its flag, per language group [English, Chinese]. */
  thresholds: number[];
  /** sha256 of the training config and code (scripts/train-escalation/hash.ts). */
  configHash: string;
  /**
   * Probability under which the model takes back a flag the rules raised (raise.ts), per language group, or one for
   * both (models before the twenty-second session); absent or 0: it never does. Chosen by training on the rules as
   * they were before each round was read (historic-rules.json).
   */
  veto?: number | number[];
}

export interface EscalationModel {
  meta: EscalationModelMeta;
  /**
   * The stored rows only, heads × int8 each, in row order: a feature's heads sit together. Kept compact (about
   * half of the table is stored) so the part read for each message stays in cache beside the rules' own tables.
   */
  q: Int8Array;
  /** Per table row: 0 when it carries no weight, else 1 + its place in `q`. */
  rowOf: Uint16Array | Uint32Array;
  /** Per head: a weight is q · scale. */
  scales: Float32Array;
  /** GROUPS × heads. */
  bias: Float32Array;
  fold: Fold;
}

/** The veto of a language group (0 when the model takes nothing back there). */
export function vetoOf(meta: EscalationModelMeta, group: number): number {
  const v = meta.veto;
  return (Array.isArray(v) ? v[group] : v) ?? 0;
}

/** Reads the binary model (scripts/train-escalation/pack.ts). Throws on a malformed file: the rules work alone. */
export function decodeEscalationModel(bytes: Uint8Array): EscalationModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a Heartline escalation model');
  const metaLen = view.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + metaLen))) as EscalationModelMeta;
  if (meta.dimBits !== Math.log2(DIM)) throw new Error('model shape does not match this build');
  if (meta.thresholds.length !== GROUPS) throw new Error('one threshold per language group expected');
  const h = meta.heads.length;
  let at = (8 + metaLen + 3) & ~3;
  const need = (k: number) => {
    if (at + k > bytes.byteLength) throw new Error('model length does not match its header');
  };
  need((GROUPS * h + h) * 4 + DIM / 8);
  const bias = floats(view, at, GROUPS * h);
  at += GROUPS * h * 4;
  const scales = floats(view, at, h);
  at += h * 4;
  const bitmap = bytes.subarray(at, at + DIM / 8);
  at += DIM / 8;
  let stored = 0;
  for (let i = 0; i < bitmap.length; i++) for (let b = bitmap[i]!; b !== 0; b &= b - 1) stored++;
  // Two bytes a row while the stored rows fit in them: the index read for each feature stays small.
  const rowOf = stored < 0xffff ? new Uint16Array(DIM) : new Uint32Array(DIM);
  let rows = 0;
  for (let r = 0; r < DIM; r++) {
    if ((bitmap[r >> 3]! & (1 << (r & 7))) === 0) continue;
    rowOf[r] = ++rows;
  }
  need(rows * h);
  const q = new Int8Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + rows * h));
  at += rows * h;
  need(4);
  const pairs = view.getUint32(at, true);
  at += 4;
  need(pairs * 4);
  const fold = new Uint16Array(FOLD_END - FOLD_START);
  for (let i = 0; i < pairs; i++, at += 4) {
    const from = view.getUint16(at, true);
    if (from < FOLD_START || from >= FOLD_END) throw new Error('model fold entry out of range');
    fold[from - FOLD_START] = view.getUint16(at + 2, true);
  }
  if (at !== bytes.byteLength) throw new Error('model length does not match its header');
  return { meta, q, rowOf, scales, bias, fold };
}

function floats(view: DataView, at: number, n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(at + i * 4, true);
  return out;
}

/**
 * Sums are scaled by 1/√max(n, this): a text of a handful of n-grams ("Yes.", 收到) would otherwise weigh each
 * of them several times over a sentence's worth, and read as whatever they collide with. 48 (about a sentence of
 * English, a dozen Han characters) rather than 24: with the biases capped at 0, short ordinary replies flagged by
 * the short check (scripts/train-escalation/short-ordinary.json) fell from 10 / 2 / 3 of 80 to 7 / 0 / 0 (en / 简 / 繁).
 */
export const MIN_FEATURES = 48;

export function lengthScale(count: number): number {
  return 1 / Math.sqrt(Math.max(count, MIN_FEATURES));
}

const sums = new Int32Array(64);

/**
 * The ten heads' weights of each stored row as three 32-bit words, biased by 128 so every byte is positive
 * (word 0: heads 0–3, word 1: heads 4–7, word 2: head 8 in its low half, head 9 in its high half), with an all-128 row 0 for
 * rows not stored, so the sum needs no branch. Built once per model from `q`. The bytes are read side by side in
 * 16-bit lanes, as lib/model/packed.ts does for the emotion model: three loads per feature, not ten.
 */
const WORDS = 3;
const packedOf = new WeakMap<EscalationModel, Int32Array>();
function packed(m: EscalationModel): Int32Array {
  let p = packedOf.get(m);
  if (p) return p;
  const rows = m.q.length / 10;
  p = new Int32Array((rows + 1) * WORDS);
  // Row 0 (not stored) weighs 0 in every head: 128 once biased.
  const weight = (r: number, k: number) => (r < 0 ? 128 : (m.q[r * 10 + k]! + 128) & 0xff);
  for (let r = -1; r < rows; r++) {
    const at = (r + 1) * WORDS;
    const lanes = (k0: number, k1: number, k2: number, k3: number) =>
      weight(r, k0) | (weight(r, k1) << 8) | (weight(r, k2) << 16) | (weight(r, k3) << 24);
    p[at] = lanes(0, 1, 2, 3);
    p[at + 1] = lanes(4, 5, 6, 7);
    p[at + 2] = weight(r, 8) | (weight(r, 9) << 16);
  }
  packedOf.set(m, p);
  return p;
}

/**
 * Rows summed before the lanes are emptied: a lane then holds at most 63 × 255, and a whole word stays under
 * 2^30, the small integers V8 adds without falling back to floating point.
 */
const CHUNK = 63;

/**
 * Logits of every head over the whole message's features, into `out`. Integer sums (the same integers as adding
 * the int8 weights one by one), scaled once per head.
 */
export function messageLogits(m: EscalationModel, f: Features, out: Float64Array): void {
  const h = m.meta.heads.length;
  const rowOf = m.rowOf;
  const idx = f.idx;
  const n = f.n;
  if (h === 10) {
    const p = packed(m);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    let s9 = 0;
    for (let i = 0; i < n; ) {
      const end = Math.min(n, i + CHUNK);
      // Lanes: a holds heads 0 and 2, b 1 and 3, c 4 and 6, d 5 and 7, e 8 and 9.
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      let e = 0;
      for (; i < end; i++) {
        const r = rowOf[idx[i]!]! * WORDS;
        const w0 = p[r]!;
        const w1 = p[r + 1]!;
        a += w0 & 0x00ff00ff;
        b += (w0 >>> 8) & 0x00ff00ff;
        c += w1 & 0x00ff00ff;
        d += (w1 >>> 8) & 0x00ff00ff;
        e += p[r + 2]!;
      }
      s0 += a & 0xffff;
      s2 += a >>> 16;
      s1 += b & 0xffff;
      s3 += b >>> 16;
      s4 += c & 0xffff;
      s6 += c >>> 16;
      s5 += d & 0xffff;
      s7 += d >>> 16;
      s8 += e & 0xffff;
      s9 += e >>> 16;
    }
    const bias = 128 * n;
    sums[0] = s0 - bias;
    sums[1] = s1 - bias;
    sums[2] = s2 - bias;
    sums[3] = s3 - bias;
    sums[4] = s4 - bias;
    sums[5] = s5 - bias;
    sums[6] = s6 - bias;
    sums[7] = s7 - bias;
    sums[8] = s8 - bias;
    sums[9] = s9 - bias;
  } else {
    const q = m.q;
    for (let k = 0; k < h; k++) sums[k] = 0;
    for (let i = 0; i < n; i++) {
      const j = rowOf[idx[i]!]!;
      if (j === 0) continue;
      const r = (j - 1) * h;
      for (let k = 0; k < h; k++) sums[k]! += q[r + k]!;
    }
  }
  const s = lengthScale(n);
  const b = f.group * h;
  for (let k = 0; k < h; k++) out[k] = m.bias[b + k]! + sums[k]! * m.scales[k]! * s;
}

/** The int8 weight of table row `row` for head `head` (0 when the row is not stored). */
export function weightOf(m: EscalationModel, row: number, head: number): number {
  const j = m.rowOf[row]!;
  return j === 0 ? 0 : m.q[(j - 1) * m.meta.heads.length + head]!;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability at which a head raises its flag, as a logit: compared before any exp is taken. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

let spanSums = new Float64Array(64);
let spanCounts = new Int32Array(64);

type Spans = readonly { start: number; end: number }[];

/**
 * For each feature of `f`, the sentence of `sentences` (sorted, disjoint) that holds its whole span, or -1, into
 * `out`: worked out once per message and shared by every head read in it. Features mostly come in text order, so
 * the last feature's sentence is tried first and halving is the fallback.
 */
export function featureSentences(f: Features, sentences: Spans, out: Int32Array): void {
  const ns = sentences.length;
  let j = -1;
  for (let i = 0; i < f.n; i++) {
    const start = f.start[i]!;
    // The last sentence that starts at or before the feature.
    if (!(j >= 0 && sentences[j]!.start <= start && (j + 1 === ns || sentences[j + 1]!.start > start))) {
      let lo = 0;
      let hi = ns - 1;
      j = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.start <= start) {
          j = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
    }
    out[i] = j >= 0 && f.end[i]! <= sentences[j]!.end ? j : -1;
  }
}

/** One head's logit for each of `ns` sentences into `out`, from the features' sentences (featureSentences). */
export function sentenceLogitsOf(
  m: EscalationModel,
  f: Features,
  head: number,
  of: Int32Array,
  ns: number,
  out: Float64Array,
): void {
  if (spanSums.length < ns) {
    spanSums = new Float64Array(ns * 2);
    spanCounts = new Int32Array(ns * 2);
  }
  spanSums.fill(0, 0, ns);
  spanCounts.fill(0, 0, ns);
  for (let i = 0; i < f.n; i++) {
    const j = of[i]!;
    if (j < 0) continue;
    spanSums[j]! += weightOf(m, f.idx[i]!, head);
    spanCounts[j]!++;
  }
  const h = m.meta.heads.length;
  const bias = m.bias[f.group * h + head]!;
  const scale = m.scales[head]!;
  for (let j = 0; j < ns; j++) out[j] = bias + spanSums[j]! * scale * lengthScale(spanCounts[j]!);
}

let scratchOf = new Int32Array(0);

/**
 * One head's logit for every sentence of `sentences` (sorted, disjoint) into `out`, in one pass over the features:
 * each counts in the sentence that holds its whole span. The same numbers as spanLogit on each sentence, which passes
 * over every feature once per sentence (a long email's forty sentences, forty passes).
 */
export function sentenceLogits(
  m: EscalationModel,
  f: Features,
  head: number,
  sentences: Spans,
  out: Float64Array,
): void {
  if (scratchOf.length < f.n) scratchOf = new Int32Array(f.n);
  featureSentences(f, sentences, scratchOf);
  sentenceLogitsOf(m, f, head, scratchOf, sentences.length, out);
}

/** The one head's logit over the features whose span lies in [from, to): for a sentence, once the message passed. */
export function spanLogit(m: EscalationModel, f: Features, head: number, from: number, to: number): number {
  const h = m.meta.heads.length;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < f.n; i++) {
    if (f.start[i]! < from || f.end[i]! > to) continue;
    sum += weightOf(m, f.idx[i]!, head);
    count++;
  }
  return m.bias[f.group * h + head]! + sum * m.scales[head]! * lengthScale(count);
}

/**
 * Two Han characters or three Latin letters, and no punctuation: a span that can explain a flag ("律师", "sue";
 * not "律" or "."), within one clause ("股，你" straddles two and explains neither).
 */
function readable(text: string, start: number, end: number): boolean {
  let han = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    else if (!(c === 0x20 || c === 0x27 || c === 0x2019 || (c >= 0x30 && c <= 0x39))) return false;
  }
  return han >= 2 || latin >= 3;
}

/**
 * The smallest int8 weight toward its head that the cue of a model flag must carry: any pull at all. Without a
 * word other than function words pulling toward it ("You rock.", "Expect the unexpected"), a flag rests on
 * grammar, and nothing in it can be shown as what the customer said. 24 was tried: short check en 4 -> 3, dev
 * additions 11 -> 5, but LORO model-alone recall en 0.49 -> 0.41, 简 0.60 -> 0.48, 繁 0.61 -> 0.50.
 */
export const MIN_CUE_WEIGHT = 1;

/**
 * The readable feature in [from, to) of `text` that pushes hardest toward the head and is not made of function
 * words only: its index in `f`, or -1 when none pushes toward it by MIN_CUE_WEIGHT.
 */
export function topFeature(
  m: EscalationModel,
  f: Features,
  text: string,
  head: number,
  from: number,
  to: number,
): number {
  let best = -1;
  let bestW = MIN_CUE_WEIGHT - 1;
  for (let i = 0; i < f.n; i++) {
    if (f.start[i]! < from || f.end[i]! > to || !readable(text, f.start[i]!, f.end[i]!)) continue;
    const w = weightOf(m, f.idx[i]!, head);
    if (w <= bestW && !(w === bestW && best >= 0)) continue;
    if (onlyFunctionWords(text, f.start[i]!, f.end[i]!)) continue;
    // Ties go to the longer span: "律师" explains more than "律".
    if (w > bestW || (w === bestW && best >= 0 && f.end[i]! - f.start[i]! > f.end[best]! - f.start[best]!)) {
      best = i;
      bestW = w;
    }
  }
  return best;
}
