/**
 * Speed work on the emotion engine: a results snapshot to prove an optimisation changed nothing, and a
 * quick throughput ratio against the AFINN and VADER packages on the same rows (ratios hold up better
 * than absolute rates on a shared machine). Measuring only: nothing from the rows is written to the repo.
 *
 *   npx tsx scripts/eval-lib/profile.ts snapshot /tmp/out.json   all dev rows + variants + demo conversations
 *   npx tsx scripts/eval-lib/profile.ts bench [rounds]           heartline vs afinn vs vader, interleaved
 *   npx tsx --cpu-prof scripts/eval-lib/profile.ts loop [seconds] [file] heartline only, for a CPU profile
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONVERSATIONS } from '../../demo/conversations.js';
import { analyzeConversation, analyzeMessage } from '../../lib/analysis';
import { compareThroughput } from './metrics';
import { loadEvalFiles } from './tsv';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } };
};
const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
const afinn = new Sentiment();

const texts = loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
const [mode = 'bench', arg] = process.argv.slice(2);

/** The dev rows written other ways, so caps, stretching, masking, markup, quoting and the cap are covered. */
function variants(t: string, i: number): string[] {
  return [
    t.toUpperCase(),
    t.replace(/([aeiou])/g, '$1$1$1'),
    t.replace(/\b(\w)(\w+)\b/g, (_, a: string, b: string) => a + '*'.repeat(b.length)),
    `<p>${t}</p><br>\u200b${t.slice(0, 20)}\u200d`,
    `${t}\n\nOn Mon, 1 Jan 2024, Support wrote:\n> ${texts[(i + 1) % texts.length]}`,
    `${t}!!! ??? 。。。。。。 😡🙏😭 :( hahahaha lmaooo`,
  ];
}

if (mode === 'snapshot') {
  const out: unknown[] = [];
  texts.forEach((t, i) => {
    out.push(analyzeMessage(t));
    if (i % 4 === 0) for (const v of variants(t, i)) out.push(analyzeMessage(v));
    if (i % 50 === 0) out.push(analyzeMessage(t, { keepQuoted: true }), analyzeMessage(t, { language: 'zh-Hant' }));
  });
  const long = texts.slice(0, 400).join('\n');
  out.push(analyzeMessage(long), analyzeMessage(long.repeat(4)));
  for (const c of CONVERSATIONS) out.push(analyzeConversation(c.messages));
  writeFileSync(arg ?? '/tmp/heartline-snapshot.json', JSON.stringify(out, null, 1));
  console.log(`${out.length} results → ${arg ?? '/tmp/heartline-snapshot.json'}`);
} else if (mode === 'loop') {
  // A third argument keeps only the files whose name contains it (en, zh-hans, …).
  const only = process.argv[4];
  const rows = only ? loadEvalFiles().flatMap((f) => (f.name.includes(only) ? f.rows.map((r) => r.text) : [])) : texts;
  const until = performance.now() + Number(arg ?? 10) * 1000;
  let n = 0;
  while (performance.now() < until) {
    for (const t of rows) analyzeMessage(t);
    n += rows.length;
  }
  console.log(`${n} messages`);
} else if (mode === 'files') {
  for (const f of loadEvalFiles()) {
    const rows = f.rows.map((r) => r.text);
    const chars = rows.reduce((a, t) => a + t.length, 0);
    const rates = compareThroughput(
      rows,
      { ours: (t) => analyzeMessage(t), afinn: (t) => afinn.analyze(t).score },
      3,
      200,
    );
    console.log(
      `${f.name.padEnd(18)} ${String(Math.round(chars / rows.length)).padStart(4)} chars/row  heartline ${Math.round(rates.ours!)}/s  afinn ${Math.round(rates.afinn!)}/s`,
    );
  }
} else {
  const rates = compareThroughput(
    texts,
    {
      ours: (t) => analyzeMessage(t),
      afinn: (t) => afinn.analyze(t).score < 0,
      vader: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound <= -0.05,
    },
    Number(arg ?? 5),
    300,
  );
  const r = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(
    `heartline ${r(rates.ours!)}/s  afinn ${r(rates.afinn!)}/s  vader ${r(rates.vader!)}/s  → ${(rates.ours! / rates.afinn!).toFixed(2)}× afinn, ${(rates.ours! / rates.vader!).toFixed(1)}× vader`,
  );
}
