import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-sixth session's readings (cues/en-s26.ts, cues/zh-s26.ts, the
// single-quoted names and forwards of intent.ts and others.ts, the settled and policy words of the tables). Every
// sentence here is written for the test; none is a fixture row.

describe('an ultimatum put as a question is a threat, in Chinese', () => {
  raised([
    ['是不是要我去消协投诉，你们才肯退钱？', 'regulator'],
    ['你們是不是要我去消保會申訴才會處理？', 'regulator'],
    ['係咪要我打去消委會你哋先肯理？', 'regulator'],
    ['是要逼我去找银行拒付吗？', 'chargeback'],
    ['係咪想我將成件事放上連登？', 'public'],
    ['是不是非要我找律师起诉你们？', 'legal'],
    ['耳机坏了一个月还没修好，还是我要直接打给银行处理？', 'chargeback'],
    ['再拖落去，唔係我就同銀行講唔俾呢筆數。', 'chargeback'],
  ]);
  quiet([
    // Asking what the process is, with no step the customer threatens.
    ['请问是不是要我自己去银行申请？', 'chargeback'],
    ['是不是要我提供发票才能退款？', 'compensation'],
    ['是你们帮忙报关，还是我要自己去海关？', 'regulator'],
    ['我打给银行问了一下，他们说钱已经到账了，谢谢', 'chargeback'],
  ]);
});

describe('an ultimatum put as a question is a threat, in English', () => {
  raised([
    ['Do you want me to go to the local news with this?', 'public'],
    ['Nobody has called back. Want me to post the whole thread on Facebook?', 'public'],
    ['Should I just take my business to your competitor then?', 'churn'],
  ]);
  quiet([
    ['Do you want me to send the photos of the damage again?', 'public'],
    ['Should I just cancel the order and place a new one with the right size?', 'churn'],
  ]);
});

describe('leaving, money back and contact counted, in the words of many writers', () => {
  raised([
    ['Food came cold again. From now on I will order from another app.', 'churn'],
    ['I want this month’s fee back, the class was cancelled twice.', 'compensation'],
    ['I am not leaving the shop without my refund.', 'compensation'],
    ['Four calls in and still no engineer booked.', 'repeat-contact'],
    ['Been chasing for five days running and nothing.', 'repeat-contact'],
  ]);
  quiet([
    ['Four calls in the first week is normal for a new line? Just checking the plan.', 'repeat-contact'],
    ['Next time I order I will use another address, can I save two?', 'churn'],
  ]);
});

describe('a name in single quotes, and a colleague’s words quoted back', () => {
  quiet([
    ["The button labelled 'Raise a chargeback' is greyed out on my merchant dashboard. Is that a bug?", 'chargeback'],
    [
      "Your agent wrote: 'You can also take this to the Financial Ombudsman if you wish.' No need, I only want the statement.",
      'regulator',
    ],
  ]);
  raised([["I'm done waiting, I'm taking this to the Financial Ombudsman.", 'regulator']]);
});

describe('a forward the customer says someone else wrote', () => {
  quiet([
    [
      'For your records. This was sent by the former owner of the shop before we bought it.\n\n---------- Forwarded message ---------\nFrom: J. Marsh\nSubject: Deposit\nIf the deposit is not returned I will see you in small claims court.\n\nCould you confirm our account number?',
      'legal',
    ],
  ]);
});

describe('over and done, and places that are not leaving', () => {
  quiet([
    ['We had a dispute with you last year but that’s all long settled. Please add a second user.', 'chargeback'],
    ['We are moving offices, please move the account to the new address from June.', 'churn'],
    ['上次嘅投訴已經同你哋主管傾掂咗，今次想問下開發票。', 'supervisor'],
    ['之前的差价已经退了，谢谢。想再问一下运费怎么算。', 'compensation'],
    ['我上個月多付嘅錢已經收到咗，唔該晒。想問下點樣改地址？', 'compensation'],
  ]);
  raised([
    ["Sort it by Friday or I'm off to Consumer Affairs.", 'regulator'],
    ['把多收的钱退了，不然我去投诉。', 'compensation'],
  ]);
});

describe('counts of charges and policies named as documents', () => {
  quiet([
    ['同一张单收了我两次运费，我已经找你们客服反映了，麻烦看看。', 'repeat-contact'],
    ['麻烦发一份最新的退费办法（包括中途退学怎么算）给我们存档。', 'compensation'],
    ['转发一下小区群里的消息：“物业再不修门禁就发到抖音上！”我就想问快递柜什么时候装好。', 'public'],
  ]);
});

