import { afterEach, describe, expect, test } from 'vitest';
import { moodLine } from '@/components/panel/mood-line';
import { CONVERSATIONS } from '@/demo/conversations.js';
import { analyzeConversation } from '@/lib/analysis';
import { t, uiLang } from '@/lib/i18n';
import { intensityBand } from '@/lib/templates/types';
import type { ConversationAnalysis, EmotionLabel } from '@/lib/types';

afterEach(() => {
  uiLang.value = 'en';
});

const analysed = CONVERSATIONS.map((c) => ({
  id: c.id,
  analysis: analyzeConversation(c.messages.map((m) => ({ role: m.role, text: m.text }))),
}));

const mild = (e: EmotionLabel) => t(`emoAdj_${e}` as never);
const strong = (e: EmotionLabel) => t(`emoAdjHigh_${e}` as never);

describe('the headline uses the same band and emotion as the meter', () => {
  test.each(['en', 'zh-Hans', 'zh-Hant'] as const)('every demo conversation, %s UI', (lang) => {
    uiLang.value = lang;
    for (const { id, analysis } of analysed) {
      const line = moodLine(analysis);
      const high = intensityBand(analysis.intensity) === 'high';
      expect(line.startsWith(high ? strong(analysis.primary) : mild(analysis.primary)), `${id}: ${line}`).toBe(true);
      // "About the same" would undersell a conversation that stays at a high band.
      if (high) expect(line, id).not.toBe(t('moodSteady', strong(analysis.primary), analysis.messages.length));
    }
  });

  test('a high-intensity complaint that stays high is never "somewhat dissatisfied, steady"', () => {
    uiLang.value = 'zh-Hans';
    const base = analysed.find((a) => a.id === 'zh-hans-12315')?.analysis as ConversationAnalysis;
    const a: ConversationAnalysis = { ...base, primary: 'frustration', intensity: 0.82, trend: 'steady' };
    const line = moodLine(a);
    expect(line).not.toContain('不太满意');
    expect(line).not.toContain('基本稳定');
    expect(line).toContain('非常不满');
  });

  test('below the high band the usual wording stays', () => {
    const base = analysed[0]?.analysis as ConversationAnalysis;
    expect(moodLine({ ...base, primary: 'frustration', intensity: 0.4, trend: 'steady' })).toMatch(
      /^Frustrated, about/,
    );
  });
});
