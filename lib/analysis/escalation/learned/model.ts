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
  /** DIM × heads int8, row-major: a feature's heads sit together. */
  q: Int8Array;
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
  const q = new Int8Array(DIM * h);
  for (let r = 0; r < DIM; r++) {
    if ((bitmap[r >> 3]! & (1 << (r & 7))) === 0) continue;
    need(h);
    for (let k = 0; k < h; k++) q[r * h + k] = (bytes[at + k]! << 24) >> 24;
    at += h;
  }
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
  return { meta, q, scales, bias, fold };
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
 * Probabilities of every head for the features whose span lies in [from, to) (the whole message: 0 and
 * Infinity), into `out`. Integer sums, scaled once per head; sparse features are scaled by 1/√n so a sentence
 * and a message read on one scale.
 */
export function scoreSpan(m: EscalationModel, f: Features, from: number, to: number, out: Float64Array): void {
  const h = m.meta.heads.length;
  const q = m.q;
  for (let k = 0; k < h; k++) sums[k] = 0;
  let count = 0;
  const whole = from <= 0 && to === Number.POSITIVE_INFINITY;
  for (let i = 0; i < f.n; i++) {
    if (!whole && (f.start[i]! < from || f.end[i]! > to)) continue;
    const r = f.idx[i]! * h;
    for (let k = 0; k < h; k++) sums[k]! += q[r + k]!;
    count++;
  }
  const s = lengthScale(count);
  const b = f.group * h;
  for (let k = 0; k < h; k++) out[k] = 1 / (1 + Math.exp(-(m.bias[b + k]! + sums[k]! * m.scales[k]! * s)));
}

/** The one head's probability over [from, to): for a sentence, once the message has passed. */
export function scoreHead(m: EscalationModel, f: Features, head: number, from: number, to: number): number {
  const h = m.meta.heads.length;
  const q = m.q;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < f.n; i++) {
    if (f.start[i]! < from || f.end[i]! > to) continue;
    sum += q[f.idx[i]! * h + head]!;
    count++;
  }
  const s = lengthScale(count);
  return 1 / (1 + Math.exp(-(m.bias[f.group * h + head]! + sum * m.scales[head]! * s)));
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
  const h = m.meta.heads.length;
  let best = -1;
  let bestW = 0;
  for (let i = 0; i < f.n; i++) {
    if (f.start[i]! < from || f.end[i]! > to || !readable(text, f.start[i]!, f.end[i]!)) continue;
    const w = m.q[f.idx[i]! * h + head]!;
    // Ties go to the longer span: "律师" explains more than "律".
    if (w > bestW || (w === bestW && best >= 0 && f.end[i]! - f.start[i]! > f.end[best]! - f.start[best]!)) {
      best = i;
      bestW = w;
    }
  }
  return best;
}
