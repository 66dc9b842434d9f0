import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// Rules alone (no model installed): the twentieth session's classes (cues/en-s20.ts) and the message-wide "it's
// resolved" reading. Every sentence here is written for the test; none is a fixture row.
const flags = (text: string) => analyzeMessage(text).escalation;

describe('twentieth session shapes: raised', () => {
  test.each<[EscalationFlag, string]>([
    ['regulator', 'If the refund is not in by Friday I will be filing with NCC.'],
    ['regulator', 'Filed it with the DTI this morning.'],
    ['regulator', 'I am taking the whole file to FCCPC next week.'],
    ['regulator', 'You can explain it to ICASA, then.'],
    ['regulator', 'I think the CRTC would have a view on that.'],
    ['regulator', 'Trading Standards might take an interest in how you price these.'],
    ['regulator', 'My Ofcom complaint reference is 44120.'],
    ['regulator', 'I rang environmental health and they came out on Monday.'],
    ['regulator', "The ombudsman is next if this isn't sorted."],
    ['regulator', "I'll be lodging it with the Council for Funeral Standards."],
    ['public', 'My thread about the leak is already up on Reddit.'],
    ['public', "I've changed my review to one star."],
    ['public', 'Already posted it on Instagram.'],
    ['public', "That's exactly where the photos of this kitchen are going."],
    ['public', 'The folks on Mumsnet would love this story.'],
    ['public', "I'm writing a very honest post about how you handled the recall."],
    ['harm', "I'll be waiting for him at the gate with a bat."],
    ['harm', "Next time your bailiff won't get off so lightly."],
    ['harm', "He'll leave with more than a parking ticket."],
    ['harm', 'I keep thinking about just ending everything.'],
    ['harm', "I'll put your shop windows in."],
    ['supervisor', "You've told me you can't. So who can?"],
    ['supervisor', 'Is there really nobody above you?'],
    ['supervisor', 'I want the clinic manager to call me today.'],
    ['supervisor', "I've emailed your managing director."],
    ['supervisor', "I'm ringing the store owner directly."],
    ['repeat-contact', 'This is my 3rd follow-up.'],
    ['repeat-contact', 'I have followed up with your office five times.'],
    ['repeat-contact', 'Two letters have gone unanswered.'],
    ['repeat-contact', "We've reported the fault six times."],
    ['repeat-contact', 'Ticket 88123 and the login is still broken.'],
    ['repeat-contact', "I've been told three times that it's in hand."],
    ['repeat-contact', 'You never answered my two emails.'],
    ['churn', 'PAC code requested.'],
    ['churn', 'That will be the last cruise we book with you.'],
    ['churn', 'Please stop the direct debit from next month.'],
    ['compensation', 'That late fee should be waived.'],
    ['compensation', 'A partial refund would be fair.'],
    ['compensation', 'I expect you to cover the lost wages.'],
    ['compensation', 'I want my R850 back.'],
    ['chargeback', "I've asked my bank to reverse the payment."],
    ['chargeback', 'Otherwise I go through Barclaycard and dispute it.'],
    ['legal', 'Should I ask my solicitor to explain the contract to you?'],
    ['legal', "We're taking it to the tribunal."],
    ['abuse', 'Clueless from top to bottom.'],
    ['abuse', 'You lot are a bunch of clueless cowboys.'],
    ['regulator', 'if this isnt fixed im filing w the FCC'],
    ['regulator', "I'm calling 311 about the heating tonight."],
    ['regulator', 'The photos are going to the Ombudsman and the local paper.'],
    ['supervisor', 'I want to speak to the duty manager.'],
    ['churn', "I'm moving my salary to another bank."],
    ['churn', "you're about to lose a ten year customer"],
    ['churn', "We've moved our printing contract to another supplier."],
    ['abuse', "you're literally the stupidest company I've dealt with"],
    ['abuse', 'Stop putting me through to brain-dead script readers.'],
    ['harm', "I won't be responsible for my actions if he comes back."],
    ['harm', "I'll be throwing a brick through your shop window."],
    ['compensation', 'I expect the $75 refunded.'],
    ['compensation', "I'd appreciate it if that could come off next month's invoice."],
    ['public', 'The Yorkshire Post might be very interested in this.'],
    ['repeat-contact', "I've sent you the death certificate three times."],
    ['repeat-contact', "You've ignored four emails."],
    ['repeat-contact', "I've left three messages on your voicemail."],
    ['repeat-contact', "you're the fourth person I've been transferred to"],
    ['repeat-contact', 'I rang on Monday and again on Wednesday.'],
    ['repeat-contact', 'Why am I explaining this again?'],
    ['harm', "I'll put his face through that counter."],
    ['harm', "He'll be going home in an ambulance."],
    ['harm', "I can't promise I'll keep my hands to myself."],
    ['harm', "I've got a baseball bat by the door."],
    ['harm', 'Be a shame if your van got its windows done.'],
    ['harm', 'Tell him to watch his back round here.'],
    ['harm', 'Honestly there is not much reason for me to stick around.'],
    ['harm', "I don't want to wake up tomorrow."],
    ['harm', "Maybe it's better if I'm gone."],
    ['harm', "I won't be needing any of it after tonight."],
    ['harm', "I don't really want to be here without him."],
    ['harm', 'Some days I just want to walk in front of a train.'],
    ['harm', 'Send him round again and see what happens to his car.'],
    ['harm', "They'll be met at the gate by me and my dogs."],
    ['supervisor', 'I want to speak to the practice manager, not reception.'],
    ['supervisor', "I'd like a call from your regional manager this week."],
    ['supervisor', 'Whoever signed off this quote needs to call me.'],
    ['public', 'Already on Twitter.'],
    ['public', "I'm writing the whole saga up on Reddit tonight."],
    ['public', 'A reporter from the Echo has asked me for a quote.'],
    ['churn', "We've found a garage that actually answers its phone."],
    ['churn', "We're switching to Octopus, simple as that."],
    ['churn', "We'll have to look at other suppliers."],
    ['repeat-contact', "I've uploaded the form four separate times."],
    ['repeat-contact', 'Three different people, zero answers.'],
    ['repeat-contact', "I've messaged you on Facebook, email and live chat."],
    ['compensation', 'Please credit the outage to our account.'],
    ['compensation', "I want last year's fees back."],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('twentieth session shapes: traps left clean', () => {
  test.each<[EscalationFlag, string]>([
    ['regulator', 'Is BSP a bank holiday in the Philippines too?'],
    ['regulator', 'How do I file a tax form with HMRC through your app?'],
    ['public', 'Your post on Instagram about the sale was lovely.'],
    ['harm', "I'll be waiting for the driver at the gate, it's the blue one."],
    ['harm', 'This curry is going to kill me, it is so good.'],
    ['supervisor', 'Who can I speak to about adding a second driver?'],
    ['repeat-contact', 'The app logged me out three times this morning.'],
    ['churn', "I'm off to Spain next week, can I pause deliveries?"],
    ['harm', 'Could you put the parcel through the letterbox next time?'],
    ['harm', 'The ride was 12 kms, why was I charged for 20?'],
    ['harm', 'There might be an accident on the motorway, so the driver may be late.'],
    ['harm', "I won't need the parking permit after this month, we're moving."],
    ['public', 'The local paper might be interested in your charity run, here is their number.'],
    ['churn', "I'm switching to the annual plan, how do I do that?"],
    ['supervisor', 'Can you tell me who the practice manager is? I want to send a thank-you card.'],
    ['public', 'Is your app available on the Google Play store?'],
    ['churn', 'Can we look at other options for the delivery slot?'],
    ['compensation', 'Is the admin fee refundable if I cancel?'],
    ['chargeback', 'How do I ask my bank to update my card on your site?'],
    ['legal', 'My sister is a lawyer, she loved the hamper!'],
    ['repeat-contact', 'My agents keep telling me your portal is brilliant.'],
    ['repeat-contact', 'My card was charged twice, can you check?'],
    ['regulator', 'Do you publish the inspector reports from 2023?'],
    ['churn', 'We moved our office to Leeds, please update the delivery address.'],
    ['harm', 'Please be careful, the dog is not responsible for her actions when the bell rings.'],
  ])('%s not raised: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('a message-wide "it is over" settles a cue only when it is', () => {
  test('a fault that came back does not settle the dispute stated before it', () => {
    expect(
      flags("I've disputed the $900 with Amex. The warning light was back on before I reached the motorway."),
    ).toContain('chargeback');
  });
  test('a delivery that arrived damaged does not settle the demand', () => {
    expect(flags('The chair arrived with a cracked leg. I want a refund.')).toContain('compensation');
  });
  test('"resolved" reported as your words is not the matter settled', () => {
    expect(flags("This is my third email and you keep saying it's resolved.")).toContain('repeat-contact');
  });
  test('a refund that arrived still settles it', () => {
    expect(
      flags('Thanks, the refund arrived today. I had disputed it with my bank but I have withdrawn that.'),
    ).not.toContain('chargeback');
  });
});

describe('a thanks that signs off a request is manners', () => {
  test('"cancel my plan thx" is still the demand', () => {
    expect(flags('cancel my plan thx')).toContain('churn');
  });
  test('thanks after a report of the money arriving is still the matter over', () => {
    expect(flags('refund for the cancelled tour came thru today, cheers')).not.toContain('compensation');
  });
});
