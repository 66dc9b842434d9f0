// Section f: the batch command (`npm run --silent analyze`). End-to-end lines per second on single-text lines
// (start-up excluded), the per-line cost split into engine and DISC, and time against size for adversarial
// lines from 1 KB to 1 MB, where every step should be at most linear (both readers cap at 20,000 characters).
//
// The command runs as documented, a file on stdin and a file on stdout, once on one thread (--threads 1) and once
// with its defaults (helper threads on the cores the machine's other work leaves idle), interleaved; the table
// says how many helpers each default run started. Two figures, each labelled:
// - wall clock, default threads: what a user waits for. On a shared 2-core machine it also measures the
//   neighbours (one build took 2.4 s to 6 s by the clock for 40,000 lines, on one afternoon, at the same 3.3 s of
//   CPU), so the CPU pressure around the run is printed with it.
// - CPU seconds (user + system, every thread: compiler, GC and helper threads too): what the work costs whatever
//   else the machine runs. Helper threads each load and warm up the engine, so they cost CPU to save wall time.
// Start-up is a one-line run (it never starts helpers). The first 40,000 lines also pay for V8 compiling the
// engine as it warms up: the row "once warm" times the next 40,000 lines alone, from the difference between
// 80,000 and 40,000 lines on one thread, to show that split.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeMessage } from '../../lib/analysis';
import { guessDisc } from '../../lib/disc';
import { analyzeBatch } from '../analyze-io/batch';
import { OutputBlock } from '../analyze-io/output-block';
import { processLine } from '../analyze-io/process-line';
import { evalDir, loadEvalFiles } from '../eval-lib/tsv';
import { SHAPES } from './adversarial';
import { bestPer, childrenCpu, cpuMicros } from './cpu';
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

interface Run {
  /** CPU seconds of the command, every thread. */
  cpu: number;
  /** Wall-clock ms. */
  wall: number;
  /** Helper threads the command started, and the batches they read (of the run with the most). */
  helpers: number;
  helperBatches: number;
}

/** The real command on the file `input` (stdin), output to a file; fails on any error line. No `threads`: defaults. */
function runCommand(input: string, output: string, threads?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const stdin = openSync(input, 'r');
    const stdout = openSync(output, 'w');
    const cpu0 = childrenCpu();
    const t0 = process.hrtime.bigint();
    const args = ['--import', 'tsx', join('scripts', 'analyze.ts'), '--stats'];
    if (threads !== undefined) args.push('--threads', String(threads));
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: [stdin, stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = childrenCpu() - cpu0;
      closeSync(stdin);
      closeSync(stdout);
      const errors = readFileSync(output, 'utf8').split('"error":').length - 1;
      const stats = /(\d+) helper threads read (\d+)/.exec(stderr);
      if (code !== 0 || errors > 0 || !stats) {
        reject(new Error(`analyze exited ${code} with ${errors} error lines: ${stderr}`));
      } else resolve({ cpu, wall, helpers: Number(stats[1]), helperBatches: Number(stats[2]) });
    });
  });
}

/** Runs each command of `runs` `n` times, interleaved; every run of each, in order. */
async function interleaved(n: number, runs: Array<() => Promise<Run>>): Promise<Run[][]> {
  const all: Run[][] = runs.map(() => []);
  for (let i = 0; i < n; i++) for (let k = 0; k < runs.length; k++) all[k]!.push(await runs[k]!());
  return all;
}

/** The run with the lowest `key` (other people's load only ever adds). */
const lowest = (runs: readonly Run[], key: 'cpu' | 'wall'): Run =>
  runs.reduce((best, r) => (r[key] < best[key] ? r : best));

/** "some" CPU pressure over the last 10 s (Linux): the share of time something waited for a CPU. */
function cpuPressure(): string {
  try {
    return `${/some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? '?'}%`;
  } catch {
    return 'n/a';
  }
}

