import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// Rules alone (no model installed): the nineteenth session's classes (cues/en-s19.ts). Every sentence here is
// written for the test; none is a fixture row.
const flags = (text: string) => analyzeMessage(text).escalation;

describe('nineteenth session shapes: raised', () => {
  test.each<[EscalationFlag, string]>([
    ['regulator', "I've reported your dealership to the DVSA."],
    ['regulator', 'If this is not fixed by Friday, the whole file goes to the PUCO.'],
    ['regulator', 'Next stop is the Rail Passengers Commissioner.'],
    ['regulator', 'We lodged a complaint with the Maritime Passenger Rights Board this morning.'],
    ['regulator', "I'll be reporting this site to the eSafety Commissioner."],
    ['regulator', 'Trading Standards are getting a copy of this email.'],
    ['repeat-contact', "I've spoken to five different agents and nobody can tell me."],
    ['repeat-contact', 'Three advisers have now told me it is being looked into.'],
    ['repeat-contact', 'Someone please read the ticket I opened two weeks ago.'],
    ['repeat-contact', 'We have reported it by phone and by email.'],
    ['repeat-contact', 'I first raised this in April, again in June and again last week.'],
    ['repeat-contact', 'I have telephoned on four occasions.'],
    ['repeat-contact', 'Further to my two phone calls and three emails, nothing has changed.'],
    ['repeat-contact', 'Uploaded the same payslip three times now.'],
    ['repeat-contact', 'Six weeks of chasing and still no refund.'],
    ['repeat-contact', 'Following up on my chat with your team yesterday.'],
    ['harm', 'I swear I will come in there and smash every window in the shop.'],
    ['harm', "Do that again and I'll drive the van through your front gate."],
    ['harm', "if this isn't fixed im jumping off a bridge"],
    ['harm', 'Honestly I feel like ending it all.'],
    ['harm', "I'll take a cricket bat to that meter if anyone touches it."],
    ['churn', "Don't bother with the offer. I've gone to Ovo."],
    ['churn', 'Switched to Giffgaff last week.'],
    ['churn', 'Just cancelled Premium.'],
    ['churn', "We've moved all of the office's printing over to another supplier."],
    ['churn', 'The next fridge will be coming from somewhere else.'],
    ['churn', 'Consider this my last order.'],
    ['churn', "Don't expect any more bookings from us."],
    ['churn', 'That will be our last stay with you.'],
    ['public', 'The residents forum is getting a very long post tonight.'],
    ['public', 'A reporter will be contacting your company for comment.'],
    ['public', 'Let us see how you explain that on national radio.'],
    ['public', 'The journalists at the Evening Post would be very interested in this.'],
    ['public', 'I put the whole story on the Pistonheads forum.'],
    ['compensation', 'Credit the difference against our next invoice.'],
    ['compensation', 'Release the £900 deposit by Friday.'],
    ['compensation', 'You still owe me £14.20.'],
    ['compensation', 'We would accept a refund of £200 in full settlement.'],
    ['compensation', 'Please pay it back to the original card.'],
    ['compensation', 'I want a rent reduction for the weeks without heating.'],
    ['abuse', 'A company run by crooks.'],
    ['abuse', 'Your engineers are thieves.'],
    ['abuse', 'Thieving gits, the lot of you.'],
    ['supervisor', 'Put me through to someone above the lad I just spoke to.'],
    ['supervisor', 'I need somebody with more authority on this.'],
    ['supervisor', 'I want the name of the person she reports to.'],
    ['chargeback', 'Barclays have reversed the payment.'],
    ['chargeback', "If it's not refunded I'll file a dispute with my Chase credit card."],
    ['legal', 'Good luck explaining that clause to a judge.'],
    ['legal', 'We have instructed Fenwick Marsh LLP to act for us.'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('nineteenth session shapes: not raised', () => {
  test.each<[EscalationFlag, string]>([
    ['regulator', 'I sent the logs to the IT team.'],
    ['regulator', 'Even complaining to IRCTC got me nowhere.'],
    ['regulator', 'I raised a complaint with the Customer Relations Board.'],
    ['regulator', 'Please forward my CV to HR.'],
    ['repeat-contact', 'I have ordered from you three times and loved it.'],
    ['repeat-contact', 'Keep ignoring the spam folder, it is fine.'],
    ['churn', 'I nearly switched to Vodafone last month but your offer kept me.'],
    ['churn', "I've gone to the shop to pick it up."],
    ['churn', 'I think I will go back to sleep then.'],
    ['harm', 'The courier smashed the screen in transit.'],
    ['harm', 'My son is jumping off the sofa again.'],
    ['compensation', 'Which documents do you need to release the funds?'],
    ['compensation', 'Could you reissue the invoice with our VAT number?'],
    ['public', 'I heard about you on national radio, great show.'],
    ['abuse', 'Our charity shop is run by volunteers.'],
    ['supervisor', 'Is there an age limit? Anyone above the age of 16?'],
    ['chargeback', 'How do I file a dispute as a seller?'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});
