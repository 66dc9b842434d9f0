import { describe } from 'vitest';
import { quiet, raised } from './escalation-rows';

// Rules alone (no model installed): the twenty-eighth session's two readings (cues/en.ts `conditional` and
// `thirdParty`). Every sentence here is written for the test; none is a fixture row.

describe('"failing which" turns a request into an ultimatum, as "or we will" does', () => {
  raised([
    ['Kindly confirm the goods will arrive by Monday, failing which we will cancel the contract.', 'churn'],
    ['Please confirm the credit by the 30th; failing that, I will refer the matter to the ombudsman.', 'regulator'],
    ['Could you confirm the repair date, failing which we shall issue proceedings.', 'legal'],
  ]);
  quiet([
    ['Please confirm whether cancelling the contract early carries a fee.', 'churn'],
    ['Failing which step of the setup does the ombudsman guide start from?', 'regulator'],
  ]);
});

describe('a purchase made with another firm is the customer’s own act, not someone else’s dispute', () => {
  raised([
    ['We booked rooms with another hotel and I have already opened a dispute with Visa for your charge.', 'chargeback'],
    ['We flew home with another airline and I have raised a dispute with my bank over your fare.', 'chargeback'],
  ]);
  quiet([
    ['My brother has a dispute with another airline, how do chargebacks work?', 'chargeback'],
    ['Is a dispute with another merchant handled by you or by my bank?', 'chargeback'],
  ]);
});

describe('money asked for politely, as an expectation or a favour', () => {
  raised([
    ['Given the two missed visits I would expect a small credit on next month’s invoice.', 'compensation'],
    ['My mum was billed twice for March, that wants refunding.', 'compensation'],
    ['押金一直没退，滞纳金还照扣，这笔滞纳金麻烦帮我取消。', 'compensation'],
    ['机票是我自己改签的，发票都在，麻烦你们确认可以报销。', 'compensation'],
    ['修理费一共三百五，单据已经拍照发过去了，请这周内汇给我。', 'compensation'],
    ['楼上漏水泡坏了地板，这部分损失要求物业承担。', 'compensation'],
    ['空调坏了半个月，这个月的物业费应该减一点吧。', 'compensation'],
    ['維修費三千二，收據附上，麻煩月底前匯給我。', 'compensation'],
  ]);
  quiet([
    ['Does the credit show on the bill or on the statement?', 'compensation'],
    ['The shelf needs putting up before the delivery comes.', 'compensation'],
    ['差旅费用可以报销吗？报销流程是怎样的？', 'compensation'],
    ['滞纳金怎么取消？在哪里操作？', 'compensation'],
    ['验证码请发给我，谢谢。', 'compensation'],
  ]);
});
