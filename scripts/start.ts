// `npm start`: build the extension, serve the demo inbox, and open a browser with Heartline
// loaded on it. Without a display it writes the demo screenshots to .output/screenshots instead (the
// tracked ones in docs/screenshots change only through `npm run demo:screenshot`, on purpose).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_DEMO_PORT, startDemoServer } from './demo-server';
import { EXTENSION_DIR, ROOT } from './lib/extension-browser';

// Branded Google Chrome ignores --load-extension since version 137, so Chromium and Edge come first.
const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((p): p is string => !!p);

const browserPath = CANDIDATES.find((p) => existsSync(p));
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

console.log('Building Heartline…');
execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { stdio: 'inherit', cwd: ROOT });

if (!browserPath || !hasDisplay) {
  console.log(
    !browserPath
      ? 'No Chromium or Edge found (set CHROME_PATH, or on Debian/Ubuntu: apt-get install chromium).'
      : 'No display here, so writing screenshots to .output/screenshots instead of opening a window.',
  );
  const out = join(ROOT, '.output', 'screenshots');
  const script = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo-screenshot.ts', '--out', out];
  const r = spawnSync(process.execPath, script, { stdio: 'inherit', cwd: ROOT });
  process.exit(r.status ?? 1);
}

const demo = await startDemoServer(Number(process.env.PORT ?? DEFAULT_DEMO_PORT)).catch(() => startDemoServer(0));
console.log(`Demo inbox: ${demo.url}/`);
const context = await chromium.launchPersistentContext(join(ROOT, '.output', 'demo-profile'), {
  executablePath: browserPath,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${demo.url}/helpdesk.html`);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
// The real side panel opens from the toolbar button (or Alt+Shift+H); until the agent clicks it,
// show the same panel page in a window beside the demo, following the demo's tab.
await worker.evaluate(async (demoUrl) => {
  type Chrome = {
    tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    windows: { create(o: object): Promise<unknown> };
    runtime: { getURL(p: string): string };
  };
  const c = (globalThis as unknown as { chrome: Chrome }).chrome;
  const tab = (await c.tabs.query({})).find((t) => t.url?.startsWith(demoUrl));
  if (tab?.id === undefined) return;
  await c.windows.create({
    url: c.runtime.getURL(`/sidepanel.html?tabId=${tab.id}`),
    type: 'popup',
    width: 420,
    height: 860,
    left: 1000,
    top: 40,
  });
}, demo.url);
console.log('Heartline is running on the demo inbox. Click the toolbar icon (or Alt+Shift+H) for the side panel.');
console.log('Close the browser or press Ctrl+C to stop.');
const stop = async () => {
  await demo.close();
  process.exit(0);
};
context.on('close', stop);
process.on('SIGINT', () => context.close().then(stop));
