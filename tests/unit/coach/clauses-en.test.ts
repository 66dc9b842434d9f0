import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';
import { EN_CLAUSE_READERS } from '@/lib/coach/clauses/en';
import type { ClauseReader } from '@/lib/coach/clauses/types';

// Each English clause reader on its own: the move it catches in wordings no phrase rule lists (with the exact
// span the panel highlights), and sentences that share its grammar but say something owning, kind or useful.

function reader(id: string): ClauseReader {
  const r = EN_CLAUSE_READERS.find((x) => x.id === id);
  if (!r) throw new Error(`no reader ${id}`);
  return r;
}
const spans = (id: string, draft: string): string[] =>
  reader(id)
    .find(draft)
    .map((h) => draft.slice(h.start, h.end));

const CATCHES: Array<[string, string, string[]]> = [
  [
    'en-clause-customer-as-cause',
    'The stitches opened because your dog was allowed to lick the wound.',
    ['because your dog was allowed to lick the wound'],
  ],
  [
    'en-clause-customer-as-cause',
    'The warranty is void because you opened the casing yourself.',
    ['because you opened the casing yourself'],
  ],
  [
    'en-clause-customer-as-cause',
    'The application got refused due to your missing bank statement.',
    ['due to your missing bank statement'],
  ],
  [
    'en-clause-customer-as-cause',
    'You activated the key on three laptops, which is why the licence got locked.',
    ['You activated the key on three laptops, which is why the licence got locked'],
  ],
  [
    'en-clause-customer-as-cause',
    'You let the plan lapse, so naturally your projects were deleted.',
    ['You let the plan lapse, so naturally your projects were deleted'],
  ],
  [
    'en-clause-customer-as-cause',
    'Your cat got sick because you switched foods too quickly.',
    ['because you switched foods too quickly'],
  ],
  [
    'en-clause-not-us',
    "The photographer is a freelancer, so late delivery isn't on us.",
    ["late delivery isn't on us"],
  ],
  [
    'en-clause-not-us',
    'Renewal prices are calculated by the underwriters; I just pass them on.',
    ['Renewal prices are calculated by the underwriters', 'I just pass them on'],
  ],
  [
    'en-clause-not-us',
    'Processing times are set by the passport office, and we have no control over that.',
    ['Processing times are set by the passport office', 'we have no control over that'],
  ],
  ['en-clause-not-us', "That's really the landlord's problem.", ["That's really the landlord's problem"]],
  ['en-clause-not-us', "I'm just the messenger here.", ["I'm just the messenger here"]],
  [
    'en-clause-not-us',
    "The hotel handles room allocations, so that's not really our department.",
    ['The hotel handles room allocations', "that's not really our department"],
  ],
  [
    'en-clause-shrinks-problem',
    "Look, the cleaners missed one shelf. It's hardly a disaster.",
    ["It's hardly a disaster"],
  ],
  [
    'en-clause-shrinks-problem',
    "It's only a little sensitivity after whitening.",
    ["It's only a little sensitivity after whitening"],
  ],
  [
    'en-clause-shrinks-problem',
    "Honestly, most patients wouldn't even mention it.",
    ["most patients wouldn't even mention it"],
  ],
  ['en-clause-shrinks-problem', "It's just a few minutes late.", ["It's just a few minutes late"]],
  ['en-clause-shrinks-problem', "Come on, it's not the end of the world.", ["it's not the end of the world"]],
  [
    'en-clause-shrinks-problem',
    "Let's not make a fuss over a small thing like this.",
    ["Let's not make a fuss over a small thing like this"],
  ],
  ['en-clause-repeat-reproach', 'For the third time, the entrance is on Mill Street.', ['For the third time']],
  [
    'en-clause-repeat-reproach',
    "As I've explained twice already, the deposit is released after five days.",
    ["As I've explained twice already"],
  ],
  ['en-clause-repeat-reproach', 'As already mentioned, the refund takes ten days.', ['As already mentioned']],
  ['en-clause-repeat-reproach', 'Once again, the form must be signed in blue ink.', ['Once again']],
  [
    'en-clause-repeat-reproach',
    'I have told you three times that the office is closed on Sundays.',
    ['I have told you three times'],
  ],
  ['en-clause-repeat-reproach', "This is the fourth time I've explained the process.", ["fourth time I've explained"]],
  [
    'en-clause-refusal',
    "There's no way we can bring the wedding date forward.",
    ["There's no way we can bring the wedding date forward"],
  ],
  [
    'en-clause-refusal',
    'Licences bought through a reseller can never be transferred to another account.',
    ['Licences bought through a reseller can never be transferred'],
  ],
  ['en-clause-refusal', 'We will not be able to replace the lens.', ['We will not be able to replace the lens']],
  ['en-clause-refusal', 'The deposit is not refunded under any circumstances.', ['The deposit is not refunded']],
  [
    'en-clause-refusal',
    "I'm afraid we simply cannot reopen the claim.",
    ["I'm afraid we simply cannot reopen the claim"],
  ],
  [
    'en-clause-rule-as-reason',
    "Our terms clearly say cleaning slots can't be swapped within 24 hours.",
    ["Our terms clearly say cleaning slots can't be swapped within 24 hours"],
  ],
  [
    'en-clause-rule-as-reason',
    "The regulations don't allow us to accept a scanned signature.",
    ["The regulations don't allow us to accept a scanned signature"],
  ],
  [
    'en-clause-rule-as-reason',
    'According to our guidelines, pets cannot travel in the cabin.',
    ['According to our guidelines'],
  ],
  [
    'en-clause-rule-as-reason',
    "Pharmacy regulations mean I can't release the medicine early.",
    ["Pharmacy regulations mean I can't release the medicine early"],
  ],
  [
    'en-clause-rule-as-reason',
    'Under the terms you accepted, no changes can be made after booking.',
    ['Under the terms you accepted'],
  ],
  ['en-clause-no-owner', 'The renewal notice went to an old address.', ['The renewal notice went to an old address']],
  [
    'en-clause-no-owner',
    'Mistakes were made and the grooming appointment ended up double-booked.',
    ['Mistakes were made and the grooming appointment ended up double-booked'],
  ],
  [
    'en-clause-no-owner',
    'Your passport form was misplaced somewhere in processing.',
    ['Your passport form was misplaced somewhere in processing'],
  ],
  ['en-clause-no-owner', 'Somehow the booking was never confirmed.', ['Somehow the booking was never confirmed']],
  [
    'en-clause-mock-sympathy',
    "Oh, I'm so sorry our battery didn't enjoy your winter holiday.",
    ["Oh, I'm so sorry our battery didn't enjoy your winter holiday"],
  ],
  [
    'en-clause-mock-sympathy',
    'Well, congratulations on finding the one weekend our clinic is closed.',
    ['Well, congratulations on finding the one weekend our clinic is closed'],
  ],
  [
    'en-clause-mock-sympathy',
    "Sorry our software didn't live up to your very high standards.",
    ['your very high standards'],
  ],
  [
    'en-clause-mock-sympathy',
    'Thanks so much for your patience, all three minutes of it.',
    ['all three minutes of it'],
  ],
  [
    'en-clause-customer-as-cause',
    'The rental was extended automatically because you returned the car late.',
    ['because you returned the car late'],
  ],
  [
    'en-clause-customer-as-cause',
    'The software stopped working after you edited the config file.',
    ['after you edited the config file'],
  ],
  [
    'en-clause-not-us',
    'Any issues with the app are really for the developer to sort out.',
    ['Any issues with the app are really for the developer to sort out'],
  ],
  ['en-clause-not-us', "That's a question for the insurer, I'm afraid.", ["That's a question for the insurer"]],
  ['en-clause-refusal', "We don't do partial refunds, full stop.", ["We don't do partial refunds", 'full stop']],
  [
    'en-clause-refusal',
    "Obviously the discount can't be combined with other offers.",
    ["the discount can't be combined"],
  ],
  [
    'en-clause-rule-as-reason',
    "The conditions of sale clearly state that opened items can't be returned.",
    ["The conditions of sale clearly state that opened items can't be returned"],
  ],
  [
    'en-clause-mock-sympathy',
    "Well, I'm thrilled you finally read the instructions.",
    ["Well, I'm thrilled you finally read the instructions"],
  ],
  [
    'en-clause-customer-as-cause',
    'The stream keeps buffering because your Wi-Fi router is ancient.',
    ['because your Wi-Fi router is ancient'],
  ],
  [
    'en-clause-customer-as-cause',
    'The boiler lost pressure because you bled the radiators without topping it up.',
    ['because you bled the radiators without topping it up'],
  ],
  [
    'en-clause-customer-as-cause',
    'Your meter reading was estimated because nobody was in when our engineer called.',
    ['because nobody was in when our engineer called'],
  ],
  [
    'en-clause-customer-as-cause',
    'The chain snapped because it was never oiled, like we told you to.',
    ['like we told you to'],
  ],
  ['en-clause-customer-as-cause', 'You chose standard delivery, so the wait is on you.', ['so the wait is on you']],
  [
    'en-clause-not-us',
    'The admissions panel makes that call, not the support team.',
    ['The admissions panel makes that call', 'not the support team'],
  ],
  ['en-clause-not-us', "Honestly, if the venue double-booked, that's on them.", ["that's on them"]],
  ['en-clause-not-us', 'The bakery only bakes what the app sends us.', ['The bakery only bakes what the app sends us']],
  [
    'en-clause-not-us',
    "The library doesn't run the printers, the council does.",
    ["The library doesn't run the printers, the council does"],
  ],
  [
    'en-clause-not-us',
    'Our drivers are contractors, so lateness is really between you and them.',
    ['lateness is really between you and them'],
  ],
  ['en-clause-shrinks-problem', "It's buffering for a few seconds, that's all.", ["that's all"]],
  [
    'en-clause-shrinks-problem',
    'Plenty of couples would be happy with that room.',
    ['Plenty of couples would be happy with that room'],
  ],
  [
    'en-clause-shrinks-problem',
    "You're making a big thing out of a few crumbs.",
    ["You're making a big thing out of a few crumbs"],
  ],
  [
    'en-clause-shrinks-problem',
    "It's a small tear on the sleeve — you'll hardly see it once it's on.",
    ["you'll hardly see it once it's on"],
  ],
  ['en-clause-repeat-reproach', 'Once more: your dog needs a lead in the lobby.', ['Once more']],
  ['en-clause-repeat-reproach', 'Like I keep saying, the gym closes at ten.', ['I keep saying']],
  [
    'en-clause-repeat-reproach',
    "I've gone through the refund timeline with you several times now.",
    ["I've gone through the refund timeline with you several times now"],
  ],
  [
    'en-clause-refusal',
    "There's zero chance of getting a refund on this plan.",
    ["There's zero chance of getting a refund on this plan"],
  ],
  ['en-clause-refusal', 'Your tattoo deposit is non-refundable, end of story.', ['end of story']],
  ['en-clause-rule-as-reason', 'House rules: dogs must leave by 6pm.', ['House rules: dogs must leave by 6pm']],
  [
    'en-clause-rule-as-reason',
    'The warranty terms are very clear that water damage is excluded.',
    ['The warranty terms are very clear that water damage is excluded'],
  ],
  [
    'en-clause-rule-as-reason',
    'By law we have to keep the deposit until the inspection.',
    ['By law we have to keep the deposit until the inspection'],
  ],
  ['en-clause-no-owner', 'The sofa arrived damaged.', ['The sofa arrived damaged']],
  ['en-clause-no-owner', "Your roaming bundle wasn't applied.", ["Your roaming bundle wasn't applied"]],
  ['en-clause-no-owner', 'A charge appeared on your account in error.', ['A charge appeared on your account in error']],
  [
    'en-clause-mock-sympathy',
    "I'm sure the tree planted itself in front of your panels.",
    ["I'm sure the tree planted itself"],
  ],
  ['en-clause-mock-sympathy', "Oh please, it's a cake, not a crisis.", ['Oh please']],
  ['en-clause-mock-sympathy', "Sure, I'll get right on that, since you asked so nicely.", ['asked so nicely']],
  ['en-clause-mock-sympathy', 'Nice of you to finally check your inbox.', ['Nice of you to finally check your inbox']],
  [
    'en-clause-customer-as-cause',
    'The prescription is late because you only requested it yesterday.',
    ['because you only requested it yesterday'],
  ],
  [
    'en-clause-customer-as-cause',
    'Your claim took longer because you sent us the wrong vet invoice.',
    ['because you sent us the wrong vet invoice'],
  ],
  [
    'en-clause-customer-as-cause',
    "The garage couldn't start work as you never approved the quote.",
    ['as you never approved the quote'],
  ],
  [
    'en-clause-not-us',
    "Ticket prices are controlled by the promoter, so I can't comment.",
    ['Ticket prices are controlled by the promoter', "I can't comment"],
  ],
  [
    'en-clause-not-us',
    'The landlord decides on repairs; we just manage the viewings.',
    ['The landlord decides on repairs'],
  ],
  ['en-clause-not-us', 'Storage limits come from our cloud provider, not from us.', ['not from us']],
  [
    'en-clause-not-us',
    "The cinema is a franchise, so their staff aren't our responsibility.",
    ["their staff aren't our responsibility"],
  ],
  [
    'en-clause-not-us',
    "Council tax bands are the council's business, not ours.",
    ["Council tax bands are the council's business", 'not ours'],
  ],
  ['en-clause-shrinks-problem', "Some customers wait weeks, so a few days isn't bad.", ["so a few days isn't bad"]],
  [
    'en-clause-repeat-reproach',
    'As I pointed out in my previous message, the course is self-paced.',
    ['As I pointed out in my previous message'],
  ],
  [
    'en-clause-refusal',
    'Under no circumstances will we refund a used ticket.',
    ['Under no circumstances will we refund a used ticket'],
  ],
  ['en-clause-refusal', "The course fee can't be refunded once you've started.", ["The course fee can't be refunded"]],
  ['en-clause-refusal', "We won't be moving your date.", ["We won't be moving your date"]],
  ['en-clause-refusal', "That's not happening, I'm afraid.", ["That's not happening"]],
  [
    'en-clause-rule-as-reason',
    'Company policy: no refunds on opened medicine.',
    ['Company policy: no refunds on opened medicine'],
  ],
  [
    'en-clause-rule-as-reason',
    'The rules of the course say you must finish within a year.',
    ['The rules of the course say you must finish within a year'],
  ],
  [
    'en-clause-no-owner',
    "The movers were delayed and your sofa wasn't loaded.",
    ["The movers were delayed and your sofa wasn't loaded"],
  ],
  [
    'en-clause-no-owner',
    'A scratch was found on the car after the service.',
    ['A scratch was found on the car after the service'],
  ],
  [
    'en-clause-no-owner',
    'The cloud sync stopped working for some users.',
    ['The cloud sync stopped working for some users'],
  ],
  ['en-clause-no-owner', 'The tickets were sent to an outdated email.', ['The tickets were sent to an outdated email']],
  [
    'en-clause-mock-sympathy',
    'Oh, absolutely, we live to make your evenings miserable.',
    ['we live to make your evenings miserable'],
  ],
  [
    'en-clause-mock-sympathy',
    'Great job finding the one pharmacy with no stock.',
    ['Great job finding the one pharmacy with no stock'],
  ],
  [
    'en-clause-mock-sympathy',
    "I'm sure your cat's claim is the most urgent thing in the world.",
    ['most urgent thing in the world'],
  ],
  [
    'en-clause-customer-as-cause',
    "The package was returned to sender because the name on your doorbell didn't match.",
    ["because the name on your doorbell didn't match"],
  ],
  [
    'en-clause-customer-as-cause',
    'Your yoga class was cancelled since you booked it less than an hour before.',
    ['since you booked it less than an hour before'],
  ],
  [
    'en-clause-customer-as-cause',
    'The car was towed because you parked in a disabled bay.',
    ['because you parked in a disabled bay'],
  ],
  [
    'en-clause-customer-as-cause',
    'Your visa appointment was lost because you turned up twenty minutes late.',
    ['because you turned up twenty minutes late'],
  ],
  [
    'en-clause-customer-as-cause',
    "You overfilled the washing machine; that's what broke the drum.",
    ["that's what broke the drum"],
  ],
  [
    'en-clause-customer-as-cause',
    'The sensor stopped reading because you pulled it out in the shower.',
    ['because you pulled it out in the shower'],
  ],
  [
    'en-clause-customer-as-cause',
    'You clearly never tested the backup before relying on it.',
    ['You clearly never tested the backup before relying on it'],
  ],
  ['en-clause-not-us', 'The refund delay is down to the bank, not us.', ['not us']],
  [
    'en-clause-not-us',
    'We can only work with the information the insurer gives us.',
    ['We can only work with the information the insurer gives us'],
  ],
  [
    'en-clause-not-us',
    "The payroll error came from your employer's system.",
    ["The payroll error came from your employer's system"],
  ],
  [
    'en-clause-not-us',
    "Scheduling is outsourced, so I can't speak for them.",
    ['Scheduling is outsourced', "I can't speak for them"],
  ],
  ['en-clause-shrinks-problem', "It's one late train out of hundreds.", ["It's one late train out of hundreds"]],
  ['en-clause-shrinks-problem', "You'll barely notice the difference.", ["You'll barely notice the difference"]],
  ['en-clause-repeat-reproach', 'Let me spell it out for you: the gate closes at nine.', ['spell it out']],
  ['en-clause-repeat-reproach', "I'm not going to explain this again.", ["I'm not going to explain this again"]],
  ['en-clause-refusal', 'We absolutely will not refund a sale item.', ['We absolutely will not refund a sale item']],
  [
    'en-clause-refusal',
    'The subscription cannot be paused, full stop.',
    ['The subscription cannot be paused', 'full stop'],
  ],
  ['en-clause-refusal', "That's never going to happen.", ["That's never going to happen"]],
  ['en-clause-rule-as-reason', "It's in the contract you signed: no pets.", ['the contract you signed: no pets']],
  [
    'en-clause-rule-as-reason',
    'The handbook is clear: no refunds after the first lesson.',
    ['The handbook is clear: no refunds after the first lesson'],
  ],
  ['en-clause-no-owner', "The update wiped everyone's saved settings.", ["The update wiped everyone's saved settings"]],
  ['en-clause-no-owner', "The order didn't go through.", ["The order didn't go through"]],
  ['en-clause-mock-sympathy', 'Shocking, I know, but the shop closes on Sundays.', ['Shocking, I know']],
  [
    'en-clause-mock-sympathy',
    "I'm glad our website could provide you with such entertainment.",
    ['such entertainment'],
  ],
  [
    'en-clause-customer-as-cause',
    'Your contact lenses irritated your eyes because you slept in them.',
    ['because you slept in them'],
  ],
  [
    'en-clause-customer-as-cause',
    'The bike was locked remotely because you rode it outside the zone.',
    ['because you rode it outside the zone'],
  ],
  [
    'en-clause-customer-as-cause',
    "The suit shrank since you ticked 'wash' instead of 'dry clean'.",
    ["since you ticked 'wash' instead of 'dry clean"],
  ],
  ['en-clause-customer-as-cause', 'Your laptop got the virus from a link you clicked.', ['from a link you clicked']],
  [
    'en-clause-not-us',
    "The festival line-up is the promoter's decision, so there's little I can do.",
    ["The festival line-up is the promoter's decision"],
  ],
  [
    'en-clause-not-us',
    'That delay sits with the Land Registry, not with our firm.',
    ['That delay sits with the Land Registry', 'not with our firm'],
  ],
  [
    'en-clause-not-us',
    'The pet food is made by a partner brand; quality questions should go to them.',
    ['The pet food is made by a partner brand'],
  ],
  [
    'en-clause-not-us',
    'Our helpdesk only covers company laptops, so your phone is your own problem.',
    ['your phone is your own problem'],
  ],
  [
    'en-clause-not-us',
    "The estate agent set the viewing times, so I'm not the person to ask.",
    ['The estate agent set the viewing times', "I'm not the person to ask"],
  ],
  [
    'en-clause-shrinks-problem',
    "It's a tiny smudge on a long dress, honestly.",
    ["It's a tiny smudge on a long dress"],
  ],
  ['en-clause-repeat-reproach', 'As has been explained, the course starts in May.', ['As has been explained']],
  [
    'en-clause-shrinks-problem',
    "I really don't see what the fuss is about.",
    ["I really don't see what the fuss is about"],
  ],
  ['en-clause-shrinks-problem', 'For the record, I did reply yesterday.', ['For the record']],
  [
    'en-clause-refusal',
    'Your booking is final and cannot be altered.',
    ['Your booking is final and cannot be altered'],
  ],
  ['en-clause-refusal', "We're not refunding festival tickets, period.", ['period']],
  [
    'en-clause-rule-as-reason',
    'Language school regulations require 80% attendance, so your certificate is withheld.',
    ['Language school regulations require 80% attendance'],
  ],
  [
    'en-clause-no-owner',
    'The catering van was late and the canapés ran out.',
    ['The catering van was late and the canapés ran out'],
  ],
  ['en-clause-no-owner', 'The certificate was printed with a typo.', ['The certificate was printed with a typo']],
  ['en-clause-mock-sympathy', 'Oh, how terrible, a dry cleaner that dry cleans.', ['how terrible']],
  ['en-clause-mock-sympathy', "I'll alert the media about your late sandwich.", ['alert the media']],
  [
    'en-clause-mock-sympathy',
    "Apologies that our festival wasn't up to your royal standards.",
    ['your royal standards'],
  ],
  [
    'en-clause-customer-as-cause',
    "The heating wasn't fixed because you weren't available on either day we offered.",
    ["because you weren't available on either day we offered"],
  ],
  [
    'en-clause-customer-as-cause',
    'Your account got suspended since you shared your password with a friend.',
    ['since you shared your password with a friend'],
  ],
  [
    'en-clause-customer-as-cause',
    'The photos came out blurry because you moved during the shot.',
    ['because you moved during the shot'],
  ],
  ['en-clause-not-us', "That's the airline's call, not mine.", ["That's the airline's call"]],
  [
    'en-clause-not-us',
    'Honestly, the warehouse team dropped the ball here, not customer service.',
    ['not customer service'],
  ],
  [
    'en-clause-not-us',
    "Quotes come straight from the insurer, so I can't change them.",
    ['Quotes come straight from the insurer'],
  ],
  [
    'en-clause-not-us',
    "We're just a reseller; the manufacturer handles warranty claims.",
    ['the manufacturer handles warranty claims'],
  ],
  [
    'en-clause-not-us',
    'The app developer would be the one to ask about that bug.',
    ['The app developer would be the one to ask about that bug'],
  ],
  ['en-clause-shrinks-problem', "It's only a scuff on the sole.", ["It's only a scuff on the sole"]],
  ['en-clause-shrinks-problem', "People complain about parking every week, it's nothing new.", ["it's nothing new"]],
  [
    'en-clause-repeat-reproach',
    'I already answered that in my last message.',
    ['I already answered that in my last message'],
  ],
  ['en-clause-shrinks-problem', 'You seem to be overthinking this.', ['You seem to be overthinking this']],
  ['en-clause-refusal', 'Absolutely not.', ['Absolutely not']],
  ['en-clause-refusal', "We don't make exceptions for anyone.", ["We don't make exceptions for anyone"]],
  ['en-clause-refusal', "Once it's shipped, there's no changing the address.", ["there's no changing the address"]],
  ['en-clause-refusal', "That option doesn't exist.", ["That option doesn't exist"]],
  [
    'en-clause-rule-as-reason',
    'The policy is crystal clear on this point: no cash refunds.',
    ['The policy is crystal clear on this point'],
  ],
  [
    'en-clause-rule-as-reason',
    'Terms and conditions apply, and they rule out compensation.',
    ['Terms and conditions apply'],
  ],
  [
    'en-clause-rule-as-reason',
    'Our guidelines forbid staff from giving out personal numbers.',
    ['Our guidelines forbid staff from giving out personal numbers'],
  ],
  [
    'en-clause-no-owner',
    'The parcel was marked as delivered by mistake.',
    ['The parcel was marked as delivered by mistake'],
  ],
  ['en-clause-no-owner', 'Your booking vanished from the system.', ['Your booking vanished from the system']],
  ['en-clause-mock-sympathy', 'Clearly our website is out to get you.', ['out to get you']],
  ['en-clause-mock-sympathy', "Well, aren't you a detective.", ["aren't you a detective"]],
];

