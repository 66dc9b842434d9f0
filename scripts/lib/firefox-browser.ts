import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type DemoServer, startDemoServer } from '../demo-server';
import { ROOT } from './extension-browser';

// Loads the built Firefox add-on into Debian's firefox-esr over WebDriver BiDi. Nothing here ships:
// the route to the panel page is made of browser switches, not extension code.
// - The pref extensions.webextensions.uuids fixes the add-on's moz-extension:// host, so tests know
//   the panel's address before installing.
// - --remote-allow-system-access lets automation navigate a tab to that address (BiDi refuses
//   privileged URLs without it) and reach the browser window itself, where the sidebar, the toolbar
//   button and the keyboard shortcut live.

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'heartline@heartline.app';
const UUID = '5b0f4d0e-7c1a-4a55-9d3e-2f6e1c7a9b10';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
/** Firefox's id for the add-on's toolbar and sidebar widgets: the gecko id with @ and . as _. */
const WIDGET = GECKO_ID.replace(/[^a-z0-9_-]/gi, '_');
export const BROWSER_ACTION_WIDGET = `${WIDGET}-browser-action`;
export const SIDEBAR_ID = `${WIDGET}-sidebar-action`;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (params: { request: { url: string } }) => void): void;
}

export interface FirefoxHarness {
  browser: Browser;
  demo: DemoServer;
  /** An extension page (the options page) kept open to call extension APIs from. */
  api: Page;
  /** Every URL any page, frame or extension page asked for since launch. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}. Run "npm run build:firefox" first.`);
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // No first-run pages, no remote settings or update pings during the run.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
    },
  });
  const requests: string[] = [];
  await connection(browser).send('session.subscribe', { events: ['network.beforeRequestSent'] });
  connection(browser).on('network.beforeRequestSent', (e) => requests.push(e.request.url));
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  const demo = await startDemoServer(0);
  const api = await openExtensionPage({ browser } as FirefoxHarness, '/options.html');
  return {
    browser,
    demo,
    api,
    requests,
    async close() {
      await browser.close();
      await demo.close();
    },
  };
}

const connection = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Opens one of the add-on's pages in a new tab, e.g. '/sidepanel.html?tabId=3'. */
export async function openExtensionPage(
  h: Pick<FirefoxHarness, 'browser'>,
  path: string,
  size = { width: 420, height: 900 },
): Promise<Page> {
  const page = await h.browser.newPage();
  await page.setViewport(size);
  // page.goto waits for navigation events Firefox does not send after the switch to the extension
  // process; the BiDi command itself returns once the document is complete.
  await connection(h.browser).send('browsingContext.navigate', {
    context: contextOf(page),
    url: `${EXTENSION_ORIGIN}${path}`,
    wait: 'complete',
  });
  await page.waitForFunction(() => document.readyState === 'complete' && !!document.body?.firstElementChild);
  return page;
}

export async function openPanel(h: FirefoxHarness, tabId: number, size?: { width: number; height: number }) {
  const panel = await openExtensionPage(h, `/sidepanel.html?tabId=${tabId}`, size);
  return panel;
}

export async function openDemo(h: FirefoxHarness, path: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(`${h.demo.url}${path}`);
  return page;
}

type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };

// Extension APIs are called from the options page kept open for it; extension pages forbid eval,
// so each helper passes its own function.
export async function tabIds(h: FirefoxHarness): Promise<number[]> {
  return h.api.evaluate(async () => {
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    return (await tabs.query({})).map((t) => t.id ?? -1);
  });
}

/** The browser's id for the tab showing `page` (a page the add-on may see the address of). */
export async function tabIdOf(h: FirefoxHarness, page: Page): Promise<number> {
  const url = page.url();
  const id = await h.api.evaluate(async (u) => {
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    // The newest tab showing it: an earlier test may have left one open on the same address.
    return Math.max(-1, ...(await tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1));
  }, url);
  if (id < 0) throw new Error(`no tab found for ${url}`);
  return id;
}

/** Reads one storage area of the add-on (all keys). */
export async function storageOf(h: FirefoxHarness, area: 'sync' | 'local' | 'session') {
  return h.api.evaluate(async (a) => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    const storage = (globalThis as unknown as { browser: { storage: Record<string, Area> } }).browser.storage;
    return (await (storage[a] as Area).get(null)) as Record<string, unknown>;
  }, area);
}

/** Opens `url` in a new tab; the id is the one that appeared (the add-on may not see the address). */
export async function openTab(h: FirefoxHarness, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(h));
  const page = await h.browser.newPage();
  await page.goto(url);
  const fresh = (await tabIds(h)).filter((id) => id >= 0 && !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0] as number };
}

export async function setUiLanguage(h: FirefoxHarness, uiLanguage: 'auto' | 'en' | 'zh-Hans' | 'zh-Hant') {
  await h.api.evaluate(async (lang) => {
    type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    const sync = (globalThis as unknown as { browser: { storage: { sync: Area } } }).browser.storage.sync;
    const current = ((await sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await sync.set({ settings: { ...current, uiLanguage: lang } });
  }, uiLanguage);
}

/**
 * Evaluates `expression` in the browser window itself (privileged chrome code), where the sidebar,
 * the toolbar and the permission prompts live. `EU` is Firefox's EventUtils for trusted input.
 */
export async function inBrowserWindow<T>(h: Pick<FirefoxHarness, 'browser'>, expression: string): Promise<T> {
  const conn = connection(h.browser);
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
  const win = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no browser window');
  const body = `(async () => {
    const EU = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
    Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', EU);
    return await (async () => { ${expression} })();
  })()`;
  const { result } = await conn.send('script.evaluate', {
    expression: body,
    target: { context: win.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') {
    throw new Error(`in the browser window: ${JSON.stringify(result.exceptionDetails).slice(0, 500)}`);
  }
  return deserialize(result.result) as T;
}

function deserialize(v: unknown): unknown {
  const value = v as { type: string; value?: unknown };
  if (value.type === 'array') return (value.value as unknown[]).map(deserialize);
  if (value.type === 'object') {
    return Object.fromEntries((value.value as Array<[string, unknown]>).map(([k, x]) => [k, deserialize(x)]));
  }
  return value.value ?? null;
}

/** Clicks the add-on's toolbar button the way a user does (pinned to the toolbar first). */
export function clickToolbarButton(h: Pick<FirefoxHarness, 'browser'>): Promise<void> {
  return inBrowserWindow<void>(
    h,
    `CustomizableUI.addWidgetToArea('${BROWSER_ACTION_WIDGET}', CustomizableUI.AREA_NAVBAR);
     const node = document.getElementById('${BROWSER_ACTION_WIDGET}');
     const button = node.querySelector('.unified-extensions-item-action-button') ?? node;
     EU.synthesizeMouseAtCenter(button, {}, window);`,
  );
}