describe('the second pass: insults, fire and farewells, court next, contact counted, managers, issuers acting', () => {
  raised([
    ['gfy, fix my router', 'abuse'],
    ['Lying cheats.', 'abuse'],
    ['your support staff are actual monkeys', 'abuse'],
    ['If the sofa is not here by Friday I will torch your warehouse.', 'harm'],
    ['I have left notes for my family. I will not be needing the account much longer.', 'harm'],
    ['The ombudsman has my file. Next step is small claims.', 'legal'],
    ['Harlow & Co are now acting for me in this matter.', 'legal'],
    ['You are the third agent today to promise a call back.', 'repeat-contact'],
    ['See my two previous emails, both unanswered.', 'repeat-contact'],
    ['Each person I have spoken to says something different.', 'repeat-contact'],
    ['Send me your manager.', 'supervisor'],
    ['Unless a supervisor rings me today I am taking this further.', 'supervisor'],
    ['My bank has reversed the payment.', 'chargeback'],
    ['Charged it back through Amex this morning.', 'chargeback'],
    ['The overcharge should be refunded to my card.', 'compensation'],
    ['We have already given notice on the contract.', 'churn'],
  ]);
  quiet([
    ['The tickets are for all four shows, can I change the seats?', 'repeat-contact'],
    ['My friend had a good luck charm from your shop, do you still sell them?', 'churn'],
    ['The hotel charged back to my card the deposit they took in error, thanks.', 'chargeback'],
    ['Can I give notice of a change of address online?', 'churn'],
    ['Our solicitors are acting for the buyer of the flat, can you confirm the meter reading?', 'legal'],
    ['We watched a film about monkeys and loved it, do you have the sequel?', 'abuse'],
  ]);
});

describe('the second pass in Chinese: deciders asked for, contempt, self-harm slang, contact counted', () => {
  raised([
    ['拖了两周了，你们到底有没有一个能做主的人？', 'supervisor'],
    ['麻烦帮我转到你们的上级，前台处理不了。', 'supervisor'],
    ['你們經理在哪？', 'supervisor'],
    ['客服是聋了吗？我说了三遍地址。', 'abuse'],
    ['一堆吸血鬼，续费都不提醒。', 'abuse'],
    ['你哋真係on9，同一個問題答錯三次。', 'abuse'],
    ['房租都交不起了，真的想紫砂。', 'harm'],
    ['再唔退錢，唔好怪我上門。', 'harm'],
    ['问了四个客服都说不知道。', 'repeat-contact'],
    ['我第三天打來問了，還是沒有人處理。', 'repeat-contact'],
    ['我上个月就申请了退订，这个月又扣钱。', 'repeat-contact'],
    ['会员取消吧，没用到的天数按比例退给我。', 'compensation'],
  ]);
  quiet([
    ['我知道你们经理在哪里上班，上次他帮了我很多，想寄封感谢信。', 'supervisor'],
    ['有沒有人可以幫我看一下訂單狀態？', 'supervisor'],
    ['转了两个客服才找到对的部门，不过问题解决了，谢谢。', 'repeat-contact'],
    ['我的猫是不是聋了？它听不到我叫它，你们卖的逗猫棒它也没反应。', 'abuse'],
  ]);
});