const LEAVES: Array<[string, string]> = [
  ['en-clause-customer-as-cause', "I'm calling because you asked for an update on the repair."],
  ['en-clause-customer-as-cause', "Since you booked early, you've been upgraded to a bigger room."],
  ['en-clause-customer-as-cause', "If you opened the casing, don't worry — the warranty still covers the battery."],
  ['en-clause-customer-as-cause', 'The payment failed because your card expired; here is a link to update it.'],
  ['en-clause-customer-as-cause', "It isn't because you did anything wrong that the filling failed."],
  ['en-clause-customer-as-cause', "You ordered the blue one, so I'm sending it today."],
  ['en-clause-customer-as-cause', 'Did the licence lock because you activated it on a new laptop?'],
  ['en-clause-not-us', "Your photos are late, and that's on us."],
  ['en-clause-not-us', "The passport office sets the processing time, but I've flagged your application as urgent."],
  [
    'en-clause-not-us',
    "Prices are set by the underwriters, but I've found you a cover level that keeps the same price.",
  ],
  ['en-clause-not-us', "This isn't the courier's fault — it's ours."],
  ['en-clause-not-us', "I've just passed your complaint to our manager."],
  ['en-clause-not-us', 'I just need your postcode to look this up.'],
  ['en-clause-not-us', 'Delivery is handled by our warehouse team in Leeds.'],
  ['en-clause-shrinks-problem', "It only takes a minute to reset, and I'm happy to walk you through it."],
  ['en-clause-shrinks-problem', "It's just a quick form, and I've filled in most of it for you."],
  ['en-clause-shrinks-problem', "It's only £3 to upgrade to express, if you'd like it sooner."],
  ['en-clause-shrinks-problem', 'I can barely imagine how stressful that was.'],
  ['en-clause-shrinks-problem', 'Most customers notice the difference within a week.'],
  ['en-clause-shrinks-problem', "We'll replace it, no fuss."],
  ['en-clause-shrinks-problem', 'Sensitivity after whitening is common and usually fades within a week.'],
  ['en-clause-repeat-reproach', "Once again, I'm sorry for the trouble."],
  ['en-clause-repeat-reproach', 'Thanks again for your patience.'],
  ['en-clause-repeat-reproach', 'As you mentioned, the office was closed on Sunday.'],
  ['en-clause-repeat-reproach', 'As stated in our terms, you can cancel within 14 days.'],
  ['en-clause-repeat-reproach', 'Please try again in a few minutes.'],
  ['en-clause-repeat-reproach', "This is the first time we've seen this fault."],
  ['en-clause-repeat-reproach', "I've explained the options below so you can choose."],
  ['en-clause-refusal', "I can't move the booking to Sunday, but I can offer Saturday at the same price."],
  ['en-clause-refusal', "We can't wait to see you next week!"],
  ['en-clause-refusal', "Your card won't be charged until the item ships."],
  ['en-clause-refusal', 'Your data will never be shared with anyone.'],
  ['en-clause-refusal', 'This will never happen again.'],
  ['en-clause-refusal', "We couldn't have asked for a kinder customer."],
  ['en-clause-refusal', "If the lens can't be repaired, we'll replace it free of charge."],
  ['en-clause-refusal', "We can't be blamed for the weather."],
  ['en-clause-rule-as-reason', 'Our terms let you swap a cleaning slot up to 24 hours ahead.'],
  ['en-clause-rule-as-reason', "Under our guarantee, you're entitled to a free repair."],
  ['en-clause-rule-as-reason', 'Our policy is to refund in full when a class is cancelled.'],
  ['en-clause-rule-as-reason', "The rules changed last month, so I've checked yours and you're still covered."],
  [
    'en-clause-rule-as-reason',
    "The regulations don't allow scanned signatures, but I can send a courier to collect the form today.",
  ],
  ['en-clause-rule-as-reason', 'Could you tell me which terms you agreed to when you booked?'],
  ['en-clause-no-owner', 'We sent the renewal notice to your old address, and I apologise.'],
  ['en-clause-no-owner', "The renewal notice went to an old address, so I've resent it to the new one."],
  ['en-clause-no-owner', "If the invoice went to an old address, just reply and I'll resend it."],
  ['en-clause-no-owner', 'Could you tell me when the keys were sent?'],
  ['en-clause-no-owner', 'The parcel went to the depot this morning and arrives tomorrow.'],
  ['en-clause-mock-sympathy', 'Congratulations on your new home!'],
  ['en-clause-mock-sympathy', "Oh no, I'm so sorry to hear about the delay."],
  ['en-clause-mock-sympathy', "Your dog didn't enjoy the bath, so the groomer stopped early."],
  ['en-clause-mock-sympathy', "I'm sorry the car didn't suit your trip."],
  ['en-clause-mock-sympathy', 'Our chefs loved your review.'],
  ['en-clause-mock-sympathy', 'Thanks so much for your patience.'],
  ['en-clause-refusal', "We don't give out your details to anyone."],
  ['en-clause-customer-as-cause', 'The parcel arrived after you left for work.'],
  ['en-clause-mock-sympathy', "I'm so glad you finally got your parcel!"],
  ['en-clause-not-us', "It's a question for our billing team, and I've already passed it on."],
  ['en-clause-refusal', 'We do offer partial refunds for unused nights.'],
  ['en-clause-customer-as-cause', "Because you returned the car late, the fee applies, but I've waived it this time."],
  ['en-clause-mock-sympathy', 'Well, congratulations on the new puppy! Her first check-up is free.'],
  ['en-clause-shrinks-problem', "It's only a short drive from the station, and there's free parking on site."],
  [
    'en-clause-shrinks-problem',
    "The mark is hardly your fault — the strap shouldn't rub like that, so I've ordered a new one.",
  ],
  ['en-clause-refusal', "We won't close your account; it's simply paused until you're ready."],
  ['en-clause-refusal', "There's no way you could have known the store was closing early."],
  ['en-clause-not-us', "That's the courier's job, but I'll chase them myself today so you don't have to."],
  ['en-clause-not-us', "Prices are set by the manufacturer, and I've matched the lower price you found."],
  ['en-clause-repeat-reproach', "As I mentioned on the phone, your refund went out today — I've attached the receipt."],
  ['en-clause-rule-as-reason', "The contract says you can leave with one month's notice."],
  [
    'en-clause-customer-as-cause',
    "Your payment didn't go through because your card expired; here is a link to update it.",
  ],
  ['en-clause-customer-as-cause', "This isn't on you — the sign was missing, and we've put a new one up."],
  ['en-clause-customer-as-cause', 'As we told you on the phone, your refund is on its way.'],
  ['en-clause-not-us', "The admissions panel makes the final decision, and I've sent them your note so they see it."],
  [
    'en-clause-not-us',
    "The outage came from a supplier, but it's our service, so I've credited your account for the full week.",
  ],
  ['en-clause-shrinks-problem', "That's all for today's update — thanks for bearing with us."],
  ['en-clause-shrinks-problem', "It's a big day, and I want the cake to be perfect for you."],
  [
    'en-clause-repeat-reproach',
    "Please keep your dog on a lead in the lobby — there's a hook by the door to make it easier.",
  ],
  ['en-clause-refusal', "There's a good chance of a refund on this plan, and I've started the request."],
  ['en-clause-refusal', "We can't do Saturday, but Sunday morning is free if that works for you."],
  ['en-clause-rule-as-reason', "By law you're entitled to a full refund within 14 days."],
  [
    'en-clause-rule-as-reason',
    "The venue doesn't allow confetti, but they do allow petals, and I've ordered some for you.",
  ],
  ['en-clause-no-owner', "The sofa arrived damaged, and that's on us. A replacement is booked for Thursday."],
  [
    'en-clause-no-owner',
    "Your roaming bundle wasn't applied because of an error on our side; I've applied it and refunded the charges.",
  ],
  ['en-clause-mock-sympathy', "Congratulations on your wedding! We're so happy to be part of it."],
  ['en-clause-mock-sympathy', "I'm sure the team will love your feedback."],
];

