/**
 * One logistic head per flag over a shared hashed table, trained with seeded Adagrad, each head's classes
 * weighted to balance (a flag is on in ~6 % of messages). Single-threaded in a fixed order: the same rows give
 * the same bytes.
 */
import { DIM, extract, type Fold, featureBuffer } from '../../lib/analysis/escalation/learned/features';
import { type EscalationModel, GROUPS, lengthScale, weightOf } from '../../lib/analysis/escalation/learned/model';
import type { EscalationFlag } from '../../lib/types';
import { rng } from '../train/sgd';

export interface Dataset {
  n: number;
  /** Row r's features are idx[off[r] .. off[r+1]). */
  off: Int32Array;
  idx: Int32Array;
  group: Uint8Array;
  /** n × heads, 1 when the row has the head's flag. */
  y: Uint8Array;
  /** What each row counts for in the loss. */
  weight: Float32Array;
}

export function featurize(
  rows: readonly { text: string; flags: ReadonlySet<EscalationFlag>; weight?: number }[],
  heads: readonly EscalationFlag[],
  fold: Fold,
): Dataset {
  const weight = Float32Array.from(rows, (r) => r.weight ?? 1);
  const buf = featureBuffer();
  const parts: Int32Array[] = [];
  const off = new Int32Array(rows.length + 1);
  const group = new Uint8Array(rows.length);
  const y = new Uint8Array(rows.length * heads.length);
  let total = 0;
  rows.forEach((row, r) => {
    const n = extract(row.text, buf, fold);
    parts.push(buf.idx.slice(0, n));
    total += n;
    off[r + 1] = total;
    group[r] = buf.group;
    heads.forEach((h, k) => {
      y[r * heads.length + k] = row.flags.has(h) ? 1 : 0;
    });
  });
  const idx = new Int32Array(total);
  parts.forEach((p, r) => {
    idx.set(p, off[r]!);
  });
  return { n: rows.length, off, idx, group, y, weight };
}

export interface Weights {
  /** DIM × heads. */
  table: Float32Array;
  /** GROUPS × heads. */
  bias: Float32Array;
  heads: number;
}

export interface SgdOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Upper bound on every bias (config.ts biasMax). */
  biasMax: number;
}

export function train(data: Dataset, heads: number, opt: SgdOptions): Weights {
  const table = new Float32Array(DIM * heads);
  const g2 = new Float32Array(DIM * heads);
  const bias = new Float32Array(GROUPS * heads);
  const b2 = new Float32Array(GROUPS * heads);
  // Balanced class weights per head: each class counts as half of all rows.
  const wPos = new Float64Array(heads);
  const wNeg = new Float64Array(heads);
  let total = 0;
  for (let r = 0; r < data.n; r++) total += data.weight[r]!;
  for (let k = 0; k < heads; k++) {
    let pos = 0;
    for (let r = 0; r < data.n; r++) pos += data.y[r * heads + k]! * data.weight[r]!;
    wPos[k] = pos > 0 ? total / (2 * pos) : 0;
    wNeg[k] = pos < total ? total / (2 * (total - pos)) : 0;
  }
  const order = new Int32Array(data.n);
  for (let i = 0; i < data.n; i++) order[i] = i;
  const rand = rng(opt.seed);
  const z = new Float64Array(heads);
  const g = new Float64Array(heads);
  const eps = 1e-6;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = data.n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let oi = 0; oi < data.n; oi++) {
      const r = order[oi]!;
      const from = data.off[r]!;
      const to = data.off[r + 1]!;
      const s = lengthScale(to - from);
      const b = data.group[r]! * heads;
      score(data, r, table, bias, heads, z);
      for (let k = 0; k < heads; k++) {
        const y = data.y[r * heads + k]!;
        const p = 1 / (1 + Math.exp(-z[k]!));
        g[k] = (p - y) * (y ? wPos[k]! : wNeg[k]!) * data.weight[r]!;
        const acc = b2[b + k]! + g[k]! * g[k]!;
        b2[b + k] = acc;
        bias[b + k] = Math.min(opt.biasMax, bias[b + k]! - (opt.learningRate * g[k]!) / Math.sqrt(acc + eps));
      }
      for (let q = from; q < to; q++) {
        const base = data.idx[q]! * heads;
        for (let k = 0; k < heads; k++) {
          const w = base + k;
          const grad = g[k]! * s + opt.l2 * table[w]!;
          const acc = g2[w]! + grad * grad;
          g2[w] = acc;
          table[w]! -= (opt.learningRate * grad) / Math.sqrt(acc + eps);
        }
      }
    }
  }
  return { table, bias, heads };
}

/** Raw logits of row r: the same arithmetic as model.ts scoreSpan (sum, scale by lengthScale, add the group's bias). */
export function score(
  data: Dataset,
  r: number,
  table: Float32Array,
  bias: Float32Array,
  heads: number,
  z: Float64Array,
): void {
  const from = data.off[r]!;
  const to = data.off[r + 1]!;
  const s = lengthScale(to - from);
  for (let k = 0; k < heads; k++) z[k] = 0;
  for (let q = from; q < to; q++) {
    const base = data.idx[q]! * heads;
    for (let k = 0; k < heads; k++) z[k]! += table[base + k]!;
  }
  const b = data.group[r]! * heads;
  for (let k = 0; k < heads; k++) z[k] = z[k]! * s + bias[b + k]!;
}

/**
 * Row r's probabilities under a decoded (quantised) model, with training's own arithmetic over the dataset: what
 * the engine must give for the same text (a unit test holds the two together).
 */
export function scoreDecoded(data: Dataset, r: number, m: EscalationModel, out: Float64Array): void {
  const h = m.meta.heads.length;
  const from = data.off[r]!;
  const to = data.off[r + 1]!;
  const s = lengthScale(to - from);
  for (let k = 0; k < h; k++) {
    let sum = 0;
    for (let q = from; q < to; q++) sum += weightOf(m, data.idx[q]!, k);
    out[k] = 1 / (1 + Math.exp(-(m.bias[data.group[r]! * h + k]! + sum * m.scales[k]! * s)));
  }
}
