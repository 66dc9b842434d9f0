import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel } from '@/lib/model';
import { settle } from '@/lib/model/blend';
import { grief, onTheClock, politeFrame, repeated, resigned, threatens } from '@/lib/model/headline-kinds';
import type { EmotionLabel } from '@/lib/types';

const EN = 0;
const ZH = 1;

/** settle() on the rules' own read of `text` (no model), as if the model had chosen `chosen`. */
function settled(text: string, chosen: EmotionLabel, group: number, confidence = 0.6, negative = 0.9): EmotionLabel {
  installModel(null);
  return settle(chosen, confidence, 0.1, negative, analyzeMessage(text), group, text).label;
}

describe('headline kinds: the patterns', () => {
  test.each([
    ['The tickets never arrived and it is sold out now. Thanks anyway.', true],
    ['Still getting the 409 error on every workspace.\n\nAppreciate any help,\nDana', true],
    ['Thanks for the reply, but the export still fails at 99%.', true],
    ['这个问题我跟三个客服说过了，麻烦了，谢谢', true],
    ['Thank you so much for sorting out the refund so quickly.', false],
    ['感謝地勤小姐幫我找回遺失的錢包，真的非常感謝！', false],
    ['The parcel never arrived. Can you check?', false],
  ])('politeFrame(%j) is %s', (text, want) => {
    expect(politeFrame(text)).toBe(want);
  });

  test.each([
    ['The filing deadline is midnight tonight. Is there any other way to submit?', EN, true],
    ['If it does not sync tonight 40 people will not get paid.', EN, true],
    ['We are open tonight until nine, if that helps.', EN, false],
    ['If it doesn’t sync tonight our staff won’t get paid.', EN, true],
    ['Is there any other way to submit?', EN, false],
    ['报名截止是今天晚上12点，可以先帮我保留名额吗？', ZH, true],
    ['请问截止日期是哪天？', ZH, false],
  ])('onTheClock(%j) is %s', (text, group, want) => {
    expect(onTheClock(text, group === ZH)).toBe(want);
  });

  test('counts and durations, resignation, grief and threats', () => {
    expect(repeated('快递显示“派送中”已经三天了。三天。', true)).toBe(true);
    expect(repeated('预约系统又当掉了', true)).toBe(true);
    expect(repeated('可以分三次付款吗', true)).toBe(false);
    expect(repeated('This is the third time I have asked.', false)).toBe(true);
    expect(resigned('The party was yesterday so there is no point replacing it now.')).toBe(true);
    expect(resigned('算了，不用换了。')).toBe(true);
    expect(resigned('Please replace it.')).toBe(false);
    expect(grief('We had to say goodbye to our dog on Sunday.')).toBe(true);
    expect(grief('My phone died yesterday.')).toBe(false);
    expect(threatens(['chargeback'])).toBe(true);
    expect(threatens(['churn', 'repeat-contact', 'harm'])).toBe(false);
    expect(threatens(undefined)).toBe(false);
  });
});

describe('headline kinds in settle()', () => {
  test('thanks closing a complaint are manners; given up on, the complaint is sadness', () => {
    expect(settled('The tickets never arrived and the show is sold out now. Thanks anyway.', 'gratitude', EN)).toBe(
      'sadness',
    );
    expect(settled('The lamp arrived broken. Please send a new one. Thanks', 'gratitude', EN)).toBe('frustration');
    // Thanks for a deed stay gratitude.
    expect(settled('Thank you so much for sending a new lamp after the first arrived broken.', 'gratitude', EN)).toBe(
      'gratitude',
    );
  });

  test('a threat to the company is anger; a wish to cancel is not', () => {
    const threat = 'You charged me twice. Refund it today or I am disputing both charges with my bank.';
    expect(settled(threat, 'frustration', EN)).toBe('anger');
    expect(settled('You charged me twice. Refund it today please.', 'frustration', EN)).toBe('frustration');
  });

  test('a Chinese customer counting contacts is frustrated, unless exclaiming or threatening', () => {
    const counted = '这个问题我已经跟三个客服说过了，每换一个人就要从头讲一遍。';
    expect(settled(counted, 'anger', ZH)).toBe('frustration');
    expect(settled('我已经退订四次了还在给我发营销短信，你们这是骚扰！', 'anger', ZH)).toBe('anger');
    expect(settled('空调约了三次都没人来，我会追究到底，直接找律师。', 'anger', ZH)).toBe('anger');
  });

  test('a count in place of a feeling word keeps an upset model off neutral', () => {
    const counted = '快递显示“派送中”已经三天了。三天。';
    expect(settled(counted, 'anger', ZH, 0.31, 0.71)).toBe('frustration');
    expect(settled(counted, 'anger', ZH, 0.31, 0.4)).toBe('neutral');
    expect(settled('快递显示“派送中”。', 'anger', ZH, 0.31, 0.71)).toBe('neutral');
  });

  test('something at stake on a clock is anxiety', () => {
    const clock =
      'The filing deadline is midnight tonight and your portal times out at the upload step. Is there another way to submit?';
    expect(settled(clock, 'frustration', EN, 0.38)).toBe('anxiety');
    expect(settled('聽日就要交論文，部電腦送咗嚟你哋度維修，可唔可以今日之內攞返？', 'anger', ZH, 0.49, 0.64)).toBe(
      'anxiety',
    );
  });

  test('weighing two things the customer was told is confusion', () => {
    const weighed = '快递柜取件码显示已过期，但短信上说还能保存48小时，我现在还能取吗？还是要另外付费？';
    expect(settled(weighed, 'anger', ZH, 0.77)).toBe('confusion');
  });

  test('a death mentioned while cancelling is sadness, however warm the thanks', () => {
    const goodbye =
      'We had to say goodbye to our dog on Sunday, so please stop the deliveries. Thank you for everything.';
    expect(settled(goodbye, 'gratitude', EN, 0.85, 0.01)).toBe('sadness');
  });
});
