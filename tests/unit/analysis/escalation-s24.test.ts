import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-fourth session's readings (cues/en-s24.ts, cues/zh-s24.ts, the
// `workplace` table read by intent.ts atWork, others.ts's possessive forward, the contact verbs of en-pairs.ts).
// Every sentence here is written for the test; none is a fixture row.

describe('a payment taken back through the wallet or app store it was made with', () => {
  raised([
    ["I've asked Google Play to refund the season pass, it never unlocked.", 'chargeback'],
    ['Put a refund request in with Apple this morning for the annual plan.', 'chargeback'],
    ['Lodged a dispute in the Klarna app. Not paying the next instalment.', 'chargeback'],
    ["I've paused my Afterpay payments until the right size turns up.", 'chargeback'],
    ["If it's not refunded by Friday I'll open a dispute with PayPal.", 'chargeback'],
    ['The charge is now disputed with my bank.', 'chargeback'],
    ['我已经在支付宝那边提交了退款申请。', 'chargeback'],
    ['今晚之前不退，我就去花呗里发起纠纷。', 'chargeback'],
    ['我已經喺PayMe度投訴咗。', 'chargeback'],
  ]);
  quiet([
    ['How do I ask Apple for a refund on an in-app purchase?', 'chargeback'],
    ['Could you refund it to my PayPal instead of the card?', 'chargeback'],
    ['I paid with Klarna, when will the refund show up there?', 'chargeback'],
    ['请问在支付宝申请退款一般要多久？', 'chargeback'],
  ]);
});

describe('where the writer works names their job, not a body they turn to', () => {
  quiet([
    ["I work at the Financial Ombudsman myself, but that's by the by: can you update my address?", 'regulator'],
    ['We work for a law firm in Leeds and need a VAT invoice for last month, please.', 'legal'],
  ]);
  raised([
    // What they will do comes after the workplace and still reads.
    ['I work at the FCA, and I will be reporting this to the ombudsman if it is not fixed.', 'regulator'],
  ]);
});

describe('a forward introduced as someone else’s complaint', () => {
  quiet([
    [
      "Forwarding below, this was my manager's email from March, it has the account number I need.\n\n---\nFrom: P. Ellis\n\nIf this happens again we will be cancelling our contract.",
      'churn',
    ],
  ]);
});

describe('redress asked as the bill put right', () => {
  raised([
    ['Please zero out the balance, the meter was never installed.', 'compensation'],
    ["I'd like the invoice adjusted to the hours actually worked.", 'compensation'],
    ['Pay the claim. The vet report says it was an accident.', 'compensation'],
    ['I want both deductions back by the end of the week.', 'compensation'],
  ]);
  quiet([
    // A clerical fix is not redress (older rounds label it clean).
    ['Could you get the invoice corrected? The company name is misspelt.', 'compensation'],
    ['Which form do I use to pay the claim excess?', 'compensation'],
  ]);
});

describe('contempt for the agent’s competence', () => {
  raised([
    ['Honestly, you clearly have no clue what you are doing.', 'abuse'],
    ['Your agents are completely out of their depth and it shows.', 'abuse'],
    ['Can anyone in that office actually read?', 'abuse'],
  ]);
  quiet([
    ['Sorry, I have no clue how to set up the router, can you help?', 'abuse'],
    ["I'm out of my depth with these settings, could someone walk me through it?", 'abuse'],
    ['Can anyone read the attachment? It will not open on my phone.', 'abuse'],
  ]);
});

describe('self-harm said softly, and a veiled threat to premises', () => {
  raised([
    ['Most mornings I wonder why I bother getting out of bed.', 'harm'],
    ["There isn't much point to any of it anymore.", 'harm'],
    ['It would be a pity if something happened to your van.', 'harm'],
    ['我有时候觉得活着好痛苦。', 'harm'],
    ['押金再不退，哪天你们店门口出点什么事，别说我没提醒。', 'harm'],
    ['谁敢拦我，我就砸谁。', 'harm'],
  ]);
  quiet([
    ['It would be a shame if anything happened to the parcel in transit, can you insure it?', 'harm'],
    ['Not much point in waiting, I will order a new one.', 'harm'],
    ['我奶奶活着的时候最喜欢你们家的月饼。', 'harm'],
  ]);
});

