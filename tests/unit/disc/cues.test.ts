import { describe, expect, test } from 'vitest';
import { scoreMessage } from '@/lib/disc/score';
import type { DiscStyle } from '@/lib/types';

// [text, style, rule id, the span that should be quoted as evidence]
const EN: [string, DiscStyle, string, string][] = [
  ['Fix it today, I have a demo at 3.', 'D', 'imperative', 'Fix it'],
  ['I need this done by end of day.', 'D', 'deadline', 'by end of day'],
  ['Skip the script, just tell me when it ships.', 'D', 'bottom-line', 'Skip the script'],
  ['omg the mug is adorable haha', 'I', 'social', 'haha'],
  ['My daughter opened it and screamed', 'I', 'story', 'My daughter'],
  ['Thanks so much, love it :)', 'I', 'emoticon', ':)'],
  ['Sorry to bother you again about this.', 'S', 'apology', 'Sorry to bother'],
  ['No rush at all, whenever suits you.', 'S', 'patience', 'No rush'],
  ['Will this affect my saved photos?', 'S', 'worry-change', 'Will this affect'],
  ['What should I do next?', 'S', 'guidance', 'What should I do'],
  ['According to your policy the fee is waived.', 'C', 'reference', 'According to'],
  ['Please send an itemized breakdown.', 'C', 'precision', 'itemized'],
  ['Order #A1234567 never arrived.', 'C', 'order-id', '#A1234567'],
  ['It crashes on v4.2.1 every time.', 'C', 'version', 'v4.2.1'],
  [
    'Is the limit per user or shared across the team?',
    'C',
    'either-or',
    'Is the limit per user or shared across the team?',
  ],
];

const ZH_HANS: [string, DiscStyle, string, string][] = [
  ['今天之内给我处理好', 'D', 'deadline', '今天之内'],
  ['别解释了,说重点', 'D', 'bottom-line', '说重点'],
  ['我只要结果', 'D', 'results', '只要结果'],
  ['哈哈哈我闺蜜也想要', 'I', 'social', '哈哈哈'],
  ['这个颜色超喜欢', 'I', 'feeling', '超喜欢'],
  ['不好意思打扰了', 'S', 'apology', '不好意思'],
  ['不着急,您有空的时候再看', 'S', 'patience', '不着急'],
  ['换了以后会不会影响原来的号码', 'S', 'worry-change', '会不会'],
  ['请列一下具体的扣费明细', 'C', 'precision', '具体'],
  ['根据你们的退货政策', 'C', 'reference', '根据'],
  ['是按月收费还是按年收费?', 'C', 'either-or', '是按月收费还是按年收费?'],
  ['不用。取消,原路退款。', 'D', 'imperative', '取消'],
  ['我先跟他商量一下', 'S', 'time-to-decide', '商量一下'],
  ['我是等一等还是再按一次?', 'S', 'guidance', '我是等一等还是'],
];

const ZH_HANT: [string, DiscStyle, string, string][] = [
  ['今天內寄出,單號傳給我', 'D', 'deadline', '今天內'],
  ['講重點,多久能修好', 'D', 'bottom-line', '講重點'],
  ['收到了!超讚的啦', 'I', 'social', '超讚'],
  ['我好喜歡那個味道喔', 'I', 'feeling', '好喜歡'],
  ['不好意思又來麻煩您', 'S', 'apology', '不好意思'],
  ['不急,您慢慢查', 'S', 'patience', '不急'],
  ['我怕選錯把機器弄壞', 'S', 'worry-change', '我怕'],
  ['請列出具體的扣款明細', 'C', 'precision', '具體'],
  ['依照你們的退貨規定', 'C', 'reference', '依照'],
  ['訂單編號 202311028841 還沒到', 'C', 'order-id', '訂單編號'],
  ['傳過來。今晚測', 'D', 'imperative', '傳過來'],
  ['我已經習慣早上運動', 'S', 'routine', '習慣'],
  ['以哪個為準?', 'C', 'precision', '以哪個為準'],
];

describe.each([
  ['en', EN],
  ['zh-Hans', ZH_HANS],
  ['zh-Hant', ZH_HANT],
])('%s cues', (_lang, table) => {
  test.each(table)('%s → %s %s', (text, style, cue, span) => {
    const { cues } = scoreMessage(text, 0);
    const hit = cues.find((c) => c.style === style && c.cue === cue && c.text === span);
    expect(hit, JSON.stringify(cues.map((c) => [c.style, c.cue, c.text]))).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(span);
  });
});

describe('cues that must not fire', () => {
  test.each<[string, DiscStyle, string]>([
    // Anger on its own is an emotion, not a style.
    ['This is outrageous and I am furious!', 'D', 'any'],
    ['我真的气死了,太过分了', 'D', 'any'],
    ['我真的氣死了,太過分了', 'D', 'any'],
    // A yes-or-no demand is not a weighing of precise alternatives.
    ['能还是不能?', 'C', 'either-or'],
    ['Approved or not?', 'C', 'either-or'],
    // "Order" must not read as the Taiwanese particle "der".
    ['Order 12 arrived', 'I', 'particle'],
    // Weekday names are not precise dates.
    ['周五之前能到吗', 'C', 'date'],
    // 发票 is an invoice, not an instruction to send something.
    ['发票上是12个账号', 'D', 'imperative'],
    ['發票上是12個帳號', 'D', 'imperative'],
    // A softened request is not an instruction.
    ['麻烦帮我取消一下,谢谢', 'D', 'imperative'],
    // Asking what to do is guidance, not a weighing of precise alternatives.
    ['我是等一等还是再按一次?', 'C', 'either-or'],
    // "Do you ship…" is a question, not an order.
    ['Do you ship to Canada?', 'D', 'imperative'],
  ])('%s has no %s %s cue', (text, style, cue) => {
    const { cues } = scoreMessage(text, 0);
    const lexical = cues.filter(
      (c) => c.style === style && (cue === 'any' ? c.cue !== 'short-message' : c.cue === cue),
    );
    expect(lexical).toEqual([]);
  });
});

test('a repeated cue counts as one habit, not as many pieces of evidence', () => {
  const once = scoreMessage('haha ok', 0).scores.I;
  const many = scoreMessage('haha ok haha sure haha fine haha yes haha', 0).scores.I;
  expect(many).toBeGreaterThan(once);
  expect(many).toBeLessThanOrEqual(2 * 1.2);
});

test('one message cannot contribute more than the per-message ceiling to a style', () => {
  const text = 'Order #A1234567, invoice INV-99812345, v2.3.1, $49.99 on 2024-03-01, according to section 4, exactly.';
  expect(scoreMessage(text, 0).scores.C).toBeLessThanOrEqual(4);
});
