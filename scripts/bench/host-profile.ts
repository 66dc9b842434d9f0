// `tsx scripts/bench/host-profile.ts [<build dir>]`: which of the content script's functions the host page pays
// for per new message (section d's page: 500-message chat, a customer message appended every 600 ms). A CPU
// profile sampled every 50 µs; each sample is charged to the innermost content-script function on its stack
// (self), and to every content-script function on it (total). Also the trace's event kinds inside Heartline's
// tasks (scripts/bench/host-trace.ts), per message.
import { setTimeout as sleep } from 'node:timers/promises';
import { launchFrom, snapshotBuild } from './browser';
import { chatBubble, customerLine, pageHtml } from './pages';
import { fmt, table } from './report';
import { startPageServer } from './server';

const MESSAGES = 500;
const APPENDS = Number(process.env.APPENDS ?? 30);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const dir = snapshotBuild(process.argv[2]);
  const server = await startPageServer();
  const h = await launchFrom(dir, server);
  try {
    server.set('/profile.html', pageHtml('chat', MESSAGES));
    const page = await h.context.newPage();
    await page.goto(`${server.url}/profile.html`);
    await sleep(2_500);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    for (let k = 0; k < APPENDS; k++) {
      await page.evaluate(
        (html) => document.getElementById('log')?.insertAdjacentHTML('beforeend', html),
        chatBubble(MESSAGES + k, 'customer', customerLine(MESSAGES + k)),
      );
      await sleep(600);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ours = (n: ProfileNode | undefined) => !!n?.callFrame.url.startsWith('chrome-extension://');
    const name = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^chrome-extension:\/\/[a-z]+/, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let inOurs = 0;
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(samples[i] as number);
      const chain: ProfileNode[] = [];
      for (let at: number | undefined = samples[i]; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at);
        if (n) chain.push(n);
      }
      const firstOurs = chain.find(ours);
      if (!firstOurs || !leaf) continue;
      inOurs += ms;
      // Native leaves (GC, DOM builtins) are charged by their own name under the nearest function of ours.
      const selfName = ours(leaf) ? name(leaf) : `${leaf.callFrame.functionName || '(native)'} ← ${name(firstOurs)}`;
      self.set(selfName, (self.get(selfName) ?? 0) + ms);
      for (const k of new Set(chain.filter(ours).map(name))) total.set(k, (total.get(k) ?? 0) + ms);
    }
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 30)
        .map(([k, v]) => [fmt(v / APPENDS, 3), k.slice(0, 150)]);
    console.log(`samples with Heartline on the stack: ${fmt(inOurs / APPENDS, 3)} ms per message`);
    console.log(table(['self ms/msg', 'function'], top(self)));
    console.log(table(['total ms/msg', 'function'], top(total)));
  } finally {
    await h.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
