import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/hosts';
import {
  type ContentToBackground,
  isEnvelope,
  isExtensionPage,
  isOwnContentScript,
  type PanelToBackground,
  type SenderInfo,
  type TabState,
  tabStateKey,
} from '@/lib/messaging';
import { conversationFromText } from '@/lib/paste';
import { loadSettings, saveSettings } from '@/lib/settings';

const CONTENT_SCRIPT = '/content-scripts/content.js' as const;
const MENU_SELECTION = 'heartline-analyze-selection';
const MENU_PAGE = 'heartline-read-page';
const scriptId = (origin: string) => `site:${origin}`;

export default defineBackground(() => {
  const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  const sidebarAction = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  // The toolbar button (and its keyboard command) opens the panel. Handling the click ourselves,
  // rather than setPanelBehavior({ openPanelOnActionClick }), makes it an invocation of the
  // extension, so activeTab lets the panel see this tab's address and read it once on request.
  (browser.action ?? browser.browserAction)?.onClicked.addListener((tab) => {
    if (sidePanel && tab.id !== undefined) sidePanel.open({ tabId: tab.id }).catch(() => {});
    else sidebarAction?.toggle();
    // Firefox too: the sidebar learns the address only this way, and offers "Enable on this site".
    if (tab.id !== undefined && tab.url) writeTabState(tab.id, { url: tab.url });
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
        url: tab.url ?? '',
        conversation: conversationFromText(info.selectionText, 'selection'),
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

  // "Clear all data" empties storage.session; forget the worker's copy with it.
  browser.storage.session.onChanged.addListener((changes) => {
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith('tab:') && change.newValue === undefined) tabStates.delete(Number(key.slice(4)));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabStates.delete(tabId);
    browser.storage.session.remove(tabStateKey(tabId));
  });
});

async function handleContent(tabId: number, type: keyof ContentToBackground, data: unknown): Promise<void> {
  if (type === 'snapshot') {
    const d = data as ContentToBackground['snapshot'];
    await writeTabState(tabId, { url: String(d.url ?? ''), conversation: d.conversation ?? null });
  } else if (type === 'draft') {
    const d = data as ContentToBackground['draft'];
    await writeTabState(tabId, { draft: String(d.text ?? '').slice(0, 20_000) });
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
  return undefined;
}

// The service worker's own copy of each tab's state spares a storage read on every snapshot (the
// panel's update latency); storage.session stays the truth when the worker restarts.
const tabStates = new Map<number, TabState>();

async function writeTabState(tabId: number, patch: Partial<Omit<TabState, 'tabId'>>): Promise<void> {
  const key = tabStateKey(tabId);
  const previous = tabStates.get(tabId) ??
    ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? {
      tabId,
      url: '',
      conversation: null,
      draft: '',
      updatedAt: 0,
    };
  const next: TabState = { ...previous, ...patch, tabId, updatedAt: Date.now() };
  // A page that navigated away takes its old draft with it.
  if (patch.url !== undefined && patch.url !== previous.url && patch.draft === undefined) next.draft = '';
  tabStates.set(tabId, next);
  await browser.storage.session.set({ [key]: next });
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
