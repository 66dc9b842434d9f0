import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-ninth session's clause readings. Every sentence here is written for
// the test; none is a fixture row.

describe('someone else’s word does not reach past a turn back to the writer', () => {
  raised([
    ['My brother said he would sue you, but I just want my refund.', 'compensation'],
    ['My husband keeps telling me to go to the ombudsman, but I only want the £60 back.', 'compensation'],
    ['我老公说要告你们，但我只想要退款。', 'compensation'],
  ]);
  quiet([
    ['My manager asked me to request a refund, but I think it’s fine as it is.', 'compensation'],
    ['My brother wants a refund, but I’m happy with mine.', 'compensation'],
  ]);
});

describe('a dispute is only called off when the dispute itself is cancelled', () => {
  raised([
    ['I filed a chargeback because you cancelled my ride.', 'chargeback'],
    ['I filed a chargeback for the cancelled ride.', 'chargeback'],
    ['I opened a dispute with my bank for the payment you took in error.', 'chargeback'],
  ]);
  quiet([
    ['My chargeback was cancelled.', 'chargeback'],
    ['The dispute I raised was withdrawn.', 'chargeback'],
    ['I opened a dispute by mistake, sorry.', 'chargeback'],
  ]);
});

describe('"please confirm you will…" asks for a commitment, not how something works', () => {
  raised([
    ['Please confirm you will refund me in full.', 'compensation'],
    ['Please confirm you’ll reimburse it.', 'compensation'],
  ]);
  quiet([
    ['Please confirm whether I can cancel online.', 'churn'],
    ['Please confirm you have received my refund request.', 'compensation'],
  ]);
});

describe('a stressed want is still a want; leaving a note is not leaving', () => {
  raised([
    ['I do want a manager.', 'supervisor'],
    ['I really want a manager on this call.', 'supervisor'],
    ['I do want to cancel.', 'churn'],
    ['We really need to close the account.', 'churn'],
  ]);
  quiet([
    ['I don’t really want to cancel.', 'churn'],
    ['I want to leave a note for the driver.', 'churn'],
    ['I just want to leave a review of the new menu, where do I do that?', 'churn'],
    ['I need to leave early today, can the courier come before 3?', 'churn'],
  ]);
});

describe('money got back is money asked back, unless someone else gets it', () => {
  raised([
    ['我只想要回我的钱。', 'compensation'],
    ['我就想把我的钱拿回来。', 'compensation'],
    ['我只想攞返我啲錢。', 'compensation'],
    ['我只想拿回我付的錢。', 'compensation'],
  ]);
  quiet([
    ['押金什么时候能拿回来？', 'compensation'],
    ['请问怎么拿回押金？', 'compensation'],
    ['钱的事不用管了，信用卡那边说会找你们商户把钱要回来。', 'compensation'],
  ]);
});

describe('coming over to us, or a review someone else wrote, is not escalation', () => {
  raised([
    ['I’ll be adding my own review to the ones I read.', 'public'],
    ['We’re switching to BT next month.', 'churn'],
  ]);
  quiet([
    ['We’re switching our office to your fibre plan next month.', 'churn'],
    ['We’re switching all our lines to your business package.', 'churn'],
    ['I saw the review on Trustpilot that mentioned your new app.', 'public'],
  ]);
});

describe('a fee that should come down, a cost that is the firm’s, a renewal stopped, numbers closed', () => {
  raised([
    ['这个月网断了五天，月租是不是该给我减点？', 'compensation'],
    ['运费是你们发错货产生的，应该你们出吧。', 'compensation'],
    ['你哋寄錯貨，運費唔應該由我出啩。', 'compensation'],
    ['下个月起不用再给我续费了。', 'churn'],
    ['下個月開始唔使幫我續約，我轉台喇。', 'churn'],
    ['把我名下的号都销了吧。', 'churn'],
    ['The repair didn’t hold, so I expect you to cover the second call-out.', 'compensation'],
    ['Honestly after this I don’t see us staying with you when the contract ends in March.', 'churn'],
    ['I can’t see myself renewing at that price.', 'churn'],
  ]);
  quiet([
    ['月租怎么算的？', 'compensation'],
    ['不用帮我续费，我自己手动续就行。', 'churn'],
    ['Do you see us staying on the old tariff?', 'churn'],
    ['我们公司法务看过合同了，没问题。', 'legal'],
  ]);
});

