// CPU time, not wall clock: on a shared 2-core machine the wall clock mostly measures the neighbours.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** CPU µs (user + system) that `fn` takes. */
export function cpuMicros(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
}

/** Best (lowest) CPU µs per item over `rounds` passes over `items`. */
export function bestPer<T>(items: readonly T[], fn: (x: T) => unknown, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const us = cpuMicros(() => {
      for (let i = 0; i < items.length; i++) fn(items[i]!);
    });
    best = Math.min(best, us / items.length);
  }
  return best;
}

/** CPU seconds (user + system) of waited-for children, from /proc (Linux); NaN elsewhere. */
export function childrenCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 (cutime, cstime) counted from 1, minus the two before the ')'.
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** A run of the real batch command: CPU seconds (every thread of it) and the helper threads it started. */
export interface CommandRun {
  cpu: number;
  helpers: number;
}

/** The real batch command (`npm run analyze`) on `input`; `args` go to it after --stats (e.g. ['--threads', '1']). */
export function commandRun(input: string, args: readonly string[] = []): CommandRun {
  const before = childrenCpu();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts'), '--stats', ...args], {
    cwd: ROOT,
    input,
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`analyze exited ${run.status}: ${run.stderr}`);
  const helpers = Number(/(\d+) helper threads read/.exec(String(run.stderr))?.[1] ?? 0);
  return { cpu: childrenCpu() - before, helpers };
}

/** CPU seconds the real batch command spends on `input`, every thread of it. */
export function commandCpu(input: string, args: readonly string[] = []): number {
  return commandRun(input, args).cpu;
}
