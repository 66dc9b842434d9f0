import { browser } from 'wxt/browser';
import { capConversation, capText, FIELD_CAPS } from '@/lib/adapters/conversation';
import { analyzeConversation } from '@/lib/analysis';
import { originPattern } from '@/lib/hosts';
import {
  askTab,
  type BackgroundToPanel,
  type ContentToBackground,
  isEnvelope,
  isExtensionPage,
  isOwnContentScript,
  NoReceiverError,
  type PanelToBackground,
  type SenderInfo,
  SNAPSHOT_PORT,
  type TabState,
  tabStateKey,
} from '@/lib/messaging';
import { conversationFromText } from '@/lib/paste';
import {
  conversationFingerprint,
  MAX_READOUT_BYTES,
  MAX_READOUTS,
  readoutKey,
  type StoredReadout,
} from '@/lib/readout';
import { loadSettings, saveSettings } from '@/lib/settings';
import { applySnapshot } from '@/lib/snapshot-patch';
import { fitTabState, stateBytes, type TabUsage, tabsToEvict } from '@/lib/tab-budget';
import type { Conversation } from '@/lib/types';

const CONTENT_SCRIPT = '/content-scripts/content.js' as const;
const MENU_SELECTION = 'heartline-analyze-selection';
const MENU_PAGE = 'heartline-read-page';
const scriptId = (origin: string) => `site:${origin}`;

// A module, built with the panel and the options page (WXT's "esm" group): the analysis engine it reads ahead
// with is then one chunk that this worker and the panel's lazy import both load, not a second copy inlined
// here (a classic service worker must be one file). Module workers have no import(): nothing here needs one.
export default defineBackground({ type: 'module', main });

function main(): void {
  const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  const sidebarAction = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  // The toolbar button (and its keyboard command) opens the panel. Handling the click ourselves,
  // rather than setPanelBehavior({ openPanelOnActionClick }), makes it an invocation of the
  // extension, so activeTab lets the panel see this tab's address and read it once on request.
  (browser.action ?? browser.browserAction)?.onClicked.addListener((tab) => {
    if (sidePanel && tab.id !== undefined) sidePanel.open({ tabId: tab.id }).catch(() => {});
    else sidebarAction?.toggle();
    // Firefox too: the sidebar learns the address only this way, and offers "Enable on this site".
    if (tab.id !== undefined && tab.url) writeTabState(tab.id, { url: capText(tab.url, FIELD_CAPS.url) });
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_SELECTION, title: msg('menuAnalyzeSelection'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_PAGE, title: msg('menuReadPage'), contexts: ['page'] });
    });
    syncSiteScripts();
  });
  browser.runtime.onStartup.addListener(syncSiteScripts);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab?.id) return;
    // Opening the panel must happen inside the user gesture, before any await.
    sidePanel?.open({ tabId: tab.id }).catch(() => {});
    sidebarAction && (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    if (info.menuItemId === MENU_SELECTION && info.selectionText) {
      writeTabState(tab.id, {
        url: capText(tab.url ?? '', FIELD_CAPS.url),
        conversation: capConversation(conversationFromText(info.selectionText, 'selection')),
      });
    } else if (info.menuItemId === MENU_PAGE) {
      // activeTab lets us read this one page once, without a standing permission for the site.
      injectContentScript(tab.id);
    }
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message)) return undefined;
    const info = sender as SenderInfo;
    const id = browser.runtime.id;
    const origin = browser.runtime.getURL('/');
    if (isOwnContentScript(info, id, origin) && (sender.frameId ?? 0) === 0) {
      return handleContent(info.tab?.id as number, message.type as keyof ContentToBackground, message.data);
    }
    if (isExtensionPage(info, id, origin)) {
      return handlePanel(message.type as keyof PanelToBackground, message.data);
    }
    return undefined;
  });

  // Snapshots as patches on a port per content script (lib/snapshot-channel.ts). What the port's script sent
  // last is kept raw, per port, as the base of its next patch; what is stored is capped like any snapshot.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SNAPSHOT_PORT) return;
    const info = port.sender as SenderInfo | undefined;
    const tabId = info?.tab?.id;
    if (
      !info ||
      !isOwnContentScript(info, browser.runtime.id, browser.runtime.getURL('/')) ||
      (info.frameId ?? 0) !== 0
    ) {
      port.disconnect();
      return;
    }
    let held: Conversation | null = null;
    let awaitingWhole = false;
    port.onMessage.addListener((patch: unknown) => {
      const next = applySnapshot(held, patch);
      if (!next) {
        held = null;
        // One request for the whole conversation; the patches already on their way cannot apply either.
        if (!awaitingWhole) port.postMessage({ type: 'resync' });
        awaitingWhole = true;
        return;
      }
      awaitingWhole = false;
      held = next.conversation;
      void writeTabState(tabId as number, {
        url: capText(next.url, FIELD_CAPS.url),
        conversation: capConversation(next.conversation),
      });
    });
  });

  // "Clear all data" empties storage.session; forget the worker's copy with it.
  browser.storage.session.onChanged.addListener((changes) => {
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith('tab:') && change.newValue === undefined) forget(Number(key.slice(4)));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forget(tabId);
    browser.storage.session.remove([tabStateKey(tabId), readoutKey(tabId)]).catch(() => {});
  });
}

