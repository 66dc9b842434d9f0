// The settings' shape and how stored data is read into it. Kept apart from storage access so the
// content script can parse settings the same way without carrying the storage helpers.
import type { ContentLanguage } from './types';

export type UiLanguage = 'auto' | ContentLanguage;

/** Small, user-chosen preferences: they sync across the agent's browsers via storage.sync. */
export interface Settings {
  agentName: string;
  company: string;
  uiLanguage: UiLanguage;
  discEnabled: boolean;
  careEnabled: boolean;
  /** Local-only "tough conversations today" counts; off by default (opt-in). */
  toughCountsEnabled: boolean;
  /** Origins the agent enabled beyond the built-in ones, e.g. 'https://support.example.com'. */
  enabledSites: string[];
}

/** Where the settings are stored: storage.sync, under this key. */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  company: '',
  uiLanguage: 'auto',
  discEnabled: true,
  careEnabled: true,
  toughCountsEnabled: false,
  enabledSites: [],
};

const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'zh-Hans', 'zh-Hant'];
const MAX_NAME = 80;

/**
 * Accepts whatever storage holds and keeps every field that is valid, falling back per field:
 * a corrupted value must never cost the agent the rest of their settings.
 */
export function parseSettings(raw: unknown): Settings {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const str = (v: unknown, d: string) => (typeof v === 'string' ? v.slice(0, MAX_NAME) : d);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const sites = Array.isArray(o.enabledSites)
    ? [...new Set(o.enabledSites.filter((s): s is string => typeof s === 'string' && isOrigin(s)))]
    : DEFAULT_SETTINGS.enabledSites;
  return {
    agentName: str(o.agentName, DEFAULT_SETTINGS.agentName),
    company: str(o.company, DEFAULT_SETTINGS.company),
    uiLanguage: UI_LANGUAGES.includes(o.uiLanguage as UiLanguage)
      ? (o.uiLanguage as UiLanguage)
      : DEFAULT_SETTINGS.uiLanguage,
    discEnabled: bool(o.discEnabled, DEFAULT_SETTINGS.discEnabled),
    careEnabled: bool(o.careEnabled, DEFAULT_SETTINGS.careEnabled),
    toughCountsEnabled: bool(o.toughCountsEnabled, DEFAULT_SETTINGS.toughCountsEnabled),
    enabledSites: sites,
  };
}

export function isOrigin(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value;
  } catch {
    return false;
  }
}
