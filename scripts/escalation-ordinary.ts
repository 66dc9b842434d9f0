// How often the learned escalation model adds a flag to ordinary text the rules leave clean: the short ordinary
// messages written for this check (scripts/train-escalation/short-ordinary.json, never trained on) and the dev
// rows (../shared/eval/dev, validation only: never read by the trainer). Prints each addition.
// Run: npx tsx scripts/escalation-ordinary.ts [--quiet]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessage } from '../lib/analysis';
import { installEscalationModel, loadEscalationModel } from '../lib/analysis/escalation/learned';
import { evalDir, loadEvalFiles } from './eval-lib/tsv';

const quiet = process.argv.includes('--quiet');
const model = await loadEscalationModel();
if (model === null) throw new Error('the escalation model could not be loaded');

/** Flags rules + model raise that the rules alone do not. */
function added(text: string): string[] {
  installEscalationModel(null);
  const rules = new Set(analyzeMessage(text).escalation);
  installEscalationModel(model);
  const detail = analyzeMessage(text).escalationDetail ?? [];
  return detail.filter((d) => !rules.has(d.flag)).map((d) => `${d.flag} (${d.cue.text})`);
}

function check(name: string, texts: readonly string[]): void {
  let hit = 0;
  for (const t of texts) {
    const a = added(t);
    if (a.length === 0) continue;
    hit++;
    if (!quiet) console.log(`  ${name}: ${a.join(', ')}: ${t.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  console.log(`${name}: ${hit} of ${texts.length} get a model-only flag`);
}

const short = JSON.parse(
  readFileSync(join(import.meta.dirname, 'train-escalation', 'short-ordinary.json'), 'utf8'),
) as Record<string, string[] | string>;
for (const l of ['en', 'zh-Hans', 'zh-Hant']) check(`short ${l}`, short[l] as string[]);
const dev = loadEvalFiles(evalDir());
for (const f of dev)
  check(
    `dev ${f.name}`,
    f.rows.map((r) => r.text),
  );
console.log(`dev total: ${dev.reduce((s, f) => s + f.rows.length, 0)} rows`);
