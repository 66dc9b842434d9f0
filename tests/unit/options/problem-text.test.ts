import { afterEach, describe, expect, test } from 'vitest';
import { problemText } from '@/components/templates/problem-text';
import { uiLang } from '@/lib/i18n';
import { MAX_FILE_CHARS, MAX_FILE_TEMPLATES, parseTemplateFile } from '@/lib/templates/io';
import { duplicateTemplate, editTemplate, emptyTemplateState } from '@/lib/templates/library';
import type { TemplateProblem } from '@/lib/templates/types';
import { MAX_TAG_LENGTH, MAX_TAGS, MAX_TEXT_LENGTH, validateTemplate } from '@/lib/templates/validate';

afterEach(() => {
  uiLang.value = 'en';
});

const ok = { id: 'a', step: 'hear', kind: 'hear', lang: 'en', text: 'Tell me more.' };
const file = (templates: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schema: 'heartline.templates', version: 1, templates, ...extra });
const fromTemplate = (value: unknown) => validateTemplate(value, 't').problems;
const fromFile = (text: string) => {
  const parsed = parseTemplateFile(text);
  return parsed.ok ? [] : parsed.problems;
};

// Each case makes the real library produce its messages, so a change of wording there is caught here.
const CASES: Array<[string, () => TemplateProblem[]]> = [
  ['not an object', () => fromTemplate(7)],
  ['empty text', () => fromTemplate({ ...ok, text: ' ' })],
  ['text too long', () => fromTemplate({ ...ok, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })],
  ['id too long', () => fromTemplate({ ...ok, id: 'x'.repeat(500) })],
  ['missing step', () => fromTemplate({ ...ok, step: undefined })],
  ['unknown language', () => fromTemplate({ ...ok, lang: 'fr' })],
  ['emotions not a list', () => fromTemplate({ ...ok, emotions: 'anger' })],
  ['emotion unknown', () => fromTemplate({ ...ok, emotions: [['anger']] })],
  ['tags not a list', () => fromTemplate({ ...ok, tags: 3 })],
  ['too many tags', () => fromTemplate({ ...ok, tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`) })],
  ['tag too long', () => fromTemplate({ ...ok, tags: ['x'.repeat(MAX_TAG_LENGTH + 1)] })],
  ['bad situation', () => fromTemplate({ ...ok, situation: true })],
  ['broken JSON', () => fromFile('{"schema": ')],
  ['file too large', () => fromFile(' '.repeat(MAX_FILE_CHARS + 1))],
  ['file is a list', () => fromFile('[]')],
  ['wrong schema and old version', () => fromFile(file([ok], { schema: 'other', version: 0 }))],
  ['newer version', () => fromFile(file([ok], { version: 99 }))],
  ['templates not a list', () => fromFile(file({}))],
  ['too many templates', () => fromFile(file(Array.from({ length: MAX_FILE_TEMPLATES + 1 }, () => ok)))],
  ['repeated id', () => fromFile(file([ok, ok]))],
  [
    'editing a built-in',
    () => (editTemplate(emptyTemplateState(), 'x', {}) as { problems: TemplateProblem[] }).problems,
  ],
  [
    'duplicating nothing',
    () => (duplicateTemplate(emptyTemplateState(), 'nope') as { problems: TemplateProblem[] }).problems,
  ],
];

describe('every library problem has a translation', () => {
  test.each(CASES)('%s', (_name, produce) => {
    const problems = produce();
    expect(problems.length).toBeGreaterThan(0);
    for (const { message } of problems) {
      uiLang.value = 'zh-Hans';
      const hans = problemText(message);
      uiLang.value = 'zh-Hant';
      const hant = problemText(message);
      // Untranslated would come back as the English sentence; a translated one carries Han characters.
      expect(hans, message).toMatch(/\p{Script=Han}/u);
      expect(hant, message).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('what the translation keeps', () => {
  test.each([
    ['must be one of en, zh-Hans, zh-Hant, got "fr"', 'zh-Hans', '应为以下之一：en, zh-Hans, zh-Hant；实际是 "fr"'],
    ['must be a list, got a list', 'zh-Hant', '必須是清單，實際是 清單'],
    ['is not valid JSON (line 4, column 17)', 'zh-Hant', '不是有效的 JSON'],
    ['repeats the id of templates[0]', 'zh-Hans', '与 templates[0] 的 ID 重复'],
    ['must be "heartline.templates"', 'zh-Hans', '必须是 "heartline.templates"'],
    ['a sentence nobody wrote a rule for', 'zh-Hans', 'a sentence nobody wrote a rule for'],
  ] as const)('%s (%s)', (message, lang, expected) => {
    uiLang.value = lang;
    expect(problemText(message)).toBe(expected);
  });
});
