import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel } from '@/lib/model';
import { settle } from '@/lib/model/blend';
import { goodNews, threatSaid, worriedAbout } from '@/lib/model/headline-kinds';
import { literalOnly } from '@/lib/model/literal-words';
import type { EmotionLabel } from '@/lib/types';

// Kinds read from blind9's errors (tests/fixtures/headline/README.md); every sentence here is written for the
// test, none is blind9's.
const EN = 0;
const ZH = 1;

/** settle() on the rules' own read of `text` (no model), as if the model had chosen `chosen`. */
function settled(text: string, chosen: EmotionLabel, group: number, confidence = 0.6, negative = 0.9): EmotionLabel {
  installModel(null);
  return settle(chosen, confidence, 0.1, negative, analyzeMessage(text), group, text).label;
}

describe('a threat the engine heard is anger, whatever the model heard', () => {
  test.each([
    ['Thanks for the update. If this is not sorted by Friday I am reporting you to the ombudsman.', 'gratitude', EN],
    ['Lovely template reply. My solicitor will be in touch about the deposit.', 'joy', EN],
    ['这件事我已经交给律师了，下周法院见。', 'neutral', ZH],
    ['再不退款我就去消协投诉你们。', 'neutral', ZH],
  ] as const)('%j (model: %s) → anger', (text, chosen, group) => {
    expect(settled(text, chosen, group)).toBe('anger');
  });

  test('good news shared publicly is no threat', () => {
    const text = '中奖了！！！没想到真的能抽到，已经截图发朋友圈了哈哈';
    expect(settled(text, 'joy', ZH)).toBe('joy');
    expect(threatSaid([], true)).toBeNull();
  });
});

describe('a calm request that names a problem is a request', () => {
  test.each([
    ['The shower in room 4 isn’t working. Could you add it to the repair list?', EN],
    ['Order 5512 was charged twice. Please refund the second payment.', EN],
    ['Is it possible to pause my subscription for three months from June?', EN],
    ['请问快递柜的超时费怎么算？', ZH],
    ['想同隻貓約下星期驅蟲，仲有冇時間？', ZH],
    ['请问燃气费可以在哪里交？', ZH],
  ] as const)('%j → neutral', (text, group) => {
    expect(settled(text, 'frustration', group)).toBe('neutral');
  });

  test('fed up, it stays a complaint', () => {
    expect(settled('The shower STILL isn’t working. Could you add it to the list again?', 'frustration', EN)).toBe(
      'frustration',
    );
  });

  test('words the rules misread inside ordinary ones', () => {
    expect(literalOnly('气', '这个月燃气费多少？')).toBe(true);
    expect(literalOnly('气', '燃气费贵得让人生气')).toBe(false);
    expect(literalOnly('我去', '短信叫我去前台拿')).toBe(true);
  });
});

describe('good news and a practical question is joy', () => {
  test.each([
    ['I passed my driving test!!! Do I need to send you the certificate?', 'anxiety', EN],
    ['He’s home from the vet and eating! When should the next check-up be?', 'frustration', EN],
    ['抢到了！！终于抢到前排的票！请问需要打印吗？', 'frustration', ZH],
    ['個女考上咗第一志願！！想問下註冊要帶咩？', 'confusion', ZH],
  ] as const)('%j (model: %s) → joy', (text, chosen, group) => {
    expect(settled(text, chosen, group)).toBe('joy');
  });

  test('a "why" or no question is not the kind', () => {
    expect(goodNews('Finally got through after an hour!! Why was my card charged twice?', false)).toBe(false);
    expect(goodNews('终于抢到了！！', true)).toBe(false);
  });
});

describe('a worried question about something alive or needed is anxiety', () => {
  test.each([
    ['My dog’s stitches look swollen tonight. Is that normal or should we bring him in?', 'confusion', EN],
    ['Is there any chance my inhaler prescription can go out today? I’m on my last one.', 'sadness', EN],
    ['我家狗狗做完手术回来一直不吃东西，这样正常吗？', 'confusion', ZH],
    ['收到張通知話我欠費，會唔會要罰錢？', 'frustration', ZH],
  ] as const)('%j (model: %s) → anxiety', (text, chosen, group) => {
    expect(settled(text, chosen, group)).toBe('anxiety');
  });

  test('a complaint about the same thing is not', () => {
    expect(worriedAbout('Your food made my dog vomit.', false)).toBe(false);
    expect(settled('Why is my dog STILL not eating the food you sent?!', 'frustration', EN)).toBe('frustration');
  });
});

describe('a close loss under a request is sadness', () => {
  test.each([
    ['My father has moved into a nursing home, so please close his account.', 'frustration', EN],
    ['Doesn’t matter now, the wedding was yesterday. Just cancel the order please.', 'frustration', EN],
    ['想取消我爸的会员卡，他上个月走了。', 'joy', ZH],
    ['唔該取消嫲嫲嘅戶口，嫲嫲上個月走咗。', 'anger', ZH],
  ] as const)('%j (model: %s) → sadness', (text, chosen, group) => {
    expect(settled(text, chosen, group)).toBe('sadness');
  });
});

describe('two sources quoted against each other, asked which, is confusion (Chinese)', () => {
  test.each([
    ['说明书上写一天两次，客服电话里说一天一次，我该按哪个来？', ZH],
    ['確認信上寫可以退，App裡面又說不能退，我到底要不要申請？', ZH],
    ['订单页面显示已签收，但我没收到包裹，是系统出错了吗？', ZH],
  ] as const)('%j → confusion', (text, group) => {
    expect(settled(text, 'frustration', group)).toBe('confusion');
  });
});
