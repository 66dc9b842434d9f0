// Writes the README's performance table from a bench run, between two markers, so the figures there are
// always ones a run printed, with the machine and its load named. Run on purpose (`npm run bench:readme`).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Verdict } from './report';

export const START = '<!-- bench:start (written by npm run bench:readme; do not edit by hand) -->';
export const END = '<!-- bench:end -->';

/** The machine as a reader needs it to weigh timings: CPU, cores, memory, Node and the load around the run. */
export function machineLine(loadBefore: string): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const after = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const gb = (totalmem() / 1024 ** 3).toFixed(0);
  return (
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${cpus().length} cores, ${gb} GB, Node ${process.version}; ` +
    `load average ${loadBefore} before the run and ${after} after (1 / 5 / 15 min). Timings move with load; sizes are exact.`
  );
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** A Markdown table with padded columns, as the repository's formatter (Biome) lays tables out. */
export function readmeTable(verdicts: readonly Verdict[], machine: string): string {
  const rows = verdicts.map((v) => [
    cell(v.what),
    cell(v.measured),
    cell(v.target),
    v.ok === null ? '' : v.ok ? 'met' : '**missed**',
  ]);
  const all = [['measure', 'figure', 'budget', 'result'], ...rows];
  const widths = [0, 1, 2, 3].map((i) => Math.max(3, ...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [machine, '', line(all[0] as string[]), rule, ...rows.map(line)].join('\n');
}

/** Replaces what lies between the markers; fails loudly rather than appending a second table. */
export function replaceBlock(readme: string, body: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no "${START}" … "${END}" block`);
  return `${readme.slice(0, a + START.length)}\n${body}\n${readme.slice(b)}`;
}

export function writeReadmeTable(path: string, verdicts: readonly Verdict[], machine: string): void {
  writeFileSync(path, replaceBlock(readFileSync(path, 'utf8'), readmeTable(verdicts, machine)));
}
