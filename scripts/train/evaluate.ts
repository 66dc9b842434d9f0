/**
 * Figures for the model card, computed with the quantised weights exactly as the panel scores a message.
 */
import { settle } from '../../lib/model/blend';
import { DENSE, MODEL_LABELS, OUT } from '../../lib/model/features';
import { type Calibration, chooseLabel, decide, emptyPrediction, LABEL_COUNT, NEG_LABELS } from '../../lib/model/model';
import type { EmotionLabel, MessageAnalysis } from '../../lib/types';
import { binaryF1, macroF1, perLabel } from '../eval-lib/metrics';
import type { Dataset } from './featurize';

export interface Scored {
  label: number;
  negative: number;
  confidence: number;
}

/**
 * What blend.ts settle() reads besides the model, per row: the text the rules read, their primary label, their
 * evidence and their flags (featurize.ts captures them from the same read as the features).
 */
export interface Settling {
  texts: readonly string[];
  lexicon: readonly string[];
  evidence: readonly MessageAnalysis['evidence'][];
  escalation: readonly MessageAnalysis['escalation'][];
}

/**
 * The panel's decision for every row: calibrated side, then the label within it (model.ts chooseLabel), and with
 * `settling` the blend's settle() step too, so the figures are those of the label the panel shows and
 * `npm run eval` scores.
 */
export function predictAll(logits: Float64Array, data: Dataset, cal: Calibration, settling?: Settling): Scored[] {
  const { group, rules, abuse } = data;
  const out: Scored[] = [];
  const p = emptyPrediction();
  const z = new Float64Array(OUT);
  for (let r = 0; r < group.length; r++) {
    for (let k = 0; k < OUT; k++) z[k] = logits[r * OUT + k]!;
    decide(cal, group[r]!, rules[r]!, z, p);
    const dense = data.dense.subarray(r * DENSE, (r + 1) * DENSE);
    const label = chooseLabel(p, dense, abuse[r] === 1, group[r]!);
    if (settling === undefined) {
      out.push({ label, negative: p.negative, confidence: p.confidence });
      continue;
    }
    const lex = {
      primary: settling.lexicon[r] as EmotionLabel,
      emotions: {
        anger: dense[1]!,
        frustration: dense[2]!,
        anxiety: dense[3]!,
        sadness: dense[4]!,
        confusion: dense[5]!,
        joy: dense[6]!,
        gratitude: dense[7]!,
      },
      evidence: settling.evidence[r]!,
      escalation: settling.escalation[r]!,
    };
    const s = settle(
      MODEL_LABELS[label]!,
      p.confidence,
      p.probs[LABEL_COUNT - 1]!,
      p.negative,
      lex,
      group[r]!,
      settling.texts[r]!,
    );
    out.push({ label: MODEL_LABELS.indexOf(s.label), negative: p.negative, confidence: s.confidence });
  }
  return out;
}

/**
 * At most the median label count per label, in row order: a deterministic label-balanced subsample. The dev and
 * unseen sets cap each label (≤ 250 rows), so this view, not the raw Reddit / Weibo mix, is the comparable one.
 */
export function balanced(idx: readonly number[], labelOf: (i: number) => number): number[] {
  const counts = new Map<number, number>();
  for (const i of idx) counts.set(labelOf(i), (counts.get(labelOf(i)) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => a - b);
  const cap = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const seen = new Map<number, number>();
  return idx.filter((i) => {
    const l = labelOf(i);
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n <= cap;
  });
}

export interface Figures {
  rows: number;
  negF1: number;
  macroF1: number | null;
  lexiconNegF1: number;
  lexiconMacroF1: number | null;
  /** Expected calibration error of `confidence` (10 bins), emotion rows only. */
  ece: number | null;
}

/** `gold` is a label index or -1 (binary rows); `goldNeg` 0/1; lexicon predictions are label names. */
export function figures(
  gold: readonly number[],
  goldNeg: readonly number[],
  pred: readonly Scored[],
  lexicon: readonly string[],
): Figures {
  const isNeg = (l: number) => l >= 0 && l < NEG_LABELS;
  const negGold = goldNeg.map((g) => g === 1);
  const negF1 = binaryF1(
    negGold,
    pred.map((p) => isNeg(p.label)),
  );
  const lexNeg = lexicon.map((l) => isNeg(MODEL_LABELS.indexOf(l as (typeof MODEL_LABELS)[number])));
  const lexiconNegF1 = binaryF1(negGold, lexNeg);
  let macro: number | null = null;
  let lexMacro: number | null = null;
  let ece: number | null = null;
  if (gold.every((g) => g >= 0) && gold.length > 0) {
    const g = gold.map((x) => MODEL_LABELS[x]!);
    const labels = [...new Set(g)].sort();
    macro = macroF1(
      perLabel(
        g,
        pred.map((p) => MODEL_LABELS[p.label]!),
        labels,
      ),
    );
    lexMacro = macroF1(perLabel(g, lexicon, labels));
    const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, ok: 0 }));
    pred.forEach((p, i) => {
      const b = bins[Math.min(9, Math.floor(p.confidence * 10))]!;
      b.n++;
      b.conf += p.confidence;
      b.ok += p.label === gold[i] ? 1 : 0;
    });
    ece = bins.reduce((a, b) => a + (b.n === 0 ? 0 : (Math.abs(b.conf - b.ok) * (b.n / pred.length)) / b.n), 0);
  }
  return { rows: gold.length, negF1, macroF1: macro, lexiconNegF1, lexiconMacroF1: lexMacro, ece };
}
