import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalog, languageForLocale, translate } from '@/lib/i18n';
import { CONTENT_LANGUAGES } from '@/lib/types';

const ROOT = join(import.meta.dirname, '../../..');
const UI_DIRS = ['components', 'entrypoints'];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}
const uiSources = UI_DIRS.flatMap((d) => files(join(ROOT, d), /\.tsx?$/));

describe('locale catalogs', () => {
  const en = catalog('en');
  test.each(CONTENT_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalog(lang)).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(CONTENT_LANGUAGES)('%s has no empty message and the same $N substitutions as English', (lang) => {
    for (const [key, { message }] of Object.entries(catalog(lang))) {
      expect(message.trim(), key).not.toBe('');
      const subs = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();
      expect(subs(message), key).toEqual(subs(en[key]?.message ?? ''));
    }
  });

  test('every key the UI asks for exists', () => {
    const missing: string[] = [];
    for (const file of uiSources) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!((m[1] as string) in en)) missing.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
      // Keys built from data, e.g. t(`emo_${label}`): check the prefix exists for at least one key.
      for (const m of src.matchAll(/\bt\(\s*`([A-Za-z0-9_]+)\$\{/g)) {
        if (!Object.keys(en).some((k) => k.startsWith(m[1] as string)))
          missing.push(`${relative(ROOT, file)}: ${m[1]}*`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('no hard-coded UI text', () => {
  // JSX text children with letters or CJK characters should come from t(); brand names are exempt.
  const ALLOWED = new Set(['Heartline']);
  test.each(uiSources.filter((f) => f.endsWith('.tsx')).map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const src = readFileSync(file as string, 'utf8');
    const offenders = [...src.matchAll(/(?<![=-])>\s*([^<>{}\n]*[A-Za-z\u4e00-\u9fff][^<>{}\n]*?)\s*</g)]
      .map((m) => (m[1] as string).trim())
      .filter((text) => text && !ALLOWED.has(text) && !/^[-=&|!?:;.,()+*/%\s\w.]*=>|^\w+\s*[=&|]/.test(text))
      .filter((text) => !/^(\(|\)|&&|\|\||=>)/.test(text));
    expect(offenders).toEqual([]);
  });
});

describe('lookup', () => {
  test('substitutes $1..$9 and falls back to English, then the key', () => {
    expect(translate('en', 'moodSteady', 'Calm', 3)).toBe('Calm, about the same across 3 messages');
    expect(translate('zh-Hant', 'moodSteady', '平靜', 3)).toContain('3');
  });

  test.each([
    ['en-US', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-MO', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('browser locale %s → %s', (locale, lang) => {
    expect(languageForLocale(locale)).toBe(lang);
  });
});
