/**
 * One logistic head per flag over a shared hashed table, trained with seeded Adagrad, each head's classes
 * weighted to balance (a flag is on in ~6 % of messages). Single-threaded in a fixed order: the same rows give
 * the same bytes.
 */

import { sentencesOf } from '../../lib/analysis/escalation/clauses';
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
  /**
   * Sentences of rows with two or more (sentencesOf, as raise.ts splits): row r's are sentences sRow[r] ..
   * sRow[r+1], sentence s's features are sIdx[sOff[s] .. sOff[s+1]) (those whose span lies inside it).
   */
  sRow: Int32Array;
  sOff: Int32Array;
  sIdx: Int32Array;
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
  const sRow = new Int32Array(rows.length + 1);
  const sOff: number[] = [0];
  const sIdx: number[] = [];
  let total = 0;
  rows.forEach((row, r) => {
    const n = extract(row.text, buf, fold);
    parts.push(buf.idx.slice(0, n));
    total += n;
    const sentences = sentencesOf(row.text);
    if (sentences.length >= 2) {
      for (const se of sentences) {
        for (let i = 0; i < n; i++) if (buf.start[i]! >= se.start && buf.end[i]! <= se.end) sIdx.push(buf.idx[i]!);
        sOff.push(sIdx.length);
      }
    }
    sRow[r + 1] = sOff.length - 1;
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
  return {
    n: rows.length,
    off,
    idx,
    group,
    y,
    weight,
    sRow,
    sOff: Int32Array.from(sOff),
    sIdx: Int32Array.from(sIdx),
  };
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
  /**
   * Weight of the sentence step (config.ts sentenceWeight): after each Latin-script row of two or more sentences,
   * every head also steps on the sentence it scores highest on, with the row's label, as raise.ts reads it. 0: none.
   */
  sentenceWeight: number;
  /** What a Latin-script row that carries other flags counts for as a head's negative (config.ts crossWeight). */
  crossWeight: number;
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
  const best = new Float64Array(heads);
  const bestAt = new Int32Array(heads);
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
      let any = false;
      for (let k = 0; k < heads; k++) if (data.y[r * heads + k]) any = true;
      const cross = data.group[r]! === 0 ? opt.crossWeight : 1;
      for (let k = 0; k < heads; k++) {
        const y = data.y[r * heads + k]!;
        const p = 1 / (1 + Math.exp(-z[k]!));
        g[k] = (p - y) * (y ? wPos[k]! : wNeg[k]! * (any ? cross : 1)) * data.weight[r]!;
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
      if (opt.sentenceWeight > 0 && data.group[r]! === 0 && data.sRow[r + 1]! > data.sRow[r]!) {
        sentenceStep(data, r, table, g2, bias, b2, heads, opt, wPos, wNeg, best, bestAt);
      }
    }
  }
  return { table, bias, heads };
}

/**
 * Multiple-instance step: for each head, the row's sentence with the highest logit takes the row's label (a
 * positive row has a sentence that says it; no sentence of a negative row may pass), the same max over sentences
 * that raise.ts thresholds.
 */
function sentenceStep(
  data: Dataset,
  r: number,
  table: Float32Array,
  g2: Float32Array,
  bias: Float32Array,
  b2: Float32Array,
  heads: number,
  opt: SgdOptions,
  wPos: Float64Array,
  wNeg: Float64Array,
  best: Float64Array,
  bestAt: Int32Array,
): void {
  const eps = 1e-6;
  const b = data.group[r]! * heads;
  let any = false;
  for (let k = 0; k < heads; k++) if (data.y[r * heads + k]) any = true;
  best.fill(Number.NEGATIVE_INFINITY, 0, heads);
  for (let se = data.sRow[r]!; se < data.sRow[r + 1]!; se++) {
    const from = data.sOff[se]!;
    const to = data.sOff[se + 1]!;
    if (to === from) continue;
    const s = lengthScale(to - from);
    for (let k = 0; k < heads; k++) sz[k] = 0;
    for (let q = from; q < to; q++) {
      const base = data.sIdx[q]! * heads;
      for (let k = 0; k < heads; k++) sz[k]! += table[base + k]!;
    }
    for (let k = 0; k < heads; k++) {
      const z = sz[k]! * s + bias[b + k]!;
      if (z > best[k]!) {
        best[k] = z;
        bestAt[k] = se;
      }
    }
  }
  for (let k = 0; k < heads; k++) {
    if (best[k] === Number.NEGATIVE_INFINITY) continue;
    const y = data.y[r * heads + k]!;
    const p = 1 / (1 + Math.exp(-best[k]!));
    const g = (p - y) * (y ? wPos[k]! : wNeg[k]! * (any ? opt.crossWeight : 1)) * data.weight[r]! * opt.sentenceWeight;
    const acc = b2[b + k]! + g * g;
    b2[b + k] = acc;
    bias[b + k] = Math.min(opt.biasMax, bias[b + k]! - (opt.learningRate * g) / Math.sqrt(acc + eps));
    const se = bestAt[k]!;
    const from = data.sOff[se]!;
    const to = data.sOff[se + 1]!;
    const s = lengthScale(to - from);
    for (let q = from; q < to; q++) {
      const w = data.sIdx[q]! * heads + k;
      const grad = g * s + opt.l2 * table[w]!;
      const a = g2[w]! + grad * grad;
      g2[w] = a;
      table[w]! -= (opt.learningRate * grad) / Math.sqrt(a + eps);
    }
  }
}

const sz = new Float64Array(64);

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
