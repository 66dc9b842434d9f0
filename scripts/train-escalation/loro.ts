/**
 * Leave-one-round-out cross-validation: for each training round, a model trained on all the other rounds reads
 * that round's messages through the engine's own path (analyzeMessage, vetoes included), and every head's score
 * and veto is recorded, so thresholds can be swept without retraining. The rules' output is the current rules',
 * which were tuned on these same rounds: the union figures here are optimistic; the model-alone ones are not.
 */
import { analyzeMessage } from '../../lib/analysis';
import { installEscalationModel, setEscalationProbe } from '../../lib/analysis/escalation';
import { DIM_BITS, extract, type Fold, featureBuffer } from '../../lib/analysis/escalation/learned/features';
import { decodeEscalationModel, type EscalationModel } from '../../lib/analysis/escalation/learned/model';
import { EXPLAINED_MIN, SURE_MESSAGE_MIN, SURE_SENTENCE } from '../../lib/analysis/escalation/learned/raise';
import type { EscalationFlag } from '../../lib/types';
import type { EscalationRow, SetLanguage } from './data';
import { encodeEscalationModel } from './pack';
import { featurize, type SgdOptions, train, type Weights } from './sgd';

export interface Probed {
  row: EscalationRow;
  /** The language group the model reads the row in (features.ts). */
  group: number;
  rules: ReadonlySet<EscalationFlag>;
  /**
   * Per head: the lower of its message and sentence scores, whether the clause reading let it raise its flag,
   * and the rules' flags raised in the sentence it would show (raise.ts adds no flag to such a sentence).
   */
  heads: Map<
    EscalationFlag,
    {
      score: number;
      top: number;
      message: number;
      sentence: number;
      ok: boolean;
      explainedBy: readonly EscalationFlag[];
    }
  >;
}

export function trainModel(
  rows: readonly EscalationRow[],
  heads: readonly EscalationFlag[],
  fold: Fold,
  opt: SgdOptions,
  thresholds: number[],
  configHash: string,
  prune: number,
): Uint8Array {
  const w = train(featurize(rows, heads, fold), heads.length, opt);
  return encodeEscalationModel(w, { dimBits: DIM_BITS, heads: [...heads], thresholds, configHash }, fold, prune);
}

/** The trained weights alone, for encoding once the thresholds are known. */
export function trainWeights(
  rows: readonly EscalationRow[],
  heads: readonly EscalationFlag[],
  fold: Fold,
  opt: SgdOptions,
): Weights {
  return train(featurize(rows, heads, fold), heads.length, opt);
}

/** The rules' flags alone, and every head of `model`, on each row. */
export function probe(rows: readonly EscalationRow[], model: EscalationModel): Probed[] {
  const buf = featureBuffer();
  const out: Probed[] = [];
  for (const row of rows) {
    installEscalationModel(null);
    const rules = new Set(analyzeMessage(row.text).escalation);
    const heads: Probed['heads'] = new Map();
    installEscalationModel(model);
    setEscalationProbe((cands) => {
      for (const c of cands)
        heads.set(c.flag, {
          score: Math.min(c.score, c.sentenceScore),
          top: Math.max(c.score, c.sentenceScore),
          message: c.score,
          sentence: c.sentenceScore,
          ok: c.detail !== null,
          explainedBy: c.explainedBy,
        });
    });
    analyzeMessage(row.text);
    setEscalationProbe(null);
    installEscalationModel(null);
    extract(row.text, buf, model.fold);
    out.push({ row, group: buf.group, rules, heads });
  }
  return out;
}

export function crossValidate(
  rows: readonly EscalationRow[],
  background: readonly EscalationRow[],
  heads: readonly EscalationFlag[],
  fold: Fold,
  opt: SgdOptions,
  prune: number,
  log: (s: string) => void,
): Probed[] {
  const rounds = [...new Set(rows.map((r) => r.round))].sort();
  const out: Probed[] = [];
  for (const round of rounds) {
    const bytes = trainModel(
      [...rows.filter((r) => r.round !== round), ...background],
      heads,
      fold,
      opt,
      [0.5, 0.5],
      'loro',
      prune,
    );
    const held = rows.filter((r) => r.round === round);
    out.push(...probe(held, decodeEscalationModel(bytes)));
    log(`held out ${round}: ${held.length} messages`);
  }
  return out;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function scoreOf(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

/**
 * The model's flags on a probed row at `threshold`. With `rules`, only those it adds to them: none in a sentence
 * where one of `rules` was raised (for the historic figures, the rules of then, whose sentences are taken to be
 * today's).
 */
export function modelFlags(p: Probed, threshold: number, rules?: ReadonlySet<EscalationFlag>): Set<EscalationFlag> {
  const out = new Set<EscalationFlag>();
  const sure = Math.max(threshold, SURE_SENTENCE[p.group]!);
  for (const [f, h] of p.heads) {
    if (!h.ok) continue;
    // As raise.ts reads it: both scores pass, or a sure sentence in a message not read as against the flag.
    if (h.score < threshold && !(h.sentence >= sure && h.message >= SURE_MESSAGE_MIN)) continue;
    if (rules && h.score < EXPLAINED_MIN[p.group]! && h.explainedBy.some((r) => rules.has(r))) continue;
    out.add(f);
  }
  return out;
}

export type Source = 'rules' | 'model' | 'union';

/**
 * The rules' flags on `p` that the model does not take back at `veto` (raise.ts vetoRules: both the message and its
 * best sentence under it; never harm).
 */
export function kept(p: Probed, veto: number): EscalationFlag[] {
  return [...p.rules].filter((f) => f === 'harm' || veto <= 0 || (p.heads.get(f)?.top ?? 1) >= veto);
}

/** Precision and recall over all flags of `probed` for one source at `threshold`. */
export function figures(probed: readonly Probed[], source: Source, threshold: number, veto = 0): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of probed) {
    const got =
      source === 'rules'
        ? p.rules
        : source === 'model'
          ? modelFlags(p, threshold)
          : new Set([...kept(p, veto), ...modelFlags(p, threshold, p.rules)]);
    for (const f of got)
      if (p.row.flags.has(f)) tp++;
      else fp++;
    for (const f of p.row.flags) if (!got.has(f)) fn++;
  }
  return scoreOf(tp, fp, fn);
}

/**
 * The lowest threshold on the grid at which the model alone reaches `precision` in the group and `allowed` (the
 * short ordinary rows' bound) holds; else `fallback`.
 */
export function chooseThreshold(
  probed: readonly Probed[],
  grid: readonly number[],
  precision: number,
  fallback: number,
  allowed: (t: number) => boolean = () => true,
): number {
  for (const t of grid) {
    const s = figures(probed, 'model', t);
    if (s.tp + s.fp > 0 && s.precision >= precision && allowed(t)) return t;
  }
  return fallback;
}

/** The share of `probed` (ordinary rows) that get any model flag at `threshold`. */
export function flaggedRate(probed: readonly Probed[], threshold: number): number {
  if (probed.length === 0) return 0;
  return probed.filter((p) => modelFlags(p, threshold).size > 0).length / probed.length;
}

export const LANGUAGES: readonly SetLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];
