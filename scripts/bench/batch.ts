// Section f: the batch command (`npm run --silent analyze`). End-to-end lines per second on single-text lines
// (start-up excluded), the per-line cost split into engine and DISC, and time against size for adversarial
// lines from 1 KB to 1 MB, where every step should be at most linear (both readers cap at 20,000 characters).
//
// The headline is the command's own CPU time (user + system, every thread: the compiler and GC threads too),
// so it is what one core spends whatever else the machine runs; wall time, printed beside it, measures the
// neighbours too on a shared 2-core machine (one build took 2.4 s to 6 s by the clock for 40,000 lines, on
// one afternoon, at the same 3.3 s of CPU).
// Start-up is a one-line run. The first 40,000 lines also pay for V8 compiling the engine as it warms up
// (about 1 s of CPU at 2026-12 figures, more than the lines themselves): the row "once warm" times the next
// 40,000 lines alone, from the difference between 80,000 and 40,000 lines, to show that split.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { analyzeMessage } from '../../lib/analysis';
import { guessDisc } from '../../lib/disc';
import { processLine } from '../analyze';
import { evalDir, loadEvalFiles } from '../eval-lib/tsv';
import { SHAPES } from './adversarial';
import { bestPer, commandCpu, cpuMicros } from './cpu';
import { runStages } from './engine-stages';
import { fmt, table } from './report';

const ROOT = join(import.meta.dirname, '..', '..');
const LINES = 40_000;
export const SIZES = [1024, 4096, 16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024];

/** Mixed English and Chinese texts: the dev rows when present, else every fixture message. */
function texts(): string[] {
  try {
    return loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
  } catch {
    console.log(`(dev rows not found in ${evalDir()}; using short built-in lines)`);
    return ['Where is my order?', '我的订单到哪了？', '我的訂單到哪了？', 'This is ridiculous!!! Refund me now.'];
  }
}

/** Wall time of the real command over `input`, in ms. */
function runCommand(input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts')], { cwd: ROOT });
    let errors = 0;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const s = tail + chunk.toString('utf8');
      const lines = s.split('\n');
      tail = lines.pop() ?? '';
      for (const l of lines) if (l.includes('"error":')) errors++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || errors > 0) reject(new Error(`analyze exited ${code} with ${errors} error lines`));
      else resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    });
    child.stdin.end(input);
  });
}

/** Lowest of `n` calls: other people's load only ever adds. */
async function best(n: number, fn: () => number | Promise<number>): Promise<number> {
  let low = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) low = Math.min(low, await fn());
  return low;
}

export interface BatchResult {
  /** Lines per CPU second of the command over its first LINES lines, start-up excluded. */
  linesPerSec: number;
  /** The same by the wall clock (depends on the machine's other load). */
  wallLinesPerSec: number;
  /** Lines per CPU second over the next LINES lines, once the engine is compiled and its tables built. */
  warmLinesPerSec: number;
  /** Whole line (engine, DISC, JSON). */
  worstGrowth: number;
  /** The DISC guess alone. */
  worstDiscGrowth: number;
}

