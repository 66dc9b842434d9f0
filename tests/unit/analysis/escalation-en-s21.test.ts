import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// Rules alone (no model installed): the twenty-first session's classes (cues/en-s21.ts). Every sentence here is
// written for the test; none is a fixture row.
const flags = (text: string) => analyzeMessage(text).escalation;

describe('twenty-first session shapes: raised', () => {
  test.each<[EscalationFlag, string]>([
    ['repeat-contact', "Your office hasn't answered any of my emails since June."],
    ['repeat-contact', 'You lot never once returned a call.'],
    ['repeat-contact', 'You had ten days to reply to my letters.'],
    ['repeat-contact', 'Four calls so far have got me nowhere.'],
    ['repeat-contact', 'After three separate chats the login is still broken.'],
    ['repeat-contact', 'Two months of chasing and the part still has not come.'],
    ['repeat-contact', 'We sent the signed forms to your claims team on three occasions.'],
    ['repeat-contact', 'Resending this again because the last one vanished.'],
    ['repeat-contact', "I'm emailing about the broken boiler again."],
    ['repeat-contact', "I've been back to your store twice about this watch."],
    ['repeat-contact', 'The agent said they would call me back on Friday but never did.'],
    ['repeat-contact', 'Every time your team tells me it is escalated.'],
    ['abuse', 'Your installers are a bunch of cowboys.'],
    ['abuse', 'Are you people really that dense?'],
    ['abuse', 'Honestly your airline is a shambles.'],
    ['compensation', 'The least your company could do is refund the booking fee.'],
    ['compensation', 'Can I get a discount for the week without hot water?'],
    ['compensation', 'Some kind of goodwill gesture would be fair after three missed deliveries.'],
    ['compensation', 'I want the late fee taken off.'],
    ['public', 'How would this look to the readers of the local paper?'],
    ['public', "Lisa Moore's show would find this very interesting."],
    ['public', 'My son has 12k subscribers and is keen to make a video about this.'],
    ['public', 'I started a thread on the owners forum about it.'],
    ['public', 'The whole saga is going into my column next week.'],
    ['regulator', "Don't make me take this to the ombudsman."],
    ['regulator', 'Copies of this email have been sent to Trading Standards.'],
    ['regulator', 'I complained to the Consumer Council for Water yesterday.'],
    ['legal', 'A legal notice has been served on your company.'],
    ['legal', 'I have a consultation with a solicitor on Monday.'],
    ['chargeback', 'My bank dispute window ends next week.'],
    ['chargeback', 'Amex might see it differently.'],
    ['chargeback', 'If the money is not on my card by Monday I will be disputing the charge.'],
    ['supervisor', 'I have written to the headteacher.'],
    ['supervisor', 'The practice manager has been copied in.'],
    ['supervisor', 'Who at the company could actually approve a refund?'],
    ['churn', 'Cancelling.'],
    ['churn', 'Send my deposit back so I can book elsewhere.'],
    ['churn', 'We are transferring to another nursery in May.'],
    ['repeat-contact', 'Your billing team assured me on 2 May that it would be fixed.'],
    ['repeat-contact', 'Your agent said over the phone the parts were ordered.'],
    ['repeat-contact', 'We already phoned your depot about the missing pallet.'],
    ['repeat-contact', 'Following up on the chat I had with Omar last week.'],
    ['repeat-contact', 'Your letter dated 9 June: "We will refund the difference."'],
    ['repeat-contact', 'This is my third reminder.'],
    ['repeat-contact', 'I have rung your helpline six times this month.'],
    ['repeat-contact', 'Every email I send gets the same template.'],
    ['repeat-contact', 'Two weeks on, nobody has got back.'],
    ['repeat-contact', 'I am asking for the fourth time.'],
    ['repeat-contact', 'Three calls in the last fortnight have got me nowhere.'],
    ['compensation', 'The call-out fee should come off my invoice.'],
    ['compensation', 'Credit the two missed weeks to my account please.'],
    ['compensation', 'Apply the service credit the contract promises.'],
    ['compensation', 'Put the money back on my card.'],
    ['compensation', 'A refund would be in order, surely?'],
    ['compensation', 'I want every cent of it back.'],
    ['compensation', 'Reverse the duplicate charge.'],
    ['compensation', 'Please release my deposit.'],
    ['compensation', "I'd still like my money."],
    ['churn', 'pls close my account thx, moving abroad'],
    ['churn', 'We moved to Octopus last month.'],
    ['churn', 'We are actively looking at other suppliers.'],
    ['churn', 'We are moving all our domains away from you.'],
    ['churn', 'From June the contract is going to Harlow Cleaning instead.'],
    ['churn', "Found a garage that answers the phone, so I've gone over to them."],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('twenty-first session traps: nothing raised', () => {
  test.each<[EscalationFlag, string]>([
    ['repeat-contact', "Sorry I haven't answered your emails, I was away."],
    ['repeat-contact', 'Please reply to my email when you can.'],
    ['repeat-contact', 'It has leaked on three occasions since we moved in, is that normal for this model?'],
    ['repeat-contact', 'We spoke across two calls last year when I set it up, all good.'],
    ['abuse', 'Are you able to send thicker bags? The thin ones split.'],
    ['abuse', 'Our twins are a pair of Neanderthals fans, so the museum pass was perfect.'],
    ['compensation', 'What is the difference between a refund to source and a refund to wallet?'],
    ['compensation', "Your ad says 'money-back guarantee'. Does that cover opened items?"],
    ['churn', 'Ignore my last email about cancelling, I was looking at the wrong account.'],
    ['chargeback', 'My ex disputed a charge on our old card, I want to keep my account. Does that affect me?'],
    ['chargeback', 'Her bank mentioned she could dispute it, but she thinks she just forgot.'],
    ['harm', 'A man outside was threatening to smash the van window, your driver stayed calm and was lovely.'],
    ['supervisor', 'My solicitor wrote to your practice manager in April about the claim.'],
    ['public', 'Your team might find this interesting: the app could use dark mode.'],
    ['legal', 'I work at the legal aid clinic and we would like to order ten chairs.'],
    ['repeat-contact', 'I already called Chase and they are looking at it.'],
    ['repeat-contact', 'My dad had a fall and nobody has called her daughter yet, can you pass on the message?'],
    ['repeat-contact', 'Thanks for your email of 3 March, we would like to book the van for Friday.'],
    ['compensation', 'Could you tell me which documents you need to release the funds?'],
    ['compensation', 'How much does the cost of the crown come to?'],
    ['churn', 'How do I move my photos off your app?'],
    ['churn', 'I switched to the annual plan last week and love it.'],
    ['churn', 'Take it off the bill or I will sort it another way.'],
    ['churn', 'Your driver keeps going to Mill Road instead of Mill Lane.'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});
