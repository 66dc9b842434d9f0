import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';
import type { ContentLanguage } from '@/lib/types';

const kinds = (text: string, lang: ContentLanguage) => coachDraft(text, { lang }).issues.map((i) => i.kind);

// A refusal or a rule answered by an alternative in the next sentence is positive language, not a wall.
describe('a refusal answered in the next sentence', () => {
  test.each([
    ['en', "Refunds aren't possible after 30 days. What I can do is exchange the jacket for another size today."],
    ['en', 'Our terms say tickets cannot be transferred. I can move your booking to Sunday instead, at no charge.'],
    ['zh-Hans', '按照规定，拆封后不能退货。我可以为您申请换货，明天就能寄出。'],
    ['zh-Hant', '依規定，已開封的商品無法退貨。我可以幫您換一個新的，明天寄出。'],
    ['zh-Hant', '系統規定過咗期就改唔到。我哋可以幫你轉做下個月嘅預約，你睇下得唔得？'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(text, lang).filter((k) => k === 'absolute' || k === 'policy')).toEqual([]);
  });
});

describe('a refusal left standing is still flagged', () => {
  test.each([
    ['en', 'Refunds after 30 days are impossible. Thanks for your understanding.'],
    ['en', "That's impossible. I can't change it and nobody else can either."],
    ['zh-Hans', '我们没有办法给您补偿。祝您生活愉快。'],
    ['zh-Hans', '规定就是这样，不能退。我也不能帮您。'],
    ['zh-Hant', '沒辦法，現在已經出貨了。'],
  ] as const)('%s: %s', (lang, text) => {
    expect(kinds(text, lang).some((k) => k === 'absolute' || k === 'policy')).toBe(true);
  });
});
