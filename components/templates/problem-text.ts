import { type MessageKey, t } from '@/lib/i18n';

// The template library reports problems as English sentences. Agents who work in 简体 or 繁體 need them in
// their language, so the known sentence shapes are matched here; anything unmatched is shown as the library
// wrote it, which is still correct, only untranslated. tests/unit/options/problem-text.test.ts feeds this
// every message the library can produce, so a change of wording there fails a test instead of going unnoticed.

const GOT: Record<string, MessageKey> = {
  'a list': 'tplT_list',
  number: 'tplT_number',
  boolean: 'tplT_boolean',
  object: 'tplT_object',
};

// Quoted values are the file's own text and stay as they are; type names are translated.
const got = (value: string) => {
  const key = GOT[value];
  return key ? t(key) : value;
};

type Rule = [RegExp, (m: RegExpExecArray) => string];

// Order matters: the generic "must be …" comes last.
const RULES: readonly Rule[] = [
  [/^must be an object with schema, version and templates$/, () => t('tplP_fileShape')],
  [/^must be an object, got (.+)$/, (m) => t('tplP_object', got(m[1] ?? ''))],
  [/^must be a non-empty text$/, () => t('tplP_nonEmpty')],
  [/^must be at most (\d+) characters$/, (m) => t('tplP_maxChars', m[1] ?? '')],
  [/^is missing; must be one of (.+)$/, (m) => t('tplP_missing', m[1] ?? '')],
  [/^must be one of (.+), got (.+)$/, (m) => t('tplP_oneOf', m[1] ?? '', got(m[2] ?? ''))],
  [/^must be a list, got (.+)$/, (m) => t('tplP_listGot', got(m[1] ?? ''))],
  [/^must be a list of words, got (.+)$/, (m) => t('tplP_words', got(m[1] ?? ''))],
  [/^must have at most (\d+) tags$/, (m) => t('tplP_maxTags', m[1] ?? '')],
  [/^must be a word of 1 to (\d+) characters$/, (m) => t('tplP_word', m[1] ?? '')],
  [/^is larger than (\d+) characters$/, (m) => t('tplP_tooLarge', m[1] ?? '')],
  [/^is not valid JSON( \(line \d+, column \d+\))?$/, () => t('tplP_notJson')],
  [/^(\S+) is newer than this version of Heartline reads \((\d+)\)$/, (m) => t('tplP_newer', m[1] ?? '', m[2] ?? '')],
  [/^must be a list$/, () => t('tplP_list')],
  [/^must hold at most (\d+) templates$/, (m) => t('tplP_maxTemplates', m[1] ?? '')],
  [/^repeats the id of (.+)$/, (m) => t('tplP_repeatId', m[1] ?? '')],
  [/^is not one of your templates; duplicate a built-in template to change it$/, () => t('tplP_notMine')],
  [/^no template has this id$/, () => t('tplP_noId')],
  [/^must be (.+)$/, (m) => t('tplP_mustBe', m[1] ?? '')],
];

/** The library's problem message in the UI language (or as written, when its shape is unknown). */
export function problemText(message: string): string {
  for (const [re, say] of RULES) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return message;
}
