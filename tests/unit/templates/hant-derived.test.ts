import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZH_TW_MESSAGE_OVERRIDES } from '@/lib/i18n/zh-tw-messages.overrides';
import { ZH_HANS_TEMPLATES } from '@/lib/templates/builtin/zh-hans';
import { ZH_HANT_TEMPLATES } from '@/lib/templates/builtin/zh-hant';
import { ZH_HANT_TEMPLATE_OVERRIDES } from '@/lib/templates/builtin/zh-hant.overrides';
import { convertHan } from '@/scripts/hant/derive-rules';
import { deriveStrings, type StringOverrideGroup } from '@/scripts/hant/derive-strings';
import { deriveTwMessages, readMessages } from '@/scripts/hant/messages-target';
import { deriveTarget, HANT_TARGETS, ROOT } from '@/scripts/hant/targets';
import { readHansTemplateTexts, templatesModuleSource } from '@/scripts/hant/templates-target';

const TARGETS = HANT_TARGETS.filter((t) => t.hant.endsWith('zh_TW/messages.json') || t.hant.includes('templates'));

describe('the zh_TW interface strings and zh-Hant built-in templates are generated from zh-Hans', () => {
  it('both are derive:hant targets', () => {
    expect(TARGETS.map((t) => t.hant).sort()).toEqual([
      'lib/templates/builtin/zh-hant.ts',
      'public/_locales/zh_TW/messages.json',
    ]);
  });

  for (const t of TARGETS) {
    it(`${t.hant} is what npm run derive:hant writes`, () => {
      expect(readFileSync(resolve(ROOT, t.hant), 'utf8')).toBe(deriveTarget(t));
    });
  }

  it('zh_TW has exactly the zh_CN message keys, in the same order, with the same notes for translators', () => {
    const cn = readMessages(ROOT, 'public/_locales/zh_CN/messages.json');
    const tw = readMessages(ROOT, 'public/_locales/zh_TW/messages.json');
    expect(Object.keys(tw)).toEqual(Object.keys(cn));
    for (const [k, m] of Object.entries(cn)) expect({ ...tw[k], message: m.message }).toEqual(m);
  });

  it('every built-in template id exists in both scripts', () => {
    const hans = ZH_HANS_TEMPLATES.map((t) => t.id.replace('zh-Hans', ''));
    const hant = ZH_HANT_TEMPLATES.map((t) => t.id.replace('zh-Hant', ''));
    expect(hant).toEqual(hans);
    expect(hans.length).toBeGreaterThan(40);
    expect(ZH_HANT_TEMPLATES.every((t) => t.lang === 'zh-Hant')).toBe(true);
  });

  const overrides: [string, readonly StringOverrideGroup[]][] = [
    ['zh_TW messages', ZH_TW_MESSAGE_OVERRIDES],
    ['zh-Hant templates', ZH_HANT_TEMPLATE_OVERRIDES],
  ];
  for (const [name, groups] of overrides) {
    it(`${name}: every override group says why and holds something`, () => {
      expect(groups.filter((g) => g.why.trim().length < 8 || Object.keys(g.texts).length === 0)).toEqual([]);
    });
  }

  it('a message with no override is the plain conversion, and an override replaces only its message', () => {
    const tw = deriveTwMessages({ close: { message: '关闭' }, tplTitle: { message: '模板', description: 'Heading' } }, [
      { why: 'Taiwan UI terms', texts: { tplTitle: '範本' } },
    ]);
    expect(tw.close).toEqual({ message: '關閉' });
    expect(tw.tplTitle).toEqual({ message: '範本', description: 'Heading' });
  });
});

describe('deriveStrings', () => {
  const hans = { a: '打开设置', b: '保存模板' };
  it('converts every text and applies the overrides', () => {
    expect(deriveStrings('t', hans, [{ why: 'Taiwan UI terms', texts: { a: '開啟設定' } }])).toEqual({
      a: '開啟設定',
      b: convertHan('保存模板'),
    });
  });

  it('fails loudly on a stale override: equal to the conversion, for a missing key, or given twice', () => {
    expect(() => deriveStrings('t', hans, [{ why: 'x', texts: { b: convertHan('保存模板') } }])).toThrow(
      /b equals the conversion/,
    );
    expect(() => deriveStrings('t', hans, [{ why: 'x', texts: { gone: '開啟' } }])).toThrow(/gone, which zh-Hans/);
    expect(() =>
      deriveStrings('t', hans, [
        { why: 'x', texts: { a: '開啟設定' } },
        { why: 'y', texts: { a: '打開設定' } },
      ]),
    ).toThrow(/a is overridden twice/);
  });

  it('the committed overrides are not stale (each differs from the current conversion)', () => {
    const cn = readMessages(ROOT, 'public/_locales/zh_CN/messages.json');
    for (const g of ZH_TW_MESSAGE_OVERRIDES)
      for (const [k, v] of Object.entries(g.texts)) expect(v, k).not.toBe(convertHan(cn[k]!.message));
  });
});

describe('the template source reader', () => {
  const src = `const TEXTS: Record<BuiltinKey, string> = {
  'a-one': '您好，我们',
  'a-two':
    '第一行\\n第二行',

  'b-one': '谢谢',
};
`;
  it('reads ids, texts (escapes decoded) and the blank-line groups, and writes them back', () => {
    const h = readHansTemplateTexts(src);
    expect(h.texts).toEqual({ 'a-one': '您好，我们', 'a-two': '第一行\n第二行', 'b-one': '谢谢' });
    expect([...h.groupStarts]).toEqual(['b-one']);
    const out = templatesModuleSource(h, { ...h.texts, 'a-one': "it's" }, '// generated');
    expect(out).toContain("'a-two': '第一行\\n第二行',\n\n'b-one'");
    expect(out).toContain("'a-one': 'it\\'s'");
  });

  it('refuses an entry that is not a plain string', () => {
    expect(() => readHansTemplateTexts("const TEXTS = { 'a': `x` };")).toThrow(/not 'id': 'text'/);
  });
});
