// Prints the rows of a TSV (text, _, expected) whose hybrid headline differs between two checkouts.
import { readFileSync } from 'node:fs';

const [a, b, file] = process.argv.slice(2) as [string, string, string];
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t'));
async function run(root: string) {
  const an = await import(`${root}/lib/analysis/index.ts`);
  const md = await import(`${root}/lib/model/index.ts`);
  const esc = await import(`${root}/lib/analysis/escalation/learned/index.ts`);
  md.installModel(await md.loadModel());
  await esc.loadEscalationModel();
  return rows.map((r) => an.analyzeMessage(r[0]!).primary as string);
}
const ra = await run(a);
const rb = await run(b);
let good = 0,
  bad = 0;
rows.forEach((r, i) => {
  if (ra[i] !== rb[i]) {
    const exp = r[r.length - 1];
    if (rb[i] === exp) good++;
    if (ra[i] === exp) bad++;
    console.log(`${exp}\t${ra[i]} -> ${rb[i]}\t${r[0]!.slice(0, 160)}`);
  }
});
console.log(`changed; now right ${good}, was right ${bad}`);
