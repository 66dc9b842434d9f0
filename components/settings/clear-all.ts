import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messaging';

// A background that never answers must not leave "Clear all data" spinning forever.
const SITE_TIMEOUT_MS = 3000;

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
  // session may be missing on old Firefox; local and sync always exist.
  await Promise.all([local.clear(), sync.clear(), session?.clear()]);
}
