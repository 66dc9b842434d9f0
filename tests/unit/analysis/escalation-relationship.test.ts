import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installEscalationModel } from '@/lib/analysis/escalation';
import { stripQuoted } from '@/lib/analysis/quoted';
import { withCustomerQuotes } from '@/lib/analysis/quoted-customer';
import type { EscalationFlag } from '@/lib/types';

// The rules alone: the learned model is retrained by the lead and must not decide these.
function flags(text: string): EscalationFlag[] {
  installEscalationModel(null);
  return analyzeMessage(text).escalation;
}

// Variants written for each family (tenth session, esc-en-a), none taken from a scored set.
describe('relationship families fire on their own new wordings', () => {
  test.each<[EscalationFlag, string]>([
    ['repeat-contact', 'Your rep promised me on Friday that the engineer would come today. Nobody.'],
    ['repeat-contact', 'The guy on the phone last night swore blind it had been sent.'],
    ['repeat-contact', 'I was assured two weeks ago that this would be fixed.'],
    ['repeat-contact', 'We emailed you on 2 May and heard nothing.'],
    ['repeat-contact', 'Further to my letter of 3 June, I am still waiting for the replacement.'],
    ['repeat-contact', 'None of my messages have been answered.'],
    ['repeat-contact', "I've been trying to get through to you since Monday."],
    ['repeat-contact', "That's three phone calls and two emails now, and still no engineer."],
    ['repeat-contact', 'i ask already two time for this'],
    ['repeat-contact', 'I spent all morning on hold with your billing department yesterday.'],
    ['supervisor', 'Can someone more senior call me back today please?'],
    ['supervisor', 'I want to know who that man reports to so I can speak to them.'],
    ['supervisor', 'Put your manager on the phone.'],
    ['supervisor', 'I already went over your head and emailed your CEO this morning.'],
    ['compensation', 'Please waive the admin fee, the delay was your fault.'],
    ['compensation', "I'd accept a partial refund and keep the chair."],
    ['compensation', 'I expect the wasted day to be taken into account on my next invoice.'],
    ['compensation', 'You should pay for the cleaning, your engineer left oil all over the carpet.'],
    ['chargeback', "Refund the £60 by Friday or I'm going straight to Visa."],
    ['chargeback', 'Fine. Monzo will be hearing about this.'],
    ['chargeback', "I've asked Revolut to block any more payments to you."],
    ['chargeback', "Unless I get a reply today I'll involve my bank."],
    ['churn', 'Moving my broadband to Sky next week, this is hopeless.'],
    ['churn', "We'll be putting the contract out to tender in the spring."],
    ['churn', 'Consider us done.'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('the same families leave ordinary messages alone', () => {
  test.each([
    'I called yesterday to book a table for four.',
    'Can you call me on Monday?',
    'My friend rang on Monday and was told it was sorted.',
    'Your colleague on Tuesday was brilliant, thank you for sorting it so quickly.',
    'We were told at the demo in March that SSO was included. Is that still the case?',
    'We have several reminders set up in the app, how do I delete them?',
    'Could you ask whoever approves the invoices to send the PO number?',
    "Who's your manager? She was so helpful and I'd like to send a compliment.",
    "We don't need anyone senior, the agent sorted it.",
    'Was the late fee waived on my last bill? Just checking.',
    'How do I get a fee waived if I pay late once?',
    "My payment isn't reflected on my account yet, can you check?",
    'Knock it off with the marketing emails.',
    'Should I contact my bank if the payment fails?',
    "Otherwise I'll call my bank to check the transfer went out.",
    'I called my bank and they said the payment went through fine.',
    "I'm switching to the annual plan, how do I do that?",
    'We would like to discuss moving our merchant accounts to you.',
    'I tried deleting the app and reinstalling it but it still crashes.',
  ])('%s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe("quoted history: the customer's own side is read for escalation, the agent's never", () => {
  const forwarded =
    'See below, we have been chasing this since March.\n\n---------- Forwarded message ---------\nFrom: Priya Nair <priya@holtandbrook.com>\nDate: Tue, 14 May 2024\nSubject: Duplicate direct debit\n\nYou took the April payment twice. Please refund the duplicate £310 this week.';
  test('a forwarded chase from a colleague raises what it asks', () => {
    expect(flags(forwarded)).toContain('compensation');
  });
  test('the restored text keeps offsets and blanks the headers', () => {
    const own = stripQuoted(forwarded).text;
    const read = withCustomerQuotes(forwarded, own);
    expect(read.length).toBe(forwarded.length);
    expect(read).not.toContain('Priya Nair');
    expect(read.indexOf('Please refund')).toBe(forwarded.indexOf('Please refund'));
  });
  test.each([
    'Perfect, that is all I needed.\n\nOn Wed, 12 Jun 2024 at 15:20, Brightline Support <help@brightline.example> wrote:\n> I have cancelled the duplicate order and the refund of £12.50 will appear in 3-5 days. If you want to speak to a manager, just reply.\n',
    'Hi, forwarding the reply I got.\n\n---------- Forwarded message ---------\nFrom: Sam Jones <sam.jones@supplier.example>\nDate: Mon, 3 Jun 2024\n\nHi Dana, we apologise for the delay. A refund of £40 will be issued and I have escalated this to my manager.',
    '> We have escalated this to our team manager and a refund of £40 has been issued to your card.\n\nJust to confirm the £40 showed up this morning. Thanks for sorting it.',
  ])('an agent reply quoted or forwarded raises nothing: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