describe('the third pass: papers, regulators informed, harm by its object, contact in formal words, money by where it lands', () => {
  raised([
    ['If the scaffolding is still up on Friday I am phoning the Herald.', 'public'],
    ['We have notified the Energy Ombudsman as well.', 'regulator'],
    ['Refund the seat fee by Monday. After that it is an FAA complaint.', 'regulator'],
    ['Some nights I think about swallowing the whole bottle of pills.', 'harm'],
    ['Move that van off my drive or I take a sledgehammer to it.', 'harm'],
    ['Further to my previous emails, the boiler is still broken.', 'repeat-contact'],
    ['Hello, it is me again about the missing parcel.', 'repeat-contact'],
    ['How many times do I have to explain that the meter is outside?', 'repeat-contact'],
    ['I have called every single day this week.', 'repeat-contact'],
    ['Either the deposit is back in my account by Friday or my lawyer calls you.', 'legal'],
    ['If the £15 does not come back to me I will complain.', 'compensation'],
    ['Honestly a partial refund is fair here, no?', 'compensation'],
    ['Time to look for another broadband provider, this is the third outage.', 'churn'],
    ['After this I am banking elsewhere.', 'churn'],
    ['Is there perhaps someone more senior I could speak to?', 'supervisor'],
    ['Enjoy your reviews. Cowboys.', 'abuse'],
  ]);
  quiet([
    ['We read about your new branch in the Herald, congratulations!', 'public'],
    [
      'I have already spoken to your CEO at the conference, she suggested I email you about the partnership.',
      'repeat-contact',
    ],
    ['Apple refunded me in the end, so please stop the payment reminders.', 'compensation'],
    ['Got my money back through PayPal, thanks, all fine now.', 'compensation'],
    ['Thinking of leaving a review for the team, who is the best person to thank?', 'churn'],
    ['You handled my chargeback last year really well. Does the same cover apply to flights?', 'chargeback'],
    ['I typed my postcode three times in this chat because the form kept clearing it.', 'repeat-contact'],
    ['We have still not received the refund after our meetings? No, all fine, it arrived today, thanks.', 'legal'],
  ]);
});

describe('the third pass in Chinese: traps that read as intent', () => {
  quiet([
    ['路由器每天晚上都掉线，连续五天了，是不是要换一个？', 'repeat-contact'],
    ['预授权的那笔第二天自动退回来了，这个正常吗？', 'compensation'],
    ['你们家的菜刀是什么钢？能洗碗机洗吗？', 'harm'],
    ['这部电影哭得我想死，续集什么时候出？', 'harm'],
    ['我们学校想采购你们的App，有自杀预防热线的入口吗？', 'harm'],
    ['想問吓暫停會籍期間會唔會扣錢？', 'churn'],
    ['刷到有人在微博骂你们客服是垃圾，我觉得不公平，你们的客服很好。', 'abuse'],
    ['我奶奶说我再网购就打断我的腿哈哈，帮我改成自提吧。', 'harm'],
    ['我在银行信用卡中心上班，拒付天天见，今天只想问有没有大码。', 'chargeback'],
    ['本案已向主管機關陳情，請依主管機關要求回覆。', 'supervisor'],
    ['这是我第一次联系你们，想问一下怎么改地址。', 'repeat-contact'],
    ['这个耳机真是垃圾，怎么恢复出厂设置？', 'abuse'],
  ]);
  raised([
    ['我在银行做风控的。再不退钱，我就直接申请拒付。', 'chargeback'],
    ['我家菜刀刚磨好，你们那个推销员再来试试看。', 'harm'],
    ['你们客服真是垃圾，问三遍都答不上来。', 'abuse'],
    ['我已經是第三次聯絡你們了。', 'repeat-contact'],
  ]);
});

describe('the fourth pass, read off fresh48–49 after their final scoring', () => {
  raised([
    ['Do I need to get my card company involved to see my £40 again, or will you sort it?', 'compensation'],
    ['I am not asking for much, but I expect a refund for the difference between the two fares.', 'compensation'],
    ['Does Ofcom know you charge people for a line that has not worked since May?', 'regulator'],
    ['Would you care to explain to a judge why the deposit was kept?', 'legal'],
    ['Switching to another network next week, cancel the contract.', 'churn'],
    ['Two months now I have followed up on this claim.', 'repeat-contact'],
    ['I would rather not involve my solicitor, but if the invoice is not corrected by Friday I will.', 'legal'],
    ['If una no fix am today, I go put una for Facebook.', 'public'],
    ["I'll be on to the CCPC in the morning.", 'regulator'],
    [
      "I've phoned four times and each time I'm told it'll be sorted tomorrow. Put me through to a manager.",
      'repeat-contact',
    ],
  ]);
  quiet([
    ['Does the ombudsman know about your new app? Looks handy.', 'regulator'],
    ["I'd rather not involve my bank, it is all fine now, thanks.", 'legal'],
    ["You wrote in your email 'we can refer this to a manager' - no need, it works now.", 'supervisor'],
    ["Forwarded from my wife: 'I'm reporting them to the ombudsman!' - she was joking, the parcel came.", 'regulator'],
    ["I'll be on to the CEO about the award nomination, she'll love it.", 'regulator'],
    ['之前申请过一次拒付，后来商家退了我就撤销了，想问会不会影响信用？', 'chargeback'],
    ['你们把我儿子的照片放上公众号做宣传，没问过我。', 'public'],
  ]);
});
