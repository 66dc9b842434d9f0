/**
 * Rank agreement between the engine's intensity and hand grades (mild < medium < high) on the sets in
 * tests/fixtures/intensity/, one figure per file, plus how the panel's bands spread over the same messages.
 * Measuring only.
 *
 *   npx tsx scripts/eval-intensity.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessage } from '../lib/analysis';
import { intensityBand } from '../lib/analysis/intensity';
import { spearman } from './eval-lib/rank';

type Grade = 'mild' | 'medium' | 'high';
interface Item {
  grade: Grade;
  text: string;
}

const RANK: Record<Grade, number> = { mild: 0, medium: 1, high: 2 };
/** The target, per language. */
const TARGET = 0.6;
const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'intensity');
const verbose = process.argv.includes('--verbose');

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const items = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Item[];
  const values = items.map((i) => analyzeMessage(i.text).intensity);
  const rho = spearman(
    values,
    items.map((i) => RANK[i.grade]),
  );
  // Band agreement: how often the panel's band equals the hand grade ('low' is the band named mild).
  const bands = values.map(intensityBand);
  const spread = { low: 0, medium: 0, high: 0 };
  for (const b of bands) spread[b]++;
  const agree = items.filter((it, k) => (it.grade === 'mild' ? 'low' : it.grade) === bands[k]).length;
  const mildHigh = items.filter((it, k) => it.grade === 'mild' && bands[k] === 'high').length;
  console.log(
    `intensity ${file.replace(/\.json$/, '').padEnd(16)} n=${items.length}  Spearman ${rho.toFixed(3)} ${rho >= TARGET ? '✓' : '✗'} (target ≥ ${TARGET})  band = grade ${((100 * agree) / items.length).toFixed(0)}%  bands low/med/high ${spread.low}/${spread.medium}/${spread.high}  mild read high ${mildHigh}`,
  );
  if (verbose) {
    items.forEach((it, k) => {
      const want = it.grade === 'mild' ? 'low' : it.grade;
      if (want !== bands[k]) console.log(`   ${it.grade.padEnd(6)} → ${values[k]!.toFixed(2)} ${bands[k]}  ${it.text}`);
    });
  }
}
