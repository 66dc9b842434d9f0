import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// Rules alone (no model installed): intents said in chat idiom (cues/en-chat.ts), an issuer as the other branch of
// a choice, a rival named by where it is, and self-harm said as no point in being around. Every sentence here is
// written for the test; none is a fixture row.
const flags = (text: string) => analyzeMessage(text).escalation;

describe('eighteenth session shapes: raised', () => {
  test.each<[EscalationFlag, string]>([
    ['public', 'one star review incoming, just so you know'],
    ['public', 'see u on the timeline'],
    ['public', "I'm about to make this everybody's problem."],
    ['public', 'The next update goes on my page, not in your inbox.'],
    ['public', 'My Google review went up this morning.'],
    ['repeat-contact', 'day 9 of chasing this'],
    ['repeat-contact', '4th dm and still nothing'],
    ['repeat-contact', 'This is message number three on the same fault.'],
    ['supervisor', "I don't know who's above Priya but I want them on this."],
    ['supervisor', 'whoever the store manager is, I want him to call me'],
    ['legal', "my sister's a solicitor btw"],
    ['legal', "My dad is a lawyer and he's going through your terms tonight."],
    ['chargeback', "I'm charging back the whole order."],
    ['chargeback', 'Refund it, or my credit card company takes the money back.'],
    ['chargeback', 'Either the deposit comes back or Visa decides.'],
    ['chargeback', "I've filled in the dispute form for my bank."],
    ['churn', "If it's not sorted by Friday we're switching to the firm down the road."],
    ['harm', "I don't see the point in being around anymore."],
    ['harm', 'i dont even see the point in anything now'],
    ['harm', "I'm not sure I want to wake up tomorrow."],
    ['regulator', "I'm filing a complaint with TRAI today."],
    ['regulator', "I'll be making a complaint to ComReg about this."],
    ['compensation', "I'd like March's fee taken off, please."],
    ['compensation', 'Knock the delivery charge off.'],
    ['compensation', 'Write the balance off by the end of the month.'],
    ['compensation', 'Please adjust the invoice to the quoted price.'],
    ['compensation', 'Honestly I expect the whole stay to be comped.'],
    ['compensation', 'I trust this will be reflected in my next bill.'],
    ['chargeback', 'Klarna gives me 120 days to raise this.'],
    ['chargeback', 'My bank can decide who is right.'],
    ['legal', 'Next you will hear from someone who charges £300 an hour.'],
    ['legal', 'Cancel the fee, otherwise my solicitor takes it over.'],
    ['regulator', 'Whoever regulates letting agents will hear about this.'],
    ['regulator', 'The CQC would find your staffing rota very interesting.'],
    ['public', 'I will share this story with the 5,000 members of our parents group.'],
    ['public', 'Posting the photos on Facebook tonight.'],
    ['abuse', 'Is there an actual adult working there?'],
    ['churn', "That's the last penny you lot get from me."],
    ['supervisor', "I've written to your chief executive's office."],
    ['harm', "I'm frightened of what I might do."],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('eighteenth session shapes: not raised', () => {
  test.each<[EscalationFlag, string]>([
    ['public', 'Hype incoming! Cannot wait for the launch.'],
    ['repeat-contact', 'Can you update the 2nd email address on my account?'],
    ['repeat-contact', 'Please close ticket #4410, it was a duplicate.'],
    ['legal', "My aunt's a lawyer, so she helped me set up the business account. Thanks for the quick setup!"],
    ['chargeback', 'Where is the chargeback form in the merchant dashboard?'],
    ['chargeback', 'Is it better to pay by card or PayPal?'],
    ['churn', "I'm going to the guys next door for lunch, back in an hour."],
    ['harm', 'There is no point in being around the office while the system is down.'],
    ['compensation', 'Can you take it off the website listing?'],
    ['compensation', 'Please take the cover off before installing.'],
    ['public', 'Can I share my experience with the members of your team?'],
    ['abuse', 'Is there an adult ticket price?'],
    ['regulator', 'Who regulates energy suppliers in Scotland?'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});
