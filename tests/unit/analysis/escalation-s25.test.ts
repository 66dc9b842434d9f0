import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-fifth session's readings (cues/en-s25.ts, the vetoes in en-vetoes.ts
// and zh-vetoes.ts, en.ts policyBefore / meantTo / dropped, others.ts's forwarded lines and pasted pieces, the quote
// openers of lib/text/quote-markers.ts). Every sentence here is written for the test; none is a fixture row.

describe('an agent’s reply pasted under a rule is the agent’s words', () => {
  quiet([
    [
      'All good, thanks for sorting it.\n\n-----\nFrom: Priya - Billing Team\nIf you are still unhappy you can take this to the Energy Ombudsman.',
      'regulator',
    ],
    ['明白，多謝晒。\n\n—— 客戶服務部 ——\n如閣下不滿，可向消費者委員會投訴。', 'regulator'],
    [
      '收到，谢谢。\n\n-------- 转发邮件信息 --------\n发件人：售后组\n如对处理结果不满意，可向12315投诉。',
      'regulator',
    ],
  ]);
  raised([
    // A rule with no From: under it is just a rule; what follows is still the customer's.
    ['Update below.\n\n-----\nI have now reported this to the Energy Ombudsman.', 'regulator'],
  ]);
});

describe('someone else’s words, forwarded or pasted', () => {
  quiet([
    [
      '转一段我邻居的聊天记录给你们看：\n\n“我已经去12315投诉了，你们也去吧。”\n\n我只是想问一下保修期多久。',
      'regulator',
    ],
    ['我轉一段同事傳給我的訊息：\n\n「我已經去消保官那邊申訴了。」\n\n我想問一下我的訂單有沒有問題？', 'regulator'],
    ['你好，下面是我兒子傳給我的訊息，你們看看就好。\n\n【轉傳】兒子：直接去Dcard爆料啦！', 'public'],
    [
      'My aunt sent me this news story, pasted below. Does it affect my policy?\n\n"Regulator fines insurer; customers have reported the firm to the Financial Ombudsman."',
      'regulator',
    ],
  ]);
  raised([
    // The customer's own line after the forwarded one still reads.
    ['【转发】邻居：这家太坑了\n我：我已经去12315投诉你们了。', 'regulator'],
  ]);
});

describe('the writer’s own staff named as a contact', () => {
  quiet([
    ['对账请直接联系我们财务主管王主管，她负责结算。', 'supervisor'],
    ['請把報價寄給我們採購部經理，謝謝。', 'supervisor'],
  ]);
  raised([['让你们主管今天给我回电话。', 'supervisor']]);
});

describe('a past matter told as over', () => {
  quiet([
    ['去年那次我投诉过你们到消协，后来已经和解了，没问题了。想问下新款什么时候到？', 'regulator'],
    ['上年我入稟過小額錢債審裁處，後來同你哋和解咗，件事已經完咗。', 'legal'],
    [
      'I know the billing dispute went to the ombudsman last year, but that was all settled. Quick question about my meter.',
      'regulator',
    ],
  ]);
  raised([['上次投诉过你们，解决了，结果这次又坏了，我要再去12315投诉。', 'regulator']]);
});

describe('the writer keeping what they have', () => {
  quiet([
    ['会员我不退，就是不想再收推销短信。', 'compensation'],
    ['不退不退，我就是问问违约金怎么算。', 'compensation'],
  ]);
  raised([['我不退货了，但是你们得补我50块差价。', 'compensation']]);
});

describe('a policy asked about, named before the act', () => {
  quiet([
    ['Could you tell me what the notice period is for ending our contract', 'churn'],
    ['What are the fees for cancelling my plan early?', 'churn'],
  ]);
  raised([
    ['I want the steps for closing my account today.', 'churn'],
    ['Reported the charge to my bank as fraud and they have pulled the money back.', 'chargeback'],
  ]);
});

describe('an intent only meant, then dropped', () => {
  quiet([
    ['Refund arrived, thank you. Earlier I was thinking of going to the small claims court but no need now.', 'legal'],
    ["I was about to file a chargeback, but it's arrived now, thanks.", 'chargeback'],
  ]);
  raised([["I was going to report you to the ombudsman, and I still will if this isn't fixed.", 'regulator']]);
});

describe('what is not a threat, leaving or repeat contact', () => {
  quiet([
    ['Would a partial refund kill you? The lamp arrived cracked.', 'harm'],
    ["My colleague joked that we should 'get the lawyers onto it' when the desks came in orange.", 'legal'],
    ['We were with a competitor until last year and switching to you was the best decision we made.', 'churn'],
    ['This stupid f***ing printer jammed again, my fault. Which paper do I use?', 'abuse'],
    ['I got your third letter this month about the balance on my card.', 'repeat-contact'],
    ["Understood. I'll keep an eye out for the refund landing next week as you said.", 'compensation'],
  ]);
  raised([
    ['This is my third letter to you about the balance.', 'repeat-contact'],
    ['This stupid f***ing company never answers.', 'abuse'],
  ]);
});

describe('chat shorthand', () => {
  raised([
    ['cant sleep cant eat might as well kms', 'harm'],
    ['honestly thinking of unaliving myself', 'harm'],
    ['rang twice, promised a callback, nothing. manager pls', 'supervisor'],
    ['scammers. reported to consumer protection', 'regulator'],
  ]);
  quiet([
    ['I want to die of embarrassment, wrong address again lol', 'harm'],
    ['Is your manager in today please?', 'supervisor'],
    ['What do consumer protection laws say about refunds?', 'regulator'],
  ]);
});

describe('polite forms that are not thanks', () => {
  test('a Cantonese please does not make a demand warm', () => {
    expect(analyzeMessage('你哋仲扣我月費，唔該退返俾我。').escalation).toContain('compensation');
  });
  test('conditional appreciation asks', () => {
    expect(analyzeMessage('I would appreciate a refund of the £40.').valence).toBeLessThan(0.5);
  });
  test('a closing 唔該 still thanks', () => {
    expect(analyzeMessage('已經收到退款，唔該。').valence).toBeGreaterThan(0);
  });
});

describe('Chinese chat shorthand and questions put to the boss', () => {
  raised([
    ['cnm，退钱！', 'abuse'],
    ['你们tm是在耍我吗？', 'abuse'],
    ['你是听不懂人话吗？说了三遍了', 'abuse'],
    ['明天发抖音挂你们家', 'public'],
    ['问了整整一个礼拜都没人管', 'repeat-contact'],
    ['你们老板知道客服是这么回复客人的吗？', 'supervisor'],
  ]);
  quiet([
    ['我刚才不小心挂了你们电话，麻烦再打一次', 'public'],
    ['TM是什么意思？商标要怎么注册', 'abuse'],
    ['我研究了三天才搞明白怎么用，谢谢你们', 'repeat-contact'],
    ['你们老板人真好，上次还送了我优惠券', 'supervisor'],
  ]);
});

describe('a bot that does not understand is not an insult to staff', () => {
  quiet([['转人工，机器人听不懂人话', 'abuse']]);
});

describe('contact counted with a base-form verb', () => {
  raised([
    ['I already call many times, every time the ticket is closed.', 'repeat-contact'],
    ['we email your office 4 times, no reply', 'repeat-contact'],
  ]);
});
