import { describe, expect, test } from 'vitest';
import { detectLanguage } from '@/lib/analysis';
import { SCRIPT_OF } from '@/lib/analysis/language';
import { SOURCES } from '@/lib/analysis/packs';

describe('detectLanguage', () => {
  test.each([
    ['My order has not arrived yet', 'en'],
    ['我的订单还没有到', 'zh-Hans'],
    ['我的訂單還沒有到', 'zh-Hant'],
    ['唔該幫我查下', 'zh-Hant'],
    ['爛透了', 'zh-Hant'],
    ['The parcel is late again, 客服也一直不回复我的消息', 'mixed'],
    ['', 'und'],
    ['!!! ???', 'und'],
    ['12345', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

/** Every Han character in a term, with the term, for error messages. */
function hanTerms(src: (typeof SOURCES)['en']): string[] {
  const terms: string[] = [];
  for (const byWeight of Object.values(src.emotions)) for (const t of Object.values(byWeight)) terms.push(...t);
  for (const t of Object.values(src.escalation)) terms.push(...t);
  terms.push(...src.negators, ...src.contrast, ...src.sarcasm, ...src.stop, ...Object.keys(src.intensifiers));
  return terms;
}

describe('packs are written natively in their script', () => {
  test.each<['zh-Hans' | 'zh-Hant', number, string]>([
    ['zh-Hant', 1, 'Simplified'],
    ['zh-Hans', 2, 'Traditional'],
  ])('%s uses no characters marked %i (%s-only)', (id, other) => {
    const bad = hanTerms(SOURCES[id]).filter((t) => [...t].some((ch) => SCRIPT_OF[ch.charCodeAt(0)] === other));
    // The hand-made pairs (这/這) decide; characters learned from the packs cannot clash with their own pack.
    expect(bad).toEqual([]);
  });

  test('Traditional pack carries Taiwan and Hong Kong wording', () => {
    const all = hanTerms(SOURCES['zh-Hant']);
    for (const w of ['爛透了', '搞什麼', '客訴', '退費', '很扯', '唔該', '搞錯', '消基會', '消保官', '消委會']) {
      expect(all.join('|')).toContain(w);
    }
  });
});
