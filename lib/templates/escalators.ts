import type { ContentLanguage } from '@/lib/types';

/**
 * Phrases that reliably make an upset customer angrier: orders, blame, "rules are rules", "I already told you".
 * The built-in library is tested against this list, and the suggestion engine skips any template that
 * contains one, including the agent's own.
 */
export const ESCALATORS: Record<ContentLanguage, readonly string[]> = {
  en: [
    'calm down',
    'as i said',
    'as i already said',
    'as i told you',
    'policy says',
    'you must',
    'unfortunately there is nothing',
    "there's nothing i can do",
    'there is nothing i can do',
    'not my problem',
    'not our fault',
    'you should have',
  ],
  'zh-Hans': [
    '冷静一点',
    '冷静点',
    '我已经说过了',
    '我说过了',
    '这是规定',
    '这是公司规定',
    '你自己看',
    '不是我们的问题',
  ],
  'zh-Hant': [
    '冷靜一點',
    '冷靜點',
    '我已經說過了',
    '我說過了',
    '這是規定',
    '這是公司規定',
    '你自己看',
    '不是我們的問題',
  ],
};

const ALL = Object.values(ESCALATORS).flat();

/** Every escalating phrase found in `text`, whatever its language. */
export function findEscalators(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return ALL.filter((phrase) => lower.includes(phrase));
}
