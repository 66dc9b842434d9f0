import { languageForLocale, uiLang } from '@/lib/i18n';
import type { UiLanguage } from '@/lib/settings';
import type { ContentLanguage } from '@/lib/types';

/** The language the UI shows for a setting: 'auto' follows the browser's locale. */
export function resolveUiLanguage(choice: UiLanguage, locale?: string): ContentLanguage {
  return choice === 'auto' ? languageForLocale(locale ?? globalThis.navigator?.language) : choice;
}

/**
 * Switches every `t()` caller at once (they read the `uiLang` signal) and keeps `<html lang>` right,
 * so screen readers pronounce 简体 and 繁體 with the proper voice.
 */
export function applyUiLanguage(choice: UiLanguage, doc: Document | undefined = globalThis.document): ContentLanguage {
  const lang = resolveUiLanguage(choice);
  uiLang.value = lang;
  if (doc) doc.documentElement.lang = lang;
  return lang;
}
