/**
 * Experiments on the negative decision (round emo-fusion, issue #13), measured on the training data's calibration
 * and blind slices only (never the dev sets). Not part of the recipe: nothing here is shipped; the figures and
 * what was kept are in scripts/train/config.ts.
 *
 *   npx tsx scripts/lab/fusion.ts [--model=base,textonly] [--seed=N] [--cache] [--fusion] [--multi] [--lean] [--flips]
 *
 * --fusion  late fusion of the negative logit with one continuous rules score (and the verdict)
 * --multi   late fusion with all the scores at once
 * --lean    the negative offset chosen on calibration rows, with and without settle()
 * --flips   what settle() turns from negative to not, and how often that was right
 * --model=textonly trains the prototype's setting: the text alone, without the rules' read-out as inputs.
 * --cache   reuses trained weights from /tmp between runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settle } from '../../lib/model/blend';
import { DENSE, DIM, MODEL_LABELS, NEG_OUT, OUT } from '../../lib/model/features';
import {
  type Calibration,
  chooseLabel,
  decide,
  decodeModel,
  emptyPrediction,
  LABEL_COUNT,
  NEG_LABELS,
} from '../../lib/model/model';
import type { EmotionLabel, MessageAnalysis } from '../../lib/types';
import { binaryF1, macroF1, perLabel } from '../eval-lib/metrics';
import { calibrate, logitsOf } from '../train/calibrate';
import { TRAIN_CONFIG } from '../train/config';
import { foldTable, loadRows, loadSupportCheck, type TrainRow } from '../train/data';
import { balanced } from '../train/evaluate';
import { type Dataset, featurize } from '../train/featurize';
import { encodeModel } from '../train/pack';
import { train, type Weights } from '../train/sgd';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const t0 = Date.now();
const log = (s: string) => console.log(`[lab ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const fold = foldTable();
const cfg = TRAIN_CONFIG;
const all = loadRows(cfg);

function subset(split: TrainRow['split'], extra: TrainRow[] = []) {
  const picked = [...all.filter((r) => r.split === split), ...extra];
  const f = featurize(picked, fold);
  return { rows: f.kept.map((i) => picked[i]!), data: f.data, lexicon: f.lexicon };
}
const tr = subset('train');
const ca = subset('calibration');
const bl = subset('blind', loadSupportCheck(cfg, root));
log(`features: train ${tr.data.n}, calibration ${ca.data.n}, blind ${bl.data.n}`);

// ---------------------------------------------------------------------------------------------------------
// Continuous rules negativity scores, from the dense features the panel already has (features.ts denseFrom).
type Score = (d: Float32Array, o: number) => number;
const SCORES: Record<string, Score> = {
  none: () => 0,
  // Valence is tanh((pos − neg) / 2) of the rules' summed weights: its negation is a negativity in −1..1.
  negValence: (d, o) => -d[o + 8]!,
  // Squashed per-emotion scores: negative ones minus positive ones.
  cueSum: (d, o) => d[o + 1]! + d[o + 2]! + d[o + 3]! + d[o + 4]! - d[o + 6]! - d[o + 7]!,
  cueMax: (d, o) => Math.max(d[o + 1]!, d[o + 2]!, d[o + 3]!, d[o + 4]!) - Math.max(d[o + 6]!, d[o + 7]!),
};

interface Fusion {
  /** Per group: weights on [z, verdict, score, 1]. */
  w: number[][];
  score: Score;
  lean: number[];
}

/** Logistic regression by Newton's method on the given inputs (a small ridge keeps it defined). */
function fitLogistic(xs: number[][], y: number[], init: number[]): number[] {
  const k = init.length;
  const w = [...init];
  for (let it = 0; it < 80; it++) {
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1e-6 : 0)));
    for (let r = 0; r < xs.length; r++) {
      const x = xs[r]!;
      let s = 0;
      for (let i = 0; i < k; i++) s += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-s));
      const e = p - y[r]!;
      const v = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < k; i++) {
        g[i]! += e * x[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += v * x[i]! * x[j]!;
      }
    }
    const d = solve(h, g);
    let step = 0;
    for (let i = 0; i < k; i++) {
      w[i]! -= d[i]!;
      step += Math.abs(d[i]!);
    }
    if (step < 1e-10) break;
  }
  return w;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

