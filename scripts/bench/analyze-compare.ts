// The batch command of this checkout against another (a copy of the commit to compare with), end to end: a file of
// single-text lines made by repeating the dev rows (as section f of `npm run bench` builds its input) on stdin, a
// file on stdout, start-up excluded (a one-line run, subtracted). Runs alternate between the two checkouts, so the
// machine's other load falls on both alike; the load average is printed before and after, as on a shared machine
// the wall clock measures the neighbours too. Each figure is the best of the rounds.
//
//   npx tsx scripts/bench/analyze-compare.ts --against /tmp/heartline-base [--lines 200000] [--rounds 3] [--threads 1]
//
// Without --threads, both run with their defaults (helper threads on the cores the machine leaves idle).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEvalFiles } from '../eval-lib/tsv';
import { childrenCpu } from './cpu';
import { fmt, table } from './report';

const ROOT = join(import.meta.dirname, '..', '..');

interface Run {
  /** CPU seconds, every thread. */
  cpu: number;
  /** Wall-clock seconds. */
  wall: number;
  helpers: number;
}

function runCommand(root: string, input: string, output: string, threads: string | undefined): Promise<Run> {
  return new Promise((done, fail) => {
    const stdin = openSync(input, 'r');
    const stdout = openSync(output, 'w');
    const args = ['--import', 'tsx', join('scripts', 'analyze.ts'), '--stats'];
    if (threads !== undefined) args.push('--threads', threads);
    const cpu0 = childrenCpu();
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: [stdin, stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = childrenCpu() - cpu0;
      closeSync(stdin);
      closeSync(stdout);
      const stats = /(\d+) helper threads read/.exec(stderr);
      if (code !== 0 || !stats) fail(new Error(`analyze in ${root} exited ${code}: ${stderr}`));
      else done({ cpu, wall, helpers: Number(stats[1]) });
    });
  });
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      against: { type: 'string' },
      lines: { type: 'string', default: '200000' },
      rounds: { type: 'string', default: '3' },
      threads: { type: 'string' },
    },
  });
  if (!values.against) throw new Error('--against DIR: a checkout of the commit to compare with (with node_modules)');
  const roots = { before: resolve(values.against), after: ROOT };
  const count = Number(values.lines);
  const rounds = Number(values.rounds);
  const pool = loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({ id: i, text: pool[i % pool.length] }));
  const dir = mkdtempSync(join(tmpdir(), 'heartline-compare-'));
  const one = join(dir, 'one.jsonl');
  const many = join(dir, 'many.jsonl');
  writeFileSync(one, `${lines[0]}\n`);
  writeFileSync(many, `${lines.join('\n')}\n`);
  const out = join(dir, 'out.jsonl');
  const loadBefore = load();
  const runs: Record<'before' | 'after', { start: Run[]; full: Run[] }> = {
    before: { start: [], full: [] },
    after: { start: [], full: [] },
  };
  try {
    for (let r = 0; r < rounds; r++) {
      for (const k of ['before', 'after'] as const)
        runs[k].start.push(await runCommand(roots[k], one, out, values.threads));
      for (const k of ['before', 'after'] as const)
        runs[k].full.push(await runCommand(roots[k], many, out, values.threads));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const best = (rs: Run[], key: 'cpu' | 'wall') => Math.min(...rs.map((x) => x[key]));
  const rows = (['before', 'after'] as const).map((k) => {
    const { start, full } = runs[k];
    const wall = best(full, 'wall') - best(start, 'wall');
    const cpu = best(full, 'cpu') - best(start, 'cpu');
    return [
      k,
      fmt(best(start, 'wall'), 2),
      fmt(best(start, 'cpu'), 2),
      fmt(best(full, 'wall'), 2),
      fmt(best(full, 'cpu'), 2),
      fmt(count / wall, 0),
      fmt(count / cpu, 0),
      fmt((1e6 * cpu) / count, 1),
      full.map((x) => x.helpers).join(', '),
    ];
  });
  console.log(
    table(
      [
        `${count} lines, threads ${values.threads ?? 'default'}, best of ${rounds}`,
        'start-up wall s',
        'start-up CPU s',
        'whole wall s',
        'whole CPU s',
        'lines/s wall (start-up excl.)',
        'lines per CPU s (start-up excl.)',
        'CPU µs per line',
        'helpers, run by run',
      ],
      rows,
    ),
  );
  console.log(`\nload average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
