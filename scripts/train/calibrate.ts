/**
 * Calibration on the held-out calibration slice of the training data (never the dev sets): a softmax
 * temperature and Platt scaling of the negative head per language group, then a shift from the training
 * label priors to even ones, because a reader of customer mail should not call everything "neutral" just
 * because most Reddit comments are, and the offset of the negative decision that scores best on the slice.
 */
import { DENSE, GROUPS, NEG_OUT, OUT } from '../../lib/model/features';
import { type Calibration, LABEL_COUNT, logits, type Model } from '../../lib/model/model';
import type { Dataset } from './featurize';

/** Logits of every row with the shipped (quantised) model, through the panel's own scoring code. */
export function logitsOf(data: Dataset, m: Model): Float64Array {
  const out = new Float64Array(data.n * OUT);
  const z = new Float64Array(OUT);
  for (let r = 0; r < data.n; r++) {
    const from = data.off[r]!;
    const to = data.off[r + 1]!;
    logits(
      m,
      {
        idx: data.idx.subarray(from, to),
        n: to - from,
        dense: data.dense.subarray(r * DENSE, (r + 1) * DENSE),
        group: data.group[r]!,
      },
      z,
    );
    out.set(z, r * OUT);
  }
  return out;
}

function nllAt(t: number, rows: number[], data: Dataset, z: Float64Array): number {
  let loss = 0;
  for (const r of rows) {
    let max = -Infinity;
    for (let k = 0; k < LABEL_COUNT; k++) max = Math.max(max, z[r * OUT + k]! / t);
    let sum = 0;
    for (let k = 0; k < LABEL_COUNT; k++) sum += Math.exp(z[r * OUT + k]! / t - max);
    loss -= z[r * OUT + data.label[r]!]! / t - max - Math.log(sum);
  }
  return loss;
}

/** Golden-section search: the NLL is unimodal in the temperature. */
function fitTemperature(rows: number[], data: Dataset, z: Float64Array): number {
  if (rows.length === 0) return 1;
  let a = 0.25;
  let b = 6;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 40; it++) {
    const c = b - phi * (b - a);
    const d = a + phi * (b - a);
    if (nllAt(c, rows, data, z) < nllAt(d, rows, data, z)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/** Platt scaling with the rules' verdict as a second input, by Newton's method on (a, c, b). */
function fitPlatt(rows: number[], data: Dataset, z: Float64Array): [number, number, number] {
  const w = [1, 0, 0];
  for (let it = 0; it < 60; it++) {
    const g = [0, 0, 0];
    const h = [
      [1e-6, 0, 0],
      [0, 1e-6, 0],
      [0, 0, 1e-6],
    ];
    for (const r of rows) {
      const x = [z[r * OUT + NEG_OUT]!, data.rules[r]!, 1];
      const p = 1 / (1 + Math.exp(-(w[0]! * x[0]! + w[1]! * x[1]! + w[2]!)));
      const e = p - data.negative[r]!;
      const v = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < 3; i++) {
        g[i]! += e * x[i]!;
        for (let j = 0; j < 3; j++) h[i]![j]! += v * x[i]! * x[j]!;
      }
    }
    const d = solve3(h, g);
    if (d === null) break;
    for (let i = 0; i < 3; i++) w[i]! -= d[i]!;
    if (Math.abs(d[0]!) + Math.abs(d[1]!) + Math.abs(d[2]!) < 1e-9) break;
  }
  return [w[0]!, w[1]!, w[2]!];
}

/** Solves h·d = g for a 3×3 system (Cramer's rule); null when singular. */
function solve3(h: number[][], g: number[]): number[] | null {
  const det = (m: number[][]) =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const d = det(h);
  if (Math.abs(d) < 1e-15) return null;
  return [0, 1, 2].map((c) => det(h.map((row, i) => row.map((v, j) => (j === c ? g[i]! : v)))) / d);
}

export function calibrate(
  cal: Dataset,
  calLogits: Float64Array,
  train: Dataset,
  evenPriors: boolean,
  rulesWeight: readonly number[] = [0, 0],
): Calibration {
  const temperature: number[] = [];
  const adjust: number[] = [];
  const negA: number[] = [];
  const negB: number[] = [];
  const negR: number[] = [];
  const leans: number[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const emo: number[] = [];
    const neg: number[] = [];
    for (let r = 0; r < cal.n; r++) {
      if (cal.group[r] !== g) continue;
      if (cal.label[r]! >= 0) emo.push(r);
      if (cal.negative[r]! >= 0) neg.push(r);
    }
    const t = fitTemperature(emo, cal, calLogits);
    temperature.push(round(t));
    const counts = new Array<number>(LABEL_COUNT).fill(0);
    let labelled = 0;
    for (let r = 0; r < train.n; r++) {
      if (train.group[r] !== g || train.label[r]! < 0) continue;
      counts[train.label[r]!]!++;
      labelled++;
    }
    for (let k = 0; k < LABEL_COUNT; k++) {
      // A label this group never saw keeps its learned (low) logit: no boost for what the data cannot support.
      adjust.push(evenPriors && counts[k]! > 0 ? round(-t * Math.log(counts[k]! / labelled)) : 0);
    }
    const [a, c, b] = fitPlatt(neg, cal, calLogits);
    let negShare = 0;
    for (const r of neg) negShare += cal.negative[r]!;
    negShare = neg.length > 0 ? negShare / neg.length : 0.5;
    negShare = Math.min(0.95, Math.max(0.05, negShare));
    const shift = evenPriors ? Math.log(negShare / (1 - negShare)) : 0;
    const lean = negativeLean(cal, calLogits, neg, a, c, b - shift);
    leans.push(lean);
    negA.push(round(a));
    negB.push(round(b - shift + lean));
    negR.push(round(c + (rulesWeight[g] ?? 0)));
  }
  return { temperature, adjust, negA, negB, negR, lean: leans };
}

/** Offsets tried for the negative decision, in logits: −1 … 1 in steps of 0.1. */
const LEANS = Array.from({ length: 21 }, (_, i) => (i - 10) / 10);
/** Slices with fewer rows than this say too little to move the decision. */
const MIN_SLICE = 50;

/**
 * The offset of the negative decision that gives the best negative-F1 on this group's negative / not
 * calibration rows (the review corpora), which come in their natural mix. A calibrated 0.5 is right for
 * accuracy; F1 rewards finding the negatives a little more, by a margin that depends on the data, so it is
 * measured rather than assumed. Emotion rows do not move it: their share of negatives is whatever capping
 * their labels made it (a label-balanced GoEmotions view is 48 % negative, sets capped at 250 rows per label
 * about 40 %), and the best offset follows that share. A group without such rows (English) keeps 0. Ties keep
 * the smaller offset.
 */
function negativeLean(cal: Dataset, z: Float64Array, neg: number[], a: number, c: number, b: number): number {
  const slices = [neg.filter((r) => cal.label[r]! < 0)].filter((s) => s.length >= MIN_SLICE);
  if (slices.length === 0) return 0;
  let best = 0;
  let bestF = -1;
  for (const lean of [...LEANS].sort((x, y) => Math.abs(x) - Math.abs(y) || x - y)) {
    let f = 0;
    for (const rows of slices) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const r of rows) {
        const said = a * z[r * OUT + NEG_OUT]! + c * cal.rules[r]! + b + lean >= 0;
        const gold = cal.negative[r] === 1;
        if (said && gold) tp++;
        else if (said) fp++;
        else if (gold) fn++;
      }
      f += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    }
    if (f > bestF + 1e-12) {
      bestF = f;
      best = lean;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
