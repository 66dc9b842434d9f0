// What Heartline costs the host page's main thread per new message, from a Chrome trace of the page's
// renderer, in thread CPU time (tdur, not wall clock: on a shared machine the wall clock mostly measures
// the neighbours). Two figures from the same trace:
//   - extension code: every outermost trace event on the page's main thread that runs Heartline's scripts
//     (the observers' callbacks, the debounce timer, the idle callback that reads the page and sends the
//     snapshot), with whatever layout, style or message serialisation those calls force nested inside;
//   - the whole thread: every top-level task on the page's main thread. Compared with the same page in a
//     browser without the extension, the difference also holds what no extension frame is on the stack
//     for: the messaging replies, garbage collection, extra style work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BrowserContext, type CDPSession, chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS } from '../lib/extension-browser';
import { chatBubble, customerLine, pageHtml } from './pages';
import { fmt, median, table } from './report';
import type { PageServer } from './server';
import { collectTrace, type TraceEvent } from './trace-collect';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'].join(',');
/** Chrome's name for one task of a thread's run loop (the "toplevel" category). */
const TASK = 'ThreadControllerImpl::RunTask';

const collect = (cdp: CDPSession, during: () => Promise<void>) => collectTrace<TraceEvent>(cdp, CATEGORIES, during);

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Sum of thread CPU ms of the outermost events that pass `keep` (events nested in a kept one are inside it). */
function outermost(events: readonly TraceEvent[], keep: (e: TraceEvent) => boolean): { ms: number; n: number } {
  let ms = 0;
  let n = 0;
  let coveredUntil = -1;
  for (const e of events) {
    if (e.ts < coveredUntil || !keep(e)) continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    ms += cpuOf(e);
    n++;
  }
  return { ms, n };
}

export interface TraceCost {
  /** Thread CPU ms per message in events running Heartline's code on the page's main thread. */
  extension: number;
  /** Thread CPU ms per message of every task on the page's main thread. */
  thread: number;
  /** Heartline events per message. */
  events: number;
}

/**
 * The page's renderer main thread: the process the browser reports for the page's frame, and in it the
 * thread named CrRendererMain.
 */
function pageThread(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  let pid: number | undefined;
  for (const e of events) {
    for (const f of e.args?.data?.frames ?? []) if (f.url === pageUrl && f.processId) pid = f.processId;
  }
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid,
  );
  return main ? { pid: main.pid, tid: main.tid } : null;
}

/**
 * Main-thread cost in one page (`messages` long) while `appends` customer messages arrive, each after the
 * observer's debounce and idle wait have run out, so every message is read and sent on its own.
 */
export async function traceHostCost(
  context: BrowserContext,
  server: PageServer,
  path: string,
  messages = 500,
  appends = 20,
  gapMs = 600,
): Promise<TraceCost> {
  server.set(path, pageHtml('chat', messages));
  const page = await context.newPage();
  const url = `${server.url}${path}`;
  await page.goto(url);
  // Let the content script start, read once and send its first snapshot.
  await sleep(2_500);
  const cdp = await context.newCDPSession(page);
  const events = await collect(cdp, async () => {
    for (let k = 0; k < appends; k++) {
      await page.evaluate(
        (html) => document.getElementById('log')?.insertAdjacentHTML('beforeend', html),
        chatBubble(messages + k, 'customer', customerLine(messages + k)),
      );
      await sleep(gapMs);
    }
  });
  await page.close();
  const thread = pageThread(events, url);
  if (!thread) throw new Error('The trace has no main thread for the page');
  const onThread = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ext = outermost(onThread, (e) => urlOf(e).startsWith('chrome-extension://'));
  const all = outermost(onThread, (e) => e.name === TASK);
  return { extension: ext.ms / appends, thread: all.ms / appends, events: ext.n / appends };
}

/** The same page's cost in a browser with no extension at all. */
export async function traceWithoutExtension(server: PageServer, path: string): Promise<TraceCost> {
  const profile = mkdtempSync(join(tmpdir(), 'heartline-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: false,
    args: CHROME_ARGS,
    viewport: { width: 1100, height: 800 },
  });
  try {
    return await traceHostCost(context, server, path);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface TraceResult {
  with: TraceCost[];
  without: TraceCost[];
}

/** Rounds alternating the extension's browser and a bare one, so the machine's load falls on both alike. */
export async function runTraceCost(context: BrowserContext, server: PageServer, rounds = 3): Promise<TraceResult> {
  const r: TraceResult = { with: [], without: [] };
  for (let i = 0; i < rounds; i++) {
    r.with.push(await traceHostCost(context, server, `/trace-with-${i}.html`));
    r.without.push(await traceWithoutExtension(server, `/trace-without-${i}.html`));
  }
  return r;
}

/** Prints the table; returns the medians: Heartline's own code, and the whole page thread's CPU it adds. */
export function printTraceCost(r: TraceResult): { extension: number; added: number } {
  const ext = median(r.with.map((c) => c.extension));
  const withThread = median(r.with.map((c) => c.thread));
  const bare = median(r.without.map((c) => c.thread));
  console.log(
    table(
      ['main-thread CPU ms per new message (trace, median of rounds)', 'ms'],
      [
        ["Heartline's code: observers, timer, read, send (layout it forces included)", fmt(ext, 2)],
        ['page thread with Heartline', fmt(withThread, 2)],
        ['page thread without', fmt(bare, 2)],
        ['added by Heartline (with − without)', fmt(withThread - bare, 2)],
      ],
    ),
  );
  console.log(
    `\nThread CPU time (tdur) from a Chrome trace of the page's renderer main thread, ${r.with.length} rounds per browser;` +
      ' CPU rather than wall clock, which on a loaded machine mostly measures the neighbours (scripts/bench/host-trace.ts).',
  );
  return { extension: ext, added: withThread - bare };
}
