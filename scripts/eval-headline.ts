/**
 * What the panel's headline says on ordinary support messages, against the label each was written to carry
 * (tests/fixtures/headline/, hand-written here). Prints, per file, how often the headline label is the
 * intended one, how often it lands on the right side of negative / not negative, and the rules alone beside
 * the hybrid. Measuring only.
 *
 *   npx tsx scripts/eval-headline.ts [--verbose] [--set=blind|fresh] [more.json ...]
 *
 * Files named on the command line (a new round, scored blind before it joins the fixtures) are read too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeMessage } from '../lib/analysis';
import { installEscalationModel, loadEscalationModel } from '../lib/analysis/escalation/learned';
import { installModel, loadModel } from '../lib/model';
import type { EmotionLabel } from '../lib/types';
import { NEGATIVE_EMOTIONS } from '../lib/types';

interface Item {
  label: EmotionLabel;
  text: string;
}

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'headline');
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length);
const isNegative = (l: EmotionLabel) => (NEGATIVE_EMOTIONS as readonly string[]).includes(l);

function score(items: Item[], got: EmotionLabel[]) {
  const exact = items.filter((it, k) => it.label === got[k]).length;
  const side = items.filter((it, k) => isNegative(it.label) === isNegative(got[k]!)).length;
  return { exact: exact / items.length, side: side / items.length };
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(4);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && (only === undefined || f.startsWith(`${only}-`)))
  .sort();
const extra = process.argv.slice(2).filter((a) => a.endsWith('.json'));
const sets = [...files.map((f) => join(dir, f)), ...extra].map((path) => ({
  name: basename(path).replace(/\.json$/, ''),
  items: JSON.parse(readFileSync(path, 'utf8')) as Item[],
}));

installModel(null);
installEscalationModel(null);
const rules = sets.map((s) => s.items.map((it) => analyzeMessage(it.text).primary));
// The hybrid is the panel's engine: both learned models (escalation flags feed intensity and anger).
installModel(await loadModel());
await loadEscalationModel();
for (const [i, s] of sets.entries()) {
  const hybrid = s.items.map((it) => analyzeMessage(it.text).primary);
  const h = score(s.items, hybrid);
  const r = score(s.items, rules[i]!);
  console.log(
    `headline ${s.name.padEnd(18)} n=${s.items.length}  hybrid: label ${pct(h.exact)}, negative side ${pct(h.side)}   rules alone: label ${pct(r.exact)}, negative side ${pct(r.side)}`,
  );
  if (verbose) {
    s.items.forEach((it, k) => {
      if (hybrid[k] !== it.label) console.log(`   want ${it.label.padEnd(11)} got ${hybrid[k]!.padEnd(11)} ${it.text}`);
    });
  }
}
