import { describe, expect, test } from 'vitest';
import type { ContentLanguage } from '@/lib/types';
import freshEn from '../../fixtures/coach/fresh-en.json';
import freshZh from '../../fixtures/coach/fresh-zh.json';
import holdout1 from '../../fixtures/coach/holdout-1.json';
import holdout2 from '../../fixtures/coach/holdout-2.json';
import holdout3 from '../../fixtures/coach/holdout-3.json';
import holdout4 from '../../fixtures/coach/holdout-4.json';
import holdout5 from '../../fixtures/coach/holdout-5.json';
import holdout6 from '../../fixtures/coach/holdout-6.json';
import holdout7 from '../../fixtures/coach/holdout-7.json';
import holdout8 from '../../fixtures/coach/holdout-8.json';
import holdout9 from '../../fixtures/coach/holdout-9.json';
import holdout10 from '../../fixtures/coach/holdout-10.json';
import holdout11 from '../../fixtures/coach/holdout-11.json';
import holdout12 from '../../fixtures/coach/holdout-12.json';
import { caught, LANGS, type Reply, raised } from './reply-sets';

// Replies written fresh, round by round, before the rules and clause readers that now catch them (see
// scripts/eval-coach.ts). In the tuned sets every good reply stays clean and every bad one raises an expected
// kind. Set 12 was written blind (its writer never saw the coach) and was not tuned on: it holds per-language
// floors measured when it landed, so a drop means the coach got worse on wording it has never seen.

const TUNED: Array<[string, Reply[]]> = [
  ['holdout-1', holdout1 as Reply[]],
  ['holdout-2', holdout2 as Reply[]],
  ['holdout-3', holdout3 as Reply[]],
  ['holdout-4', holdout4 as Reply[]],
  ['holdout-5', holdout5 as Reply[]],
  ['holdout-6', holdout6 as Reply[]],
  ['holdout-7', holdout7 as Reply[]],
  ['holdout-8', holdout8 as Reply[]],
  ['holdout-9', holdout9 as Reply[]],
  ['holdout-10', holdout10 as Reply[]],
  ['holdout-11', holdout11 as Reply[]],
  // The engineers' own probe sets, each written before the fixes it drove.
  ['fresh-en', freshEn as Reply[]],
  ['fresh-zh', freshZh as Reply[]],
];
const BLIND = holdout12 as Reply[];
/** Set 12 when it landed: share of bad replies caught with an expected kind, and of good replies left clean. */
const BLIND_FLOOR: Record<ContentLanguage, { caught: number; clean: number }> = {
  en: { caught: 0.55, clean: 1 },
  'zh-Hans': { caught: 0.85, clean: 1 },
  'zh-Hant': { caught: 0.55, clean: 0.95 },
};
const tuned = TUNED.flatMap(([set, replies]) => replies.map((r) => ({ set, ...r })));

describe('held-out sets are well formed', () => {
  test.each([...TUNED, ['holdout-12', BLIND] as [string, Reply[]]])(
    '%s has ≥10 bad and ≥10 good replies per language it covers',
    (_set, replies) => {
      const langs = LANGS.filter((lang) => replies.some((r) => r.lang === lang));
      expect(langs.length).toBeGreaterThan(0);
      for (const lang of langs) {
        expect(replies.filter((r) => r.lang === lang && r.expect).length).toBeGreaterThanOrEqual(10);
        expect(replies.filter((r) => r.lang === lang && !r.expect).length).toBeGreaterThanOrEqual(10);
      }
    },
  );
});

describe('tuned good replies raise nothing', () => {
  test.each(tuned.filter((r) => !r.expect).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect([...raised(r)]).toEqual([]);
  });
});

describe('tuned bad replies raise one of their expected kinds', () => {
  test.each(tuned.filter((r) => r.expect).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(caught(r), `${r.text} → [${[...raised(r)].join(', ')}]`).toBe(true);
  });
});

describe('the blind set keeps its floors', () => {
  test.each(LANGS)('%s', (lang) => {
    const bad = BLIND.filter((r) => r.lang === lang && r.expect);
    const good = BLIND.filter((r) => r.lang === lang && !r.expect);
    expect(bad.filter(caught).length / bad.length).toBeGreaterThanOrEqual(BLIND_FLOOR[lang].caught);
    expect(good.filter((r) => raised(r).size === 0).length / good.length).toBeGreaterThanOrEqual(
      BLIND_FLOOR[lang].clean,
    );
  });
});
