/**
 * The escalation model at run time: one logistic head per flag over the hashed features of features.ts,
 * int8 weights (one float scale per head) and a bias per head and language group. Only the rows training
 * touched are stored (a bitmap says which), and they are spread into a full table when the file is read.
 */
import type { EscalationFlag } from '../../../types';
import { DIM, type Features, FOLD_END, FOLD_START, type Fold } from './features';

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
}

export interface EscalationModel {
  meta: EscalationModelMeta;
  /**
   * The stored rows only, heads × int8 each, in row order: a feature's heads sit together. Kept compact (a
   * third of the table is stored) so the part read for each message stays in cache beside the rules' own tables.
   */
  q: Int8Array;
  /** Per table row: 0 when it carries no weight, else 1 + its place in `q`. */
  rowOf: Uint16Array;
  /** Per head: a weight is q · scale. */
  scales: Float32Array;
  /** GROUPS × heads. */
  bias: Float32Array;
  fold: Fold;
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
  const rowOf = new Uint16Array(DIM);
  let rows = 0;
  for (let r = 0; r < DIM; r++) {
    if ((bitmap[r >> 3]! & (1 << (r & 7))) === 0) continue;
    if (rows === 0xffff) throw new Error('too many stored rows');
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
 * of them several times over a sentence's worth, and read as whatever they collide with.
 */
export const MIN_FEATURES = 24;

export function lengthScale(count: number): number {
  return 1 / Math.sqrt(Math.max(count, MIN_FEATURES));
}

const sums = new Int32Array(64);

/**
 * Logits of every head over the whole message's features, into `out`. Integer sums, scaled once per head. Ten
 * heads (one per flag) are summed in locals: this runs on every message, and a loop over an array of sums
 * cost twice as much.
 */
export function messageLogits(m: EscalationModel, f: Features, out: Float64Array): void {
  const h = m.meta.heads.length;
  const q = m.q;
  const rowOf = m.rowOf;
  const idx = f.idx;
  const n = f.n;
  if (h === 10) {
    let z0 = 0;
    let z1 = 0;
    let z2 = 0;
    let z3 = 0;
    let z4 = 0;
    let z5 = 0;
    let z6 = 0;
    let z7 = 0;
    let z8 = 0;
    let z9 = 0;
    for (let i = 0; i < n; i++) {
      const j = rowOf[idx[i]!]!;
      if (j === 0) continue;
      const r = (j - 1) * 10;
      z0 += q[r]!;
      z1 += q[r + 1]!;
      z2 += q[r + 2]!;
      z3 += q[r + 3]!;
      z4 += q[r + 4]!;
      z5 += q[r + 5]!;
      z6 += q[r + 6]!;
      z7 += q[r + 7]!;
      z8 += q[r + 8]!;
      z9 += q[r + 9]!;
    }
    sums[0] = z0;
    sums[1] = z1;
    sums[2] = z2;
    sums[3] = z3;
    sums[4] = z4;
    sums[5] = z5;
    sums[6] = z6;
    sums[7] = z7;
    sums[8] = z8;
    sums[9] = z9;
  } else {
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

/** Two Han characters or three Latin letters: a span that can explain a flag ("律师", "sue"; not "律" or "."). */
function readable(text: string, start: number, end: number): boolean {
  let han = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return han >= 2 || latin >= 3;
}

/**
 * The readable feature in [from, to) of `text` that pushes hardest toward the head: its index in `f`, or -1 when
 * none pushes toward it at all.
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
  let bestW = 0;
  for (let i = 0; i < f.n; i++) {
    if (f.start[i]! < from || f.end[i]! > to || !readable(text, f.start[i]!, f.end[i]!)) continue;
    const w = weightOf(m, f.idx[i]!, head);
    // Ties go to the longer span: "律师" explains more than "律".
    if (w > bestW || (w === bestW && best >= 0 && f.end[i]! - f.start[i]! > f.end[best]! - f.start[best]!)) {
      best = i;
      bestW = w;
    }
  }
  return best;
}