describe('a promise by our staff set against the time since is an earlier contact', () => {
  raised([
    ['Your agent said 48 hours and it’s been a week.', 'repeat-contact'],
    ['I was told 3-5 working days, it’s now been three weeks.', 'repeat-contact'],
    ['之前在线客服说48小时内回复，现在都一周了。', 'repeat-contact'],
  ]);
  quiet([
    ['I was told the delivery takes two days, is that right?', 'repeat-contact'],
    ['Your agent said it would take 3 days and it arrived in 2, great service.', 'repeat-contact'],
  ]);
});

describe('contempt asked as a question; the press asking about a feature', () => {
  raised([
    ['Honestly how are you people even employed.', 'abuse'],
    ['How is this company still in business?', 'abuse'],
  ]);
  quiet([
    ['How are you still trading after the fire? So glad!', 'abuse'],
    ['How is my account still in business mode?', 'abuse'],
    [
      'Hello! We’re a local news site and we’re putting together a list of the best independent bakeries in town. Would you be happy to be included?',
      'public',
    ],
  ]);
});

describe('money asked back without the usual words', () => {
  raised([
    ['I shouldn’t have to pay for a service I didn’t get.', 'compensation'],
    ['I won’t be paying for March given the outage.', 'compensation'],
    ['Please don’t charge me for the missed visit.', 'compensation'],
    ['Surely I’m entitled to something for this?', 'compensation'],
    ['I’d like a gesture of goodwill for the hassle.', 'compensation'],
    ['I’d rather have store credit than wait for a replacement.', 'compensation'],
    ['I paid for premium and got basic, so I want the extra I paid returned.', 'compensation'],
    ['Will you be covering the cost of the hotel?', 'compensation'],
    ['I need you to void the late payment fee.', 'compensation'],
    ['我不应该为没用到的服务付钱。', 'compensation'],
    ['断网那几天的钱我是不会交的。', 'compensation'],
    ['没上门的那次别收我钱。', 'compensation'],
    ['酒店的钱你们报不报？', 'compensation'],
    ['那笔滞纳金作废吧。', 'compensation'],
    ['这个损失总不能让我自己扛吧。', 'compensation'],
    ['我唔應該為冇用過嘅服務俾錢。', 'compensation'],
    ['斷網嗰幾日啲錢我唔會俾。', 'compensation'],
  ]);
  quiet([
    ['Am I entitled to a refund if I cancel within 14 days?', 'compensation'],
    ['I won’t be paying for next month, I’m cancelling.', 'compensation'],
    ['I won’t be paying for the upgrade, I’ll stay on basic.', 'compensation'],
    ['Do I need to pay for the repair or is it under warranty?', 'compensation'],
    ['Dispute is open with my card provider. Either way I’m not paying for a service I never got.', 'compensation'],
    ['请问酒店的钱你们报不报？', 'compensation'],
    ['这个月的钱我不会交给中介。', 'compensation'],
    ['帮我把宠物险退了，从这个月起别再扣钱了。', 'compensation'],
    ['下个月的钱我不会再交。', 'compensation'],
  ]);
});

describe('the other flags said obliquely', () => {
  raised([
    ['Can this go to your team leader please?', 'supervisor'],
    ['Please pass this on to someone who can actually do something.', 'supervisor'],
    ['Your manager needs to see this.', 'supervisor'],
    ['I’ll be looking elsewhere for my insurance next year.', 'churn'],
    ['Time to find a provider that actually cares.', 'churn'],
    ['People should know how you treat your customers.', 'public'],
    ['I’ve taken legal advice and will act on it.', 'legal'],
    ['I’ll be reporting this to the relevant authorities.', 'regulator'],
    ['I’ll just get my bank to sort it.', 'chargeback'],
    ['我要直接跟你们总部反映。', 'supervisor'],
    ['跟你们客服来回扯了一个月了。', 'repeat-contact'],
  ]);
  quiet([
    ['Can this go to the billing team?', 'supervisor'],
    ['Just a heads up, someone has been posting fake discount codes for your shop on Facebook.', 'public'],
    ['Please pass this on to your manager, Priya was brilliant.', 'supervisor'],
    ['I’m looking elsewhere in the app for the export button and can’t find it.', 'churn'],
    ['People should know about this offer, can I share the link?', 'public'],
    ['我去别家看了一圈，还是你们家的好。', 'churn'],
    ['请问你们总部在哪个城市？', 'supervisor'],
  ]);
});

