// `tsx scripts/bench/compare-host.ts <build dir> [<build dir> …]`: Heartline's main-thread cost in the host
// page per new message (scripts/bench/host-trace.ts) for one or more builds, and the same page in a browser
// with no extension, in alternating rounds so the machine's load falls on each alike. ROUNDS=n (default 3).
import { rmSync } from 'node:fs';
import { launchFrom, snapshotBuild } from './browser';
import { type TraceCost, traceHostCost, traceWithoutExtension } from './host-trace';
import { fmt, median, table } from './report';
import { type PageServer, startPageServer } from './server';

const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function withBuild(dir: string, server: PageServer, path: string): Promise<TraceCost> {
  const h = await launchFrom(dir, server);
  try {
    return await traceHostCost(h.context, server, path);
  } finally {
    await h.close();
  }
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error('usage: compare-host.ts <build dir> …');
  const copies = dirs.map((d) => snapshotBuild(d));
  const names = [...dirs, '(no extension)'];
  const runs: TraceCost[][] = names.map(() => []);
  const server = await startPageServer();
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < names.length; i++) {
        const path = `/trace-${i}-${r}.html`;
        const copy = copies[i];
        const c = copy ? await withBuild(copy, server, path) : await traceWithoutExtension(server, path);
        runs[i]?.push(c);
        console.log(
          `round ${r} ${names[i]}: extension ${fmt(c.extension, 3)} ms, thread ${fmt(c.thread, 3)} ms, ${fmt(c.events, 1)} events`,
        );
      }
    }
  } finally {
    await server.close();
    for (const c of copies) rmSync(c, { recursive: true, force: true });
  }
  const bare = median((runs[names.length - 1] ?? []).map((c) => c.thread));
  console.log(
    table(
      ['build', 'extension code ms/msg (median, best)', 'page thread ms/msg', 'added vs no extension'],
      names.map((d, i) => {
        const rs = runs[i] ?? [];
        const ext = rs.map((c) => c.extension);
        const th = median(rs.map((c) => c.thread));
        return [d, `${fmt(median(ext), 3)}, ${fmt(Math.min(...ext), 3)}`, fmt(th, 3), fmt(th - bare, 3)];
      }),
    ),
  );
  console.log(
    '\nThread CPU time from a Chrome trace of the page (scripts/bench/host-trace.ts), 500-message chat page, 20 appends per round.',
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