describe('English clause readers catch the move, with its span', () => {
  test.each(CATCHES)('%s: %s', (id, draft, want) => {
    expect(spans(id, draft)).toEqual(want);
  });
});

describe('English clause readers leave these alone', () => {
  test.each(LEAVES)('%s: %s', (id, draft) => {
    expect(spans(id, draft)).toEqual([]);
  });
});

describe('every English reader', () => {
  test.each(EN_CLAUSE_READERS.map((r) => [r.id, r] as const))('%s has catch and leave-alone cases', (id) => {
    expect(CATCHES.filter(([r]) => r === id).length).toBeGreaterThanOrEqual(4);
    expect(LEAVES.filter(([r]) => r === id).length).toBeGreaterThanOrEqual(4);
  });

  test.each(EN_CLAUSE_READERS.map((r) => [r.id, r] as const))('%s gives offsets into the draft as typed', (_id, r) => {
    const mine = CATCHES.filter(([id]) => id === r.id);
    for (const [, draft] of mine) {
      const padded = `Hi Sam,\n\n${draft.replace(/'/g, '’')}\n\nBest, Ana`;
      for (const h of r.find(padded)) {
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeLessThanOrEqual(padded.length);
        expect(h.end).toBeGreaterThan(h.start);
        expect(h.alternative.length).toBeGreaterThan(0);
      }
      expect(r.find(padded).length, padded).toBeGreaterThan(0);
    }
  });

  test.each(EN_CLAUSE_READERS.map((r) => [r.id, r] as const))('%s stays fast on a long draft', (_id, r) => {
    const long = `${CATCHES.map(([, d]) => d).join(' ')} `.repeat(40) + 'you '.repeat(20000);
    const t0 = performance.now();
    r.find(long);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

// Whole-coach checks: replies that cite a rule, an outside party or an earlier message on the way to acting,
// where the phrase rules used to fire before their guards learned the same structure.
const COACH_CLEAN: Array<[string]> = [
  ["Our terms say refunds take five days, and I've already started yours."],
  ["The rules say under-12s must be with an adult, so I've booked an adult ticket at half price for you."],
  ["The contract says you can leave with one month's notice."],
  ["Prices are set by the manufacturer, and I've matched the lower price you found."],
  ["As I mentioned on the phone, your refund went out today — I've attached the receipt."],
  ["The mark is hardly your fault — the strap shouldn't rub like that, so I've ordered a new one."],
  ["It's only a short drive from the station, and there's free parking on site."],
  ['Your booking was cancelled because you asked us to, and the refund is already on its way.'],
  ["Because you weren't home, the parcel came back to us, so I've rebooked delivery for Saturday morning."],
  ["The renewal switch in the app is easy to miss, so I've turned it off and refunded this month."],
  ["The postcode on the order didn't match the address; I've corrected it and the parcel is back on its way."],
  [
    "Your meter reading was estimated — I'm sorry, we should have booked a time with you. I've arranged a visit for Tuesday.",
  ],
  ["Swimming can slow healing, so it's worth keeping the tattoo dry; our artist will touch it up free next week."],
  ["We still need the birth certificate to finish the admission; you can upload it here and I'll fast-track it."],
  ["Thank you for telling us about the allergy. I've flagged it on your account so the kitchen sees it every time."],
  ["A chain needs oiling every few weeks; I've added a free service to your next visit so we can check it."],
  ["Standard delivery takes up to five days, but I've upgraded yours to express at no cost."],
  ["Our drivers are contractors, but I'm responsible for your delivery, and I've refunded the fee."],
  ["The school sets the catchment, but I'll help you with the appeal form today."],
  ["The restaurant made a mistake with your order, and we've refunded you in full."],
  ["The airline cancelled the flight, and I've already rebooked you on the 6pm."],
  ["I know a two-pound difference still matters, so I've refunded it."],
  ["There's a small tear on the sleeve, and I'm sorry — a replacement is on its way."],
  ["Here's the refund timeline again in one place, in case it helps."],
  ['The gym closes at ten on weekdays and eight at weekends.'],
  ["The claim form is in your inbox; let me know if you'd like me to resend it."],
  ["We can replace lost library cards for £1, or free if it's your first replacement."],
  ["We're able to offer a £20 credit for the inconvenience."],
  ["I've asked the workshop to prioritise your bike; it'll be ready on Thursday."],
  ["The tattoo deposit is normally non-refundable, but I've made an exception given the circumstances."],
  ["The gym rules are on the wall by reception, and I'm happy to go through them with you."],
  ["Your policy covers flood damage, so I've started the claim for you."],
  ['We need two forms of ID to open the account; a passport and a utility bill are perfect.'],
  ["We left your meal out of the order, and I'm so sorry. A fresh one is on its way with a refund."],
  ["The engineer missed the visit and that's our fault — I've booked a new slot tomorrow at 8."],
  ["A charge appeared on your account that shouldn't have, and I've reversed it."],
  ["I'll get right on that for you."],
  ["Thanks for the detailed feedback on our sandwiches — we've passed it to the kitchen."],
  ['Good news: your inbox should have the tracking link now.'],
  ["Buffering like that usually points to the router; I'm sending you a free upgraded one today."],
  [
    "The boiler pressure can drop after bleeding radiators; I've booked an engineer to top it up and check it this afternoon.",
  ],
  [
    "The cake on the order was the 20-portion size, so I've asked the bakery to add a second tier for 40 guests at no extra cost.",
  ],
  ["I'm sorry your hearing aid was damaged; we'll repair it free under the accidental-damage cover."],
  ['Shade from trees can lower output; our surveyor can suggest the best spot free of charge.'],
  ["The enrolment window closed last week, but I've added you to the waitlist and you're first in line."],
  ["Daycare needs an up-to-date vaccination card; once the vet updates it, I'll rebook your dog straight away."],
  ["The sofa didn't fit through the doorway, and I'm sorry — we'll swap it for the modular version that does."],
  ["The outage came from a supplier, but it's our service, so I've credited your account for the full week."],
  ["The admissions panel makes the final decision, and I've sent them your note so they see it."],
  ["The venue double-booked, and we should have caught it. I've found you an equally lovely room for the same date."],
  ["The app sent the wrong order to the bakery; that's our app, so I'm sorry, and a fresh cake is on its way."],
  ['Roaming charges are set by the network partner, but I can add a travel bundle that halves them.'],
  ["A few seconds of buffering shouldn't happen; I've reset your connection from our side."],
  ["I understand the room wasn't what you pictured, so I've upgraded you to the garden suite."],
  ["The panels do need cleaning every few months; I've booked our team to do it free this time."],
  ["Please keep your dog on a lead in the lobby — there's a hook by the door to make it easier."],
  ["I'm sorry about the crumbs; the cleaners will come back tomorrow morning."],
  ["We can't do Saturday, but Sunday morning is free if that works for you."],
  ['The delivery date can change if you need it to — just reply with a new date.'],
  ["There's a good chance of a refund on this plan, and I've started the request."],
  ["Enrolment reopens in January, and I'll email you the day it does."],
  ["Our contract lets you leave early; the exit fee is waived after 12 months, which you've passed."],
  ["The venue doesn't allow confetti, but they do allow petals, and I've ordered some for you."],
  ["The sofa arrived damaged, and that's on us. A replacement is booked for Thursday."],
  ["We iced the cake with the wrong name, and I'm so sorry. A corrected cake will be ready by noon."],
  ["Your roaming bundle wasn't applied because of an error on our side; I've applied it and refunded the charges."],
  ["Thanks for your patience while the engineer's notes were recovered — everything is back."],
  ["Congratulations on your wedding! We're so happy to be part of it."],
  ["It's a big day, and I want the cake to be perfect for you."],
  ["Hi Jo, I'm sorry the prescription isn't ready yet. I've asked the pharmacist to prioritise it for 3pm today."],
  [
    "Files in an emptied recycle bin can still be recovered for 30 days — I've restored yours, and they're back in your folder.",
  ],
  ["The movers added a packing charge; since nobody told you about it in advance, I've removed it."],
  ["The vet invoice we received was for a different date, so I've asked the vet for the right one on your behalf."],
  ["The garage is waiting for your go-ahead on the quote; just reply 'yes' and they'll start tomorrow."],
  [
    "I'm sorry the seat was behind a pillar. The seating plan should have shown that, and I've refunded the difference.",
  ],
  ["Ticket prices are set by the promoter, but I'll pass on your feedback and check for any cheaper seats."],
  ["The landlord approves repairs, and I've chased them this morning; I'll update you by Friday."],
  ['We use a cloud provider for storage, and I can raise your limit to 200 GB at no charge.'],
  ["The cinema is a franchise, but I'll contact the manager there and get back to you today."],
  ["The council sets the bands, and here's the link to challenge yours; I'm happy to help fill it in."],
  ["This should be a quick fix, and I'll stay on the line with you until it works."],
  ["A few days' wait is still too long when you need it; I've upgraded the shipping."],
  ["In my previous message I mentioned the course is self-paced; here's a plan to help you finish by June."],
  ['The garage shuts at five, but the key drop box is open all night.'],
  ["I understand how disappointing the film night was, and I've refunded the popcorn too."],
  ['We refund unused tickets up to 24 hours before the show.'],
  ['The course fee can be refunded within 14 days of starting.'],
  ["We're moving your date to the 14th as you asked."],
  ["That's happening on Monday, I'm pleased to say."],
  ["The letting agreement covers blocked drains, so we'll pay for the plumber."],
  ['Our policy is to refund unopened medicine within 30 days, and yours qualifies.'],
  ['Under our cancellation policy, you get the full deposit back because you cancelled a week ahead.'],
  ['The course lasts a year, and you can pause it if life gets busy.'],
  ["The movers were delayed, and I'm really sorry — your sofa is on a van now and arrives by 6pm."],
  ["We found a scratch on the car after the service, and we'll repair it before you collect it."],
  ["Sync stopped working for some users after our update; we've fixed it, and I'm sorry for the disruption."],
  ["We sent the tickets to an old email address, my apologies. They're in your current inbox now."],
  ["Absolutely, we'd love to make your evening special — I've reserved the window table."],
  ['Great to hear the pharmacy had what you needed!'],
  ["The package came back to us because the courier couldn't find the flat number; I've added it and resent it today."],
  [
    "Your yoga class was cancelled by our system, which shouldn't happen with a booking made an hour before; I've restored your credit.",
  ],
  ["I'm sorry your car was towed. The bay markings were unclear, so we'll cover the release fee."],
  ["Your visa appointment was rebooked for the 12th; I've attached the confirmation."],
  ["A washing machine drum can fail when it's overloaded, but yours is under warranty, so the repair is free."],
  ["The sensor can come loose in the shower; I've posted you a waterproof patch to keep it in place."],
  ["Testing backups is easy to forget; I've set up a monthly automatic check for you."],
  ["Your card issuer may hold the refund for a few days; I've sent them the reference so they can release it."],
  ["The refund left us on Monday, and banks can take up to five days; I'll check again on Friday and let you know."],
  ["I've spoken to the insurer and asked them for the missing details, so you don't have to."],
  [
    "The payroll error came from a sync problem between our system and your employer's; it's fixed and we'll pay the difference tomorrow.",
  ],
  ["Scheduling is handled by a partner, but I've called them myself and booked your slot for Monday."],
  ["One late train is one too many when you're trying to get to work; here's a refund for today's fare."],
  ["The fee is £1.50, and I've waived it for this order."],
  ["The difference is small on paper, but I understand it matters, so I've matched the lower price."],
  ["The gate closes at nine; if you're running late, call this number and we'll wait."],
  ['The answer is a little further down the page, and here it is: the gate opens at 8.'],
  ['Let me explain this a different way, with a short example.'],
  ["It's possible to pause the subscription for up to three months from your account page."],
  ['We will refund the sale item in full, as it arrived faulty.'],
  ["We'll make sure that never happens again."],
  ["Our house policy is to hold tables for 15 minutes, but I've noted you may be late and we'll hold it for 30."],
  ['The contract allows one small pet, so your cat is welcome.'],
  ['The handbook explains refunds after the first lesson, and you qualify for a full one.'],
  ["Our update wiped saved settings for some customers, and I'm sorry. I've restored yours from last night's backup."],
  ["Your form is with the processing team, and I've asked them to prioritise it today."],
  ["The order didn't go through because of a payment glitch on our side; I've placed it again at no charge."],
  ["Your seat was given to another passenger by mistake, and I'm so sorry. I've booked you into business class."],
  ['Thanks for reading the manual so carefully — it helped us find the problem quickly.'],
  ['The shop is closed on Sundays, but our online store is open and ships on Monday.'],
  [
    "Hi Maria,\n\nThanks for getting in touch, and I'm sorry your order arrived late. I've checked with the courier and it was held at the depot because of a labelling error on our side. I've refunded the delivery charge and added a £10 voucher.\n\nBest wishes,\nSam",
  ],
  [
    "Hello Tom, I can see the licence locked after the fourth activation. That limit isn't obvious, so I've reset it for you and raised the cap to six devices. Let me know if anything else comes up!",
  ],
  [
    "Dear Mr Patel, thank you for your patience. Your passport form was returned because one page was missing from the pack we posted. I've sent a complete pack by tracked post, and it should reach you by Thursday.",
  ],
  [
    "Hi! You can cancel anytime before the 14th without a fee. If you need to cancel after that, just message me and I'll see what I can do.",
  ],
  [
    "Thanks for letting us know. The app may log you out if you haven't used it for 30 days; this is a security setting, and I've extended yours to 90 days.",
  ],
  [
    "I completely understand why you're frustrated. We should have told you about the delay sooner. Your new delivery date is Friday, and I'll text you the tracking link tonight.",
  ],
  [
    "Good morning! Your dog's grooming slot is confirmed for 10am on Saturday. Please bring his vaccination card, as the salon needs to see it before the first visit.",
  ],
  ["I'm afraid the 9am slot is taken, but 9:30 is free, and I've pencilled you in. Does that work for you?"],
  [
    "The policy covers theft from a locked car, so your claim is covered. I've started it and you'll hear from our assessor within 48 hours.",
  ],
  [
    "Just so you know, refunds usually take 3–5 working days to appear, depending on your bank. I've processed yours today.",
  ],
  [
    'We never share your data with third parties, and you can download or delete it at any time from your account page.',
  ],
  [
    "If your card was declined, it may be worth checking with your bank; in the meantime I've held the booking for 24 hours.",
  ],
  ["No worries if you missed the email — here's the link again, and I've also sent it by text."],
  ['Our rules say pets must be on a lead in the lobby, and we have free leads at reception if you forget yours.'],
  [
    "There was an error on our side and your payment was taken twice. I'm sorry — the duplicate has been refunded today.",
  ],
  [
    "Your order was shipped this morning. It's only a short walk from the depot to your door, so the driver will bring it by noon.",
  ],
  ["As requested, I've moved your appointment to Tuesday at 2pm. See you then!"],
  [
    "The courier delivered to the wrong address, and that's on us for not catching it. A replacement is on its way by express.",
  ],
  [
    "I've gone through your account with the billing team, and everything is now correct. Thanks again for your patience.",
  ],
  ["It's completely understandable that you didn't see the notice; it was in small print. I've waived the fee.\n"],
  ['Sleeping in lenses can irritate the eyes; please take them out tonight, and Dr Ames can see you tomorrow at 9.'],
  [
    "The bike locked because it left the zone; I've unlocked it and removed the fee, since the zone map is hard to read.",
  ],
  ["The care label was confusing, and the suit shouldn't have shrunk like that; we'll replace it."],
  [
    "The headcount on our form was 40, so we were short for 45 guests — I'm sorry, and I've refunded the missing portions.",
  ],
  ["The virus came from a phishing link that got past our filter; I've cleaned the laptop and it's ready to collect."],
  ["No receipt? No problem — I've found the order on your card and started the return."],
  ["The promoter sets the line-up, but I've passed your feedback on and checked refund options for you."],
  ["The Land Registry is taking longer than usual; I've chased them today and I'll update you on Friday."],
  ["Our partner brand makes the food, and I've sent them your photos; a replacement bag ships today."],
  ['The helpdesk normally covers company laptops, but I can take a quick look at your phone now.'],
  ["The estate agent sets the viewing times, but I'll ask them for an evening slot for you."],
  ["I'm sorry about the smudge on the dress; we'll clean it again for free by Thursday."],
  ["The course starts in May, and I've added the dates to your calendar invite."],
  ['I can see why this is upsetting, and I want to fix it today.'],
  ["Thanks for telling us about the caterers — I've raised it with them, and your refund is on its way."],
  ['I replied yesterday, but it may have gone to spam, so here is everything again in one place.'],
  ['Your booking can be changed up to 48 hours before the event.'],
  ["We're refunding the festival tickets in full because the headliner cancelled."],
  ["That's something we can offer — I've added it to your order."],
  ['Refunds and exchanges are free within 30 days.'],
  ["The school asks for 80% attendance; you're at 78%, so I've booked you two catch-up lessons to get there."],
  ["The firm's terms let us share the file once you've confirmed your ID, which takes two minutes."],
  ["We ordered the lens for the wrong eye, and I'm so sorry. The correct one is on its way by courier."],
  ["Our catering van was late, and the canapés ran out — that's on us, and we've refunded the canapé course."],
  ['We printed the certificate with a typo; a corrected copy is in the post.'],
  ['Your suit is ready for collection, beautifully dry cleaned!'],
  ["I'll let the kitchen know about your late sandwich, and I've refunded it."],
  ["I'm sorry the festival didn't live up to your expectations; I've refunded your camping pass."],
  ["The engineer couldn't find a day that suited you, so I've opened up Saturday slots just for you."],
  ["Your account was paused as a security precaution after an unusual login; I've restored it and sent a reset link."],
  ["Blurry photos can happen with movement, and we'll reshoot them free this weekend."],
  ["The deadline passed while the reminders were going to your spam folder; I've reopened it until Friday."],
  ["The plant may need more light — a sunny windowsill works well — and I'm sending a replacement just in case."],
  [
    "The listing should have said 'unfurnished' more clearly; I've updated it and can recommend a furniture rental service.",
  ],
  ["The airline decides on rebooking, but I've called them and asked for the earliest flight."],
  ["Our warehouse team made a mistake here, and I'm sorry. A replacement ships today."],
  ["Quotes come from the insurer, but I've asked them to review yours with the new details."],
  ["We're a reseller, but I'll handle the warranty claim with the manufacturer for you."],
  ["I've reported the bug to the app developer and I'll email you when it's fixed."],
  ["I'm sorry about the scuff on the sole; we'll send a new pair today."],
  ["Parking has been a problem lately, and we're adding twenty spaces next month."],
  ["I've pasted the answer from my last message below so it's easy to find."],
  ["The FAQ has a step-by-step guide, but I'm happy to walk you through it on the phone."],
  ["You've raised a really good point, and I want to make sure we get it right."],
  ['Absolutely, I can do that.'],
  ["We can make an exception this time, and I've applied it to your order."],
  ["The address can be changed until the parcel ships, and I've changed yours."],
  ["That option exists in the settings under 'Privacy'; here's a screenshot."],
  ["The policy allows cash refunds within 7 days, and you're within that window."],
  ["Terms and conditions apply, but you're covered for compensation in this case."],
  ["Our guidelines ask staff not to give out personal numbers, but I'll pass your message to Dr Shaw directly."],
  ["The parcel was marked as delivered by mistake, and I'm sorry. I've sent a replacement."],
  ["Your booking dropped out of our system, and that's our error. I've rebooked it for you."],
  ["We entered the wrong dates on the form; I've corrected them and resubmitted it."],
  ['Thanks so much for the five-star review, it really made our day!'],
  ["Our website can be confusing, and I'm sorry — I've placed the order for you."],
  ["Great detective work finding that bug; I've passed it to the developers."],
];

describe('the English coach leaves these replies clean', () => {
  test.each(COACH_CLEAN)('%s', (draft) => {
    expect(coachDraft(draft, { lang: 'en' }).issues.map((i) => i.ruleId)).toEqual([]);
  });
});
