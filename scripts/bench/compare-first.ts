// `tsx scripts/bench/compare-first.ts <build dir> [<build dir> …]`: the first read-out after the panel opens
// (section c's second part, scripts/bench/first-readout.ts) for one or more builds, each in a fresh browser, in
// alternating rounds so the machine's load falls on each alike. ROUNDS=n (default 3).
import { loadavg } from 'node:os';
import { launchFrom, snapshotBuild } from './browser';
import { type FirstReadoutResult, runFirstReadout } from './first-readout';
import { fmt, percentile, table } from './report';
import { startPageServer } from './server';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error('usage: compare-first.ts <build dir> …');
  const copies = dirs.map((d) => snapshotBuild(d));
  const runs: FirstReadoutResult[][] = dirs.map(() => []);
  const server = await startPageServer();
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < dirs.length; i++) {
        const h = await launchFrom(copies[i] as string, server);
        try {
          const res = await runFirstReadout(h, server);
          runs[i]?.push(res);
          console.log(
            `round ${r} ${dirs[i]}: painted p50 ${fmt(percentile(res.painted, 50), 0)} p95 ${fmt(percentile(res.painted, 95), 0)}, dom p50 ${fmt(percentile(res.dom, 50), 0)}, model p50 ${fmt(percentile(res.model, 50), 0)} ms · load ${load()}`,
          );
        } finally {
          await h.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  const all = (i: number, pick: (r: FirstReadoutResult) => number[]) => (runs[i] ?? []).flatMap(pick);
  const ms = (values: number[], p: number) => fmt(percentile(values, p), 0);
  console.log(
    table(
      ['build', 'painted p50', 'painted p95', 'best round p95', 'dom p50', 'model p50'],
      dirs.map((d, i) => [
        d,
        ms(
          all(i, (r) => r.painted),
          50,
        ),
        ms(
          all(i, (r) => r.painted),
          95,
        ),
        fmt(Math.min(...(runs[i] ?? []).map((r) => percentile(r.painted, 95))), 0),
        ms(
          all(i, (r) => r.dom),
          50,
        ),
        ms(
          all(i, (r) => r.model),
          50,
        ),
      ]),
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
