import { readoutKey } from '@/lib/readout';
import { SETTINGS_AREA, SETTINGS_KEY } from '@/lib/settings-shape';
import { tabStateKey } from '@/lib/tab-state-key';

// The reads the panel's first read-out waits for (the tab, its stored snapshot and read-out, the settings)
// are round trips to the browser. Started from panel-early.js, a small classic script the page runs before
// its modules, they travel while the panel's code loads and compiles instead of after it.

export interface EarlyReads {
  tabId: number;
  tab: Promise<{ url?: string } | null>;
  stored: Promise<Record<string, unknown>>;
  /** The raw stored settings value (undefined when none is stored). */
  settings: Promise<unknown>;
}

/** The little of the extension API these reads use, as Chrome's `chrome` and Firefox's `browser` both have it. */
interface Area {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}
interface Api {
  storage?: { session: Area; sync: Area };
  tabs: { get(id: number): Promise<{ url?: string }> };
}

const SLOT = '__heartlinePanelReads';
type Slot = { [SLOT]?: EarlyReads };

/** The ?tabId=N the panel follows, or null when it follows the active tab. */
export function fixedTabId(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Runs in panel-early.js: the browser's own `browser` (Firefox) or `chrome` (Chrome), no polyfill. */
export function startEarlyReads(): void {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api } & Slot;
  const api = g.browser?.storage ? g.browser : g.chrome;
  const tabId = fixedTabId(location.search);
  if (!api?.storage || tabId === null) return;
  try {
    const stored = api.storage.session.get([tabStateKey(tabId), readoutKey(tabId)]);
    g[SLOT] = {
      tabId,
      tab: api.tabs.get(tabId).catch(() => null),
      stored,
      settings: api.storage[SETTINGS_AREA].get(SETTINGS_KEY).then((r) => r[SETTINGS_KEY]),
    };
  } catch {
    // An API missing here is read again the usual way by the panel.
  }
}

/** The early reads for this tab, once: a later follow of the same tab must read afresh. */
export function takeEarlyReads(tabId: number): EarlyReads | null {
  const g = globalThis as unknown as Slot;
  const early = g[SLOT];
  delete g[SLOT];
  return early?.tabId === tabId ? early : null;
}
