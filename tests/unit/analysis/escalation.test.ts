import { describe, expect, test } from 'vitest';
import { analyzeConversation, analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag, EscalationStrength } from '@/lib/types';

const flags = (text: string) => analyzeMessage(text).escalation;
const detail = (text: string, flag: EscalationFlag) =>
  analyzeMessage(text).escalationDetail?.find((d) => d.flag === flag);

describe('escalation flags fire on intent', () => {
  test.each<[EscalationFlag, string, string]>([
    ['churn', 'en', 'I want to cancel my subscription and switch to another provider'],
    ['churn', 'en', "I'm done. Close the account."],
    ['churn', 'zh-Hans', '我要退订，马上销户'],
    ['churn', 'zh-Hant', '我要解約，幫我銷戶'],
    ['legal', 'en', 'My lawyer will hear about this, I will sue'],
    ['legal', 'zh-Hans', '我已经找了律师，准备起诉你们'],
    ['legal', 'zh-Hans', '再不处理我就走法律程序'],
    ['legal', 'zh-Hant', '我會找律師提告'],
    ['regulator', 'en', 'I am filing a complaint with the BBB and the CFPB'],
    ['regulator', 'en', 'Next stop is the ombudsman and Trading Standards'],
    ['regulator', 'zh-Hans', '再不处理我就打12315，找消协和市场监管局'],
    ['regulator', 'zh-Hans', '我要向工信部投诉'],
    ['regulator', 'zh-Hant', '我要去消基會申訴，也會找消保官'],
    ['regulator', 'zh-Hant', '我會向消委會投訴'],
    ['public', 'en', 'I will post about this on social media and leave a bad review'],
    ['public', 'zh-Hans', '我要曝光你们，发微博让大家看看'],
    ['public', 'zh-Hant', '我要上新聞爆料，PO上網'],
    ['supervisor', 'en', 'Let me speak to your manager'],
    ['supervisor', 'en', 'I need someone senior, not another first-line agent.'],
    ['supervisor', 'zh-Hans', '叫你们主管来，找你们领导'],
    ['supervisor', 'zh-Hans', '让能拍板的人来'],
    ['supervisor', 'zh-Hant', '請你們主管來處理'],
    ['repeat-contact', 'en', 'This is the third time I am writing and it is still not fixed'],
    ['repeat-contact', 'zh-Hans', '这是我第三次打电话了，又是没人管'],
    ['repeat-contact', 'zh-Hant', '這是第三次反映了，多次聯絡都沒用'],
    ['compensation', 'en', 'I want a full refund and compensation'],
    ['compensation', 'zh-Hans', '必须退款，还要赔偿'],
    ['compensation', 'zh-Hant', '請盡快退費，並給予賠償'],
    ['abuse', 'en', 'You people are useless idiots'],
    ['abuse', 'en', 'Learn to read, you absolute clown.'],
    ['abuse', 'en', 'f*** you'],
    ['abuse', 'en', 'this is sh*t service'],
    ['abuse', 'en', 'what the f**king hell'],
    ['abuse', 'zh-Hans', '他妈的什么破服务'],
    ['abuse', 'zh-Hans', 'TMD又延迟'],
    ['abuse', 'zh-Hans', '尼玛，还没到'],
    ['abuse', 'zh-Hant', '靠北喔，什麼爛服務'],
    ['abuse', 'zh-Hant', '你智障喔？'],
    ['chargeback', 'en', "I've opened a dispute with my bank for the double charge."],
    ['chargeback', 'en', 'Fine, I will just file a PayPal claim.'],
    ['chargeback', 'zh-Hans', '我已经向银行申请拒付了'],
    ['chargeback', 'zh-Hans', '再不退钱我就找银行退单'],
    ['chargeback', 'zh-Hant', '我已經向銀行申請爭議款'],
    ['chargeback', 'zh-Hant', '不處理我就請信用卡公司止付'],
    ['harm', 'en', "Keep this up and I'll come down there and smash every screen in the shop."],
    ['harm', 'en', "I can't go on like this anymore, I just want to end it all."],
    ['harm', 'zh-Hans', '别逼我上门动手'],
    ['harm', 'zh-Hans', '活着真没意思，不想活了'],
    ['harm', 'zh-Hant', '再俾我見到個送貨員，我打死佢'],
  ])('%s (%s): %s', (flag, _lang, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('a trigger word without the intent raises nothing', () => {
  test.each([
    'How do I cancel one order I placed by mistake?',
    'My manager asked me to request a copy of the invoices.',
    'Thanks to your supervisor for her help last week, she was great.',
    'Thanks, the refund arrived.',
    "We're not planning to cancel, just checking the renewal date.",
    "Hello, we're a small law firm and want to know if the Team plan covers 12 seats.",
    'I fucking love this keyboard',
    'That was a killer deal!',
    'Could you check my order status?',
    '请问退货流程是怎样的？',
    '在小红书上看到你们的产品，想问下有没有白色的。',
    '不是要退订，只是想改一下扣费日期。',
    '在Dcard看到大家推薦，想問有沒有白色的。',
    '我們主管叫我來問發票怎麼開。',
    '笑死，这个广告太魔性了。',
    '又好吃又便宜',
    '操作很简单',
  ])('%s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  // Each names a reading of the clause rather than a word: whose act it is, what a turn in the sentence
  // does to praise, a negation inside a cue that opens on its own subject, a request for information.
  test.each<[string, string]>([
    ['someone else did it', 'My neighbour says she sued them over a late delivery, is that true?'],
    ['someone else did it', '邻居说他投诉到12315了，真的假的？'],
    ['someone else did it', '鄰居說他找律師告過你們，是真的嗎？'],
    ['a cue opening on a negated subject', "We're not going to dispute the charge, it was our error."],
    ['asking to be told, not to act', 'Could you tell me what happens to my photos if I delete my account?'],
    ['someone else asks, at the start of the sentence', '主管叫我来问一下年费怎么开发票。'],
    ['a withdrawn dispute is over', '之前跟信用卡中心的争议已经撤回了，一切正常。'],
    ['thanks in Cantonese', '唔該晒你哋幫我取消咗個plan'],
  ])('%s: %s', (_why, text) => {
    expect(flags(text)).toEqual([]);
  });

  test('唔該 before a request is "please", and 大不了 is not a negation', () => {
    expect(flags('唔該幫我即刻取消個月費計劃')).toContain('churn');
    expect(flags('大不了我们法院见。')).toContain('legal');
  });

  test('praise before a turn does not soften what follows it', () => {
    expect(flags('The chat agent was great, but I still want my account closed.')).toContain('churn');
    expect(flags('客服很好，但是这个会员我还是要退掉。')).toContain('churn');
  });

  test('a refund asked for with a chargeback as the alternative is both; one the bank is to make is the chargeback', () => {
    expect(flags('If the refund is not back by Monday I will dispute the charge with my bank.')).toEqual([
      'compensation',
      'chargeback',
    ]);
    expect(flags('再不退款我就让信用卡中心拒付。')).toEqual(['compensation', 'chargeback']);
    expect(flags('Refund me now, or I will dispute the charge with my bank.')).toEqual(['compensation', 'chargeback']);
    expect(flags("Fine, I'll just get my card company to refund me.")).toEqual(['chargeback']);
  });

  test('a thank-you note that mentions telling others and a replacement raises nothing (issue 18)', () => {
    const text =
      "Just wanted to say thank you! I've already told my sister about you, she's ordering too. The replacement arrived yesterday and works perfectly.";
    expect(flags(text)).toEqual([]);
  });
});

// Round 10: intents said without their usual words, each read through a frame rather than a phrase, beside a
// message with the same words and no intent.
describe('intent frames, with the same words and no intent beside them', () => {
  test.each<[EscalationFlag, string, string]>([
    [
      'churn',
      "I'd sooner give my money to your competitors than renew with you.",
      'I used to shop elsewhere but you are way better.',
    ],
    [
      'churn',
      'Already went with a different supplier, so stop the direct debit.',
      'We compared you with your competitors and you came out on top!',
    ],
    [
      'legal',
      "My husband is a barrister and he's already looking into this.",
      'My wife is a lawyer and she loves your app.',
    ],
    [
      'public',
      "My best mate is a reporter and he'd love to hear about this.",
      'My friend is a journalist and she recommended your service.',
    ],
    [
      'supervisor',
      'Would it be possible to speak with someone more senior, please?',
      'Would it be possible to change my delivery address?',
    ],
    [
      'supervisor',
      'I would really appreciate it if you could escalate this to your manager.',
      "I'd appreciate it if you could send the invoice again.",
    ],
    ['repeat-contact', 'Yet again nobody has replied to my emails.', 'Thanks again for the help!'],
    ['abuse', 'ur staff r clowns', 'Your staff are so helpful.'],
    ['abuse', 'You absolute w@nker.', 'Every video has a dumbass rant in it.'],
    ['chargeback', "I'm telling my bank the charge was unauthorised.", 'The bank said the payment went through fine.'],
    ['churn', '已经换成别家的了，你们别再扣我钱。', '我换成年卡了，谢谢。'],
    ['legal', '我表哥就是做律师的，这事你们看着办。', '我朋友是律师，他推荐我用你们的记账软件。'],
    ['public', '我有个朋友是记者，对这事很感兴趣。', '我是自媒体博主，想跟你们谈谈合作。'],
    ['supervisor', '麻烦请你们主管来跟我说一下，谢谢。', '上次那位主管态度特别好，帮我谢谢他。'],
    ['repeat-contact', '说了八百遍了，你们听不懂吗？', '重要的事情说三遍：下雪了，下雪了，下雪了！'],
    ['harm', '再逼我，我保证不了自己会干出什么。', '我不知道自己会不会喜欢这个颜色。'],
    ['supervisor', '叫個有權話事嘅人出嚟。', '唔使搵經理啦，已經搞掂。'],
  ])('%s: %s', (flag, meant, notMeant) => {
    expect(flags(meant)).toContain(flag);
    expect(flags(notMeant)).not.toContain(flag);
  });

  test('an ultimatum names the fix it wants: "sorted by … or I …" is not settled', () => {
    expect(flags('Sorted by end of day or I go to the ombudsman.')).toContain('regulator');
  });

  test("without a question mark, the question must be in the cue's own clause", () => {
    expect(flags("Let me know how to get my data out, I'm leaving.")).toContain('churn');
    expect(flags('Let me know how I cancel the extra seat.')).toEqual([]);
  });
});

describe('strength: taken, threatened or demanded', () => {
  test.each<[string, EscalationFlag, EscalationStrength]>([
    ["I've reported this to the BBB.", 'regulator', 'taken'],
    ['I will report this to the BBB.', 'regulator', 'threatened'],
    ["If it's not fixed by Friday I'm cancelling my plan.", 'churn', 'threatened'],
    ['Cancel my subscription today.', 'churn', 'demanded'],
    ['Put me through to a manager.', 'supervisor', 'demanded'],
    ['I emailed your CEO this morning.', 'supervisor', 'taken'],
    ['我已经申请拒付了', 'chargeback', 'taken'],
    ['再不退款我就拒付', 'chargeback', 'threatened'],
    ['马上退款，不然我就拒付', 'compensation', 'demanded'],
    ['律師函已經寄出了', 'legal', 'taken'],
  ])('%s → %s %s', (text, flag, strength) => {
    expect(detail(text, flag)?.strength).toBe(strength);
  });

  test('details come strongest first, harm before everything', () => {
    const a = analyzeMessage("I've reported you to the BBB, I want a refund, and I know where your office is.");
    expect(a.escalationDetail?.map((d) => d.flag)).toEqual(['harm', 'regulator', 'compensation']);
  });
});

describe('sentence, cue and deadline spans', () => {
  test.each([
    ['Hello. Fix it within 24 hours or I go public with the screenshots.', 'public', 'within 24 hours'],
    ['再不处理，明天之前我就投诉到12315。', 'regulator', '明天之前'],
    ['24小時內不處理，我就去Dcard爆料。', 'public', '24小時內'],
    ['今晚之前不退款，我就申请拒付。', 'chargeback', '今晚之前'],
    // The whole wording of the time: its day part, day and date, a billing date, a span with no preposition.
    ['I want a supervisor to ring me before 4pm tomorrow.', 'supervisor', 'before 4pm tomorrow'],
    ['Sort it by Thursday afternoon or I go to the ombudsman.', 'regulator', 'by Thursday afternoon'],
    [
      'Refund me before my next direct debit or I dispute it with my bank.',
      'chargeback',
      'before my next direct debit',
    ],
    ['I expect the overcharge of £40 back within 7 working days.', 'compensation', 'within 7 working days'],
    ['Get a manager on the phone in the next 30 minutes.', 'supervisor', 'in the next 30 minutes'],
    ['Pay me by the 3rd or I sue.', 'legal', 'by the 3rd'],
    ['下下周三之前不处理，我就投诉到12315。', 'regulator', '下下周三之前'],
    ['明天上午10点前不给答复，我就起诉。', 'legal', '明天上午10点前'],
    ['五个工作日内不退款，我就申请拒付。', 'chargeback', '五个工作日内'],
    ['月尾前唔處理，我就去消委會投訴。', 'regulator', '月尾前'],
  ])('%s', (text, flag, deadline) => {
    const d = detail(text, flag as EscalationFlag)!;
    expect(d.deadline?.text).toBe(deadline);
    for (const span of [d.sentence, d.cue, d.deadline!]) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(d.sentence.start).toBeLessThanOrEqual(d.cue.start);
    expect(d.sentence.end).toBeGreaterThanOrEqual(d.cue.end);
  });

  test('offsets point into the message as given, past an emoji and a first sentence', () => {
    const text = 'Hi 😀 there. Honestly, I will contact my lawyer.';
    const d = detail(text, 'legal')!;
    expect(d.sentence.text).toBe('Honestly, I will contact my lawyer.');
    expect(text.slice(d.cue.start, d.cue.end)).toContain('lawyer');
  });

  test('a flag is explained by an escalation span in the evidence', () => {
    const text = 'I will contact my lawyer';
    const ev = analyzeMessage(text).evidence.find((e) => e.label === 'legal')!;
    expect(ev.cue).toBe('escalation');
    expect(text.slice(ev.start, ev.end)).toContain('lawyer');
  });

  test('masked profanity is read as the word it hides', () => {
    const a = analyzeMessage('f*** this');
    expect(a.primary).toBe('anger');
    expect(a.escalation).toContain('abuse');
    expect(a.evidence[0]?.text).toBe('f***');
  });

  test('legal and regulator threats raise urgency', () => {
    expect(analyzeMessage('I will sue you').urgency).toBeGreaterThan(analyzeMessage('I am unhappy').urgency);
  });
});

describe('conversation level', () => {
  const c = (text: string) => ({ role: 'customer' as const, text });

  test('one detail per flag, the strongest, with the message it came from', () => {
    const r = analyzeConversation([
      c('I will report you to the BBB if this goes on.'),
      { role: 'agent', text: 'Sorry, checking now.' },
      c("I've now reported you to the BBB. I want a refund."),
    ]);
    expect(r.escalation).toEqual(['regulator', 'compensation']);
    const reg = r.escalationDetail?.find((d) => d.flag === 'regulator');
    expect(reg?.strength).toBe('taken');
    expect(reg?.messageIndex).toBe(2);
    expect(r.escalationDetail?.map((d) => d.flag)).toEqual(['regulator', 'compensation']);
  });

  test('a conversation with no flag has no detail', () => {
    expect(analyzeConversation([c('Thanks, all sorted!')]).escalationDetail).toEqual([]);
  });
});

describe('a polite opener puts the whole sentence in question', () => {
  test.each([
    '你好，请问一下，我3月10日申请的退款到现在还没到账。',
    '請問一下，我申請的退款到現在還沒到帳。',
    'Please confirm:\n1. which of the two charges will be reversed,\n2. the exact refund amount, and\n3. the date.',
  ])('%s raises nothing', (text) => {
    expect(analyzeMessage(text).escalation).toEqual([]);
  });

  test.each([
    ['请问一下，你们再不处理我就投诉到12315', 'regulator'],
    ['Please confirm you will refund me, otherwise I file a chargeback.', 'chargeback'],
  ])('%s still raises %s: the opener does not cover a threat', (text, flag) => {
    expect(analyzeMessage(text).escalation).toContain(flag);
  });
});

describe('English families: the intent said without its usual words', () => {
  test.each<[EscalationFlag, string]>([
    ['churn', "Heads up, I've moved my broadband over to Plusnet, so stop the bills."],
    ['compensation', 'I expect the £65 back on my card this week.'],
    ['compensation', 'Please waive the £12 late payment fee, the delay was yours.'],
    ['harm', "I honestly don't see the point of anything any more."],
    ['public', 'my post about you is past 4k likes now'],
    ['public', 'A cousin of mine writes for the Echo and would love to hear about this.'],
    ['repeat-contact', 'after my 4th call got cut off I gave up'],
    ['chargeback', 'No refund by Friday means a chargeback.'],
    ['abuse', 'Your helpdesk has the IQ of a goldfish.'],
    ['legal', "I'm lawyering up, expect to be served papers."],
    ['repeat-contact', "I've been going back and forth with you since March."],
    ['churn', 'Please note our contract with you will end on 31 May, we have appointed a new supplier.'],
    ['public', 'I will make sure this goes viral.'],
    ['chargeback', "I've reported the payment to my bank as not received."],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    'I switched my plan to the yearly one, can you confirm the new price?',
    "I'd like to talk to your manager to compliment the team at the Bristol store.",
    'Your agent Priya was so patient, please pass this on to her supervisor.',
    'I once took my old broadband company to the ombudsman, so I know the drill. Anyway, how do I pay by card?',
    'Sorry to email a third time, I forgot to give you my postcode.',
    "There's no point in me ringing again if you can email me the form?",
    "I don't want to be here all afternoon waiting for the engineer.",
    'What compensation do you offer when a delivery is lost?',
    'I need to speak to a manager about the job I applied for.',
    'The chargeback was a mistake on my part, I have cancelled it with the bank.',
    "Really appreciate the refund, you didn't have to.",
    "I'll be sharing my great experience on Instagram!",
    'Sorry, this is the second email I have sent today! I forgot the attachment.',
    'Do I need to ask my bank to stop the direct debit, or will you do it?',
  ])('no flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('English families, ninth session: intents said without a listed cue, and their traps', () => {
  test.each<[EscalationFlag, string]>([
    ['regulator', "I'm sure the Energy Ombudsman would love to hear how you treat pensioners."],
    ['regulator', 'I do wonder what the ASA would make of your "unlimited" data.'],
    ['public', 'The Daily Mail would eat this up.'],
    ['churn', 'Account closed. Do not contact me again.'],
    ['churn', 'Membership cancelled, effective today.'],
    ['abuse', 'Honestly, does anyone at your company know what they are doing?'],
    ['abuse', 'It is like dealing with a circus.'],
    ['abuse', 'Your company is a joke from top to bottom.'],
    ['supervisor', 'Find me someone who actually has the power to approve this.'],
    ['supervisor', 'I need somebody who can overrule this decision.'],
    ['compensation', 'Put the £45 back on my card.'],
    ['compensation', 'Return what you took from my account.'],
    ['compensation', 'If I do not see the money by Friday I am going to my bank.'],
    ['repeat-contact', 'I spoke to Darren on Tuesday and again on Thursday.'],
    ['repeat-contact', 'I called last Friday and was told it would be sorted in 48 hours.'],
    ['repeat-contact', 'This is the same fault I reported in August.'],
    ['legal', 'If I do not hear back by Tuesday my solicitor will write to you.'],
    ['regulator', "Can't wait to see what the ombudsman makes of this."],
    ['abuse', 'Do they train you to be this useless or does it come naturally?'],
    ['compensation', 'Put it right and pay me for the wasted day.'],
    ['repeat-contact', "I've been on to you about this since March."],
    ['chargeback', "I've told my bank to stop any more payments to you."],
    ['supervisor', 'Please escalate this to whoever has the final say.'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    'Cancelled. Thanks for your help, have a lovely weekend.',
    "What's a chargeback?",
    'What do you mean by "goodwill gesture" in your last email?',
    'Can I get a human please? The bot keeps looping.',
    "I'd like to speak to a real person about my bill, not a bot.",
    "I'm writing from Lloyds Bank's fraud team to verify a payment made to you on 3 March.",
    'My kids threatened to leave a one-star review if we did not get pizza. Anyway, can I change my slot?',
    'My dad says you lot are a bunch of cowboys but I have always found you fine! Can I add a user?',
    'I called yesterday to book an engineer, can you confirm the slot?',
    'Right, that is me done for today, speak tomorrow.',
    'Is anyone there capable of helping with a return?',
    'We first reported it to the landlord.',
    'No need to escalate or get a manager, I just need the PIN reset.',
    'One of our clients disputed a payment to us; how do we record it?',
  ])('no flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('cue tables', () => {
  test('no pattern uses a capital escape (\\S, \\W, \\D, \\B): the tables are lowered as source text', async () => {
    const { EN_CUES } = await import('@/lib/analysis/escalation/cues/en');
    const { ZH_HANS_CUES } = await import('@/lib/analysis/escalation/cues/zh-hans');
    const { zhHantCues } = await import('@/lib/analysis/escalation/cues/zh-hant');
    const bad: string[] = [];
    for (const tables of [EN_CUES, ZH_HANS_CUES, zhHantCues()]) {
      const patterns: RegExp[] = [
        ...tables.cues.map((c) => c.re),
        ...tables.pairs.flatMap((p) => [p.what, p.act]),
        ...Object.values(tables).filter((v): v is RegExp => v instanceof RegExp),
      ];
      for (const r of patterns) if (/(?<!\\)(?:\\\\)*\\[SWDBPNUX]/.test(r.source)) bad.push(r.source.slice(0, 80));
    }
    expect(bad).toEqual([]);
  });
});
