// `tsx scripts/bench/panel-trace.ts [<build dir>]`: where the panel's first read-out spends its time. Opens
// sidepanel.html?tabId=N cold next to a chat page already read (as section c does), with a Chrome trace running,
// and prints the panel's main-thread tasks from its navigation start to the read-out painted: what ran, its
// thread CPU and wall time, and which script. OPENS=n (default 3) after one untimed open that fills the code cache.
import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession } from 'playwright-core';
import { FIRST_READOUT_MARK } from '../../components/panel/marks';
import { tabIdOf } from '../lib/extension-browser';
import { launchFrom, openPanelWindow, snapshotBuild } from './browser';
import { pageHtml } from './pages';
import { fmt, table } from './report';
import { startPageServer } from './server';
import { collectTrace, type TraceEvent } from './trace-collect';

const OPENS = Number(process.env.OPENS ?? 3);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
  'blink.user_timing',
  'loading',
  'navigation',
  'disabled-by-default-v8.compile',
].join(',');

const collect = (cdp: CDPSession, during: () => Promise<void>) => collectTrace<TraceEvent>(cdp, CATEGORIES, during);

const short = (url: string) => url.replace(/^chrome-extension:\/\/[a-z]+/, '');
const urlOf = (e: TraceEvent) => short(e.args?.data?.url ?? e.args?.data?.scriptName ?? '');

function report(events: TraceEvent[]): void {
  const mark = events.find((e) => e.name === FIRST_READOUT_MARK);
  const painted = events.find((e) => e.name === `${FIRST_READOUT_MARK}:painted`);
  if (!mark) {
    console.log('no first read-out mark in the trace');
    return;
  }
  const { pid, tid } = mark;
  const onThread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const nav = events.find((e) => e.pid === pid && e.name === 'navigationStart');
  const t0 = nav?.ts ?? onThread[0]?.ts ?? 0;
  const end = (painted ?? mark).ts;
  const rows: string[][] = [];
  let coveredUntil = -1;
  let cpu = 0;
  for (const e of onThread) {
    if (e.ts > end) break;
    if (e.ts < coveredUntil || e.name !== 'ThreadControllerImpl::RunTask') continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    const inner = onThread.filter((x) => x.ts >= e.ts && x.ts < coveredUntil && x !== e);
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    cpu += ms;
    if (ms < 0.3) continue;
    // The biggest named events inside the task, to say what it was.
    const named = inner
      .filter((x) => (x.dur ?? 0) > 300 && x.name !== 'ThreadControllerImpl::RunTask')
      .slice(0, 6)
      .map((x) => `${x.name}${urlOf(x) ? ` ${urlOf(x)}` : ''} ${fmt((x.dur ?? 0) / 1000, 1)}`);
    rows.push([fmt((e.ts - t0) / 1000, 1), fmt(ms, 1), fmt((e.dur ?? 0) / 1000, 1), named.join(' | ').slice(0, 220)]);
  }
  console.log(table(['at ms', 'cpu ms', 'wall ms', 'inside'], rows));
  const marks = events
    .filter((e) => e.pid === pid && e.cat.includes('blink.user_timing') && e.ts >= t0 && e.ph !== 'E')
    .map((e) => `${e.name} ${fmt((e.ts - t0) / 1000, 1)}`);
  console.log(`marks: ${marks.join(', ')}`);
  console.log(
    `read-out in the DOM at ${fmt((mark.ts - t0) / 1000, 1)} ms, painted at ${fmt((end - t0) / 1000, 1)} ms; main-thread CPU before it ${fmt(cpu, 1)} ms`,
  );
}

async function main(): Promise<void> {
  const dir = snapshotBuild(process.argv[2]);
  const server = await startPageServer();
  const h = await launchFrom(dir, server);
  try {
    server.set('/trace-panel.html', pageHtml('chat', 12));
    const page = await h.context.newPage();
    await page.goto(`${server.url}/trace-panel.html`);
    const tabId = await tabIdOf(h, page);
    await sleep(3_000);
    const warm = await openPanelWindow(h, tabId);
    await warm.getByTestId('mood-confidence').waitFor({ timeout: 10_000 });
    await warm.close();
    const cdp = await h.context.newCDPSession(page);
    for (let k = 0; k < OPENS; k++) {
      await sleep(500);
      const events = await collect(cdp, async () => {
        const panel = await openPanelWindow(h, tabId);
        await panel.getByTestId('mood-confidence').waitFor({ timeout: 10_000 });
        await sleep(200);
        await panel.close();
      });
      console.log(`\nopen ${k + 1}`);
      report(events);
    }
  } finally {
    await h.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
