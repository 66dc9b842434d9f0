// Small helpers the benchmark sections share: percentiles, a timed loop, and plain-text tables that
// read well in a terminal and paste cleanly into the README.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: p95 of 50 samples is the 48th, an actual observation rather than an interpolation.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Milliseconds since an hrtime.bigint() reading. */
export const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export function fmt(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 10_000) return Math.round(x).toLocaleString('en-US');
  return x.toFixed(digits);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A left-aligned first column and right-aligned numbers, separated by two spaces. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

/** A check against a target, collected for the closing summary. */
export interface Verdict {
  what: string;
  measured: string;
  target: string;
  ok: boolean | null;
}
