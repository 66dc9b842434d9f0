/**
 * Multinomial logistic regression (8 emotions) and a logistic negative head over one shared hashed table,
 * trained in a seeded, fixed order, single-threaded, so the same data gives the same bytes. The table learns by
 * FTRL-Proximal (McMahan et al., 2013, "Ad click prediction: a view from the trenches"): Adagrad's per-weight step
 * with an L1 term that holds a weight at exactly zero until its evidence outweighs it. A slot of the hashed table
 * is shared by many n-grams, most of them seen once or twice; under plain Adagrad each of those still pushed the
 * slot, and that noise landed on the frequent n-gram sharing it. The dense weights (the rules' read-out, a few
 * dozen per group, never shared) keep plain Adagrad.
 */
import { DENSE, DIM, GROUPS, NEG_OUT, OUT } from '../../lib/model/features';
import { LABEL_COUNT } from '../../lib/model/model';
import type { Dataset } from './featurize';

export interface Weights {
  table: Float32Array;
  dense: Float32Array;
}

export interface SgdOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** FTRL's L1 strength on the table (in summed-gradient units); 0 is Adagrad-like FTRL with no sparsity. */
  l1: number;
  /** Share of rows per epoch read without their n-grams, so the rules' cues must carry them alone: the model
   * then leans on the rules where its vocabulary is new (complaint tweets are not Reddit comments). */
  ruleOnlyShare: number;
  /** Called after each epoch (for progress lines). */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** mulberry32: small, fast, and the same sequence everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(data: Dataset, opt: SgdOptions): Weights {
  const table = new Float32Array(DIM * OUT);
  // FTRL's two sums per table weight: n (squared gradients) and z (gradients less the drift of the step size).
  const g2 = new Float32Array(DIM * OUT);
  const fz = new Float32Array(DIM * OUT);
  const dense = new Float32Array(GROUPS * DENSE * OUT);
  const d2 = new Float32Array(GROUPS * DENSE * OUT);
  const order = new Int32Array(data.n);
  for (let i = 0; i < data.n; i++) order[i] = i;
  const rand = rng(opt.seed);
  const z = new Float64Array(OUT);
  const g = new Float64Array(OUT);
  const lr = opt.learningRate;
  const eps = 1e-6;
  const l1 = opt.l1;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = data.n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let loss = 0;
    for (let oi = 0; oi < data.n; oi++) {
      const r = order[oi]!;
      const ruleOnly = rand() < opt.ruleOnlyShare;
      const from = data.off[r]!;
      const to = ruleOnly ? from : data.off[r + 1]!;
      const n = to - from;
      const s = n > 0 ? 1 / Math.sqrt(n) : 0;
      const dbase = r * DENSE;
      const gbase = data.group[r]! * DENSE * OUT;
      scoreRow(data, r, table, dense, z, ruleOnly);
      const label = data.label[r]!;
      const negative = data.negative[r]!;
      for (let k = 0; k < OUT; k++) g[k] = 0;
      if (label >= 0) {
        let max = -Infinity;
        for (let k = 0; k < LABEL_COUNT; k++) if (z[k]! > max) max = z[k]!;
        let sum = 0;
        for (let k = 0; k < LABEL_COUNT; k++) sum += Math.exp(z[k]! - max);
        for (let k = 0; k < LABEL_COUNT; k++) g[k] = Math.exp(z[k]! - max) / sum - (k === label ? 1 : 0);
        loss += -(z[label]! - max - Math.log(sum));
      }
      if (negative >= 0) {
        const p = 1 / (1 + Math.exp(-z[NEG_OUT]!));
        g[NEG_OUT] = p - negative;
        loss += -Math.log(Math.max(1e-12, negative ? p : 1 - p));
      }
      for (let q = from; q < to; q++) {
        const base = data.idx[q]! * OUT;
        for (let k = 0; k < OUT; k++) {
          const gk = g[k]!;
          if (gk === 0) continue;
          const w = base + k;
          const grad = gk * s + opt.l2 * table[w]!;
          const before = g2[w]!;
          const acc = before + grad * grad;
          const zz = fz[w]! + grad - ((Math.sqrt(acc) - Math.sqrt(before)) / lr) * table[w]!;
          fz[w] = zz;
          g2[w] = acc;
          // β = 1 in FTRL's step lr / (β + √n).
          table[w] = Math.abs(zz) <= l1 ? 0 : -(zz - Math.sign(zz) * l1) / ((1 + Math.sqrt(acc)) / lr);
        }
      }
      for (let j = 0; j < DENSE; j++) {
        const x = data.dense[dbase + j]!;
        if (x === 0) continue;
        for (let k = 0; k < OUT; k++) {
          const gk = g[k]!;
          if (gk === 0) continue;
          const w = gbase + j * OUT + k;
          const grad = gk * x;
          const acc = d2[w]! + grad * grad;
          d2[w] = acc;
          dense[w]! -= (lr * grad) / Math.sqrt(acc + eps);
        }
      }
    }
    opt.onEpoch?.(epoch + 1, loss / Math.max(1, data.n));
  }
  return { table, dense };
}

/** Raw logits of row r, the same arithmetic as model.ts `logits` (sum, then scale by 1/√n, then dense). */
export function scoreRow(
  data: Dataset,
  r: number,
  table: Float32Array,
  dense: Float32Array,
  z: Float64Array,
  ruleOnly = false,
): void {
  const from = data.off[r]!;
  const to = ruleOnly ? from : data.off[r + 1]!;
  const n = to - from;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let k = 0; k < OUT; k++) z[k] = 0;
  for (let q = from; q < to; q++) {
    const base = data.idx[q]! * OUT;
    for (let k = 0; k < OUT; k++) z[k]! += table[base + k]!;
  }
  for (let k = 0; k < OUT; k++) z[k]! *= s;
  const dbase = r * DENSE;
  const gbase = data.group[r]! * DENSE * OUT;
  for (let j = 0; j < DENSE; j++) {
    const x = data.dense[dbase + j]!;
    if (x === 0) continue;
    for (let k = 0; k < OUT; k++) z[k]! += x * dense[gbase + j * OUT + k]!;
  }
}