export interface BatchResult {
  /** Lines per wall-clock second over the first LINES lines, start-up excluded, with the command's defaults. */
  wallLinesPerSec: number;
  /** Helper threads the fastest default run started (0 when the machine had no idle core), besides the main one. */
  helpers: number;
  /** Lines per CPU second (all threads) over the first LINES lines on one thread, start-up excluded. */
  linesPerSec: number;
  /** The same with the defaults, the run that spent least: helper start-up and warm-up included, if it had any. */
  threadedCpuLinesPerSec: number;
  /** Lines per CPU second over the next LINES lines, one thread, once the engine is compiled and its tables built. */
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
  const dir = mkdtempSync(join(tmpdir(), 'heartline-batch-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const all = `${lines.join('\n')}\n`;
  const one = file('one.jsonl', `${lines[0]}\n`);
  const full = file('full.jsonl', all);
  const twice = file('twice.jsonl', all + all);
  const out = join(dir, 'out.jsonl');
  const pressureBefore = cpuPressure();
  let runs: Run[][];
  try {
    runs = [
      ...(await interleaved(3, [() => runCommand(one, out, 1)])),
      ...(await interleaved(3, [() => runCommand(full, out, 1), () => runCommand(full, out)])),
      ...(await interleaved(2, [() => runCommand(twice, out, 1)])),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [startups, singles, defaults, warms] = runs as [Run[], Run[], Run[], Run[]];
  const startup = { cpu: lowest(startups, 'cpu').cpu, wall: lowest(startups, 'wall').wall };
  const single = { cpu: lowest(singles, 'cpu').cpu, wall: lowest(singles, 'wall').wall };
  // With the defaults, each run decides its helpers from the idle cores it finds: the fastest run by the clock
  // and the one that spent the least CPU are named with their own helper counts, never mixed.
  const fastest = lowest(defaults, 'wall');
  const thrifty = lowest(defaults, 'cpu');
  const perSec = (runSeconds: number, startSeconds: number) => LINES / Math.max(0.01, runSeconds - startSeconds);
  const linesPerSec = perSec(single.cpu, startup.cpu);
  const threadedCpuLinesPerSec = perSec(thrifty.cpu, startup.cpu);
  const warmLinesPerSec = perSec(lowest(warms, 'cpu').cpu, single.cpu);
  const wallSingle = perSec(single.wall / 1000, startup.wall / 1000);
  const wallLinesPerSec = perSec(fastest.wall / 1000, startup.wall / 1000);

  // The same lines in this process, CPU time: what each part costs per line once warm (best of three passes;
  // one pass after 1,000 lines of warm-up still timed the compiler, e.g. 85 µs for a 20 µs engine).
  const sample = Array.from({ length: 10_000 }, (_, i) => pool[i % pool.length]!);
  const per = (fn: (t: string) => unknown) => bestPer(sample, fn, 3);
  const engine = per((t) => analyzeMessage(t));
  const disc = per((t) => guessDisc([{ role: 'customer', text: t }]));
  const whole = per((t) => JSON.stringify(processLine(JSON.stringify({ id: 0, text: t }))));
  // As the command reads them: batches of 128 lines, each stage over the whole batch (scripts/analyze-io/batch.ts).
  const batchLines = sample.map((t, id) => JSON.stringify({ id, text: t }));
  const batchList: string[][] = [];
  for (let i = 0; i < batchLines.length; i += 128) batchList.push(batchLines.slice(i, i + 128));
  const block = new OutputBlock();
  const staged = (bestPer(batchList, (b) => analyzeBatch(b, block), 3) * batchList.length) / batchLines.length;

  const helpers = (r: Run) => `${r.helpers} helper${r.helpers === 1 ? '' : 's'}`;
  const batches = Math.ceil(LINES / 128);
  console.log(
    table(
      ['batch command, single-text lines, file in and out, best of 3 interleaved', 'value'],
      [
        ['lines', String(LINES)],
        ['CPU pressure before / after the runs (some, avg10)', `${pressureBefore} / ${cpuPressure()}`],
        ['start-up (one line): CPU s / wall ms', `${fmt(startup.cpu, 2)} / ${fmt(startup.wall, 0)}`],
        ['1 thread: whole run, CPU s / wall ms', `${fmt(single.cpu, 2)} / ${fmt(single.wall, 0)}`],
        ['defaults: helper threads started, run by run', defaults.map((r) => r.helpers).join(', ')],
        [
          `defaults, fastest run (${helpers(fastest)}, ${fastest.helperBatches} of ${batches} batches): wall ms`,
          fmt(fastest.wall, 0),
        ],
        [`defaults, least CPU (${helpers(thrifty)}): CPU s`, fmt(thrifty.cpu, 2)],
        ['lines/s, wall clock, 1 thread, start-up excluded', fmt(wallSingle, 0)],
        [`lines/s, wall clock, defaults (${helpers(fastest)}), start-up excluded`, fmt(wallLinesPerSec, 0)],
        ['lines per CPU second, 1 thread, start-up excluded', fmt(linesPerSec, 0)],
        [`lines per CPU second, defaults (${helpers(thrifty)}), start-up excluded`, fmt(threadedCpuLinesPerSec, 0)],
        [`lines per CPU second once warm, 1 thread: ${2 * LINES} lines minus ${LINES}`, fmt(warmLinesPerSec, 0)],
        ['per line in process (CPU µs): engine', fmt(engine, 1)],
        ['per line in process (CPU µs): DISC guess', fmt(disc, 1)],
        ['per line in process (CPU µs): parse + both + JSON out, one line at a time', fmt(whole, 1)],
        ['per line in process (CPU µs): the same in batches of 128, stage by stage (as the command)', fmt(staged, 1)],
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
  return {
    wallLinesPerSec,
    helpers: fastest.helpers,
    linesPerSec,
    threadedCpuLinesPerSec,
    warmLinesPerSec,
    worstGrowth,
    worstDiscGrowth,
  };
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