describe('leaving in two words, a sum to be reversed, contempt in regional slang', () => {
  raised([
    ['I want out.', 'churn'],
    ['Kindly do the needful and reverse the amount.', 'compensation'],
    ['Please reverse my money, I was debited twice.', 'compensation'],
    ['你們客服很瞎耶', 'abuse'],
    ['I want my money reversed.', 'compensation'],
    ['The debit should be reversed immediately.', 'compensation'],
    ['款项原路返回。', 'compensation'],
  ]);
  quiet([
    ['I want out of this queue, can someone call me?', 'churn'],
    ['Return the item?', 'compensation'],
    ['你们客服很废话', 'abuse'],
    ['Should the debit be reversed automatically?', 'compensation'],
    ['退款会原路返回吗？', 'compensation'],
  ]);
});

describe('reluctance pushed into a threat, and refusing to say it again', () => {
  raised([
    ['I really don’t want to involve lawyers, but you’re leaving me no choice.', 'legal'],
    ['I don’t want to go to the ombudsman, but I will have to if this continues.', 'regulator'],
    ['I’m not going to explain this a fifth time.', 'repeat-contact'],
  ]);
  quiet([
    ['I don’t want to involve lawyers, it’s only £20.', 'legal'],
    ['I don’t want a refund, but thanks for offering.', 'compensation'],
    ['I’m not going to explain this again, the app is great now.', 'repeat-contact'],
  ]);
});

describe('"kindly tell me the procedure for…" asks how, not for the act', () => {
  raised([
    ['Kindly refund my security deposit, I have followed the procedure for refund of deposit.', 'compensation'],
    ['Please tell me the process for a refund, and refund me now.', 'compensation'],
  ]);
  quiet([
    ['Sir, kindly tell me the procedure for refund of security deposit.', 'compensation'],
    ['Kindly share the procedure to close my late father’s savings account.', 'churn'],
  ]);
});

// Read off fresh55 after its final scoring: each sentence here is written for the test in the shape of a miss.
describe('shapes read off the blind sets after their final scoring', () => {
  raised([
    ['Who above you can approve this?', 'supervisor'],
    ['Could the admin fee be taken off? The delay was your courier’s.', 'compensation'],
    ['Pretty sure the ACCC would have something to say about that.', 'regulator'],
    ['We’ll be registering both cats somewhere else.', 'churn'],
    ['Maybe now someone will answer my emails.', 'repeat-contact'],
    ['I will instruct a solicitor and seek a rent reduction.', 'compensation'],
    ['Sort it or I’m one-starring every app you make.', 'public'],
    ['I’ll let the 10k people on the fan forum know how this works.', 'public'],
    ['不想走到起诉那一步，但押金要是一直不退，我也只能这么做了。', 'legal'],
    ['我不介意让市场监管局来评评理。', 'regulator'],
    ['你们这边到底谁能拍板？', 'supervisor'],
    ['反正以后也不打算再用了。', 'churn'],
    ['孩子这个班我们就上到这期结束吧。', 'churn'],
    ['業主群、物業前台、熱線我都反映過了。', 'repeat-contact'],
  ]);
  quiet([
    ['whats a chargeback? the app says my account is locked because of a chargeback', 'chargeback'],
    ['You’ve now read me the same policy three times.', 'repeat-contact'],
    ['Some of the other parents are talking about reporting the school. I’m not part of that.', 'regulator'],
    ['Used to 1-star every game that crashed, but this update is great.', 'public'],
    ['请问这个活动谁可以决定参加人数？', 'supervisor'],
    ['我妈非让我跟你们说要找律师，我觉得没那么严重。', 'legal'],
    ['兩年前我曾經向消委會投訴過，當時你哋都處理得幾好。', 'regulator'],
  ]);
});
