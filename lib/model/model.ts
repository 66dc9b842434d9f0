/**
 * The learned model at run time: a linear layer over the hashed features of features.ts, an 8-way softmax
 * for the emotion and a sigmoid for "negative", each calibrated per language group on held-out training
 * rows. The weights ship and stay int8 (one float scale per output), so scoring a message is a few hundred
 * integer additions over a 2.4 MB table that fits in cache.
 */
import { DENSE, DIM, type FeatureBuffer, FOLD_END, FOLD_START, type Fold, GROUPS, NEG_OUT, OUT } from './features';

export const MAGIC = 0x314d4c48; // "HLM1", little-endian
/**
 * Rows of the table that share one scale per output: all of them. Rounding errors of ~100 summed n-grams
 * average out, and one scale per output lets the sum run over plain integers (no scale read per feature).
 */
export const BLOCK = DIM;

/** Labels 0..3 (anger, frustration, anxiety, sadness) are the negative ones, as in NEGATIVE_EMOTIONS. */
export const NEG_LABELS = 4;
export const LABEL_COUNT = 8;

export interface Calibration {
  /** Softmax temperature per language group. */
  temperature: number[];
  /** Added to the emotion logits per group (8 each): moves the training-set label priors to even ones. */
  adjust: number[];
  /** Platt scaling of the negative logit per group, with the rules' verdict r (±1, 0) as a second input: σ(a·z + c·r + b). */
  negA: number[];
  negB: number[];
  negR: number[];
  /** The part of negB that is the negative-F1 offset chosen on the calibration slice (recorded for the card). */
  lean: number[];
}

export interface ModelMeta {
  dimBits: number;
  out: number;
  dense: number;
  groups: number;
  block: number;
  calibration: Calibration;
  /** sha256 of the training config and code, see MODEL_CARD.md. */
  configHash: string;
}

export interface Model {
  meta: ModelMeta;
  /** DIM × OUT int8 weights; kept as int8 at run time (2.4 MB stays in cache, 9 MB of floats would not). */
  q: Int8Array;
  /** OUT scales: the weight of row r, output k is q[r·OUT+k] · scales[k]. */
  scales: Float32Array;
  /** GROUPS × DENSE × OUT. */
  dense: Float32Array;
  /** The 繁 → 简 folding the features were trained with (features.ts Fold). */
  fold: Fold;
}

export interface Prediction {
  /** Calibrated emotion distribution over MODEL_LABELS (sums to 1). */
  probs: Float64Array;
  /** Calibrated probability that the message is negative. */
  negative: number;
  /** Index into MODEL_LABELS of the chosen label. */
  label: number;
  /** Probability of the chosen label: P(negative side) × P(label | that side). */
  confidence: number;
  /** Raw logits (emotions then negative), before calibration. */
  logits: Float64Array;
}

/** Reads the binary model (see scripts/train/pack.ts). Throws on a malformed file: the caller keeps the rules. */
export function decodeModel(bytes: Uint8Array): Model {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a Heartline model');
  const metaLen = view.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + metaLen))) as ModelMeta;
  if (meta.dimBits !== Math.log2(DIM) || meta.out !== OUT || meta.dense !== DENSE || meta.groups !== GROUPS)
    throw new Error('model shape does not match this build');
  let at = 8 + metaLen;
  at = (at + 3) & ~3;
  const rows = DIM;
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + at, rows * OUT);
  at += rows * OUT;
  const blocks = rows / meta.block;
  const scales = readFloats(bytes, at, blocks * OUT);
  at += blocks * OUT * 4;
  const dense = readFloats(bytes, at, GROUPS * DENSE * OUT);
  at += GROUPS * DENSE * OUT * 4;
  if (at + 4 > bytes.byteLength) throw new Error('model length does not match its header');
  // The fold as (from, to) pairs of UTF-16 codes, spread into a lookup table here.
  const pairs = view.getUint32(at, true);
  at += 4;
  if (at + pairs * 4 > bytes.byteLength) throw new Error('model length does not match its header');
  const fold = new Uint16Array(FOLD_END - FOLD_START);
  for (let i = 0; i < pairs; i++, at += 4) {
    const from = view.getUint16(at, true);
    if (from < FOLD_START || from >= FOLD_END) throw new Error('model fold entry out of range');
    fold[from - FOLD_START] = view.getUint16(at + 2, true);
  }
  if (at !== bytes.byteLength) throw new Error('model length does not match its header');
  if (meta.block !== BLOCK) throw new Error('model block size does not match this build');
  return { meta, q: q.slice(), scales, dense, fold };
}

