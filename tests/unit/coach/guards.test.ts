import { describe, expect, test } from 'vitest';
import { COACH_RULES, type CoachIssueKind, coachDraft } from '@/lib/coach';

// Sentences that share words with a rule but say something kind, honest or owning.
const CLEAN: Array<[string]> = [
  ["We can't wait to get this sorted for you."],
  ['We cannot thank you enough for your patience.'],
  ["I can't tell you how sorry I am about this."],
  ["I can't imagine how stressful that was."],
  ["I can't find an order under that email — could you send me the order number?"],
  ['This will never happen again, and I am sorry it did.'],
  ['We never want you to feel ignored.'],
  ["This isn't your fault at all."],
  ['It is not your fault.'],
  ['You should have received a confirmation email this morning.'],
  ["If you haven't checked your spam folder yet, the code may be there."],
  ['There was no way you could have known that.'],
  ['The outage made it impossible for you to log in, and I am sorry.'],
  ["Under our policy you're entitled to a full refund."],
  ['Our policy says you can return it within 60 days.'],
  ["Obviously that's not the experience we want you to have."],
  ['This is obviously frustrating.'],
  ["I'm sorry the system charged you twice — that's on us."],
  ["You don't have to read the whole manual; here is the one step that matters."],
  ["This isn't the courier's fault — it's ours."],
  ['Please let me know if it happens again.'],
  ['您没收到验证码的话，我可以重新发送。'],
  ['如果您没看到邮件，可能在垃圾箱里。'],
  ['这不是您的错，是我们没做好。'],
  ['我们不会收取任何额外费用。'],
  ['很抱歉我们没能及时回复您。'],
  ['系统显示您的包裹已签收。'],
  ['根据平台规则，您可以申请全额退款。'],
  ['我无法想象您当时有多着急。'],
  ['让您一整天都没办法上网，真的很抱歉。'],
  ['以后不可能再让您遇到这种情况。'],
  ['这次是系统问题，是我们的失误，非常抱歉。'],
  ['您之前说了订单号是8213，我已经查到了。'],
  ['這完全不是您的錯。'],
  ['如果您沒看到簡訊，我可以再寄一次。'],
  ['依照規定，您可以申請免費維修。'],
  ['害您好幾天都沒辦法使用，真的很抱歉。'],
  ['我無法想像您當時有多著急。'],
  ['這次是系統異常，是我們的疏失，非常抱歉。'],
  ['我們不能讓您再失望一次。'],
];

// The same words in the mouth of an agent who is refusing, blaming or brushing off.
const FLAGGED: Array<[string, CoachIssueKind]> = [
  ["We can't refund opened items.", 'absolute'],
  ['I cannot change the delivery date.', 'absolute'],
  ["We won't be able to do that.", 'absolute'],
  ['We never offer refunds on sale items.', 'absolute'],
  ["It's your fault the card was declined.", 'blame'],
  ['You should have told us sooner.', 'blame'],
  ["You should've told us sooner.", 'blame'],
  ['You didn’t read the instructions.', 'blame'],
  ['it’s not our problem.', 'defensive'],
  ['That is beyond our control.', 'defensive'],
  ['Sorry if you were offended.', 'defensive'],
  ['As I mentioned before, it takes 3 days.', 'dismissive'],
  ['As previously stated, the fee is fixed.', 'dismissive'],
  ["You're overreacting.", 'dismissive'],
  ["It's all in the FAQ.", 'dismissive'],
  ["According to our policy, that's not refundable.", 'policy'],
  ['Our hands are tied.', 'policy'],
  ['An error was made.', 'no-ownership'],
  ['It was a system error.', 'no-ownership'],
  ['These things happen.', 'no-ownership'],
  ['With all due respect, that is wrong.', 'sarcasm'],
  ['Oh great, another password reset.', 'sarcasm'],
  ['您没看清楚就下单了。', 'blame'],
  ['这是您自己的问题。', 'blame'],
  ['谁让您不早点说。', 'blame'],
  ['跟我们没关系。', 'defensive'],
  ['这不归我管。', 'defensive'],
  ['别激动，有话好好说。', 'dismissive'],
  ['我都说了好几遍了。', 'dismissive'],
  ['您想多了。', 'dismissive'],
  ['我们这边做不到。', 'absolute'],
  ['这个我们处理不了。', 'absolute'],
  ['根据平台规定，这种情况不予退款。', 'policy'],
  ['系统故障导致的，请耐心等待。', 'no-ownership'],
  ['您可真厉害。', 'sarcasm'],
  ['您自己沒看清楚就下單了。', 'blame'],
  ['跟我們沒關係。', 'defensive'],
  ['你想太多了。', 'dismissive'],
  ['我們這邊做不到。', 'absolute'],
  ['依規定不予退款。', 'policy'],
  ['系統自動扣的款。', 'no-ownership'],
  ['你看著辦吧。', 'sarcasm'],
];

describe('guards keep kind and owning sentences clean', () => {
  test.each(CLEAN)('%s', (text) => {
    expect(coachDraft(text).issues).toEqual([]);
  });
});

describe('the same words used to refuse or blame are flagged', () => {
  test.each(FLAGGED)('%s → %s', (text, kind) => {
    const issues = coachDraft(text).issues;
    expect(issues.map((i) => i.kind)).toContain(kind);
    for (const i of issues) expect(text.slice(i.start, i.end)).toBe(i.text);
  });
});

describe('rule data is written natively in each script', () => {
  // A Traditional rule that matches only Simplified text (or the reverse) silently never fires.
  const SIMPLIFIED_ONLY =
    /[这们说时会对发经题问还没过关进后给请谢单务处办该现认让帮间买卖货钱账号实将东车长见觉样话边难统确联络订费气烦虑担忧规则错责网页码换补偿赔递运达记录态验证种从点两条写里读选]/;
  const TRADITIONAL_ONLY =
    /[這們說時會對發經題問還沒過關進後給請謝單務處辦該現認讓幫間買賣貨錢帳號實將東車長見覺樣話邊難統確聯絡訂費氣煩慮擔憂規則錯責網頁碼換補償賠遞運達記錄態驗證種從點兩條寫裡讀選]/;
  test.each([
    ['zh-Hans', TRADITIONAL_ONLY],
    ['zh-Hant', SIMPLIFIED_ONLY],
  ] as const)('%s rules use no characters of the other script', (lang, other) => {
    for (const rule of COACH_RULES[lang]) {
      expect(`${rule.id}: ${rule.pattern.source}`).not.toMatch(other);
      expect(`${rule.id}: ${rule.alternative}`).not.toMatch(other);
    }
  });
});
