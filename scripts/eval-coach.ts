// Measures the draft coach on labelled reply sets: bad replies should raise an expected kind, good ones nothing.
// Run: npx tsx scripts/eval-coach.ts [file.json ...] [--verbose]
// Without files it reads every set in tests/fixtures/coach/.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { coachDraft } from '../lib/coach';
import type { ContentLanguage } from '../lib/types';
import { type FixtureContext, toContext } from '../tests/unit/coach/context';
import { fixtureArgs } from './eval-lib/fixture-args';

interface Reply {
  id: string;
  lang: ContentLanguage;
  context?: FixtureContext;
  text: string;
  /** Present on bad replies only. */
  expect?: string[];
}

interface Tally {
  bad: number;
  badRight: number;
  badAny: number;
  good: number;
  goodClean: number;
}

const LANGS: readonly ContentLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];
const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'coach');
const { verbose, files } = fixtureArgs(dir);

function raisedKinds(r: Reply): string[] {
  const report = coachDraft(r.text, toContext(r.context ?? {}));
  return [...new Set([...report.issues.map((i) => i.kind), ...report.fit.map((f) => f.kind)])];
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(0).padStart(3)}% (${n}/${d})` : '   – (0/0)';
}

for (const file of files) {
  if (!existsSync(file)) {
    console.error(`missing: ${file}`);
    process.exitCode = 1;
    continue;
  }
  const replies = JSON.parse(readFileSync(file, 'utf8')) as Reply[];
  const tallies = new Map<ContentLanguage, Tally>(
    LANGS.map((l) => [l, { bad: 0, badRight: 0, badAny: 0, good: 0, goodClean: 0 }]),
  );
  const misses: string[] = [];
  for (const r of replies) {
    const t = tallies.get(r.lang);
    if (!t) continue;
    const raised = raisedKinds(r);
    if (r.expect) {
      t.bad++;
      if (raised.length) t.badAny++;
      if (r.expect.some((k) => raised.includes(k))) t.badRight++;
      else misses.push(`  MISS ${r.id} want ${r.expect.join('/')} got [${raised.join(',')}]: ${r.text}`);
    } else {
      t.good++;
      if (raised.length === 0) t.goodClean++;
      else misses.push(`  FALSE ${r.id} got [${raised.join(',')}]: ${r.text}`);
    }
  }
  console.log(`\n${basename(file)}`);
  console.log('  lang      bad flagged (right kind)   bad flagged (any)   good left clean');
  for (const [lang, t] of tallies) {
    if (!t.bad && !t.good) continue;
    console.log(
      `  ${lang.padEnd(8)}  ${pct(t.badRight, t.bad).padEnd(25)}  ${pct(t.badAny, t.bad).padEnd(18)}  ${pct(t.goodClean, t.good)}`,
    );
  }
  if (verbose) for (const m of misses) console.log(m);
}
