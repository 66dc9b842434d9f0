// The built extension in Chromium, loaded from a private copy of .output/chrome-mv3: other people
// rebuild that folder while they work, and a half-written build must not land mid-measurement.
// Same browser flags as scripts/lib/extension-browser.ts, whose tab and panel helpers take this harness.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROME, CHROME_ARGS, EXTENSION_DIR, type Harness } from '../lib/extension-browser';
import type { PageServer } from './server';

/**
 * Copies the build once it looks complete (manifest and every file it names are there). BENCH_EXTENSION_DIR
 * names another build, e.g. a copy of an older one, to compare before and after in the same conditions.
 */
export function snapshotBuild(source = process.env.BENCH_EXTENSION_DIR || EXTENSION_DIR): string {
  const manifest = join(source, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No built extension at ${source}. Run "npx wxt build" first.`);
  const dir = mkdtempSync(join(tmpdir(), 'heartline-bench-ext-'));
  cpSync(source, dir, { recursive: true });
  for (const f of ['background.js', 'sidepanel.html', 'content-scripts/content.js']) {
    if (!existsSync(join(dir, f))) throw new Error(`The build at ${source} is incomplete (${f} missing); rebuild.`);
  }
  return dir;
}

export async function launchFrom(extensionDir: string, server: PageServer): Promise<Harness> {
  const profile = mkdtempSync(join(tmpdir(), 'heartline-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: false, // --headless=new comes from CHROME_ARGS: the old headless mode cannot load extensions
    args: [...CHROME_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    demo: { url: server.url, port: server.port, close: async () => {} },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The panel in its own window next to the page, as an agent has it. Automation cannot open the real side
 * panel, and a panel opened as a second tab would hide the page: Chrome defers idle callbacks and timers
 * in hidden tabs, which would measure tab throttling instead of Heartline.
 */
export async function openPanelWindow(h: Harness, tabId: number): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`;
  const [panel] = await Promise.all([
    h.context.waitForEvent('page', { timeout: 15_000 }),
    h.worker.evaluate((u) => {
      type Windows = { create(o: object): Promise<unknown> };
      return (globalThis as unknown as { chrome: { windows: Windows } }).chrome.windows
        .create({ url: u, type: 'popup', width: 420, height: 700 })
        .then(() => undefined);
    }, url),
  ]);
  await panel.waitForLoadState();
  return panel;
}
