/**
 * npm run train: reads ../shared/train, trains the emotion model, calibrates and quantises it, and writes
 * lib/model/weights.ts and lib/model/MODEL_CARD.md. Same data and code → same bytes.
 *
 *   npm run train [-- --dry-run]    (--dry-run prints the figures and writes nothing)
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel } from '../../lib/model/model';
import { calibrate, logitsOf } from './calibrate';
import { writeCard } from './card';
import { TRAIN_CONFIG } from './config';
import {
  foldTable,
  loadRows,
  loadSupportCheck,
  loadSupportTraining,
  type Script,
  type TrainRow,
  trainDir,
} from './data';
import { balanced, figures, predictAll } from './evaluate';
import { type Dataset, featurize } from './featurize';
import { recipeHash } from './hash';
import { encodeModel } from './pack';
import { train } from './sgd';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (s: string) => console.log(`[train ${elapsed()}] ${s}`);

const fold = foldTable();

function subset(rows: TrainRow[], split: TrainRow['split'], extra: TrainRow[] = []) {
  const picked = [...rows.filter((r) => r.split === split), ...extra];
  const f = featurize(picked, fold);
  return { rows: f.kept.map((i) => picked[i]!), data: f.data, lexicon: f.lexicon, settling: f.settling };
}

function main(): void {
  const cfg = TRAIN_CONFIG;
  const all = loadRows(cfg);
  log(`${all.length} rows (with derived 繁體) from ${trainDir()}`);
  const support = loadSupportTraining(cfg, root);
  log(`${support.length} support-mail training rows (with repeats)`);
  const tr = subset(all, 'train', support);
  const ca = subset(all, 'calibration');
  // The support check's rows join the blind rows; they are scored, never learned or calibrated on.
  const bl = subset(all, 'blind', loadSupportCheck(cfg, root));
  log(`features: train ${tr.data.n}, calibration ${ca.data.n}, blind ${bl.data.n} (with the support check)`);
  const weights = train(tr.data, {
    seed: cfg.seed,
    epochs: cfg.epochs,
    learningRate: cfg.learningRate,
    l2: cfg.l2,
    l1: cfg.l1,
    ruleOnlyShare: cfg.ruleOnlyShare,
    onEpoch: (e, loss) => log(`epoch ${e} loss ${loss.toFixed(4)}`),
  });
  // Calibrate and measure the quantised weights, as they will ship.
  const hash = recipeHash(root);
  const provisional = encodeModel(
    weights,
    { temperature: [1, 1], adjust: new Array(16).fill(0), negA: [1, 1], negB: [0, 0], negR: [0, 0], lean: [0, 0] },
    hash,
    fold,
  );
  const shipped = decodeModel(provisional);
  const calLogits = logitsOf(ca.data, shipped);
  const calibration = calibrate(ca.data, calLogits, tr.data, cfg.evenPriors, cfg.rulesWeight);
  // The same model without the dev-validated rules weight: its blind figures owe nothing to the dev sets.
  const trainingOnly = calibrate(ca.data, calLogits, tr.data, cfg.evenPriors);
  const bytes = encodeModel(weights, calibration, hash, fold);
  log(`calibration ${JSON.stringify(calibration)}`);

  const blindLogits = logitsOf(bl.data, shipped);
  // Scored through the blend's settle() step: the label the panel shows and npm run eval scores.
  const preds = predictAll(blindLogits, bl.data, calibration, bl.settling);
  const pure = predictAll(blindLogits, bl.data, trainingOnly, bl.settling);
  const groups: { name: string; keep: (r: TrainRow) => boolean }[] = [
    { name: 'goemotions (en)', keep: (r) => r.source.startsWith('goemotions') },
    { name: 'smp2020 简体', keep: (r) => r.source.startsWith('smp2020') && r.script === 'hans' },
    { name: 'smp2020 繁體 (TW)', keep: (r) => r.source.startsWith('smp2020') && r.script === 'twp' },
    { name: 'smp2020 繁體 (HK)', keep: (r) => r.source.startsWith('smp2020') && r.script === 'hk' },
    { name: 'reviews 简体', keep: (r) => r.label < 0 && r.script === 'hans' },
    { name: 'reviews 繁體', keep: (r) => r.label < 0 && (r.script as Script) !== 'hans' && r.script !== 'en' },
    { name: 'support (en)', keep: (r) => r.source === 'support-en' },
  ];
  const blind = groups.flatMap((g) => {
    const idx = bl.rows.map((r, i) => (g.keep(r) ? i : -1)).filter((i) => i >= 0);
    const slices = [{ name: g.name, idx }];
    // The dev and unseen sets cap each label (≤ 250 rows), so a label-balanced view is the comparable figure.
    if (idx.every((i) => bl.rows[i]!.label >= 0))
      slices.push({ name: `${g.name}, balanced`, idx: balanced(idx, (i) => bl.rows[i]!.label) });
    return slices;
  });
  const view = (p: typeof preds, suffix: string) =>
    blind.map(({ name, idx }) => ({
      name: `${name}${suffix}`,
      ...figures(
        idx.map((i) => bl.rows[i]!.label),
        idx.map((i) => bl.rows[i]!.negative),
        idx.map((i) => p[i]!),
        idx.map((i) => bl.lexicon[i]!),
      ),
    }));
  const blindFigures = [...view(pure, ', training-only'), ...view(preds, ', shipped')];
  for (const b of blindFigures) {
    log(
      `blind ${b.name.padEnd(18)} n=${b.rows}  neg-F1 ${b.negF1.toFixed(3)} (rules ${b.lexiconNegF1.toFixed(3)})` +
        (b.macroF1 === null
          ? ''
          : `  macro-F1 ${b.macroF1.toFixed(3)} (rules ${b.lexiconMacroF1!.toFixed(3)})  ECE ${b.ece!.toFixed(3)}`),
    );
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  log(`model ${bytes.length} bytes, sha256 ${sha.slice(0, 16)}…, recipe ${hash.slice(0, 16)}…`);
  if (process.argv.includes('--dry-run')) return;
  const b64 = Buffer.from(bytes).toString('base64');
  writeFileSync(
    join(root, 'lib', 'model', 'weights.ts'),
    `// Generated by \`npm run train\` (scripts/train); do not edit. The quantised model, base64.\nexport const MODEL_BASE64 =\n  '${b64}';\n`,
  );
  writeCard(join(root, 'lib', 'model', 'MODEL_CARD.md'), {
    bytes: bytes.length,
    base64Bytes: b64.length,
    sha256: sha,
    recipe: hash,
    rows: { train: tr.data.n, calibration: ca.data.n, blind: bl.data.n },
    calibration,
    blind: blindFigures,
    seconds: (Date.now() - t0) / 1000,
    load: loadavg()[0]!,
    cores: availableParallelism(),
    foldPairs: fold.reduce((n, v) => n + (v === 0 ? 0 : 1), 0),
  });
  log('wrote lib/model/weights.ts and lib/model/MODEL_CARD.md');
}

main();

export type { Dataset };
