import type { SlotName } from '@/lib/templates/render';
import type { ContentLanguage, EmotionLabel } from '@/lib/types';

/**
 * The word that fills "I can see how {feeling} this has been" for each emotion, so the scaffold names the
 * feeling the reader found. Positive emotions have none: the agent words those themselves.
 */
const FEELING_WORDS: Record<ContentLanguage, Partial<Record<EmotionLabel, string>>> = {
  en: {
    anger: 'upsetting',
    frustration: 'frustrating',
    anxiety: 'worrying',
    sadness: 'hard',
    confusion: 'confusing',
    neutral: 'inconvenient',
  },
  'zh-Hans': {
    anger: '生气',
    frustration: '烦心',
    anxiety: '着急',
    sadness: '难过',
    confusion: '困惑',
    neutral: '困扰',
  },
  'zh-Hant': {
    anger: '生氣',
    frustration: '心煩',
    anxiety: '著急',
    sadness: '難過',
    confusion: '困惑',
    neutral: '困擾',
  },
};

export function feelingSlots(emotion: EmotionLabel, lang: ContentLanguage): Partial<Record<SlotName, string>> {
  const feeling = FEELING_WORDS[lang][emotion];
  return feeling ? { feeling } : {};
}
