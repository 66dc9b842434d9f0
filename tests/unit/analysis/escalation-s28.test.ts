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