function inputs(data: Dataset, z: Float64Array, r: number, score: Score, useVerdict: boolean): number[] {
  return [z[r * OUT + NEG_OUT]!, useVerdict ? data.rules[r]! : 0, score(data.dense, r * DENSE), 1];
}

/** Late fusion with every rules score at once: [z, verdict, −valence, cueSum, cueMax, 1], fitted per group. */
function fitMulti(z: Float64Array): number[][] {
  const out: number[][] = [];
  for (let g = 0; g < 2; g++) {
    const rows: number[] = [];
    for (let r = 0; r < ca.data.n; r++) if (ca.data.group[r] === g && ca.data.negative[r]! >= 0) rows.push(r);
    const xs = rows.map((r) => multiInputs(ca.data, z, r));
    const y = rows.map((r) => ca.data.negative[r]!);
    const fit = fitLogistic(xs, y, [1, 0, 0, 0, 0, 0]);
    let share = y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
    share = Math.min(0.95, Math.max(0.05, share));
    fit[5]! -= Math.log(share / (1 - share));
    const rev = rows.filter((r) => ca.data.label[r]! < 0);
    const lin = (r: number) => multiInputs(ca.data, z, r).reduce((a, x, i) => a + x * fit[i]!, 0);
    fit[5]! += bestLean(rev, lin, (r) => ca.data.negative[r] === 1);
    out.push(fit);
  }
  return out;
}

function multiInputs(data: Dataset, z: Float64Array, r: number): number[] {
  const o = r * DENSE;
  return [
    z[r * OUT + NEG_OUT]!,
    data.rules[r]!,
    SCORES.negValence!(data.dense, o),
    SCORES.cueSum!(data.dense, o),
    SCORES.cueMax!(data.dense, o),
    1,
  ];
}

function multiCalls(set: typeof bl, z: Float64Array, w: number[][], extraVerdict: readonly number[]): boolean[] {
  const out: boolean[] = [];
  for (let r = 0; r < set.data.n; r++) {
    const g = set.data.group[r]!;
    const x = multiInputs(set.data, z, r);
    x[1]! *= 1 + (extraVerdict[g] ?? 0) / (w[g]![1]! || 1e-9);
    out.push(x.reduce((a, v, i) => a + v * w[g]![i]!, 0) >= 0);
  }
  return out;
}

const LEANS = Array.from({ length: 21 }, (_, i) => (i - 10) / 10);

function bestLean(rows: number[], f: (r: number) => number, gold: (r: number) => boolean): number {
  if (rows.length < 50) return 0;
  let best = 0;
  let bestF = -1;
  for (const lean of [...LEANS].sort((x, y) => Math.abs(x) - Math.abs(y) || x - y)) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const said = f(r) + lean >= 0;
      const g = gold(r);
      if (said && g) tp++;
      else if (said) fp++;
      else if (g) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > bestF + 1e-12) {
      bestF = f1;
      best = lean;
    }
  }
  return best;
}

type LeanMode = 'reviews' | 'reviews+balancedEmo' | 'none';

/** The fused negative decision fitted on the calibration slice, per group. */
function fitFusion(z: Float64Array, score: Score, useVerdict: boolean, leanMode: LeanMode, evenPriors = true): Fusion {
  const w: number[][] = [];
  const lean: number[] = [];
  for (let g = 0; g < 2; g++) {
    const rows: number[] = [];
    for (let r = 0; r < ca.data.n; r++) if (ca.data.group[r] === g && ca.data.negative[r]! >= 0) rows.push(r);
    const xs = rows.map((r) => inputs(ca.data, z, r, score, useVerdict));
    const y = rows.map((r) => ca.data.negative[r]!);
    const fit = fitLogistic(xs, y, [1, 0, 0, 0]);
    let share = y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
    share = Math.min(0.95, Math.max(0.05, share));
    if (evenPriors) fit[3]! -= Math.log(share / (1 - share));
    const lin = (r: number) => {
      const x = inputs(ca.data, z, r, score, useVerdict);
      return fit[0]! * x[0]! + fit[1]! * x[1]! + fit[2]! * x[2]! + fit[3]!;
    };
    let l = 0;
    if (leanMode !== 'none') {
      const rev = rows.filter((r) => ca.data.label[r]! < 0);
      const pick =
        leanMode === 'reviews' || rev.length >= 50
          ? rev
          : balanced(
              rows.filter((r) => ca.data.label[r]! >= 0),
              (r) => ca.data.label[r]!,
            );
      l = bestLean(pick, lin, (r) => ca.data.negative[r] === 1);
    }
    fit[3]! += l;
    w.push(fit);
    lean.push(l);
  }
  return { w, score, lean };
}