async function handleContent(tabId: number, type: keyof ContentToBackground, data: unknown): Promise<unknown> {
  if (type === 'needReader') {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/generic-reader.js'] });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  }
  if (type === 'snapshot') {
    const d = data as ContentToBackground['snapshot'];
    await writeTabState(tabId, {
      url: capText(String(d?.url ?? ''), FIELD_CAPS.url),
      conversation: capConversation(d?.conversation),
    });
  } else if (type === 'draft') {
    const d = data as ContentToBackground['draft'];
    await writeTabState(tabId, { draft: String(d?.text ?? '').slice(0, FIELD_CAPS.draft) });
  }
}

async function handlePanel(type: keyof PanelToBackground, data: unknown): Promise<unknown> {
  if (type === 'enableSite') {
    const d = data as PanelToBackground['enableSite']['data'];
    const ok = await enableSite(d.origin);
    if (ok) await injectContentScript(d.tabId);
    return { ok };
  }
  if (type === 'disableSite') {
    const d = data as PanelToBackground['disableSite']['data'];
    return { ok: await disableSite(d.origin) };
  }
  if (type === 'injectNow') {
    const d = data as PanelToBackground['injectNow']['data'];
    return { ok: await injectContentScript(d.tabId) };
  }
  if (type === 'refresh') {
    const d = data as PanelToBackground['refresh']['data'];
    return refreshTab(d.tabId);
  }
  return undefined;
}

/** The panel's "read it again": the background asks the tab and writes what it hears, as for a snapshot. */
async function refreshTab(tabId: number): Promise<PanelToBackground['refresh']['reply']> {
  try {
    const reply = await askTab(tabId, 'read', undefined);
    // The same caps as a snapshot: a tab's answer is page data whoever asked for it.
    await writeTabState(tabId, {
      url: capText(String(reply?.url ?? ''), FIELD_CAPS.url),
      conversation: capConversation(reply?.conversation),
    });
    return { reached: true };
  } catch (error) {
    if (error instanceof NoReceiverError) return { reached: false };
    throw error;
  }
}

// The service worker's own copy of each tab's state spares a storage read on every snapshot (the
// panel's update latency); storage.session stays the truth when the worker restarts.
const tabStates = new Map<number, TabState>();
const usage = new Map<number, TabUsage>();
// Tabs with a stored read-out, oldest first (a Map keeps insertion order).
const readouts = new Map<number, true>();
let loaded: Promise<void> | null = null;

function forget(tabId: number): void {
  tabStates.delete(tabId);
  usage.delete(tabId);
  readouts.delete(tabId);
}

/** Once per worker start: the budget needs every tab's size, including those written before a restart. */
function loadTabStates(): Promise<void> {
  loaded ??= browser.storage.session
    .get(null)
    .then((all) => {
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('readout:')) readouts.set(Number(key.slice(8)), true);
        if (!key.startsWith('tab:') || !value || typeof value !== 'object') continue;
        const state = value as TabState;
        const id = Number(key.slice(4));
        if (!tabStates.has(id)) tabStates.set(id, state);
        if (!usage.has(id)) usage.set(id, { bytes: stateBytes(key, state), updatedAt: state.updatedAt ?? 0 });
      }
    })
    .catch(() => {});
  return loaded;
}

