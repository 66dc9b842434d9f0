import { describe, expect, test } from 'vitest';
import { coachDraft, iheartCoverage, requiredSteps } from '@/lib/coach';
import type { ContentLanguage, IheartStep } from '@/lib/types';
import { analysisOf } from './context';

describe('IHEART coverage by step', () => {
  test.each<[ContentLanguage, string, IheartStep[]]>([
    ['en', 'I can tell how frustrating this has been.', ['identify']],
    ['en', 'I understand that your parcel arrived without the charger.', ['hear']],
    ['en', 'I can only imagine how that felt.', ['empathize']],
    ['en', 'I apologise for the mix-up.', ['apologize']],
    ['en', "I've refunded the $20 today.", ['resolve']],
    ['en', 'Thank you for letting us know.', ['thank']],
    // A promise with no when is not yet a resolution.
    ['en', "I'll look into it.", []],
    ['en', 'It should arrive within 3 days.', ['resolve']],
    ['zh-Hans', '我知道您现在一定很着急。', ['identify']],
    ['zh-Hans', '您提到包裹里少了充电器。', ['hear']],
    ['zh-Hans', '换作是我也会这么想。', ['empathize']],
    ['zh-Hans', '真的很抱歉。', ['apologize']],
    ['zh-Hans', '已为您退款，3个工作日内到账。', ['resolve']],
    ['zh-Hans', '我会帮您跟进。', []],
    ['zh-Hans', '感谢您的反馈。', ['thank']],
    ['zh-Hant', '我知道您現在一定很著急。', ['identify']],
    ['zh-Hant', '您提到包裹裡少了充電器。', ['hear']],
    ['zh-Hant', '換作是我也會這麼想。', ['empathize']],
    ['zh-Hant', '真的很不好意思。', ['apologize']],
    ['zh-Hant', '已經幫您退款，3 個工作天內入帳。', ['resolve']],
    ['zh-Hant', '謝謝您的回饋。', ['thank']],
  ])('%s: %s', (lang, text, steps) => {
    const coverage = iheartCoverage(text, lang);
    const covered = (Object.keys(coverage) as IheartStep[]).filter((s) => coverage[s]);
    expect(covered).toEqual(steps);
  });

  test('a non-apology does not count as an apology', () => {
    expect(iheartCoverage("I'm sorry you feel that way.", 'en').apologize).toBe(false);
    expect(iheartCoverage('这不是我们的问题。', 'zh-Hans').apologize).toBe(false);
    expect(iheartCoverage('這不是我們的錯。', 'zh-Hant').apologize).toBe(false);
  });
});

describe('which steps are required', () => {
  test.each<[string, ReturnType<typeof analysisOf> | null, IheartStep[]]>([
    ['unknown customer: all but the apology', null, ['identify', 'hear', 'empathize', 'resolve', 'thank']],
    [
      'upset customer: everything',
      analysisOf('anger', 0.7),
      ['identify', 'hear', 'empathize', 'apologize', 'resolve', 'thank'],
    ],
    [
      'mildly annoyed: no apology owed yet',
      analysisOf('frustration', 0.2),
      ['identify', 'hear', 'empathize', 'resolve', 'thank'],
    ],
    [
      'escalation flag means something failed',
      analysisOf('neutral', 0.1, ['repeat-contact']),
      ['hear', 'apologize', 'resolve', 'thank'],
    ],
    ['happy customer: no feelings to name', analysisOf('joy', 0.6), ['hear', 'resolve', 'thank']],
    [
      'confused customer: name it, no apology',
      analysisOf('confusion', 0.5),
      ['identify', 'hear', 'empathize', 'resolve', 'thank'],
    ],
  ])('%s', (_name, analysis, steps) => {
    expect(requiredSteps(analysis)).toEqual(steps);
  });

  test('missing lists uncovered required steps in IHEART order', () => {
    const r = coachDraft('Thanks for writing in. I have refunded the order today.', {
      analysis: analysisOf('anger', 0.8),
    });
    expect(r.missing).toEqual(['identify', 'hear', 'empathize', 'apologize']);
  });

  test('an empty draft is empty and nags about nothing', () => {
    for (const draft of ['', '   \n ']) {
      const r = coachDraft(draft, { analysis: analysisOf('anger', 0.9) });
      expect(r).toMatchObject({ empty: true, issues: [], missing: [], fit: [] });
    }
  });
});
