import { browser } from 'wxt/browser';
import { isKnownHost, originPattern } from '@/lib/hosts';
import { languageForLocale, t, uiLang } from '@/lib/i18n';
import {
  askBackground,
  askTab,
  type BackgroundToPanel,
  isEnvelope,
  isExtensionPage,
  type TabState,
  tabStateKey,
} from '@/lib/messaging';
import { readoutKey } from '@/lib/readout';
import { loadSettings, settingsFromStored, watchSettings } from '@/lib/settings';
import { loadTemplateState, watchTemplateState } from '@/lib/templates/store';
import { afterNextPaint } from './after-paint';
import { type EarlyReads, fixedTabId, takeEarlyReads } from './early-reads';
import {
  type PanelStatus,
  pasteMode,
  settings,
  status,
  storedReadout,
  suggestionLangOverride,
  tabId,
  tabState,
  tabUrl,
  templateState,
  toast,
} from './state';

// The panel follows one tab: the one in ?tabId=N (tests, and a panel opened for a given tab) or
// else whichever tab is active in this window. Snapshots arrive through storage.session, written
// by the background from the content script's messages.

/** Settled once the agent's templates are loaded (or could not be): the suggestions wait for it (main.tsx). */
export let templatesLoaded: Promise<void> = Promise.resolve();

export async function startPanel(): Promise<void> {
  // The reads a first read-out needs go out together (each is a round trip to the browser), the tab's while
  // the settings load; it is shown once the settings have set the UI language. panel-early.js has usually sent
  // them already, before this code loaded. The templates are for the suggestions, which come after the first
  // read-out: they are not waited for here (templatesLoaded).
  const fixed = fixedTabId(location.search);
  const early = takeEarlyReads(fixed);
  const first = fixed === null ? null : readTab(fixed, early);
  const loadingTemplates = loadTemplateState();
  settings.value = await (early ? early.settings.then(settingsFromStored, loadSettings) : loadSettings());
  applyUiLanguage();
  watchSettings((next) => {
    settings.value = next;
    applyUiLanguage();
  });
  // Should the read fail, the suggestions come from the built-in templates alone rather than never.
  templatesLoaded = loadingTemplates.then(
    (templates) => {
      templateState.value = templates;
      watchTemplateState((next) => {
        templateState.value = next;
      });
    },
    () => undefined,
  );

  // Listen before following the tab. A change that landed between the early read above and now is not lost:
  // follow() ends with probe(), which has the tab read again and takes what the background stored.
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id !== tabId.value) return;
    if (change.url) tabUrl.value = change.url;
    // After a reload the content script sends a fresh snapshot; re-probe so stale states clear.
    if (change.status === 'complete') probe();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message) || message.type !== 'tabStateFailed') return undefined;
    if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const data = message.data as BackgroundToPanel['tabStateFailed'];
    if (data?.tabId !== tabId.value) return undefined;
    toast.value = { kind: 'error', text: t(data.reason === 'quota' ? 'toastTabStateFull' : 'toastTabStateFailed') };
    return undefined;
  });

  browser.storage.session.onChanged.addListener((changes) => {
    const id = tabId.value;
    if (id === null) return;
    const change = changes[tabStateKey(id)];
    if (!change) return;
    const next = (change.newValue as TabState | undefined) ?? null;
    applyTabState(next);
    // The toolbar click grants activeTab and tells us the address we could not see before.
    if (next?.url && !tabUrl.value) {
      tabUrl.value = next.url;
      if (!next.conversation) probe();
    }
  });

  if (fixed !== null && first) {
    await follow(fixed, first);
  } else {
    await followActive(early);
    browser.tabs.onActivated.addListener(({ tabId: id }) => follow(id));
    browser.windows?.onFocusChanged.addListener(() => followActive());
  }
}

function applyUiLanguage(): void {
  const pref = settings.value.uiLanguage;
  uiLang.value = pref === 'auto' ? languageForLocale(browser.i18n.getUILanguage?.() ?? navigator.language) : pref;
  document.documentElement.lang = uiLang.value;
}

async function followActive(early: EarlyReads | null = null): Promise<void> {
  const found = early && (await early.tab.catch(() => null));
  if (found?.id !== undefined) return follow(found.id, readTab(found.id, early));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await follow(tab.id);
}

interface TabRead {
  url: string;
  state: TabState | null;
  readout: unknown;
}

/** What the panel knows of a tab before asking it anything: its address, its stored state and read-out. */
async function readTab(id: number, early: EarlyReads | null = null): Promise<TabRead> {
  const key = tabStateKey(id);
  const [tab, stored] = await Promise.all([
    early?.tab ?? browser.tabs.get(id).catch(() => null),
    early?.stored.catch(() => browser.storage.session.get([key, readoutKey(id)])) ??
      browser.storage.session.get([key, readoutKey(id)]),
  ]);
  return { url: tab?.url ?? '', state: (stored[key] as TabState | undefined) ?? null, readout: stored[readoutKey(id)] };
}