describe('someone more senior asked for as higher than you, and contempt in Chinese', () => {
  raised([
    ['叫个比你职位高的来跟我说。', 'supervisor'],
    ['你们前台跟块木头一样。', 'abuse'],
  ]);
  quiet([['可以叫个比你们更熟悉这个型号的师傅来看看吗？', 'supervisor']]);
});

describe('repeat contact said as dates, silence and the same answer', () => {
  raised([
    ['Rang 4 June. Rang again 11 June. Nothing.', 'repeat-contact'],
    ['I sent a message on Tuesday but nobody has answered.', 'repeat-contact'],
    ['Despite my reminders, the engineer has not been booked.', 'repeat-contact'],
    ['That is the same reply I got on Friday, word for word.', 'repeat-contact'],
    ['Already 2 times I whatsapp your shop about the warranty.', 'repeat-contact'],
  ]);
  quiet([
    ['Called 4 June to book a service, can I move it to July?', 'repeat-contact'],
    ['Your debt collectors have phoned me six times today.', 'repeat-contact'],
  ]);
});

describe('a question that puts the conduct before an audience', () => {
  raised([
    ['Is that something you would be comfortable explaining to a judge?', 'legal'],
    ['Do you really want me to post this whole chat on Reddit?', 'public'],
  ]);
  quiet([
    ['Can you explain to the court clerk which documents I need?', 'legal'],
    ['Do you want me to post the form to your office or email it?', 'public'],
    ['Is that something you would be able to help with?', 'legal'],
  ]);
});

describe('Chinese: redress, someone further up, an audience asked about, gone elsewhere', () => {
  raised([
    ['我请了两天假等师傅，这两天的工资你们打算怎么算？', 'compensation'],
    ['网断了一个礼拜，月费总得减一点吧。', 'compensation'],
    ['麻烦帮我往上报一下，你这边处理不了。', 'supervisor'],
    ['你猜消协的人知不知道你们这样收费？', 'regulator'],
    ['这种条款，你们敢在法官面前讲吗？', 'legal'],
    ['我已经把邮件抄送给区议员了。', 'regulator'],
    ['算了，我已经在拼多多买了。', 'churn'],
    ['你们售后真是个摆设。', 'abuse'],
  ]);
  quiet([
    ['请问你们的运费一般怎么算？', 'compensation'],
    ['做决定的人大概也没想到今年会这么忙吧。', 'supervisor'],
    ['我们小区的人大代表选举在下周，会议室能借吗？', 'regulator'],
    ['已经在淘宝下单了，请问什么时候发货？', 'churn'],
  ]);
});

describe('gone elsewhere, said in passing', () => {
  raised([
    ['never mind, already bought the same kettle from Currys', 'churn'],
    ["Cancel it, I've ordered one from eBay instead.", 'churn'],
    ["We'll be buying our printer paper from Staples from now on.", 'churn'],
  ]);
  quiet([
    ['Already ordered it from you on Monday, any tracking yet?', 'churn'],
    ['I bought the same lamp from a market stall years ago and loved it.', 'churn'],
    ["I've already got a reference number from the police for the claim.", 'churn'],
  ]);
});

describe('an insult the writer aims at themself', () => {
  quiet([
    ['我真是个笨蛋，又把快递地址写错了，能改吗？', 'abuse'],
    ['我真係白痴，輸錯密碼三次，點樣解鎖？', 'abuse'],
  ]);
  raised([
    ['你是不是猪脑子？说了三遍了', 'abuse'],
    ['你們客服真的是白痴', 'abuse'],
  ]);
});

describe('party games are not violence', () => {
  quiet([['你们的剧本杀包场周六还能订吗？', 'harm']]);
});
