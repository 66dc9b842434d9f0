import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type DemoServer, startDemoServer } from '../demo-server';

// Loads the built Chrome extension into Debian's Chromium. Automation cannot open the real side
// panel, so tests open sidepanel.html?tabId=N as an ordinary tab that follows the page's tab.

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  demo: DemoServer;
  close(): Promise<void>;
}

export async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run "npm run build" first.`);
  }
  if (!existsSync(CHROME)) {
    throw new Error(`Chromium not found at ${CHROME}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'heartline-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [...CHROME_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const demo = await startDemoServer(0);
  return {
    context,
    worker,
    extensionId,
    demo,
    async close() {
      await context.close();
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page`, asked of the extension's service worker. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await h.worker.evaluate(async (u) => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab found for ${url}`);
  return id;
}

async function allTabIds(h: Harness): Promise<number[]> {
  return h.worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number }>> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({});
    return tabs.map((t) => t.id ?? -1);
  });
}

/**
 * Opens `url` in a new tab and returns it with its tab id. Works for pages whose URL the extension
 * may not see (sites it has no permission for, about:blank): the new id is the one that appeared.
 */
export async function openTab(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(h));
  const page = await h.context.newPage();
  await page.goto(url);
  const fresh = (await allTabIds(h)).filter((id) => id >= 0 && !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0] as number };
}

export async function openDemo(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.demo.url}${path}`);
  return page;
}

export async function openPanel(h: Harness, tabId: number, size = { width: 420, height: 900 }): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Sets the panel's UI language the way the settings drawer does (storage.sync). */
export async function setUiLanguage(h: Harness, uiLanguage: 'auto' | 'en' | 'zh-Hans' | 'zh-Hant'): Promise<void> {
  await h.worker.evaluate(async (lang) => {
    type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    const sync = (globalThis as unknown as { chrome: { storage: { sync: Area } } }).chrome.storage.sync;
    const current = ((await sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await sync.set({ settings: { ...current, uiLanguage: lang } });
  }, uiLanguage);
}

/** Puts the host page and the panel side by side in one PNG, as an agent sees them. */
export async function composeSideBySide(
  h: Harness,
  page: Page,
  panel: Page,
  file: string,
  pageWidth = 980,
): Promise<void> {
  await page.setViewportSize({ width: pageWidth, height: 760 });
  await panel.setViewportSize({ width: 400, height: 760 });
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const canvas = await h.context.newPage();
  await canvas.setViewportSize({ width: pageWidth + 401, height: 760 });
  const img = (b: Buffer) => `<img src="data:image/png;base64,${b.toString('base64')}">`;
  await canvas.setContent(
    `<style>body{margin:0;display:flex;background:#888}img{display:block}img+img{border-left:1px solid #555}</style>${img(left)}${img(right)}`,
  );
  await canvas.screenshot({ path: file });
  await canvas.close();
}