/** The model's calibration, with the fused negative written into the negative Platt slot for decide(). */
function withFusion(base: Calibration, f: Fusion, extraVerdict: readonly number[] = [0, 0]): Calibration {
  return {
    ...base,
    negA: f.w.map((w) => w[0]!),
    negR: f.w.map((w, g) => w[1]! + (extraVerdict[g] ?? 0)),
    negB: f.w.map((w) => w[3]!),
  };
}

// ---------------------------------------------------------------------------------------------------------
interface Slice {
  name: string;
  idx: number[];
}

function slicesOf(rows: TrainRow[]): Slice[] {
  const groups: { name: string; keep: (r: TrainRow) => boolean }[] = [
    { name: 'goemo', keep: (r) => r.source.startsWith('goemotions') },
    { name: 'smp简', keep: (r) => r.source.startsWith('smp2020') && r.script === 'hans' },
    { name: 'smpTW', keep: (r) => r.source.startsWith('smp2020') && r.script === 'twp' },
    { name: 'smpHK', keep: (r) => r.source.startsWith('smp2020') && r.script === 'hk' },
    { name: 'rev简', keep: (r) => r.label < 0 && r.script === 'hans' },
    { name: 'rev繁', keep: (r) => r.label < 0 && r.script !== 'hans' && r.script !== 'en' },
    { name: 'support', keep: (r) => r.source === 'support-en' },
  ];
  return groups.map((g) => {
    const idx = rows.map((r, i) => (g.keep(r) ? i : -1)).filter((i) => i >= 0);
    return { name: g.name, idx: idx.every((i) => rows[i]!.label >= 0) ? balanced(idx, (i) => rows[i]!.label) : idx };
  });
}
const blindSlices = slicesOf(bl.rows);
const calSlices = slicesOf(ca.rows).filter((s) => s.name !== 'support');

function fakeLex(d: Float32Array, o: number, primary: string): Pick<MessageAnalysis, 'primary' | 'emotions'> {
  return {
    primary: primary as EmotionLabel,
    emotions: {
      anger: d[o + 1]!,
      frustration: d[o + 2]!,
      anxiety: d[o + 3]!,
      sadness: d[o + 4]!,
      confusion: d[o + 5]!,
      joy: d[o + 6]!,
      gratitude: d[o + 7]!,
    },
  };
}

/** Negative calls per row: the model's side (decide) and, with `settled`, after blend.ts settle(). */
function negCalls(
  set: { rows: TrainRow[]; data: Dataset; lexicon: string[] },
  z: Float64Array,
  cal: Calibration,
  settled: boolean,
): boolean[] {
  return labelCalls(set, z, cal, settled).map((l) => l < NEG_LABELS);
}

function labelCalls(
  set: { rows: TrainRow[]; data: Dataset; lexicon: string[] },
  z: Float64Array,
  cal: Calibration,
  settled: boolean,
  only?: readonly number[],
): number[] {
  const data = set.data;
  const p = emptyPrediction();
  const zz = new Float64Array(OUT);
  const out: number[] = new Array(data.n).fill(-1);
  for (const r of only ?? Array.from({ length: data.n }, (_, i) => i)) {
    out[r] = labelOne(set, z, cal, settled, r, p, zz);
  }
  return out;
}

