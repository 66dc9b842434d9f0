import { describe, expect, it } from 'vitest';
import type { PackSource } from '@/lib/analysis/pack';
import { ZH_HANS } from '@/lib/analysis/packs/zh-hans';
import { ZH_HANT } from '@/lib/analysis/packs/zh-hant';
import { ZH_HANT_PACK_OVERRIDES } from '@/lib/analysis/packs/zh-hant.overrides';
import { derivePack, packOverrideWhys } from '@/scripts/hant/derive-pack';

// tests/unit/coach/hant-derived.test.ts checks that the committed zh-hant.ts is exactly what
// `npm run derive:hant` writes (it walks every target in scripts/hant/targets.ts, this pack included).

describe('the zh-Hant emotion pack is derived from zh-Hans', () => {
  it('is the derivation the module exports', () => {
    expect(ZH_HANT).toEqual(derivePack(ZH_HANS, ZH_HANT_PACK_OVERRIDES));
  });

  it('keeps every emotion and weight of zh-Hans, converted', () => {
    expect(ZH_HANT.emotions.anger[3]).toContain('罪該萬死');
    expect(ZH_HANT.emotions.joy[2]?.length).toBeGreaterThan(100);
    for (const [emotion, byWeight] of Object.entries(ZH_HANS.emotions)) {
      expect(Object.keys(ZH_HANT.emotions[emotion as keyof typeof ZH_HANS.emotions])).toEqual(Object.keys(byWeight));
    }
  });

  it('every override says why', () => {
    const whys = packOverrideWhys(ZH_HANT_PACK_OVERRIDES);
    expect(whys.length).toBeGreaterThan(20);
    expect(whys.filter((w) => w.trim().length < 8)).toEqual([]);
  });
});

describe('derivePack', () => {
  const hans: PackSource = {
    ...ZH_HANS,
    emotions: { ...ZH_HANS.emotions, anger: { 3: ['气死了', '气死了'], 2: ['拉黑', '投诉'] } },
    intensifiers: { 非常: 1.5, 贼: 1.4 },
    escalation: { churn: ['卸载'] },
  };

  it('converts each list and table, merges duplicates, and applies additions and drops', () => {
    const p = derivePack(hans, {
      emotions: { anger: { 2: { why: 'Taiwan wording', add: ['客訴'], drop: ['拉黑'] } } },
      intensifiers: { why: 'Cantonese', add: { 好鬼: 1.5 }, drop: ['賊'] },
      escalation: { churn: { why: 'Taiwan wording', add: ['解除安裝'], drop: ['卸載'] } },
    });
    expect(p.id).toBe('zh-Hant');
    expect(p.emotions.anger).toEqual({ 3: ['氣死了'], 2: ['投訴', '客訴'] });
    expect(p.intensifiers).toEqual({ 非常: 1.5, 好鬼: 1.5 });
    expect(p.escalation).toEqual({ churn: ['解除安裝'] });
  });

  it('fails on a drop the conversion does not produce, an addition already derived, or an unknown list', () => {
    const why = 'Taiwan wording';
    expect(() => derivePack(hans, { emotions: { anger: { 2: { why, drop: ['拉黑了'] } } } })).toThrow(/drop/);
    expect(() => derivePack(hans, { emotions: { anger: { 2: { why, add: ['投訴'] } } } })).toThrow(/add/);
    expect(() => derivePack(hans, { intensifiers: { why, drop: ['非常之'] } })).toThrow(/drop/);
    expect(() => derivePack(hans, { intensifiers: { why, add: { 非常: 2 } } })).toThrow(/add/);
    expect(() => derivePack(hans, { emotions: { anger: { 1: { why, add: ['鬧'] } } } })).toThrow(/anger\.1/);
    expect(() => derivePack(hans, { escalation: { legal: { why, add: ['提告'] } } })).toThrow(/legal/);
  });
});
