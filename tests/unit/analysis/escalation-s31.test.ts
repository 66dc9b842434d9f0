import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the thirty-first session's readings. Every sentence here is written for the test
// in the shape of a miss or a false flag; none is a fixture or blind-set row.

describe('the firm’s lines of a pasted chat are the firm’s words', () => {
  quiet([
    [
      'Copy of our chat for your records:\n[14:20] Agent (Sam): I can refund the fee or pass this to my manager.\n[14:21] You: no thanks, just wanted the opening hours\nDoes the Leeds store open on Sundays?',
      'supervisor',
    ],
    [
      'You: is my parcel out for delivery?\nAgent Dee: Yes! If it is late you can claim a refund.\nYou: great ta',
      'compensation',
    ],
    ['Here it is:\nMe: when does the sale end?\nLiz (Support): Sunday. You can cancel any time in the app.', 'churn'],
    ['帮我看下这段：\n客服：对处理结果不满意可以申请主管介入\n我：不用，我就问下几号发货', 'supervisor'],
    ['群里的聊天贴给你看：\n王姐：再不修我就打12345\n小李：我打过了\n我就想知道几点来水？', 'regulator'],
  ]);
  raised([
    // The customer's own lines stay theirs, however the chat labels them.
    [
      '[09:01] Agent (Kim): we cannot refund this.\n[09:02] You: then I am reporting you to Trading Standards.',
      'regulator',
    ],
    ['我：再不退款我就去消协\n客服：亲，在处理了', 'regulator'],
  ]);
});

describe('a threat taken back later in the message no longer stands', () => {
  quiet([
    [
      'Me: fix it by tonight or I am disputing it with Visa\nAgent: refunded now\nMe: ok, forget what I said about Visa, thanks',
      'chargeback',
    ],
    ['Earlier I said I would post it on Twitter. Scratch that, the replacement came this morning.', 'public'],
    ['刚才说要去黑猫投诉的话算了，东西已经补发了。', 'public'],
    ['頭先講報消委會嗰句收返，師傅已經整好咗。', 'regulator'],
  ]);
  raised([
    // What comes after the retraction is said now.
    ['I told you to ignore my cancel comment, but I take it back: fix it today or I am leaving.', 'churn'],
    // A retraction on a condition takes nothing back yet.
    ['Refund me by Friday or I go to my bank. If it lands, forget what I said about the bank.', 'chargeback'],
    // Words of harm are never taken back.
    ['some days i think i would be better off dead. sorry, ignore that. can you send the payment form', 'harm'],
  ]);
});

describe('pressure asked as a question is a threat, not a how-to', () => {
  raised([
    ['Do I really have to ring my bank to get the money back? You took £12 twice.', 'chargeback'],
    ['I don’t think I should be charged for a delivery that came a week late, do you?', 'compensation'],
    ['是不是要我去找银行拒付你们才肯退？', 'chargeback'],
    ['還是我自己叫信用卡公司處理比較快？', 'chargeback'],
    ['是不是非得我打12315你们才管？', 'regulator'],
  ]);
  quiet([
    ['Do I need to call my bank to activate the new card before I pay you?', 'chargeback'],
    ['退货是走你们的流程，还是要我自己跟银行申请？还没买，先问问。', 'chargeback'],
  ]);
});

describe('new shapes of act and demand', () => {
  raised([
    ['I would much rather sort this out with you than through my card company.', 'chargeback'],
    ['We would prefer to settle it with you than in the small claims court.', 'legal'],
    ['If the bond is not returned by the 30th we are taking it to the tenancy tribunal.', 'legal'],
    ['I have handed the whole matter over to my legal expenses insurer.', 'legal'],
    ['I would ask that any reply come from the clinic manager directly.', 'supervisor'],
    ['你们店长呢？叫他出来。', 'supervisor'],
    ['这个月的物业费能不能减一点？电梯停了半个月。', 'compensation'],
    ['请把这笔超额费冲销掉，流量根本没超。', 'compensation'],
    ['好，那我去大众点评好好夸夸你们的“服务”。', 'public'],
    ['那我就上連登好好讚下你哋，話俾全世界知。', 'public'],
    ['业主们已经在投票换物业了。', 'churn'],
  ]);
  quiet([
    ['我在小红书推荐过你们，朋友都说好用。', 'public'],
    ['Is there a tribunal fee if a tenant takes a landlord to the tribunal? Asking for my course.', 'legal'],
  ]);
});

describe('leaving, going public and money back, said the long way round', () => {
  raised([
    ['I’d rather sort it with you than with HSBC, but it’s up to you.', 'chargeback'],
    ['At the AGM we will be voting to replace you as our managing agents.', 'churn'],
    ['Given the outages we will have to review whether to renew the contract in March.', 'churn'],
    ['Get the engineer out this week or we’re off.', 'churn'],
    ['I do wonder what the people over on Mumsnet would make of this.', 'public'],
    ['My one-star review is ready to go if I don’t hear back by Friday.', 'public'],
    ['Please ensure that the premiums taken after the policy ended are refunded.', 'compensation'],
    ['如再无答复，我司将重新考虑与贵司的后续合作。', 'churn'],
  ]);
  quiet([
    ['Are you coming to the meeting? Or I’m going alone.', 'churn'],
    ['I’m curious what the people who regulate you would make of that.', 'public'],
    ['We replaced our old boiler with yours and love it.', 'churn'],
  ]);
});