function labelOne(
  set: { rows: TrainRow[]; data: Dataset; lexicon: string[] },
  z: Float64Array,
  cal: Calibration,
  settled: boolean,
  r: number,
  p: ReturnType<typeof emptyPrediction>,
  zz: Float64Array,
): number {
  const data = set.data;
  {
    for (let k = 0; k < OUT; k++) zz[k] = z[r * OUT + k]!;
    decide(cal, data.group[r]!, data.rules[r]!, zz, p);
    const dense = data.dense.subarray(r * DENSE, (r + 1) * DENSE);
    const label = chooseLabel(p, dense, data.abuse[r] === 1, data.group[r]!);
    if (!settled) return label;
    const s = settle(
      MODEL_LABELS[label]!,
      p.confidence,
      p.probs[LABEL_COUNT - 1]!,
      p.negative,
      fakeLex(data.dense, r * DENSE, set.lexicon[r]!),
      data.group[r]!,
      set.rows[r]!.text,
    );
    return MODEL_LABELS.indexOf(s.label);
  }
}

function macroOf(set: typeof bl, s: Slice, labels: number[]): string {
  if (!s.idx.every((i) => set.data.label[i]! >= 0)) return '';
  const gold = s.idx.map((i) => MODEL_LABELS[set.data.label[i]!]!);
  const pred = s.idx.map((i) => MODEL_LABELS[labels[i]!] ?? 'x');
  return macroF1(perLabel(gold, pred, [...new Set(gold)].sort())).toFixed(3);
}

/** Blind and calibration figures of one calibration, with settle(); macro-F1 of the emotion slices after. */
function report(label: string, cal: Calibration): void {
  const lb = labelCalls(bl, zbNow, cal, true);
  const lc = labelCalls(ca, zcNow, cal, true);
  const macros = blindSlices.slice(0, 4).map((s) => macroOf(bl, s, lb));
  console.log(
    `${row(
      `B+s ${label}`,
      blindSlices,
      bl,
      lb.map((l) => l >= 0 && l < NEG_LABELS),
    )}   macro ${macros.join(' ')}`,
  );
  console.log(
    row(
      `C+s ${label}`,
      calSlices,
      ca,
      lc.map((l) => l >= 0 && l < NEG_LABELS),
    ),
  );
}
let zbNow: Float64Array = new Float64Array(0);
let zcNow: Float64Array = new Float64Array(0);

/** The offset of group g's negative decision that maximises negative-F1 on `rows` of the calibration slice. */
function chooseLean(cal: Calibration, g: number, rows: number[], settled: boolean): number {
  const p = emptyPrediction();
  const zz = new Float64Array(OUT);
  let best = 0;
  let bestF = -1;
  for (const lean of [...LEANS].sort((x, y) => Math.abs(x) - Math.abs(y) || x - y)) {
    const c: Calibration = { ...cal, negB: [...cal.negB] };
    c.negB[g]! += lean;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const said = labelOne(ca, zcNow, c, settled, r, p, zz) < NEG_LABELS;
      const gold = ca.data.negative[r] === 1;
      if (said && gold) tp++;
      else if (said) fp++;
      else if (gold) fn++;
    }
    const f = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f > bestF + 1e-12) {
      bestF = f;
      best = lean;
    }
  }
  return best;
}

function leanStudy(name: string, base: Calibration): void {
  const calRows = (g: number, kind: 'reviews' | 'balancedEmo') => {
    const rows: number[] = [];
    for (let r = 0; r < ca.data.n; r++) {
      if (ca.data.group[r] !== g || ca.data.negative[r]! < 0) continue;
      if ((kind === 'reviews') === ca.data.label[r]! < 0) rows.push(r);
    }
    return kind === 'reviews' ? rows : balanced(rows, (r) => ca.data.label[r]!);
  };
  // Undo the lean calibrate() chose (reviews, without settle), then choose again.
  const raw: Calibration = { ...base, negB: base.negB.map((b, g) => b - base.lean[g]!) };
  report(`${name} as shipped`, base);
  for (const settled of [false, true]) {
    const en = chooseLean(raw, 0, calRows(0, 'balancedEmo'), settled);
    const zhRev = chooseLean(raw, 1, calRows(1, 'reviews'), settled);
    const zhEmo = chooseLean(raw, 1, calRows(1, 'balancedEmo'), settled);
    for (const [tag, l] of [
      [`en emo ${en}, zh rev ${zhRev}`, [en, zhRev]],
      [`en emo ${en}, zh emo ${zhEmo}`, [en, zhEmo]],
    ] as [string, number[]][]) {
      const c: Calibration = { ...raw, negB: raw.negB.map((b, g) => b + l[g]!) };
      report(`${name} lean${settled ? '+s' : ''} ${tag}`, c);
    }
  }
}

