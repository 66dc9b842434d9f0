import { describe, expect, test } from 'vitest';
import { BOX_BREATHING, BREATH_LABELS, CARE_CONTENT, careNeeded } from '@/lib/care';
import type { ConversationAnalysis, EmotionLabel, EscalationFlag, MessageAnalysis, Trend } from '@/lib/types';
import { CONTENT_LANGUAGES, EMOTIONS } from '@/lib/types';

function message(primary: EmotionLabel, intensity: number, escalation: EscalationFlag[] = []): MessageAnalysis {
  const emotions = Object.fromEntries(
    EMOTIONS.map((e) => [e, e === primary ? intensity : 0]),
  ) as MessageAnalysis['emotions'];
  return { language: 'en', primary, emotions, intensity, valence: -intensity, urgency: 0, escalation, evidence: [] };
}

function conversation(
  overall: MessageAnalysis,
  trend: Trend = 'steady',
  perMessage: MessageAnalysis[] = [overall],
): ConversationAnalysis {
  return {
    ...overall,
    messages: perMessage.map((analysis, index) => ({ index, role: 'customer', analysis })),
    trend,
    turningPoint: null,
  };
}

describe('careNeeded', () => {
  test.each<[string, ConversationAnalysis | MessageAnalysis | null, 'none' | 'gentle' | 'strong', string[]]>([
    ['no analysis', null, 'none', []],
    ['calm customer', conversation(message('neutral', 0.1)), 'none', []],
    ['mild frustration', conversation(message('frustration', 0.5)), 'none', []],
    ['very sad is not hostility', conversation(message('sadness', 0.9)), 'none', []],
    ['hot anger', conversation(message('anger', 0.8)), 'gentle', ['high-intensity']],
    ['hot frustration, single message', message('frustration', 0.75), 'gentle', ['high-intensity']],
    ['abuse, even when mild overall', conversation(message('anger', 0.3, ['abuse'])), 'strong', ['abuse']],
    [
      'abuse in one earlier message only',
      conversation(message('frustration', 0.4), 'steady', [
        message('anger', 0.6, ['abuse']),
        message('frustration', 0.3),
      ]),
      'strong',
      ['abuse'],
    ],
    ['rising anger', conversation(message('anger', 0.6), 'escalating'), 'gentle', ['escalating']],
    [
      'rising and very hot',
      conversation(message('anger', 0.85), 'escalating'),
      'strong',
      ['high-intensity', 'escalating'],
    ],
    [
      'calming down from a peak',
      conversation(message('anger', 0.4), 'calming', [message('anger', 0.8)]),
      'gentle',
      ['high-intensity'],
    ],
    ['threat to sue without heat', conversation(message('frustration', 0.4, ['legal'])), 'none', []],
  ])('%s', (_name, analysis, level, reasons) => {
    const need = careNeeded(analysis);
    expect(need.level).toBe(level);
    expect(need.reasons).toEqual(reasons);
  });
});

describe('care content', () => {
  test('box breathing is four phases of four seconds', () => {
    expect(BOX_BREATHING.map((p) => p.phase)).toEqual(['in', 'hold-in', 'out', 'hold-out']);
    expect(BOX_BREATHING.every((p) => p.seconds === 4)).toBe(true);
  });

  const ids = CARE_CONTENT.en.exercises.map((e) => e.id);
  test.each(CONTENT_LANGUAGES)('%s offers the same exercises, each with short steps', (lang) => {
    const c = CARE_CONTENT[lang];
    expect(c.exercises.map((e) => e.id)).toEqual(ids);
    expect(c.title.length).toBeGreaterThan(0);
    expect(c.intro.length).toBeGreaterThan(0);
    for (const ex of c.exercises) {
      expect(ex.steps.length).toBeGreaterThanOrEqual(2);
      expect(ex.steps.length).toBeLessThanOrEqual(4);
      // Brief enough to read at a glance between chats.
      for (const step of ex.steps) expect(step.length).toBeLessThan(lang === 'en' ? 110 : 45);
    }
    expect(Object.keys(BREATH_LABELS[lang]).sort()).toEqual(['hold-in', 'hold-out', 'in', 'out']);
  });

  test('all six methods from the seeds are there', () => {
    expect(ids).toEqual([
      'six-second-pause',
      'box-breathing',
      'calm-breath',
      'balloon',
      'separate-behaviour',
      'ask-for-help',
    ]);
  });

  // Traditional is written for Taiwan/Hong Kong readers, not run through a converter from Simplified.
  test.each([
    ['zh-Hant', /[们这说气让帮时会]/],
    ['zh-Hans', /[們這說氣讓幫時會]/],
  ] as const)('%s uses only its own script', (lang, otherScript) => {
    const c = CARE_CONTENT[lang];
    const all = [c.title, c.intro, ...c.exercises.flatMap((e) => [e.title, ...e.steps])].join('');
    expect(all).not.toMatch(otherScript);
  });
});
