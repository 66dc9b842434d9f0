import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messaging';

// A background that never answers must not leave "Clear all data" spinning forever.
const SITE_TIMEOUT_MS = 3000;

interface ClearableArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

/**
 * WXT keeps each storage item's shape version under "<key>$" and decides once per page load whether to write it
 * again. Data saved after a clear, in a page that loaded before it, would then sit without a version, and the next
 * load would run old migrations over current data. The markers describe the code, not the agent, so they stay.
 */
function isVersionMarker(key: string, value: unknown): boolean {
  return key.endsWith('$') && typeof value === 'object' && value !== null && 'v' in value;
}

async function clearKeepingVersions(area: ClearableArea): Promise<void> {
  const all = await area.get(null);
  const markers = Object.fromEntries(Object.entries(all).filter(([key, value]) => isVersionMarker(key, value)));
  await area.clear();
  if (Object.keys(markers).length) await area.set(markers);
}

/**
 * Empties every storage area Heartline writes. Enabled sites are released first, while the background can
 * still see them, so no permission or registered content script outlives the data that asked for it.
 */
export async function clearAllData(enabledSites: readonly string[]): Promise<void> {
  await Promise.allSettled(
    enabledSites.map((origin) =>
      Promise.race([
        askBackground('disableSite', { origin }),
        new Promise((resolve) => setTimeout(resolve, SITE_TIMEOUT_MS)),
      ]),
    ),
  );
  const { local, sync, session } = browser.storage;
  // session may be missing on old Firefox and holds no versioned items; local and sync always exist.
  await Promise.all([
    clearKeepingVersions(local as ClearableArea),
    clearKeepingVersions(sync as ClearableArea),
    session?.clear(),
  ]);
}
