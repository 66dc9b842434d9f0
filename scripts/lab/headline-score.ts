// Headline label accuracy of {label,text} JSON files with both learned models installed, as the panel reads them:
//   npx tsx scripts/lab/headline-score.ts [-v] file.json ...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeMessage } from '../../lib/analysis';
import { loadEscalationModel } from '../../lib/analysis/escalation/learned';
import { installModel, loadModel } from '../../lib/model';

const verbose = process.argv.includes('-v');
const files = process.argv.slice(2).filter((a) => a.endsWith('.json'));
installModel(await loadModel());
await loadEscalationModel();
let tot = 0,
  ok = 0;
for (const f of files) {
  const items = JSON.parse(readFileSync(f, 'utf8')) as { label: string; text: string }[];
  let c = 0;
  for (const it of items) {
    const got = analyzeMessage(it.text).primary;
    if (got === it.label) c++;
    else if (verbose) console.log(`  want ${it.label.padEnd(11)} got ${got.padEnd(11)} ${it.text}`);
  }
  console.log(`${basename(f)} ${c}/${items.length}`);
  tot += items.length;
  ok += c;
}
console.log(`TOTAL ${ok}/${tot}`);
