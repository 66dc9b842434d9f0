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
    ['regulator', "I've reported the pharmacist to the Board of Pharmacy."],
    ['regulator', 'I sent the photos and the receipt to the Competition Bureau.'],
    ['regulator', 'If nobody calls by five I am calling the state health department.'],
    ['harm', "If that rep shows his face here again he'll be going home in an ambulance."],
    ['harm', "Tell your installer he'd better run if I see him."],
    ['harm', "One more eye-roll from that clerk and I'm coming over the counter."],
    ['harm', "Send that man again and he won't leave in quite the condition he arrived in."],
    ['harm', "Might pop round to your depot later. Let's see how well those gates hold up."],
    ['harm', "I've been having thoughts of ending things."],
    ['chargeback', 'You have until Monday before I ring Amex.'],
    ['chargeback', "Fine. I'll let Barclaycard ask you instead."],
    ['chargeback', "I've disputed the £89 with Monzo."],
    ['chargeback', 'The bank gave me a provisional credit yesterday.'],
    ['churn', 'Both our numbers were ported to Three this morning.'],
    ['churn', 'Moved all of our family prescriptions to the chemist on the high street.'],
    ['churn', 'Handed my key fob in at the desk.'],
    ['churn', 'There are other pharmacies, you know.'],
    ['churn', 'Your rival is about to get a new customer.'],
    ['churn', 'Please withdraw my son from the Saturday swim sessions.'],
    ['supervisor', 'I need a person who is actually allowed to make an exception.'],
    ['supervisor', 'Put me through to whoever can waive the fee.'],
    ['supervisor', "I've copied this email to your chief executive."],
    ['public', 'The parents on the Elm Park school page would love to hear about this.'],
    ['public', "I've already spoken with a reporter about your nursery."],
    ['public', "We're taking this to the Manchester Evening News."],
    ['public', 'The whole saga is now on Trustpilot.'],
    ['compensation', 'The tour was a shambles. I look forward to receiving £300 within 14 days.'],
    ['compensation', "I've deducted £45 from your invoice for the missed visit."],
    ['compensation', 'I expect the replacement to be free of charge.'],
    ['repeat-contact', 'As I said on the 2nd and again on the 9th, the meter is wrong.'],
    ['repeat-contact', 'Gentle reminder, my fourth, that the tap still leaks.'],
    ['repeat-contact', 'Your supervisor told me on the phone yesterday it was approved.'],
    ['repeat-contact', 'I chased it by email last week.'],
    ['abuse', "A helpline staffed by people who can't read."],
    ['abuse', 'Greedy vultures, the lot of you.'],
    ['legal', "I'm forwarding this entire thread to my solicitor tonight."],
    ['legal', 'See you in housing court.'],
    ['legal', "My brother-in-law practises consumer law and he's reading your terms now."],
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
    ['regulator', 'I sent the form to the Department of Education for my loan.'],
    ['regulator', 'I forwarded the invoice to the Accounts Payable Office.'],
    ['regulator', 'Does state licensing require a background check for staff?'],
    ['harm', 'The ambulance took him to hospital and the staff were wonderful.'],
    ['harm', 'Will the windows survive the winter without a second coat of sealant?'],
    ['chargeback', 'Can I call Visa to ask about the hold?'],
    ['churn', 'Can I move our prescriptions to you from the old pharmacy?'],
    ['churn', 'Can I withdraw money from the savings plan early?'],
    ['public', 'My daughter works at the Evening Standard and loves your app.'],
    ['compensation', 'I look forward to receiving my new sofa.'],
    ['legal', 'My cousin practises family law and recommended your removal firm, thank you!'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('a cue repeated through one long unpunctuated block', () => {
  test('still reads as its flag (each cue is read a few times per sentence, not once per copy)', () => {
    const text = "I've reported it to the FCA and ".repeat(600);
    expect(flags(text)).toContain('regulator');
  });
});
