import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// Rules alone (no model installed): intents said the long way round (cues/en-roundabout.ts). Every sentence here is
// written for the test; none is a fixture row.
const flags = (text: string) => analyzeMessage(text).escalation;

describe('said the long way round: raised', () => {
  test.each<[EscalationFlag, string]>([
    ['chargeback', "If the money isn't back by Monday I'll let Amex take a view on it."],
    ['chargeback', 'Visa are very good at dealing with shops like yours, I hear.'],
    ['churn', 'Never setting foot in your shop again.'],
    ['churn', "I've just uninstalled the app after three years."],
    ['churn', "I won't be continuing with the membership after this month."],
    ['churn', 'You can stop taking the monthly payment now.'],
    ['churn', 'Please withdraw my son from the autumn course.'],
    ['churn', "We've moved our weekly order over to your competitor."],
    ['churn', 'Please don’t bother sending me the renewal reminder next year.'],
    ['public', "I'm going to tag your restaurant on Instagram every single day until someone replies."],
    ['public', 'The neighbourhood WhatsApp group gets the whole story tonight.'],
    ['public', 'I left a detailed Trustpilot about your cancellation process.'],
    ['public', "reddit's gonna love this"],
    ['regulator', 'The local council team that deals with rogue traders will hear about this.'],
    ['regulator', 'The Care Quality Commission now has a copy of my complaint.'],
    ['regulator', 'I do wonder whether the Financial Ombudsman would share your view of a fair settlement.'],
    ['abuse', 'Did a toddler design this checkout?'],
    ['abuse', "I've met traffic cones with more sense than your dispatch team."],
    ['abuse', 'I am not repeating my address to a script-reading halfwit.'],
    ['abuse', 'Your cowboy builders left the garden full of broken tiles.'],
    ['harm', "If nobody answers I'll come round on Saturday with bolt cutters and open the unit myself."],
    ['harm', 'My husband is a big lad and he has offered to come and collect the refund in person.'],
    ['harm', "Next time that waiter sneers at me he's wearing this coffee."],
    ['legal', 'My cousin handles consumer disputes for a living and he is very interested in your refund clause.'],
    ['legal', "I've forwarded your email to someone who does employment law for a living."],
    ['legal', "I'm quite prepared to stand in front of a district judge over this."],
    ['compensation', "I paid £60 for six classes and got two. I'd like the rest paid back onto my card."],
    ['compensation', 'They charged me £4.80 twice. I would like it back please.'],
    ['compensation', 'you charged me a £5 fee for nothing. want that back'],
    ['supervisor', 'I want to speak to whoever owns the place, not whoever is on shift.'],
    ['supervisor', 'I should like to hear from the general manager personally.'],
    ['supervisor', "If you don't have the permissions, then pass this to whoever does."],
    ['supervisor', 'Last week I wrote directly to your regional manager about it.'],
    ['repeat-contact', 'Me again, the man from Tuesday about the broken fridge.'],
    ['repeat-contact', 'Residents have reported it to your contact centre on at least twelve occasions.'],
    ['harm', "If the meter beeps again tonight I'm taking a hammer to it."],
    ['harm', "One more bounced payment and I'll put your card machine through the shop window."],
    ['harm', "If that scooter is still on my drive on Monday it's going in the river."],
    ['harm', "I'm this close to driving straight through your car park barrier."],
    ['harm', 'whoever sent that letter, it would not end well for them if we met.'],
    ['harm', "He's lucky I didn't have my bat with me today."],
    ['harm', 'Some nights I think it would be easier not to wake up.'],
    ['chargeback', 'charged back. enjoy.'],
    ['chargeback', 'My next call is to my credit union.'],
    ['chargeback', 'My bank has been very helpful with this sort of thing before.'],
    ['churn', 'Honestly, Netflix is looking pretty attractive right now.'],
    ['churn', 'Cancelled yesterday and moved over to Gousto.'],
    ['churn', "If it's not working by Friday I will go to another company."],
    ['churn', 'Never you again.'],
    ['churn', 'I want to end my monthly donation with immediate effect.'],
    ['churn', "I've already signed my mum up with Octopus instead."],
    ['churn', 'Fix it this week or the rest of the job goes to a builder who answers his phone.'],
    ['churn', "Sort it or we'll go somewhere that actually answers the phone."],
    ['public', 'Screenshotting this whole chat for r/LegalAdvice.'],
    ['public', 'Next stop is Twitter.'],
    ['public', "If it's not fixed by Sunday my review goes up on Google."],
    ['public', "I'm in two local parents' Facebook groups with about 6,000 members."],
    ['public', 'I moderate an 8,000-member Discord for home bakers.'],
    ['public', "My sister runs the biggest mums' WhatsApp group in town."],
    ['public', "We'll publish the whole story on our blog."],
    ['regulator', 'I filed with the DOT about the refund already.'],
    ['regulator', "I can raise this with the DVSA, and I will if I don't get an answer."],
    ['regulator', "I'd be curious to know what the RCVS makes of your out-of-hours cover."],
    ['regulator', 'fine. trading standards can have a look at your lifetime warranty then'],
    ['regulator', "you've got till friday to reverse the fee. after that its the financial ombudsman"],
    ['regulator', 'I have a complaint drafted for the FOS.'],
    ['regulator', "It's with the ASA now."],
    ['supervisor', 'Get me someone with the access to actually fix it, not the bot.'],
    ['supervisor', 'Please arrange a call with your Head of Customer Success by Wednesday.'],
    ['supervisor', 'I should be grateful if this were placed before the practice principal.'],
    ['supervisor', 'I wrote directly to your VP of Customer Success this morning.'],
    ['abuse', 'Get the owner on the phone, you galahs.'],
    ['abuse', 'u absolute scammers'],
    ['abuse', 'absolute clowns, give us our money back'],
    ['abuse', 'Already disputed it with Amex. Enjoy the fee, scammers.'],
    ['abuse', "Get me someone senior who isn't a complete idiot."],
    ['abuse', 'the woman on your phone line was a patronising cow.'],
    ['abuse', 'some script-reading drone told me it would be fixed.'],
    ['legal', 'My daughter works in litigation and thinks there is a case to answer.'],
    ['legal', 'My uncle does this for a living and he has read your terms.'],
    ['legal', 'My brother in law does contract law for a living.'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('said the long way round: traps stay quiet', () => {
  test.each<[EscalationFlag, string]>([
    ['chargeback', 'Do you accept Amex? My bank is good at this sort of thing.'],
    ['churn', 'I uninstalled the app and reinstalled it but it still crashes.'],
    ['churn', 'I uninstalled it, restarted my phone and it still crashes.'],
    ['churn', 'Can I withdraw money from my account at the weekend?'],
    ['churn', 'We moved the booking over to Friday, thanks for your help.'],
    ['churn', 'Could you move my order over to my work address?'],
    ['legal', 'My sister does family law for a living and recommended you to me.'],
    ['regulator', 'Our council team that deals with licensing said your permit is fine, thanks.'],
    ['public', 'I left a Google review last year because you were brilliant.'],
    ['harm', 'My son is a big lad now, do you have the jacket in XL?'],
    ['abuse', 'Does a child need their own ticket for the show?'],
    ['compensation', 'The repair shop still has my bike. I would like it back please.'],
    ['compensation', 'Is this fee charged again if I want it back later?'],
    ['supervisor', 'Thanks for passing my message to the general manager, I heard from her today.'],
    ['repeat-contact', 'Lovely to hear from you, and thank you for the card from me and the kids.'],
    ['churn', 'I switched over to wifi and it works now, thanks.'],
    ['churn', 'Your new plan is looking attractive right now, how do I upgrade?'],
    ['harm', 'It would be easier not to wake up the baby, so please knock instead of ringing.'],
    ['harm', 'Is it easier to take a hammer to it or should I use a chisel on the old tiles?'],
    ['chargeback', 'Charged back to my card within two days, thank you!'],
    ['public', 'Will my review go up on your site if I post it?'],
    ['regulator', 'Is there a dot in the middle of the logo or not?'],
    ['abuse', 'My kids think the clowns at your party were brilliant.'],
    ['supervisor', 'Is the manager on the phone line on Saturdays?'],
    ['legal', 'My uncle does deliveries for a living and says the van was fine.'],
  ])('no %s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('taken back by what the message says around the cue', () => {
  test.each<[EscalationFlag, string]>([
    ['abuse', 'I am such an absolute muppet, I sent the money to my old account. Can it be moved?'],
    ['abuse', 'ordered two of the same lamp like an idiot, can I cancel one?'],
    ['chargeback', 'I opened a dispute with my bank by mistake and have already withdrawn it, sorry.'],
    ['chargeback', 'The PayPal case I raised in March was closed once the parcel turned up. Nothing more needed.'],
    ['chargeback', "My card was skimmed and I'm disputing some charges with my bank, none of them yours."],
    [
      'chargeback',
      'A few years ago I had to dispute a charge with another gym, so can you confirm this fee is one-off?',
    ],
    [
      'supervisor',
      'Please tell the store manager how patient Amir was with my mum last week. He deserves some recognition.',
    ],
    [
      'supervisor',
      "Could you forward this to whoever runs the night shift? Nothing's wrong, quite the opposite: Bea was superb.",
    ],
    ['legal', 'Please deliver to Sue & Co Opticians and ask for Mr Judge at the desk.'],
    ['legal', 'We are a small law firm in Bristol and would like a business account. Who do we speak to?'],
    ['legal', 'Our solicitor has reviewed the new contract and is happy with it, signed copy attached.'],
    [
      'legal',
      'My neighbour is threatening to take me to small claims over the fence. Does my policy cover legal costs?',
    ],
    [
      'legal',
      'My mum sat as a magistrate for twenty years, so the party will be full of lawyers! Can you do canapés for 60?',
    ],
  ])('no %s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });

  test.each<[EscalationFlag, string]>([
    ['abuse', 'Refund me, you thieving clowns.'],
    ['chargeback', 'My bank has already reversed it, so stop sending me reminders.'],
    ['supervisor', "I've been very patient, but I now want someone with the authority to approve this."],
    ['legal', "My aunt's a retired solicitor and she was appalled by your terms."],
  ])('still %s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});
