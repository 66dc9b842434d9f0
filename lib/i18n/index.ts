import { signal } from '@preact/signals';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';
import type { ContentLanguage } from '../types';

// The UI reads the same _locales catalogs the browser uses for the manifest, but looks strings up
// itself: browser.i18n cannot switch language at run time, and agents choose 简体/繁體 in settings.
type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<ContentLanguage, Catalog> = { en, 'zh-Hans': zhCN, 'zh-Hant': zhTW };

export type MessageKey = keyof typeof en;

export const uiLang = signal<ContentLanguage>('en');

/** Maps a browser locale such as 'zh-TW', 'zh-HK', 'zh-Hans-CN' or 'en-GB' to a UI language. */
export function languageForLocale(locale: string | undefined): ContentLanguage {
  const l = (locale ?? '').toLowerCase();
  if (!l.startsWith('zh')) return 'en';
  if (/hant|-tw|-hk|-mo/.test(l)) return 'zh-Hant';
  return 'zh-Hans';
}

/** Looks up a UI string; `$1`…`$9` are replaced by the substitutions, as in chrome.i18n. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return translate(uiLang.value, key, ...subs);
}

export function translate(lang: ContentLanguage, key: MessageKey, ...subs: Array<string | number>): string {
  const message = CATALOGS[lang][key]?.message ?? CATALOGS.en[key]?.message ?? key;
  return message.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

export function catalog(lang: ContentLanguage): Catalog {
  return CATALOGS[lang];
}