function row(name: string, slices: Slice[], set: typeof bl, calls: boolean[]): string {
  const cells = slices.map((s) => {
    const gold = s.idx.map((i) => set.data.negative[i] === 1);
    return binaryF1(
      gold,
      s.idx.map((i) => calls[i]!),
    ).toFixed(3);
  });
  return `${name.padEnd(44)} ${cells.map((c) => c.padStart(7)).join('')}`;
}

function header(slices: Slice[]): string {
  return `${''.padEnd(44)} ${slices.map((s) => s.name.padStart(7)).join('')}`;
}

// ---------------------------------------------------------------------------------------------------------
function trainVariant(name: string): Weights {
  const seed = Number(arg('seed') ?? cfg.seed);
  const file = `/tmp/emo-fusion-weights-${name}${seed === cfg.seed ? '' : `-s${seed}`}.bin`;
  if (process.argv.includes('--cache') && existsSync(file)) {
    const b = readFileSync(file);
    const f = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    const tableLen = DIM * OUT;
    return { table: f.slice(0, tableLen), dense: f.slice(tableLen) };
  }
  let data = tr.data;
  if (name.startsWith('textonly')) {
    // The prototype's setting: the model reads the text only; the rules' read-out (dense 1..28) is left out.
    const dense = tr.data.dense.slice();
    for (let r = 0; r < tr.data.n; r++) for (let j = 1; j <= 28; j++) dense[r * DENSE + j] = 0;
    data = { ...tr.data, dense };
  }
  const w = train(data, {
    seed,
    epochs: cfg.epochs,
    learningRate: cfg.learningRate,
    l2: cfg.l2,
    l1: cfg.l1,
    ruleOnlyShare: cfg.ruleOnlyShare,
  });
  const buf = new Float32Array(w.table.length + w.dense.length);
  buf.set(w.table);
  buf.set(w.dense, w.table.length);
  writeFileSync(file, new Uint8Array(buf.buffer));
  return w;
}

