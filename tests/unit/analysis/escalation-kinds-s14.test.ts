import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// The kinds of error read off the older rounds in the fourteenth session (issue #14), each written here in
// wordings of this test's own (in no scored set), with ordinary messages of the same shape that must stay clean.
const flags = (text: string) => analyzeMessage(text).escalation;
const detail = (text: string, flag: EscalationFlag) =>
  analyzeMessage(text).escalationDetail?.find((d) => d.flag === flag);

describe('kinds read in the fourteenth session raise their flag', () => {
  test.each<[EscalationFlag, string]>([
    ['churn', 'This was my last order with you.'],
    ['churn', "Don't expect us back."],
    ['churn', "You won't be getting another penny off me."],
    ['churn', "You've seen the last of my money."],
    ['abuse', 'Your call centre is a bunch of overpaid parrots.'],
    ['abuse', 'Your helpdesk is staffed by people who cannot read.'],
    ['abuse', 'Remarkable that a business this inept is still trading.'],
    ['abuse', 'Take your goodwill voucher and shove it.'],
    ['supervisor', 'could I speak to someone more senior about this? thanks in advance x'],
    ['supervisor', 'Who is the head of your Croydon branch? I want a word with him directly.'],
    ['chargeback', "Dear Monzo, please reverse the £60 payment to 'PETBOX LTD', they never delivered."],
    ['chargeback', 'Refund me or I am getting my dad to dispute it with his bank.'],
    ['compensation', 'I am writing on behalf of my mother, who was charged twice. She wants the £80 back.'],
    ['public', 'I run two school-gate group chats and trust me, word gets around.'],
    ['public', "I'll be sure to tell the Mumsnet forum all about it."],
    ['public', 'The video is on Facebook and it has been shared 900 times.'],
    ['repeat-contact', "I've rung you that many times this week I can hum your hold music."],
    ['compensation', 'Unless the money is back in my account by Monday, I am going to the ombudsman.'],
    ['legal', 'Unless it is refunded by Friday I will be issuing proceedings.'],
    ['public', '再不处理我就发到表白墙上。'],
    ['repeat-contact', '修了三次还是坏的，你们到底管不管？'],
    ['chargeback', '钱赶紧退给我，不然我让我爸直接找银行拒付'],
    ['churn', '我是替我妈写的。请把她的会员注销，别再扣费了。'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('ordinary messages of the same shapes stay clean', () => {
  test.each<[EscalationFlag, string]>([
    ['churn', 'This was my last order before the holidays, can it arrive by the 20th?'],
    ['churn', "Don't expect me back before six, I'm at work."],
    ['abuse', "We're hiring people who can read Mandarin, any tips?"],
    ['abuse', 'Your drivers are actually brilliant.'],
    ['supervisor', "Who's the head of your marketing team? I'd like to send a thank-you card."],
    ['supervisor', "Who's your manager? She was so helpful and I'd like to send a compliment."],
    ['compensation', 'I know the refund takes a week and that is fine, just checking it was started.'],
    ['compensation', 'Please cancel my home insurance at renewal, I have found the same cover £150 cheaper.'],
    ['compensation', 'If the money is in my account by Friday, I will book again.'],
    ['chargeback', 'what does chargeback mean? my statement has a line saying chargeback reversal'],
    ['chargeback', 'My neighbour disputed his charge with his bank and got it back.'],
    ['legal', "I'm a solicitor and I'd like a quote for twelve chairs."],
    ['legal', 'Our legal team needs a signed copy of the NDA before we start.'],
    ['public', 'Congrats on the new shop, word travels fast!'],
    ['compensation', '退货我已经寄回了，只想确认退款大概几天会到'],
    ['repeat-contact', '修了一次就好了，谢谢师傅。'],
    ['regulator', '我妈说她要去投诉你们，我劝她算了。'],
  ])('no %s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('a threat takes the deadline of an ultimatum in the sentence before', () => {
  test('Fix it by Monday. I will be going to the ombudsman.', () => {
    expect(detail('Fix it by Monday. I will be going to the ombudsman.', 'regulator')?.deadline?.text).toBe(
      'by Monday',
    );
  });
  test('a promise reported before a threat lends it nothing', () => {
    expect(detail('I was told it would arrive by Friday. I am going to the ombudsman.', 'regulator')?.deadline).toBe(
      undefined,
    );
  });
});
