// `tsx scripts/bench/panel-cpu.ts <build dir> [<build dir> …]`: the first read-out's CPU, which the machine's load
// does not move the way it moves wall-clock time. Opens sidepanel.html?tabId=N cold next to a chat page already
// read (as section c does), with a Chrome trace running, and sums thread CPU from the panel's navigation start
// to the read-out painted: the panel's main thread, and every Chrome thread. Builds alternate in rounds, each in
// a fresh browser. ROUNDS=n (default 3), OPENS=n per round (default 4, after one untimed open).
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession } from 'playwright-core';
import { FIRST_READOUT_MARK } from '../../components/panel/marks';
import { tabIdOf } from '../lib/extension-browser';
import { launchFrom, openPanelWindow, snapshotBuild } from './browser';
import { pageHtml } from './pages';
import { fmt, percentile, table } from './report';
import { startPageServer } from './server';
import { collectTrace, type TraceEvent } from './trace-collect';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const OPENS = Number(process.env.OPENS ?? 4);
const CATEGORIES = ['toplevel', 'blink.user_timing', 'loading', 'navigation', 'devtools.timeline'].join(',');
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

interface Open {
  painted: number;
  mainCpu: number;
  allCpu: number;
}

function measure(events: TraceEvent[]): Open | null {
  const mark = events.find((e) => e.name === FIRST_READOUT_MARK);
  const painted = events.find((e) => e.name === `${FIRST_READOUT_MARK}:painted`);
  const nav = mark && events.find((e) => e.pid === mark.pid && e.name === 'navigationStart');
  if (!mark || !painted || !nav) return null;
  let mainCpu = 0;
  let allCpu = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !TASKS.has(e.name) || e.ts < nav.ts || e.ts > painted.ts) continue;
    const ms = (e.tdur ?? 0) / 1000;
    allCpu += ms;
    if (e.pid === mark.pid && e.tid === mark.tid) mainCpu += ms;
  }
  return { painted: (painted.ts - nav.ts) / 1000, mainCpu, allCpu };
}

async function run(dir: string, server: Awaited<ReturnType<typeof startPageServer>>): Promise<Open[]> {
  const h = await launchFrom(dir, server);
  const out: Open[] = [];
  try {
    const page = await h.context.newPage();
    await page.goto(`${server.url}/cpu-panel.html`);
    const tabId = await tabIdOf(h, page);
    await sleep(3_000);
    const warm = await openPanelWindow(h, tabId);
    await warm.getByTestId('mood-confidence').waitFor({ timeout: 10_000 });
    await warm.close();
    const cdp: CDPSession = await h.context.newCDPSession(page);
    for (let k = 0; k < OPENS; k++) {
      await sleep(500);
      const events = await collectTrace<TraceEvent>(cdp, CATEGORIES, async () => {
        const panel = await openPanelWindow(h, tabId);
        await panel.getByTestId('mood-confidence').waitFor({ timeout: 10_000 });
        await sleep(200);
        await panel.close();
      });
      const m = measure(events);
      if (m) out.push(m);
    }
  } finally {
    await h.close();
  }
  return out;
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error('usage: panel-cpu.ts <build dir> …');
  const copies = dirs.map((d) => snapshotBuild(d));
  const all: Open[][] = dirs.map(() => []);
  const server = await startPageServer();
  server.set('/cpu-panel.html', pageHtml('chat', 12));
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < dirs.length; i++) {
        const opens = await run(copies[i] as string, server);
        all[i]?.push(...opens);
        const med = (pick: (o: Open) => number) => fmt(percentile(opens.map(pick), 50), 1);
        console.log(
          `round ${r} ${dirs[i]}: main-thread CPU ${med((o) => o.mainCpu)} ms, all Chrome CPU ${med((o) => o.allCpu)} ms, painted ${med((o) => o.painted)} ms · load ${loadavg()
            .map((x) => x.toFixed(1))
            .join(' ')}`,
        );
      }
    }
  } finally {
    await server.close();
  }
  const cell = (i: number, pick: (o: Open) => number, p: number) => fmt(percentile((all[i] ?? []).map(pick), p), 1);
  console.log(
    table(
      ['build', 'opens', 'main CPU p50', 'main CPU p25', 'all CPU p50', 'painted p50'],
      dirs.map((d, i) => [
        d,
        String(all[i]?.length ?? 0),
        cell(i, (o) => o.mainCpu, 50),
        cell(i, (o) => o.mainCpu, 25),
        cell(i, (o) => o.allCpu, 50),
        cell(i, (o) => o.painted, 50),
      ]),
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