function study(name: string, w: Weights): void {
  const provisional = encodeModel(
    w,
    { temperature: [1, 1], adjust: new Array(16).fill(0), negA: [1, 1], negB: [0, 0], negR: [0, 0], lean: [0, 0] },
    '',
    fold,
  );
  const m = decodeModel(provisional);
  const zc = logitsOf(ca.data, m);
  const zb = logitsOf(bl.data, m);
  const base = calibrate(ca.data, zc, tr.data, cfg.evenPriors);
  const shipped = calibrate(ca.data, zc, tr.data, cfg.evenPriors, cfg.rulesWeight);
  log(
    `== weights ${name}; base ${JSON.stringify({ negA: base.negA, negR: base.negR, negB: base.negB, lean: base.lean })}`,
  );
  const blindHead = header(blindSlices);
  const calHead = header(calSlices);
  const lines: string[] = [];
  const show = (label: string, cal: Calibration) => {
    lines.push(row(`B ${label}`, blindSlices, bl, negCalls(bl, zb, cal, false)));
    lines.push(row(`B ${label} +settle`, blindSlices, bl, negCalls(bl, zb, cal, true)));
    lines.push(row(`C ${label}`, calSlices, ca, negCalls(ca, zc, cal, false)));
  };
  show('current (Platt+verdict+lean)', base);
  show('current shipped (rulesWeight)', shipped);
  zbNow = zb;
  zcNow = zc;
  if (process.argv.includes('--flips')) {
    for (const [cname, c] of [
      ['training-only', base],
      ['shipped', shipped],
    ] as [string, Calibration][]) {
      const before = labelCalls(bl, zb, c, false);
      const after = labelCalls(bl, zb, c, true);
      for (const sl of blindSlices) {
        let toNeutral = 0;
        let toNeutralGoldNeg = 0;
        let other = 0;
        let otherGoldNeg = 0;
        for (const i of sl.idx) {
          const b = before[i]! < NEG_LABELS;
          const a = after[i]! < NEG_LABELS;
          if (!b || a) continue;
          const gold = bl.data.negative[i] === 1;
          if (after[i] === LABEL_COUNT - 1) {
            toNeutral++;
            if (gold) toNeutralGoldNeg++;
          } else {
            other++;
            if (gold) otherGoldNeg++;
          }
        }
        console.log(
          `flips ${cname} ${sl.name}: n=${sl.idx.length} neg→neutral ${toNeutral} (gold neg ${toNeutralGoldNeg}), neg→other ${other} (gold neg ${otherGoldNeg})`,
        );
      }
    }
  }
  if (process.argv.includes('--lean')) {
    console.log(blindHead);
    leanStudy('training-only', base);
    leanStudy('shipped', shipped);
  }
  if (process.argv.includes('--multi')) {
    const w = fitMulti(zc);
    console.log(`multi weights ${w.map((x) => x.map((v) => v.toFixed(2)).join('/')).join(' | ')}`);
    lines.push(row('B multi late fusion (no settle)', blindSlices, bl, multiCalls(bl, zb, w, [0, 0])));
    lines.push(row('C multi late fusion (no settle)', calSlices, ca, multiCalls(ca, zc, w, [0, 0])));
    lines.push(row('B multi + rulesWeight (no settle)', blindSlices, bl, multiCalls(bl, zb, w, cfg.rulesWeight)));
  }
  if (process.argv.includes('--fusion')) {
    for (const [sname, score] of Object.entries(SCORES)) {
      for (const verdict of [true, false]) {
        if (sname === 'none' && !verdict) continue;
        for (const leanMode of ['reviews', 'reviews+balancedEmo'] as LeanMode[]) {
          const f = fitFusion(zc, score, verdict, leanMode);
          const cal = withFusion(base, f);
          // decide() reads `rules` as the verdict; the continuous score goes in through the bias per row below.
          const label = `${sname}${verdict ? '+verdict' : ''} lean:${leanMode} ${f.w.map((x) => x.map((v) => v.toFixed(2)).join('/')).join(' | ')} L${f.lean.join('/')}`;
          lines.push(row(`B ${label}`, blindSlices, bl, fusedCalls(bl, zb, cal, f, false)));
          lines.push(row(`B   +settle`, blindSlices, bl, fusedCalls(bl, zb, cal, f, true)));
          lines.push(row(`C   `, calSlices, ca, fusedCalls(ca, zc, cal, f, false)));
        }
      }
    }
  }
  console.log(blindHead);
  console.log(calHead);
  for (const l of lines) console.log(l);
}

/** As negCalls, with the continuous score's term added to the negative logit through a per-row bias. */
function fusedCalls(set: typeof bl, z: Float64Array, cal: Calibration, f: Fusion, settled: boolean): boolean[] {
  const data = set.data;
  const out: boolean[] = [];
  const p = emptyPrediction();
  const zz = new Float64Array(OUT);
  for (let r = 0; r < data.n; r++) {
    const g = data.group[r]!;
    const c: Calibration = { ...cal, negB: [...cal.negB] };
    c.negB[g] = cal.negB[g]! + f.w[g]![2]! * f.score(data.dense, r * DENSE);
    for (let k = 0; k < OUT; k++) zz[k] = z[r * OUT + k]!;
    decide(c, g, data.rules[r]!, zz, p);
    const dense = data.dense.subarray(r * DENSE, (r + 1) * DENSE);
    const label = chooseLabel(p, dense, data.abuse[r] === 1, g);
    if (!settled) {
      out.push(label < NEG_LABELS);
      continue;
    }
    const s = settle(
      MODEL_LABELS[label]!,
      p.confidence,
      p.probs[LABEL_COUNT - 1]!,
      p.negative,
      fakeLex(data.dense, r * DENSE, set.lexicon[r]!),
      g,
      set.rows[r]!.text,
    );
    out.push(MODEL_LABELS.indexOf(s.label) < NEG_LABELS);
  }
  return out;
}

for (const v of (arg('model') ?? 'base').split(',')) study(v, trainVariant(v));
