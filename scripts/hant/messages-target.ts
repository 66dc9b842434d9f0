import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZH_TW_MESSAGE_OVERRIDES } from '../../lib/i18n/zh-tw-messages.overrides';
import { deriveStrings, type StringOverrideGroup } from './derive-strings';
import type { HantTarget } from './targets';

interface Message {
  message: string;
  description?: string;
  placeholders?: unknown;
}
type Messages = Record<string, Message>;

/**
 * The Taiwan interface strings: each zh_CN message converted, or its override. Descriptions and placeholders
 * are copied as they are (they are notes for translators, not shown). Keys keep zh_CN's order.
 */
export function deriveTwMessages(
  cn: Messages,
  overrides: readonly StringOverrideGroup[] = ZH_TW_MESSAGE_OVERRIDES,
): Messages {
  const texts = deriveStrings(
    'zh_TW message overrides',
    Object.fromEntries(Object.entries(cn).map(([k, m]) => [k, m.message])),
    overrides,
  );
  return Object.fromEntries(Object.entries(cn).map(([k, m]) => [k, { ...m, message: texts[k]! }]));
}

export function readMessages(root: string, path: string): Messages {
  return JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Messages;
}

/** JSON carries no comment, so the header naming the generator lives in the overrides file instead. */
export function messagesTarget(root: string): HantTarget {
  const hans = 'public/_locales/zh_CN/messages.json';
  return {
    hans,
    hant: 'public/_locales/zh_TW/messages.json',
    overridesFile: 'lib/i18n/zh-tw-messages.overrides.ts',
    derive: () => `${JSON.stringify(deriveTwMessages(readMessages(root, hans)), null, 2)}\n`,
  };
}