async function follow(id: number, read?: Promise<TabRead>): Promise<void> {
  if (id === tabId.value) return;
  tabId.value = id;
  suggestionLangOverride.value = null;
  status.value = 'loading';
  const { url, state, readout } = await (read ?? readTab(id));
  if (id !== tabId.value) return;
  tabUrl.value = url;
  storedReadout.value = readout ?? null;
  tabState.value = state;
  // The refresh sets the background and the tab's content script working, and each answer re-renders the
  // read-out: with a stored read-out about to be shown, it waits for the frame that paints it rather than
  // compete with that frame for the CPU.
  if (readout && state?.conversation?.messages.length) await afterNextPaint();
  await probe();
}

/**
 * Asks the background to have the tab read again. What it reads arrives the way every change does
 * (content → background → storage.session → the listener in startPanel), so the panel never holds a
 * reading the background does not; here only the reason for silence is worked out.
 */
export async function probe(): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  const reply = await askBackground('refresh', { tabId: id }).catch(() => null);
  if (id !== tabId.value) return;
  if (reply?.reached) {
    const key = tabStateKey(id);
    applyTabState(((await browser.storage.session.get(key))[key] as TabState | undefined) ?? null);
    return;
  }
  // A selection sent from the context menu is readable even where no content script runs.
  if (tabState.value?.conversation?.messages.length) return setStatus('ready');
  setStatus(await whyNoReceiver(tabUrl.value, id));
}

/** The one place the panel takes in a tab's state: from what the background stored. */
function applyTabState(next: TabState | null): void {
  tabState.value = next;
  if (next?.conversation?.messages.length) status.value = 'ready';
  else if (next) status.value = 'empty';
}

function setStatus(next: PanelStatus): void {
  status.value = next;
}

/** Where the content script runs by itself, as the installed manifest says (built from the adapters). */
function manifestHosts(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

/**
 * Whether the tab shows one of this extension's own pages. Recent Chromium hides even their address from
 * tabs.get without the tabs permission; runtime.getContexts (Chrome 116+, not in every browser) still lists them.
 */
async function ownPage(id: number): Promise<boolean> {
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { tabIds: number[] }) => Promise<unknown[]>;
  };
  if (typeof runtime.getContexts !== 'function') return false;
  const found = await runtime.getContexts({ tabIds: [id] }).catch(() => []);
  return found.length > 0;
}

async function whyNoReceiver(url: string, id: number): Promise<PanelStatus> {
  // No address means no access yet: a site the agent has not enabled (the browser hides its URL), unless the
  // tab shows one of Heartline's own pages, which no content script can read.
  if (!url) return (await ownPage(id)) ? 'unsupported' : 'not-enabled';
  if (!/^https?:/.test(url)) return 'unsupported';
  if (isKnownHost(url, manifestHosts())) return 'needs-reload';
  const origin = new URL(url).origin;
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
  return granted && settings.value.enabledSites.includes(origin) ? 'needs-reload' : 'not-enabled';
}

export async function enableThisSite(): Promise<void> {
  const id = tabId.value;
  if (id === null || !/^https?:/.test(tabUrl.value)) return;
  const origin = new URL(tabUrl.value).origin;
  // Must run straight from the click: permission prompts need a user gesture.
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) {
    toast.value = { kind: 'info', text: t('toastPermissionDenied') };
    return;
  }
  await askBackground('enableSite', { origin, tabId: id });
  await probe();
}

export async function readOnce(): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  const { ok } = await askBackground('injectNow', { tabId: id });
  if (!ok) toast.value = { kind: 'error', text: t('toastCannotRead') };
  await probe();
}

export async function reloadTab(): Promise<void> {
  const id = tabId.value;
  if (id !== null) await browser.tabs.reload(id);
}

export async function pickArea(): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  try {
    // The picker is injected only when asked for, to keep the content script small.
    await browser.scripting.executeScript({ target: { tabId: id }, files: ['/picker.js'] });
    await askTab(id, 'pick', { hint: t('pickHint'), cancel: t('pickCancel') });
    await probe();
  } catch {
    toast.value = { kind: 'error', text: t('toastCannotRead') };
  }
}

/** Loads the insert/highlight code into the tab's page (once; the script ignores repeats). */
async function loadPageActions(id: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/page-actions.js'] });
}

/** Inserts into the page's reply box; when the page cannot take it, copies instead and says so. */
export async function insertIntoPage(text: string, placeholders?: Array<{ start: number; end: number }>) {
  const id = tabId.value;
  if (id !== null && !pasteMode.value) {
    try {
      await loadPageActions(id);
      const result = await askTab(id, 'insert', { text, placeholders });
      if (result.ok) {
        toast.value = { kind: 'ok', text: t('toastInserted') };
        return;
      }
    } catch {
      // Falls through to the clipboard.
    }
  }
  await copyText(text, t('toastCopiedInstead'));
}

export async function copyText(text: string, message = t('toastCopied')): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast.value = { kind: 'ok', text: message };
  } catch {
    toast.value = { kind: 'error', text: t('toastCopyFailed') };
  }
}

export async function showInPage(text: string): Promise<void> {
  const id = tabId.value;
  if (id === null || pasteMode.value) return;
  const reply = await loadPageActions(id)
    .then(() => askTab(id, 'highlight', { text }))
    .catch(() => ({ found: false }));
  if (!reply.found) toast.value = { kind: 'info', text: t('toastNotFoundInPage') };
}
