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
    ['The admissions panel makes that call'],
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
];

describe('the English coach leaves these replies clean', () => {
  test.each(COACH_CLEAN)('%s', (draft) => {
    expect(coachDraft(draft, { lang: 'en' }).issues.map((i) => i.ruleId)).toEqual([]);
  });
});