export async function runBatch(): Promise<BatchResult> {
  const pool = texts();
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) lines.push(JSON.stringify({ id: i, text: pool[i % pool.length] }));
  const all = `${lines.join('\n')}\n`;
  const twice = all + all;
  const one = `${lines[0]}\n`;
  // Start-up (Node, tsx, first pack compile) is what a run with one line costs; best of three each.
  const startupCpu = await best(3, () => commandCpu(one));
  const fullCpu = await best(3, () => commandCpu(all));
  const twiceCpu = await best(2, () => commandCpu(twice));
  const linesPerSec = LINES / Math.max(0.01, fullCpu - startupCpu);
  const warmLinesPerSec = LINES / Math.max(0.01, twiceCpu - fullCpu);
  const startup = await best(3, () => runCommand(one));
  const full = await best(2, () => runCommand(all));
  const wallLinesPerSec = (LINES / Math.max(1, full - startup)) * 1000;

  // The same lines in this process, CPU time: what each part costs per line once warm (best of three passes;
  // one pass after 1,000 lines of warm-up still timed the compiler, e.g. 85 µs for a 20 µs engine).
  const sample = Array.from({ length: 10_000 }, (_, i) => pool[i % pool.length]!);
  const per = (fn: (t: string) => unknown) => bestPer(sample, fn, 3);
  const engine = per((t) => analyzeMessage(t));
  const disc = per((t) => guessDisc([{ role: 'customer', text: t }]));
  const whole = per((t) => JSON.stringify(processLine(JSON.stringify({ id: 0, text: t }))));

  console.log(
    table(
      ['batch command, single-text lines', 'value'],
      [
        ['lines', String(LINES)],
        ['start-up (one line), CPU s', fmt(startupCpu, 2)],
        ['whole run, CPU s', fmt(fullCpu, 2)],
        ['lines/s end to end (CPU), start-up excluded', fmt(linesPerSec, 0)],
        [`lines/s once warm (CPU): ${2 * LINES} lines minus ${LINES}`, fmt(warmLinesPerSec, 0)],
        ['start-up (one line), wall ms', fmt(startup, 0)],
        ['whole run, wall ms', fmt(full, 0)],
        ['lines/s end to end (wall clock), start-up excluded', fmt(wallLinesPerSec, 0)],
        ['per line in process (CPU µs): engine', fmt(engine, 1)],
        ['per line in process (CPU µs): DISC guess', fmt(disc, 1)],
        ['per line in process (CPU µs): parse + both + JSON out', fmt(whole, 1)],
      ],
    ),
  );

  // Where a line's time goes, stage by stage (CPU µs, best of five passes over the dev rows).
  try {
    console.log('');
    console.log(table(['stage, CPU µs per line (best of 5)', 'value'], (await runStages(5, false)).rows));
  } catch (error) {
    console.log(`(stages skipped: ${(error as Error).message})`);
  }

  // Time against size, CPU ms per call, repeated until the clock's resolution no longer matters.
  console.log('');
  const rows: string[][] = [];
  let worstGrowth = 0;
  let worstDiscGrowth = 0;
  for (const [name, make] of Object.entries(SHAPES)) {
    const whole: number[] = [];
    const discOnly: number[] = [];
    for (const size of SIZES) {
      const text = make(size);
      const line = JSON.stringify({ id: 1, text });
      whole.push(perCall(() => processLine(line)));
      discOnly.push(perCall(() => guessDisc([{ role: 'customer', text }])));
    }
    const g = growth(whole);
    const gd = growth(discOnly);
    worstGrowth = Math.max(worstGrowth, g);
    worstDiscGrowth = Math.max(worstDiscGrowth, gd);
    rows.push([name, ...whole.map((m) => fmt(m, 2)), fmt(g, 2), fmt(discOnly.at(-1)!, 2), fmt(gd, 2)]);
  }
  console.log(
    table(
      [
        'shape: ms CPU per line',
        ...SIZES.map((s) => (s >= 1024 * 1024 ? '1 MB' : `${s / 1024} KB`)),
        'growth',
        'DISC 1 MB',
        'DISC growth',
      ],
      rows,
    ),
  );
  console.log(
    '\ngrowth = the largest (time ratio ÷ size ratio) between neighbouring sizes from 4 KB up: 1 is linear, under 1' +
      ' is the 20,000-character cap at work, above 1 superlinear. "DISC" columns time the style guess alone.',
  );
  return { linesPerSec, wallLinesPerSec, warmLinesPerSec, worstGrowth, worstDiscGrowth };
}

/** CPU ms per call of fn, repeated until at least 40 ms were spent. */
// The median of at least seven calls: a mean over the one or two calls a big input used to get let a single
// GC pause or tier-up read as superlinear growth (lone surrogates once showed 28 ms at 16 KB, 1.2 ms at 64 KB).
function perCall(fn: () => void): number {
  const samples: number[] = [];
  let spent = 0;
  while ((spent < 40_000 || samples.length < 7) && samples.length < 10_000) {
    const t = cpuMicros(fn);
    samples.push(t);
    spent += t;
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]! / 1000;
}

/** Largest time ratio ÷ size ratio over neighbouring sizes, from the second size up (1 KB is all overhead). */
function growth(ms: readonly number[]): number {
  let worst = 0;
  for (let k = 2; k < ms.length; k++) {
    worst = Math.max(worst, ms[k]! / Math.max(ms[k - 1]!, 0.01) / (SIZES[k]! / SIZES[k - 1]!));
  }
  return worst;
}
