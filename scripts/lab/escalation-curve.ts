/**
 * How much the escalation model gains from more training rounds, and what its veto of rules flags costs: rounds
 * named in HELD are held out, the model trains on a fraction of the other rounds (whole rounds, in a fixed shuffled
 * order), and its held-out readings are scored. A lab script: it prints figures and writes nothing.
 *
 *   npx tsx scripts/lab/escalation-curve.ts
 *   HELD=fresh,fresh5,fresh6,fresh7,fresh8,fresh9,fresh10,fresh11,fresh12,fresh14 VETO=1 npx tsx scripts/lab/escalation-curve.ts
 *
 * Per language: model-alone recall at the lowest threshold of the grid reaching precision 0.95, and model alone
 * and today's rules + model at the shipped thresholds. With VETO=1 (for rounds historic-rules.json records), the
 * rules as they were when each round was written + the model, under each veto of the grid.
 *
 * Fifteenth session, HELD = fresh23–28, model-alone recall at precision 0.95 (en / 简 / 繁), 2^16 rows: a quarter
 * of the other rounds 0.16 … all of them 0.45 / 0.48 / 0.43; with corpus10–11 added 0.60 / 0.55 / 0.58, and 2^17
 * rows 0.64 / 0.61 / 0.67.
 */
import { join } from 'node:path';
import { decodeEscalationModel } from '../../lib/analysis/escalation/learned/model';
import { ESCALATION_FLAGS, type EscalationFlag } from '../../lib/types';
import { foldTable } from '../train/data';
import { ESCALATION_TRAIN_CONFIG as cfg } from '../train-escalation/config';
import { historicKey, historicRules, loadBackground, loadRows } from '../train-escalation/data';
import { figures, modelFlags, type Probed, probe, trainModel } from '../train-escalation/loro';

const root = join(import.meta.dirname, '..', '..');
const HELD = (process.env.HELD ?? 'fresh23,fresh24,fresh25,fresh26,fresh27,fresh28').split(',');
const FRACTIONS = (process.env.FRACS ?? '0.25,0.5,0.75,1').split(',').map(Number);
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const SHIPPED: Record<string, number> = { en: 0.55, 'zh-Hans': 0.75, 'zh-Hant': 0.75 };
const f3 = (x: number) => x.toFixed(3);

const { rows } = loadRows(join(root, 'tests', 'fixtures', 'escalation'), cfg.blind);
const past = historicRules(join(root, 'scripts', 'train-escalation', 'historic-rules.json'));
const opt = {
  seed: cfg.seed,
  epochs: cfg.epochs,
  learningRate: cfg.learningRate,
  l2: cfg.l2,
  biasMax: cfg.biasMax,
  sentenceWeight: cfg.sentenceWeight,
  crossWeight: cfg.crossWeight,
};
const background = loadBackground(cfg);
const held = rows.filter((r) => HELD.includes(r.round));
const rest = rows.filter((r) => !HELD.includes(r.round));
const rounds = [...new Set(rest.map((r) => r.round))].sort();
const order = rounds
  .map((r, i) => [Math.imul(i + 1, 2654435761) >>> 0, r] as const)
  .sort((a, b) => a[0] - b[0])
  .map((x) => x[1]);

function recallAtPrecision(of: readonly Probed[], precision: number): string {
  for (const t of cfg.grid) {
    const s = figures(of, 'model', t);
    if (s.tp > 0 && s.precision >= precision) return `${f3(s.recall)} (threshold ${t})`;
  }
  return 'none';
}

/** The rules of then (historic-rules.json) + the model, taking back rules flags read below `veto`. */
function historic(of: readonly Probed[], threshold: number, veto: number): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of of) {
    const rules = new Set(
      [...past.get(historicKey(p.row))!].filter(
        (f: EscalationFlag) => f === 'harm' || (p.heads.get(f)?.top ?? 1) >= veto,
      ),
    );
    const got = new Set([...rules, ...modelFlags(p, threshold, rules)]);
    for (const f of got) p.row.flags.has(f) ? tp++ : fp++;
    for (const f of p.row.flags) if (!got.has(f)) fn++;
  }
  return `P ${f3(tp / (tp + fp || 1))} R ${f3(tp / (tp + fn || 1))}`;
}

for (const fraction of FRACTIONS) {
  const keep = new Set(order.slice(0, Math.round(order.length * fraction)));
  const train = rest.filter((r) => keep.has(r.round));
  const bytes = trainModel(
    [...train, ...background.train],
    [...ESCALATION_FLAGS],
    foldTable(),
    opt,
    [0.5, 0.5],
    'lab',
    cfg.prune,
  );
  const probed = probe(held, decodeEscalationModel(bytes));
  console.log(`${keep.size} of ${rounds.length} rounds, ${train.length} messages`);
  for (const l of LANGUAGES) {
    const of = probed.filter((p) => p.row.language === l);
    const m = figures(of, 'model', SHIPPED[l]!);
    const u = figures(of, 'union', SHIPPED[l]!);
    console.log(
      `  ${l.padEnd(7)} model alone: recall at precision 0.95 ${recallAtPrecision(of, 0.95)}; at ${SHIPPED[l]} P ${f3(m.precision)} R ${f3(m.recall)} | today's rules + model P ${f3(u.precision)} R ${f3(u.recall)}`,
    );
    if (!process.env.VETO) continue;
    const then = of.filter((p) => past.has(historicKey(p.row)));
    const cells = cfg.vetoGrid.map((v) => `veto ${v}: ${historic(then, SHIPPED[l]!, v)}`);
    console.log(`    rules of then + model (${then.length} messages): ${cells.join(' | ')}`);
  }
}
