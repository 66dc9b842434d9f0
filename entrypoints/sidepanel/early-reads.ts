import { readoutKey } from '@/lib/readout';
import { SETTINGS_AREA, SETTINGS_KEY } from '@/lib/settings-shape';
import { tabStateKey } from '@/lib/tab-state-key';

// The reads the panel's first read-out waits for (the tab, its stored snapshot and read-out, the settings)
// are round trips to the browser. Started from panel-early.js, a small classic script the page runs before
// its modules, they travel while the panel's code loads and compiles instead of after it.

export interface EarlyReads {
  /** The ?tabId=N these reads are for, or null when they are for the window's active tab. */
  fixed: number | null;
  /** The tab read: the fixed one, or the active one found by a query (null when there is none). */
  tab: Promise<{ id?: number; url?: string } | null>;
  /** That tab's stored snapshot and read-out (empty when there is no tab). */
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
  tabs: {
    get(id: number): Promise<{ id?: number; url?: string }>;
    query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
  };
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
  const fixed = fixedTabId(location.search);
  if (!api?.storage) return;
  try {
    // A panel opened from the toolbar follows the active tab: finding it is one more round trip, so it goes
    // out here too, and the tab's stored state is asked for the moment its id is known.
    const tab =
      fixed === null
        ? api.tabs.query({ active: true, currentWindow: true }).then(([active]) => active ?? null)
        : api.tabs.get(fixed).catch(() => null);
    const session = api.storage.session;
    const stored =
      fixed === null
        ? tab.then((t) => (t?.id === undefined ? {} : session.get([tabStateKey(t.id), readoutKey(t.id)])))
        : session.get([tabStateKey(fixed), readoutKey(fixed)]);
    g[SLOT] = {
      fixed,
      tab,
      stored,
      settings: api.storage[SETTINGS_AREA].get(SETTINGS_KEY).then((r) => r[SETTINGS_KEY]),
    };
  } catch {
    // An API missing here is read again the usual way by the panel.
  }
}

/** The early reads, once (a later follow of the same tab must read afresh), if they were for `fixed`. */
export function takeEarlyReads(fixed: number | null): EarlyReads | null {
  const g = globalThis as unknown as Slot;
  const early = g[SLOT];
  delete g[SLOT];
  return early && early.fixed === fixed ? early : null;
}
