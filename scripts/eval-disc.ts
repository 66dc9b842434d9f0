// Measures the DISC style guess against the labelled sets in tests/fixtures/disc/.
// Run: npx tsx scripts/eval-disc.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessDisc, SURE_FROM } from '../lib/disc';
import { type ConversationMessage, DISC_STYLES, type DiscStyle } from '../lib/types';
import { perLabel } from './eval-lib/metrics';

interface Item {
  id: string;
  expected: DiscStyle | null;
  acceptableSecondary?: DiscStyle;
  messages: ConversationMessage[];
}

interface Row {
  item: Item;
  style: DiscStyle | null;
  secondary: DiscStyle | null;
  confidence: number;
  customerMessages: number;
}

/** The figure the acceptance check uses: confident and wrong. */
const CONFIDENT = 0.6;
const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'disc');
const verbose = process.argv.includes('--verbose');

function run(items: Item[]): Row[] {
  return items.map((item) => {
    const r = guessDisc(item.messages);
    const customerMessages = item.messages.filter((m) => m.role === 'customer').length;
    return { item, style: r.style, secondary: r.secondary, confidence: r.confidence, customerMessages };
  });
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a';
}

/** Right style, or the guess names the expected style as secondary, or the guess is the item's accepted secondary. */
function rightOrSecondary(r: Row): boolean {
  const e = r.item.expected;
  if (e === null) return r.style === null;
  return r.style === e || r.secondary === e || (r.style !== null && r.style === r.item.acceptableSecondary);
}

function report(name: string, rows: Row[]): void {
  const correct = rows.filter((r) => r.style === r.item.expected).length;
  const long = rows.filter((r) => r.item.expected !== null && r.customerMessages >= 3);
  const longOk = long.filter(rightOrSecondary).length;
  const singles = rows.filter((r) => r.customerMessages === 1 && r.item.expected === null);
  const wrongConfident = rows.filter(
    (r) => r.style !== null && r.style !== r.item.expected && r.confidence >= CONFIDENT,
  );
  const shouldNull = rows.filter((r) => r.item.expected === null);
  const saidNull = rows.filter((r) => r.style === null);
  const nullTp = shouldNull.filter((r) => r.style === null).length;

  console.log(`\n== ${name} (${rows.length} items)`);
  console.log(`  accuracy (exact, null counts as a class): ${pct(correct, rows.length)}`);
  console.log(`  right style or secondary, 3+ customer messages: ${pct(longOk, long.length)}`);
  console.log(`  wrong confident guess (conf >= ${CONFIDENT}): ${pct(wrongConfident.length, rows.length)}`);
  console.log(`  commits when it should say null: ${pct(shouldNull.length - nullTp, shouldNull.length)}`);
  console.log(`  null precision ${pct(nullTp, saidNull.length)}, recall ${pct(nullTp, shouldNull.length)}`);
  console.log(
    `  single short messages said null: ${pct(singles.filter((r) => r.style === null).length, singles.length)}`,
  );
  const committed = rows
    .filter((r) => r.style !== null)
    .map((r) => r.confidence)
    .sort((x, y) => x - y);
  const median = committed.length ? committed[Math.floor(committed.length / 2)]! : 0;
  console.log(
    `  confidence when it commits: median ${median.toFixed(2)}, >= ${CONFIDENT} in ${pct(committed.filter((c) => c >= CONFIDENT).length, committed.length)}`,
  );
  const f1s = perLabel(
    rows.map((r) => String(r.item.expected)),
    rows.map((r) => String(r.style)),
    DISC_STYLES,
  ).map((s) => `${s.label} ${s.f1.toFixed(2)}`);
  console.log(`  per-style F1: ${f1s.join('  ')}`);
  if (verbose) {
    for (const r of rows.filter((x) => x.style !== x.item.expected)) {
      const mark = rightOrSecondary(r) ? '~' : 'x';
      console.log(
        `   ${mark} ${r.item.id}: expected ${r.item.expected} got ${r.style}/${r.secondary} conf ${r.confidence}`,
      );
    }
  }
}

function load(file: string): Item[] {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Item[];
}

const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
/** tuning set: en.json …; held-out sets: holdout-en.json (first), holdout2-en.json (written after more tuning). */
const groupOf = (f: string): string => f.replace(/-?(?:en|zh-hans|zh-hant)\.json$/, '') || 'tuning';
const groups = [...new Set(files.map(groupOf))].sort((a, b) =>
  a === 'tuning' ? -1 : b === 'tuning' ? 1 : a.localeCompare(b),
);
for (const group of groups) {
  const chosen = files.filter((f) => groupOf(f) === group).sort();
  const all: Row[] = [];
  for (const f of chosen) {
    const rows = run(load(f));
    all.push(...rows);
    report(`${group} ${f.replace(/\.json$/, '')}`, rows);
  }
  report(`${group} overall`, all);
}

/** Where the panel's "not enough signal yet" line sits: exact accuracy of committed guesses by confidence. */
function byConfidence(rows: Row[]): void {
  const committed = rows.filter((r) => r.style !== null);
  const edges = [0, 0.2, 0.3, SURE_FROM, 0.5, 0.6, 0.7, 1.01];
  console.log(
    `\n== accuracy of committed guesses by confidence, all sets (panel says "not enough signal yet" below ${SURE_FROM})`,
  );
  for (let i = 0; i + 1 < edges.length; i++) {
    const bin = committed.filter((r) => r.confidence >= edges[i]! && r.confidence < edges[i + 1]!);
    const ok = bin.filter((r) => r.style === r.item.expected).length;
    console.log(
      `  ${edges[i]!.toFixed(2)}–${Math.min(1, edges[i + 1]!).toFixed(2)}: exact ${pct(ok, bin.length)}, right or secondary ${pct(bin.filter(rightOrSecondary).length, bin.length)}`,
    );
  }
  const below = committed.filter((r) => r.confidence < SURE_FROM);
  const above = committed.filter((r) => r.confidence >= SURE_FROM);
  console.log(
    `  below ${SURE_FROM}: exact ${pct(below.filter((r) => r.style === r.item.expected).length, below.length)}; from ${SURE_FROM}: exact ${pct(above.filter((r) => r.style === r.item.expected).length, above.length)}`,
  );
}
byConfidence(files.flatMap((f) => run(load(f))));
