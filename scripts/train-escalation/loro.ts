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
import type { EscalationFlag } from '../../lib/types';
import type { EscalationRow, SetLanguage } from './data';
import { encodeEscalationModel } from './pack';
import { featurize, type SgdOptions, train } from './sgd';

export interface Probed {
  row: EscalationRow;
  /** The language group the model reads the row in (features.ts). */
  group: number;
  rules: ReadonlySet<EscalationFlag>;
  /** Per head: the lower of its message and sentence scores, and whether the clause reading let it raise its flag. */
  heads: Map<EscalationFlag, { score: number; ok: boolean }>;
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
  const data = featurize(rows, heads, fold);
  const w = train(data, heads.length, opt);
  return encodeEscalationModel(w, { dimBits: DIM_BITS, heads: [...heads], thresholds, configHash }, fold, prune);
}

/** The rules' flags alone, and every head of `model`, on each row. */
export function probe(rows: readonly EscalationRow[], model: EscalationModel): Probed[] {
  const buf = featureBuffer();
  const out: Probed[] = [];
  for (const row of rows) {
    installEscalationModel(null);
    const rules = new Set(analyzeMessage(row.text).escalation);
    const heads = new Map<EscalationFlag, { score: number; ok: boolean }>();
    installEscalationModel(model);
    setEscalationProbe((cands) => {
      for (const c of cands) heads.set(c.flag, { score: Math.min(c.score, c.sentenceScore), ok: c.detail !== null });
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

/** The model's flags on a probed row at `threshold`. */
export function modelFlags(p: Probed, threshold: number): Set<EscalationFlag> {
  const out = new Set<EscalationFlag>();
  for (const [f, h] of p.heads) if (h.ok && h.score >= threshold) out.add(f);
  return out;
}

export type Source = 'rules' | 'model' | 'union';

/** Precision and recall over all flags of `probed` for one source at `threshold`. */
export function figures(probed: readonly Probed[], source: Source, threshold: number): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of probed) {
    const got =
      source === 'rules'
        ? p.rules
        : source === 'model'
          ? modelFlags(p, threshold)
          : new Set([...p.rules, ...modelFlags(p, threshold)]);
    for (const f of got)
      if (p.row.flags.has(f)) tp++;
      else fp++;
    for (const f of p.row.flags) if (!got.has(f)) fn++;
  }
  return scoreOf(tp, fp, fn);
}

/** The lowest threshold on the grid at which the model alone reaches `precision` in the group; else `fallback`. */
export function chooseThreshold(
  probed: readonly Probed[],
  grid: readonly number[],
  precision: number,
  fallback: number,
): number {
  for (const t of grid) {
    const s = figures(probed, 'model', t);
    if (s.tp + s.fp > 0 && s.precision >= precision) return t;
  }
  return fallback;
}

export const LANGUAGES: readonly SetLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];
