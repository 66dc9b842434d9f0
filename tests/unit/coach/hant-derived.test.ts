import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANS_WORDS } from '@/lib/coach/clauses/zh-hans';
import { ZH_HANS_RULES } from '@/lib/coach/rules/zh-hans';
import { ZH_HANS_COMPOSED_RULES } from '@/lib/coach/rules/zh-hans-compose';
import { ZH_HANT_RULES } from '@/lib/coach/rules/zh-hant';
import { ZH_HANT_COMPOSED_RULES } from '@/lib/coach/rules/zh-hant-compose';
import { TRADITIONAL_ONLY } from '@/lib/text/script-chars';
import { applyField, convertHan, deriveRulesSource, hantId } from '@/scripts/hant/derive-rules';
import { deriveWords } from '@/scripts/hant/derive-words';
import { deriveTarget, HANT_RULE_TARGETS, HANT_TARGETS, ROOT } from '@/scripts/hant/targets';

describe('the zh-Hant coach rules are generated from zh-Hans', () => {
  for (const t of HANT_TARGETS) {
    it(`${t.hant} is what npm run derive:hant writes`, () => {
      // Fails when someone edits the generated file, or edits zh-hans / the overrides without regenerating.
      expect(readFileSync(resolve(ROOT, t.hant), 'utf8')).toBe(deriveTarget(t));
    });
  }

  const pairs = [
    { hans: ZH_HANS_RULES, hant: ZH_HANT_RULES, target: HANT_RULE_TARGETS[0]! },
    { hans: ZH_HANS_COMPOSED_RULES, hant: ZH_HANT_COMPOSED_RULES, target: HANT_RULE_TARGETS[1]! },
  ];
  for (const { hans, hant, target } of pairs) {
    it(`${target.hant}: every rule id exists in both scripts or is declared one-script-only`, () => {
      const hansOnly = new Set(Object.keys(target.overrides.hansOnly ?? {}).map(hantId));
      const hantOnly = new Set(Object.keys(target.overrides.hantOnly ?? {}));
      const fromHans = new Set(hans.map((r) => hantId(r.id)));
      const inHant = new Set(hant.map((r) => r.id));
      expect([...fromHans].filter((id) => !inHant.has(id) && !hansOnly.has(id))).toEqual([]);
      expect([...inHant].filter((id) => !fromHans.has(id) && !hantOnly.has(id))).toEqual([]);
      expect(hans.length).toBeGreaterThan(10);
    });

    it(`${target.overridesFile}: every override says why`, () => {
      const o = target.overrides;
      const whys = [
        ...Object.values(o.consts ?? {}).map((c) => c.why),
        ...Object.values(o.rules ?? {}).map((r) => r.why),
        ...Object.values(o.hansOnly ?? {}),
        ...Object.values(o.hantOnly ?? {}).map((r) => r.why),
      ];
      expect(whys.filter((w) => w.trim().length < 8)).toEqual([]);
    });
  }
});

describe('the Simplified sources', () => {
  // Comments are converted into the Traditional files, so a Traditional example in zh-hans is a slip.
  for (const t of HANT_TARGETS) {
    it(`${t.hans} writes its comments in Simplified`, () => {
      const lines = readFileSync(resolve(ROOT, t.hans), 'utf8').split('\n');
      const comments = lines.map((l) => l.match(/\/\/.*|^\s*\/?\*.*/)?.[0] ?? '');
      const slips = comments.filter((c) => [...c].some((ch) => TRADITIONAL_ONLY.includes(ch)));
      expect(slips).toEqual([]);
    });
  }
});

describe('convertHan', () => {
  it('converts Han characters by phrase and leaves regex syntax alone', () => {
    expect(convertHan('/(?:头发|发货|干燥|干活)[这那]\\d{0,2}?$/u')).toBe('/(?:頭髮|發貨|乾燥|幹活)[這那]\\d{0,2}?$/u');
  });

  it('keeps the forms agents type where OpenCC picks another standard form', () => {
    expect(convertHan('平台后台了解账号')).toBe('平台後台了解帳號');
  });
});

describe('overrides', () => {
  it('fails on an edit that no longer matches exactly once', () => {
    expect(() => applyField('/我们|我们/', [['我們', '我哋']], 'x')).toThrow(/exactly once/);
    expect(() => applyField('/我们/', [['你們', '你哋']], 'x')).toThrow(/exactly once/);
  });

  const hans = `import type { CoachRule } from './types';
const ALT = '我这边可以为您…';
export const ZH_HANS_RULES: readonly CoachRule[] = [
  { id: 'hans-a', kind: 'blame', pattern: /这是规定/, alternative: ALT },
  { id: 'hans-b', kind: 'policy', pattern: /没办法/, alternative: ALT },
];
`;
  it('renames, converts, edits, drops one-script-only rules and adds Traditional-only ones', () => {
    const out = deriveRulesSource(
      hans,
      {
        consts: { ALT: { why: 'Taiwan register', fields: { value: '我這邊可以幫您…' } } },
        rules: { 'hant-a': { why: 'Taiwan wording', fields: { pattern: [['規定', '規定|規矩']], notAfter: /^喔/ } } },
        hansOnly: { 'hans-b': 'only mainland wording' },
        hantOnly: {
          'hant-c': {
            why: 'Cantonese',
            after: 'hant-a',
            rule: "{ id: 'hant-c', kind: 'blame', pattern: /唔關我事/, alternative: ALT }",
          },
        },
      },
      '// generated',
    );
    expect(out).toContain("const ALT = '我這邊可以幫您…'");
    expect(out).toContain('export const ZH_HANT_RULES');
    expect(out).toContain("id: 'hant-a', kind: 'blame', pattern: /這是規定|規矩/");
    expect(out).toContain('notAfter: /^喔/');
    expect(out).not.toContain('hant-b');
    expect(out.indexOf('hant-c')).toBeGreaterThan(out.indexOf('hant-a'));
  });

  it('rejects an override for a rule zh-hans does not have', () => {
    expect(() =>
      deriveRulesSource(hans, { rules: { 'hant-z': { why: 'Taiwan wording', fields: { pattern: /x/ } } } }, ''),
    ).toThrow(/hant-z/);
  });
});

describe('deriveWords', () => {
  const hans = { ...HANS_WORDS, customer: ['您', '你', '亲'], agent: ['我们', '我'] };
  it('converts each word class and applies the regional additions and drops', () => {
    const w = deriveWords(hans, {
      lists: { customer: { why: 'Cantonese plural', add: ['你哋'], drop: ['親'] } },
      alt: { refusal: { why: 'Taiwan register', text: '這一點我做不到，不過我可以幫您…' } },
    });
    expect(w.customer).toEqual(['您', '你', '你哋']);
    expect(w.agent).toEqual(['我們', '我']);
    expect(w.alt.refusal).toBe('這一點我做不到，不過我可以幫您…');
    expect(w.alt['not-us']).toBe('我來負責跟進這件事');
  });

  it('fails on a drop the conversion does not produce and on an addition already derived', () => {
    expect(() => deriveWords(hans, { lists: { customer: { why: 'x', drop: ['亲'] } }, alt: {} })).toThrow(/drop/);
    expect(() => deriveWords(hans, { lists: { agent: { why: 'x', add: ['我們'] } }, alt: {} })).toThrow(/add/);
  });
});
