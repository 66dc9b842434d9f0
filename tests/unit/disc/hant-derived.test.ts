import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZH_HANS_RULES } from '@/lib/disc/lexicon/zh-hans';
import { ZH_HANT_RULES } from '@/lib/disc/lexicon/zh-hant';
import { ZH_HANT_DISC_OVERRIDES } from '@/lib/disc/lexicon/zh-hant.overrides';
import { deriveDiscLexiconSource, discRuleSites, topAlternatives } from '@/scripts/hant/derive-disc';
import { convertHan } from '@/scripts/hant/derive-rules';
import { ROOT } from '@/scripts/hant/targets';

// The committed zh-hant.ts is checked against `npm run derive:hant` with the coach's files
// (tests/unit/coach/hant-derived.test.ts goes over every target); these tests hold the DISC derivation itself.

const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('the zh-Hant DISC lexicon is derived from zh-Hans', () => {
  it('has the same rules, in the same order, with the same style, cue and weight', () => {
    const ids = (path: string) => discRuleSites(read(path)).rules.map((r) => r.id);
    expect(ids('lib/disc/lexicon/zh-hant.ts')).toEqual(ids('lib/disc/lexicon/zh-hans.ts'));
    expect(ZH_HANT_RULES.map((r) => [r.style, r.cue, r.weight])).toEqual(
      ZH_HANS_RULES.map((r) => [r.style, r.cue, r.weight]),
    );
  });

  it('keeps every converted alternative a rule has no override for', () => {
    const sites = discRuleSites(read('lib/disc/lexicon/zh-hans.ts')).rules;
    sites.forEach((site, k) => {
      if (ZH_HANT_DISC_OVERRIDES.rules[site.id]) return;
      expect(ZH_HANT_RULES[k]!.pattern.source, site.id).toBe(convertHan(ZH_HANS_RULES[k]!.pattern.source));
    });
  });

  it('every override says why, and names a rule zh-hans has', () => {
    const ids = new Set(discRuleSites(read('lib/disc/lexicon/zh-hans.ts')).rules.map((r) => r.id));
    for (const [id, o] of Object.entries(ZH_HANT_DISC_OVERRIDES.rules)) {
      expect(ids.has(id), id).toBe(true);
      expect(o.why.trim().length, id).toBeGreaterThanOrEqual(8);
      expect((o.add?.length ?? 0) + (o.drop?.length ?? 0), id).toBeGreaterThan(0);
    }
  });
});

describe('deriveDiscLexiconSource', () => {
  const hans = `import { type CueRule, rule } from '../rule';

// Simplified cues.

export const ZH_HANS_RULES: readonly CueRule[] = [
  rule('D', 'deadline', 1.2, /马上|订单号|尽快/),
  rule('D', 'deadline', 0.6, /今天/),
];
`;
  it('converts, renames, drops and adds by alternative, and replaces the opening comment', () => {
    const out = deriveDiscLexiconSource(
      hans,
      { rules: { 'D.deadline': { why: 'Taiwan wording', drop: ['儘快'], add: ['訂單號碼', '盡快'] } } },
      '// generated',
    );
    expect(out).toContain('export const ZH_HANT_RULES');
    // A longer wording goes before its own prefix, so the regex prefers it.
    expect(out).toContain("rule('D', 'deadline', 1.2, /馬上|訂單號碼|訂單號|盡快/)");
    expect(out).toContain("rule('D', 'deadline', 0.6, /今天/)");
    expect(out).not.toContain('Simplified cues');
    expect(out.startsWith('// generated')).toBe(true);
  });

  it('fails on an override that no longer fits', () => {
    const derive = (rules: Parameters<typeof deriveDiscLexiconSource>[1]['rules']) =>
      deriveDiscLexiconSource(hans, { rules }, '');
    expect(() => derive({ 'D.deadline': { why: 'x', drop: ['不在'] } })).toThrow(/drop/);
    expect(() => derive({ 'D.deadline': { why: 'x', add: ['馬上'] } })).toThrow(/add/);
    expect(() => derive({ 'D.results': { why: 'x', add: ['結果'] } })).toThrow(/D.results/);
    expect(() => derive({ 'D.deadline.2': { why: 'x', add: ['(未閉'] } })).toThrow();
  });

  it('splits alternatives at the top level only', () => {
    expect(topAlternatives('a|(?:b|c)|[|]|d\\|e')).toEqual(['a', '(?:b|c)', '[|]', 'd\\|e']);
  });
});