async function writeTabState(tabId: number, patch: Partial<Omit<TabState, 'tabId'>>): Promise<void> {
  await loadTabStates();
  const key = tabStateKey(tabId);
  const previous = tabStates.get(tabId) ?? { tabId, url: '', conversation: null, draft: '', updatedAt: 0 };
  let next: TabState = { ...previous, ...patch, tabId, updatedAt: Date.now() };
  // A page that navigated away takes its old draft with it.
  if (patch.url !== undefined && patch.url !== previous.url && patch.draft === undefined) next.draft = '';
  next = fitTabState(key, next);
  tabStates.set(tabId, next);
  usage.set(tabId, { bytes: stateBytes(key, next), updatedAt: next.updatedAt });
  const evicted = tabsToEvict(usage, tabId);
  for (const id of evicted) forget(id);
  try {
    if (evicted.length) await browser.storage.session.remove([...evicted.map(tabStateKey), ...evicted.map(readoutKey)]);
    await browser.storage.session.set({ [key]: next });
    if (patch.conversation !== undefined) scheduleReadout(tabId, next);
  } catch (error) {
    // The panel would otherwise keep showing an old conversation with no sign that anything is wrong.
    const text = error instanceof Error ? error.message : String(error);
    const data: BackgroundToPanel['tabStateFailed'] = { tabId, reason: /quota/i.test(text) ? 'quota' : 'other' };
    browser.runtime.sendMessage({ channel: 'heartline', type: 'tabStateFailed', data }).catch(() => {});
  }
}

/** A burst of snapshots (a page still loading its thread) is read once, after it settles. */
const READOUT_DELAY_MS = 250;
const readoutTimers = new Map<number, ReturnType<typeof setTimeout>>();

/** After the state is written, never before: the open panel's update latency does not wait for this. */
function scheduleReadout(tabId: number, state: TabState): void {
  clearTimeout(readoutTimers.get(tabId));
  readoutTimers.set(
    tabId,
    setTimeout(() => {
      readoutTimers.delete(tabId);
      void storeReadout(tabId, state);
    }, READOUT_DELAY_MS),
  );
}

/**
 * The rules' read-out of the conversation just stored, for a panel that opens on this tab (lib/readout.ts).
 * Skipped when a newer state has replaced this one meanwhile: that one schedules its own.
 */
async function storeReadout(tabId: number, state: TabState): Promise<void> {
  // A draft update keeps the conversation (the same object); a new snapshot replaces it and has its own turn.
  if (tabStates.get(tabId)?.conversation !== state.conversation) return;
  const key = readoutKey(tabId);
  const c = state.conversation;
  try {
    if (!c?.messages.length) {
      readouts.delete(tabId);
      await browser.storage.session.remove(key);
      return;
    }
    const readout: StoredReadout = {
      fingerprint: conversationFingerprint(c),
      analysis: analyzeConversation(c.messages),
    };
    if (new TextEncoder().encode(JSON.stringify(readout)).length > MAX_READOUT_BYTES) {
      readouts.delete(tabId);
      await browser.storage.session.remove(key);
      return;
    }
    readouts.delete(tabId);
    readouts.set(tabId, true);
    const old = [...readouts.keys()].slice(0, Math.max(0, readouts.size - MAX_READOUTS));
    for (const id of old) readouts.delete(id);
    if (old.length) await browser.storage.session.remove(old.map(readoutKey));
    await browser.storage.session.set({ [key]: readout });
  } catch {
    // Only a head start for the panel, which reads the conversation itself anyway.
  }
}

/** The permission request itself happens in the panel (it needs the click); here we register. */
async function enableSite(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const settings = await loadSettings();
  await saveSettings({ enabledSites: [...new Set([...settings.enabledSites, origin])] });
  await syncSiteScripts();
  return true;
}

async function disableSite(origin: string): Promise<boolean> {
  const settings = await loadSettings();
  await saveSettings({ enabledSites: settings.enabledSites.filter((o) => o !== origin) });
  await syncSiteScripts();
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  return true;
}

/** Makes the registered content scripts match the enabled sites the agent still grants. */
async function syncSiteScripts(): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const settings = await loadSettings();
  const registered = await scripting.getRegisteredContentScripts();
  const want = new Set<string>();
  for (const origin of settings.enabledSites) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) want.add(scriptId(origin));
  }
  const stale = registered.map((s) => s.id).filter((id) => id.startsWith('site:') && !want.has(id));
  if (stale.length) await scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id));
  const add = [...want].filter((id) => !have.has(id));
  if (add.length) {
    await scripting.registerContentScripts(
      add.map((id) => ({
        id,
        matches: [originPattern(id.slice('site:'.length))],
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

function msg(key: Parameters<typeof browser.i18n.getMessage>[0]): string {
  return browser.i18n.getMessage(key) || key;
}

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}
