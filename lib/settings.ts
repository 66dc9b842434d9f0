import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_AREA, SETTINGS_KEY, type Settings } from './settings-shape';

export { DEFAULT_SETTINGS, isOrigin, parseSettings, type Settings, type UiLanguage } from './settings-shape';

// Version 1 is the first shape; bump the version and add a migration when a field changes meaning.
export const settingsItem = storage.defineItem<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}` as const, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** The settings from a value read straight from storage (the panel's early read), as loadSettings reads them. */
export function settingsFromStored(raw: unknown): Settings {
  return parseSettings(raw ?? DEFAULT_SETTINGS);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(parseSettings(v)));
}
