import { describe, expect, test } from 'vitest';
import { BUILTIN_TEMPLATES, builtinTemplates } from '@/lib/templates/builtin';
import { ESCALATORS, findEscalators } from '@/lib/templates/escalators';
import { renderTemplate } from '@/lib/templates/render';
import { TEMPLATE_SITUATIONS } from '@/lib/templates/types';
import { CONTENT_LANGUAGES, DISC_STYLES, ESCALATION_FLAGS, IHEART_STEPS } from '@/lib/types';

const byLang = CONTENT_LANGUAGES.map((lang) => [lang, builtinTemplates(lang)] as const);

describe('built-in library', () => {
  test.each(byLang)('%s has at least 40 templates', (_lang, list) => {
    expect(list.length).toBeGreaterThanOrEqual(40);
  });

  test('ids are unique and every template is marked built-in', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(BUILTIN_TEMPLATES.every((t) => t.builtin)).toBe(true);
  });

  test.each(byLang)('%s covers every IHEART step', (_lang, list) => {
    for (const step of IHEART_STEPS)
      expect(
        list.some((t) => t.step === step),
        step,
      ).toBe(true);
  });

  test.each(byLang)('%s has phrasing for every escalation flag', (_lang, list) => {
    for (const flag of ESCALATION_FLAGS.filter((f) => f !== 'harm')) {
      const kind = flag === 'abuse' ? 'boundary' : 'escalation';
      expect(
        list.some((t) => t.kind === kind && t.flags?.includes(flag)),
        flag,
      ).toBe(true);
    }
  });

  test.each(byLang)('%s has no canned reply for a threat of harm', (_lang, list) => {
    expect(list.filter((t) => t.flags?.includes('harm'))).toEqual([]);
  });

  test.each(byLang)('%s has an apology (or empathy) for every situation', (_lang, list) => {
    for (const situation of TEMPLATE_SITUATIONS) {
      expect(
        list.some((t) => t.kind === 'apology' && t.situation === situation),
        situation,
      ).toBe(true);
    }
  });

  test.each(byLang)('%s has a resolve and a closing variant for every DISC style', (_lang, list) => {
    for (const style of DISC_STYLES) {
      expect(
        list.some((t) => t.kind === 'resolve' && t.disc?.includes(style)),
        `resolve ${style}`,
      ).toBe(true);
      expect(
        list.some((t) => t.kind === 'closing' && t.disc?.includes(style)),
        `closing ${style}`,
      ).toBe(true);
    }
  });

  test.each(byLang)('%s has calming phrasing reserved for high intensity', (_lang, list) => {
    expect(list.filter((t) => t.kind === 'calming' && t.intensity?.includes('high')).length).toBeGreaterThanOrEqual(2);
  });

  test.each(byLang)(
    '%s scaffolds leave gaps for the fix, and failure scaffolds for the feeling and mistake',
    (_lang, list) => {
      const scaffolds = list.filter((t) => t.kind === 'scaffold');
      expect(scaffolds.map((t) => t.situation).sort()).toEqual([
        'no-failure',
        'service-failure',
        'service-failure',
        'service-failure',
      ]);
      for (const s of scaffolds) {
        const names = renderTemplate(s.text, {}, s.lang).placeholders.map((p) => p.name);
        expect(names).toEqual(expect.arrayContaining(['resolution', 'timeframe']));
        if (s.situation !== 'no-failure') expect(names).toEqual(expect.arrayContaining(['mistake']));
        if (!s.disc?.includes('D')) expect(names).toEqual(expect.arrayContaining(['issue']));
      }
    },
  );

  test.each(byLang)('%s no-failure templates do not apologise', (_lang, list) => {
    const noFailure = list.filter((t) => t.situation === 'no-failure');
    expect(noFailure.length).toBeGreaterThan(0);
    for (const t of noFailure) expect(t.text).not.toMatch(/sorry|apolog|抱歉|道歉|对不起|對不起/i);
  });

  test.each(byLang)('%s uses only known {variables}', (_lang, list) => {
    for (const t of list) {
      const rendered = renderTemplate(t.text, { customerName: 'A', agentName: 'B', company: 'C' }, t.lang);
      expect(rendered.text, t.id).not.toMatch(/[{}]/);
    }
  });
});

describe('escalator safety', () => {
  test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t.text]))('%s contains no escalating phrase', (_id, text) => {
    expect(findEscalators(text)).toEqual([]);
  });

  const required = [
    'calm down',
    'as I said',
    'policy says',
    'you must',
    'unfortunately there is nothing',
    '冷静一点',
    '我已经说过了',
    '这是规定',
    '你自己看',
    '冷靜一點',
    '我已經說過了',
    '這是規定',
  ];
  test.each(required)('the scan catches "%s" inside a template', (phrase) => {
    expect(findEscalators(`Hello. ${phrase.toUpperCase()}, thanks.`)).not.toEqual([]);
  });

  test.each(Object.values(ESCALATORS).flat())('listed phrase "%s" is caught', (phrase) => {
    expect(findEscalators(`x ${phrase} y`)).toContain(phrase);
  });

  test('curly apostrophes do not hide an escalator', () => {
    expect(findEscalators('There’s nothing I can do')).toEqual(["there's nothing i can do"]);
  });
});

describe('Traditional Chinese is written natively', () => {
  const hant = builtinTemplates('zh-Hant')
    .map((t) => t.text)
    .join('\n');
  const hans = builtinTemplates('zh-Hans')
    .map((t) => t.text)
    .join('\n');
  const SIMPLIFIED_ONLY = [...'们这说还为会点对时间题过应谢请问订单处帐账号费联络确认让觉据换给与实欢发经么电态进'];
  const TRADITIONAL_ONLY = [...'們這說還為會點對時間題過應謝請問訂單處帳號費聯絡確認讓覺據換給與實歡發經麼電態進'];

  test.each(SIMPLIFIED_ONLY)('zh-Hant has no Simplified character %s', (ch) => {
    expect(hant).not.toContain(ch);
  });
  test.each(TRADITIONAL_ONLY)('zh-Hans has no Traditional character %s', (ch) => {
    expect(hans).not.toContain(ch);
  });
  test.each(['您好', '訂單', '退費', '帳號', '客服'])('zh-Hant uses the Taiwan term %s', (term) => {
    expect(hant).toContain(term);
  });
  test.each(['信息', '質量', '聯繫', '反饋', '視頻', '默認', '短信', '軟件', '網絡', '賬號', '賬戶'])(
    'zh-Hant avoids the mainland term %s',
    (term) => {
      expect(hant).not.toContain(term);
    },
  );
});
