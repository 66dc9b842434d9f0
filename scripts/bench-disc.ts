// CPU time of the DISC guess: microseconds per single-text line over the dev rows (as the batch command reads
// them), best of N, and time against input size for the adversarial shapes from 1 KB to 1 MB. The machine is
// shared, so process CPU time, best of several rounds. With --ref LIB_DIR another checkout's lib/ is timed in
// the same run, alternating with this one, so both see the same load.
//
//   npx tsx scripts/bench-disc.ts [--rounds 7] [--ref /tmp/main/lib] [--sizes-only | --rows-only]
import { join, resolve } from 'node:path';
import { guessDisc } from '../lib/disc';
import type { ConversationMessage, DiscResult } from '../lib/types';
import { SHAPES } from './bench/adversarial';
import { cpuMicros } from './bench/cpu';
import { devRowCases } from './disc-lib/cases';

type Guess = (messages: ConversationMessage[]) => DiscResult;

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const rounds = Number(arg('--rounds') ?? 7);
const refDir = arg('--ref');
const impls: [string, Guess][] = [['this', guessDisc]];
if (refDir) {
  const other = (await import(resolve(join(refDir, 'disc', 'index.ts')))) as { guessDisc: Guess };
  impls.push(['ref', other.guessDisc]);
}

/** Best-of-rounds CPU µs of `fn`, one round of each implementation after the other. */
function best(make: (g: Guess) => () => void): number[] {
  const bests = impls.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    impls.forEach(([, g], k) => {
      bests[k] = Math.min(bests[k]!, cpuMicros(make(g)));
    });
  }
  return bests;
}

if (!process.argv.includes('--sizes-only')) {
  const cases = devRowCases();
  if (cases.length === 0) throw new Error('no dev rows found; set HEARTLINE_EVAL_DIR');
  const files = new Map<string, ConversationMessage[][]>([['all', cases.map((c) => c.messages)]]);
  for (const c of cases) {
    const file = c.id.split(':')[1]!;
    files.set(file, [...(files.get(file) ?? []), c.messages]);
  }
  const run = (rows: ConversationMessage[][]) => (g: Guess) => () => {
    for (const m of rows) g(m);
  };
  for (const [, g] of impls) run(files.get('all')!)(g)(); // compile and warm up
  console.log(`dev rows, µs per message (CPU), best of ${rounds}${refDir ? ' (this / ref)' : ''}:`);
  for (const [file, rows] of files) {
    const per = best(run(rows)).map((us) => us / rows.length);
    const cells = per.map((us) => `${us.toFixed(2)} µs`).join(' / ');
    console.log(`  ${file.padEnd(18)} ${String(rows.length).padStart(5)} rows  ${cells}`);
  }
}

if (!process.argv.includes('--rows-only')) {
  const sizes = [1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000];
  const shapes = {
    ...SHAPES,
    CJK: (n: number) => '请问这个订单什么时候能发货麻烦您了谢谢'.repeat(n / 19),
    'cue words': (n: number) =>
      'ASAP please, haha love it! maybe? per the policy, invoice #12345678; 马上退款吧~ '.repeat(n / 70),
  };
  console.log(`\nms per message by size, best of ${rounds}${refDir ? ' (this / ref)' : ''}:`);
  console.log(`  ${'shape'.padEnd(20)}${sizes.map((s) => `${s / 1000} KB`.padStart(refDir ? 18 : 10)).join('')}`);
  for (const [name, make] of Object.entries(shapes)) {
    const cells = sizes.map((n) => {
      const messages: ConversationMessage[] = [{ role: 'customer', text: make(n) }];
      const reps = Math.max(1, Math.round(200_000 / n));
      const ms = best((g) => () => {
        for (let i = 0; i < reps; i++) g(messages);
      }).map((us) => us / reps / 1000);
      return ms.map((x) => x.toFixed(3)).join(' / ');
    });
    console.log(`  ${name.padEnd(20)}${cells.map((c) => c.padStart(refDir ? 18 : 10)).join('')}`);
  }
}
