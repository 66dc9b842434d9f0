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
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});
