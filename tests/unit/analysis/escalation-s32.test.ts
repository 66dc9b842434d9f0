import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the thirty-second session's readings. Every sentence here is written for the test
// in the shape of a miss or a false flag; none is a fixture or blind-set row.

describe('money asked back without the word refund', () => {
  raised([
    ['The trade failed because your site was down, and I expect that made good.', 'compensation'],
    ['Kindly make good the loss on the cancelled shipment.', 'compensation'],
    ['I am asking for a third of the ticket price back, the show started two hours late.', 'compensation'],
    ['Some credit would be fair after three missed engineer visits.', 'compensation'],
    ['会员费能不能退给我？根本没用过几次。', 'compensation'],
    ['你们就不能赔点钱吗，耽误了我一整天', 'compensation'],
    ['連張優惠券都唔肯俾？', 'compensation'],
  ]);
  quiet([
    ['Make it good this time, the last batch was great!', 'compensation'],
    ['我想问下年费是刷满几次可以免？', 'compensation'],
    ['不用退款，我就想问下这个怎么装。', 'compensation'],
    ['你们能不能给个说法？', 'compensation'],
  ]);
});

describe('leaving said by the money or the carrier', () => {
  raised([
    ['Our new supplier says you still have not released the meter.', 'churn'],
    ["I'm just saying, there are other insurers.", 'churn'],
    ['存款下个月全部转走，说到做到。', 'churn'],
    ['合約到期就轉台，唔使再打嚟。', 'churn'],
  ]);
  quiet([
    ["I'd rather stay with you than switch, so what can you offer on the renewal?", 'churn'],
    ['我想把定期转到活期，怎么操作？', 'churn'],
  ]);
});

describe('the card provider told, the press office left to explain, the post going up', () => {
  raised([
    ["I've let my bank know about these two debits and they're looking into it.", 'chargeback'],
    ['Your PR team can explain it to the local paper then.', 'public'],
    ['The pictures are going on Instagram tonight.', 'public'],
    ['My review is already live on Trustpilot.', 'public'],
  ]);
  quiet([
    ['I told my bank about my new address last week, can you update yours too?', 'chargeback'],
    ['I saw on Facebook people saying they disputed the charge. Is that a thing?', 'chargeback'],
  ]);
});

describe('asked again, left unanswered, someone with the say', () => {
  raised([
    ['Did anyone even read my last email about the boiler?', 'repeat-contact'],
    ['我再问一次，包裹到底在哪？', 'repeat-contact'],
    ['私信发了三天都没人回', 'repeat-contact'],
    ['客服前天说会安排补发，请问有进展了吗', 'repeat-contact'],
    ['请安排更高一级的负责人处理。', 'supervisor'],
    ['有冇人話得到事？', 'supervisor'],
    ['Do they pay you to be this useless?', 'abuse'],
  ]);
  quiet([
    ['I have been asked for my passport scan on four separate occasions, by your team each time.', 'repeat-contact'],
    ['最后问一次，退不退？', 'repeat-contact'],
    ['我重装了两次应用还是打不开。', 'repeat-contact'],
    ['Are the staff trained to use the new till?', 'abuse'],
  ]);
});

describe('a hedge that still threatens; a government office by its abbreviation', () => {
  raised([
    ['再拖下去不排除向12315反映。', 'regulator'],
    ['不解决我就去zf投诉。', 'regulator'],
    ['12386我也打过了。', 'regulator'],
  ]);
});

describe('a condition with no comma ends where the pictures, the review or the bank start', () => {
  raised([
    ['if it still leaks next week the pictures are going up on Facebook', 'public'],
    ['if the refund is not in by Monday the review goes live on Google', 'public'],
    ['if you cannot fix it the bank will be reversing the charge', 'chargeback'],
  ]);
  quiet([['if the photos are going on Facebook anyway, can you at least blur my face?', 'public']]);
});

describe('the firm’s words pasted after a colon without quote marks', () => {
  quiet([
    [
      'Here is what your advisor sent me this morning:\nYou may refer the matter to the ombudsman if you remain unhappy.\nWhat does that even mean?',
      'regulator',
    ],
    ['你们客服回复我：对结果不满意可以向消协投诉。这算什么答复？', 'regulator'],
  ]);
  raised([
    [
      'Here is what your advisor sent me this morning:\nWe cannot refund the fee.\nRight, I am taking it to the ombudsman.',
      'regulator',
    ],
    ['你们客服回复我：费用不退。好，那我明天就去消协投诉。', 'regulator'],
  ]);
});

describe('a hedge that keeps the threat', () => {
  raised([
    ["We're not ruling out a claim in the small claims court.", 'legal'],
    ["I wouldn't rule it out: the ombudsman is next.", 'regulator'],
    ["Don't make me post this on Facebook.", 'public'],
    ['Give me one good reason not to cancel.', 'churn'],
  ]);
  quiet([
    ["I'm not going to the ombudsman, I only want an answer.", 'regulator'],
    ['Is there a reason not to cancel before the renewal date?', 'churn'],
  ]);
});

describe('a double negative or a push keeps the Chinese threat', () => {
  raised([
    ['我也不是不能去消协反映。', 'regulator'],
    ['唔好迫我上連登爆。', 'public'],
  ]);
  quiet([['我不是要去消协，就想问问进度。', 'regulator']]);
});

describe('fresh59 shapes: forms, quoted history, letters of thanks, and the money asked after', () => {
  quiet([
    [
      'Name: Sam\nReason for contact: Close account\nMessage: Wrong option, sorry. How do I change my delivery address?',
      'churn',
    ],
    ['姓名：王先生\n问题类型：投诉\n问题描述：不是投诉，选错了。想问下发票怎么开？', 'regulator'],
    [
      'Cheers Jo, the refund landed this morning, all sorted.\nOn 2 June 2026, at 09:10, Sam Lee wrote:\n> Third email. Refund me by Friday or I am going to the ombudsman.',
      'regulator',
    ],
    ['下面说要退会员的话是我太冲动了，不退了，帮我换个教练就行。\n> 我写道：\n> 再不换教练我就退会员！', 'churn'],
    [
      'Thank you so much. Last spring I took you to the small claims court over a dishwasher, which was settled in the end. Now I only need a new filter.',
      'legal',
    ],
    ['Sorry about Monday. Calling your agent useless was out of order, it was a rough day.', 'abuse'],
    ['I write the money column for a local paper, but this is purely a personal query about my bill.', 'public'],
    [
      '你好，想写几句话谢谢你们的小张。那阵子我很崩溃，本来想着再没人管就去消协投诉。结果小张一直跟进，费用也退给我了。',
      'regulator',
    ],
  ]);
  raised([
    ['Hi again, just chasing this up — the engineer never came.', 'repeat-contact'],
    ["I'd expect part of the bill to be knocked off for all this.", 'compensation'],
    ["I'll put his face through that counter if he speaks to me like that again.", 'harm'],
    ["I can't type this all out again, please just call me.", 'repeat-contact'],
    ['说好上周退，今天都周五了，钱呢？', 'compensation'],
    ['我只求你们把违约金免了。', 'compensation'],
    ['总不能让我自己白白损失吧？', 'compensation'],
    ['再跟进一下这个工单。', 'repeat-contact'],
    ['再不退我就找银行把钱追回来。', 'chargeback'],
  ]);
});
