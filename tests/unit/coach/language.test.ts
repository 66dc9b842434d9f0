import { describe, expect, test } from 'vitest';
import { coachDraft, guessDraftLanguage } from '@/lib/coach';

describe('guessDraftLanguage', () => {
  test.each([
    ['Thanks for your patience, I have refunded the order.', 'en', true],
    ['您好，已经为您退款，请注意查收。', 'zh-Hans', true],
    ['您好，已經為您退款，請留意帳戶。', 'zh-Hant', true],
    ['订单 #A1234 的 refund 已处理', 'zh-Hans', true],
    ['Your order 訂單 ships today, thanks again for waiting so patiently', 'en', true],
    ['好', 'en', false],
    ['', 'en', false],
    ['😊👍', 'en', false],
    // Characters shared by both scripts give no way to choose.
    ['您好，謝謝', 'zh-Hant', true],
    ['您好，好的', 'zh-Hans', false],
  ] as const)('%s → %s', (text, lang, confident) => {
    expect(guessDraftLanguage(text)).toEqual({ lang, confident });
  });
});

describe('coachDraft language choice', () => {
  test('a clear draft wins over the hint', () => {
    expect(coachDraft('We will refund it today.', { lang: 'zh-Hant' }).lang).toBe('en');
  });
  test('the hint decides when the draft cannot', () => {
    expect(coachDraft('您好，好的', { lang: 'zh-Hant' }).lang).toBe('zh-Hant');
    expect(coachDraft('OK', { lang: 'zh-Hans' }).lang).toBe('zh-Hans');
  });
  test('English rules still run on an English sentence inside a Chinese draft', () => {
    const draft = '您好，已经为您处理。Per my last email, the refund is done.';
    const r = coachDraft(draft);
    expect(r.lang).toBe('zh-Hans');
    expect(r.issues.map((i) => i.ruleId)).toContain('en-dis-per-my-last');
  });
});
