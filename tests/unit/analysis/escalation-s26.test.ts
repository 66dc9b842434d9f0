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