function readFloats(bytes: Uint8Array, at: number, n: number): Float32Array {
  const out = new Float32Array(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, n * 4);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

/** Raw logits into `z` (length OUT). Sparse features are summed and scaled by 1/√n, so length matters less. */
export function logits(m: Model, buf: Pick<FeatureBuffer, 'idx' | 'n' | 'dense' | 'group'>, z: Float64Array): void {
  const q = m.q;
  const sc = m.scales;
  const dense = m.dense;
  const n = buf.n;
  const idx = buf.idx;
  let z0 = 0;
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  let z4 = 0;
  let z5 = 0;
  let z6 = 0;
  let z7 = 0;
  let z8 = 0;
  // Integer sums (exact), scaled once per output at the end.
  for (let i = 0; i < n; i++) {
    const r = idx[i]! * OUT;
    z0 += q[r]!;
    z1 += q[r + 1]!;
    z2 += q[r + 2]!;
    z3 += q[r + 3]!;
    z4 += q[r + 4]!;
    z5 += q[r + 5]!;
    z6 += q[r + 6]!;
    z7 += q[r + 7]!;
    z8 += q[r + 8]!;
  }
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  z[0] = z0 * sc[0]! * s;
  z[1] = z1 * sc[1]! * s;
  z[2] = z2 * sc[2]! * s;
  z[3] = z3 * sc[3]! * s;
  z[4] = z4 * sc[4]! * s;
  z[5] = z5 * sc[5]! * s;
  z[6] = z6 * sc[6]! * s;
  z[7] = z7 * sc[7]! * s;
  z[8] = z8 * sc[8]! * s;
  const d = buf.dense;
  const g = buf.group * DENSE * OUT;
  for (let j = 0; j < DENSE; j++) {
    const x = d[j]!;
    if (x === 0) continue;
    const base = g + j * OUT;
    for (let k = 0; k < OUT; k++) z[k]! += x * dense[base + k]!;
  }
}

/** Logits → calibrated prediction. Shared by training (for its figures) and the panel. */
export function decide(cal: Calibration, group: number, rules: number, z: Float64Array, out: Prediction): Prediction {
  const t = cal.temperature[group]!;
  const probs = out.probs;
  let max = -Infinity;
  for (let k = 0; k < LABEL_COUNT; k++) {
    const v = (z[k]! + cal.adjust[group * LABEL_COUNT + k]!) / t;
    probs[k] = v;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let k = 0; k < LABEL_COUNT; k++) {
    const e = Math.exp(probs[k]! - max);
    probs[k] = e;
    sum += e;
  }
  for (let k = 0; k < LABEL_COUNT; k++) probs[k]! /= sum;
  const negative = 1 / (1 + Math.exp(-(cal.negA[group]! * z[NEG_OUT]! + cal.negR[group]! * rules + cal.negB[group]!)));
  // The negative head decides the side; the emotion head picks the label within it.
  const neg = negative >= 0.5;
  let best = -1;
  let bestP = -1;
  let side = 0;
  for (let k = 0; k < LABEL_COUNT; k++) {
    if (k < NEG_LABELS !== neg) continue;
    side += probs[k]!;
    if (probs[k]! > bestP) {
      bestP = probs[k]!;
      best = k;
    }
  }
  out.label = best;
  out.negative = negative;
  out.confidence = (neg ? negative : 1 - negative) * (side > 0 ? bestP / side : 0);
  for (let k = 0; k < OUT; k++) out.logits[k] = z[k]!;
  return out;
}

const JOY = 5;
const GRATITUDE = 6;

/** How much the rules' own emotion scores count when the label is chosen within the model's side. */
export const RULES_LABEL_WEIGHT = 0.5;

/**
 * The model decides the side (negative or not); within it, the label mixes the model's distribution with the
 * rules' emotion scores (dense features 1..7). The training data has no Chinese frustration, confusion or
 * gratitude rows and Reddit's labels are not a support desk's, so an explicit "thank you so much" or "furious"
 * still counts. Abuse aimed at the agent is anger, as in the rules. Neutral stays the model's call.
 */
export function chooseLabel(pred: Prediction, dense: ArrayLike<number>, abuse: boolean, group = 0): number {
  const neg = pred.label < NEG_LABELS;
  if (neg && abuse) return 0;
  if (pred.label === LABEL_COUNT - 1) return pred.label;
  let side = 0;
  for (let k = 0; k < LABEL_COUNT; k++) if (k < NEG_LABELS === neg) side += pred.probs[k]!;
  let best = pred.label;
  let bestV = -1;
  for (let k = 0; k < LABEL_COUNT - 1; k++) {
    if (k < NEG_LABELS !== neg) continue;
    // Weibo's "happy" covers thanks: in Chinese, gratitude shares joy's probability and the rules tell them apart.
    const p = group === 1 && k === GRATITUDE ? pred.probs[JOY]! : pred.probs[k]!;
    const v = p / side + RULES_LABEL_WEIGHT * dense[1 + k]!;
    if (v > bestV) {
      bestV = v;
      best = k;
    }
  }
  return best;
}

export function emptyPrediction(): Prediction {
  return {
    probs: new Float64Array(LABEL_COUNT),
    negative: 0,
    label: LABEL_COUNT - 1,
    confidence: 0,
    logits: new Float64Array(OUT),
  };
}
