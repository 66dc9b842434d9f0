import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

// Variants of the families in lib/analysis/escalation/cues/en-implied.ts written for this test (in no scored
// set), each with ordinary messages of the same family that must stay clean: a figure of speech is where a
// false alarm lives ("my cat could do better" against "my cat knocked it off the shelf").
const flags = (text: string) => analyzeMessage(text).escalation;

describe('implied intents raise their flag', () => {
  test.each<[EscalationFlag, string]>([
    ['public', "I've got nearly 12k subscribers who'd eat up a story like this."],
    ['public', 'Carry on ignoring me and see what happens to your Tripadvisor rating.'],
    ['public', 'Our whatsapp group has 3,000 members and they all shop with you. For now.'],
    ['public', 'Just a reminder that Yelp exists.'],
    ['public', 'Every single person I know is going to hear how you treated my dad.'],
    ['public', "My sister-in-law works on the money desk at the Telegraph, and she's very keen to hear how this ends."],
    ['public', "My mate's a producer on Rip Off Britain. Just saying."],
    ['public', "I have a friend at the BBC consumer unit who'd love this."],
    ['public', "You'll be reading about yourselves in the Echo next week."],
    ['public', "If this isn't fixed, it's going straight to my MP and the local paper."],
    ['public', "I've tagged your CEO on Twitter with the video."],
    ['public', 'Photos of the damage are going up on Instagram tonight.'],
    ['public', 'Sharing the pictures of my flooded kitchen on Facebook unless someone calls me today.'],
    ['public', 'The footage is up on TikTok already.'],
    ['public', 'Posting this on every forum I can find.'],
    ['legal', 'My solicitor has been copied in on this email.'],
    ['legal', 'Lawyers instructed. Await their letter.'],
    ['legal', 'Any further correspondence should be sent to my solicitor.'],
    ['legal', "My attorney's on the case now."],
    ['legal', "Our counsel has been cc'd."],
    ['legal', 'We are instructed by Mr Patel in respect of the faulty boiler installation.'],
    ['legal', 'I reserve my right to bring proceedings without further notice.'],
    ['legal', "Pay the £400 by the 14th or I'll issue a claim in the county court."],
    ['legal', "Expect a letter on my solicitor's headed paper."],
    ['legal', "I've got a tribunal hearing date."],
    ['regulator', "I've sent a complaint to Ofcom."],
    ['regulator', 'My son says I should report you to the ombudsman and I think I will.'],
    ['regulator', "I'll be cc'ing the FCA on my next email."],
    ['regulator', 'The Energy Ombudsman told me to wait eight weeks, and week eight ends on Friday.'],
    ['regulator', "I'd rather not go to the ombudsman over this, but I will."],
    ['regulator', 'Spoke to Trading Standards this morning.'],
    ['abuse', "I've had more sensible chats with my toaster."],
    ['abuse', 'A goldfish could run this helpline better.'],
    ['abuse', 'Honestly your shop is run by toddlers.'],
    ['abuse', 'Talking to your team is like talking to a brick wall.'],
    ['abuse', 'Vultures, the lot of you.'],
    ['abuse', 'You thieving crooks.'],
    ['abuse', "You lot couldn't organise a raffle in a sweet shop."],
    ['harm', 'One more fake bill and a brick is going through your front window.'],
    ['harm', "I'll be down at your branch tomorrow and I won't be nice about it."],
    ['harm', 'I know where your warehouse is.'],
    ['harm', "If this goes on I don't know if I'll still be around next week."],
    ['harm', "Honestly I've thought about ending it."],
    ['harm', "Your engineer won't be walking out of here if he turns up late again."],
    ['harm', "If your courier shoves my mum again I'll put him in hospital."],
    ['harm', "Your manager is lucky I don't know where he parks."],
    ['public', 'Wrote the whole saga up on the Whirlpool forums last night.'],
    ['legal', "I'm lodging a small claim on Monday unless the deposit is returned."],
    ['public', 'Any idea how many followers my food blog has? You will soon.'],
    ['abuse', 'Your drivers are an embarrassment to the uniform.'],
    ['public', 'Your Google rating is about to take a hit.'],
    ['public', "My brother runs the residents' Facebook group and he wants to post about this."],
    ['public', 'The Mirror gets a full copy of this thread tonight.'],
    ['regulator', 'Ofcom will be getting a complete copy of this chat.'],
    ['abuse', 'You lot are about as much use as a chocolate fireguard.'],
    ['abuse', "I've dealt with sharper tools in a garden shed than the clowns at your call centre."],
    ['abuse', 'A right gang of chancers, the lot of them.'],
    ['harm', "He'll leave with a fat lip if he comes near my house again."],
    ['harm', 'My family would be happier without me.'],
    ['harm', "I'm sticking my boot through your shop door if this happens again."],
    ['harm', 'Wait till I get my hands on that driver.'],
    ['regulator', 'My wife thinks we should report you to Ofcom, and I agree.'],
    ['legal', 'The matter is now with my solicitor.'],
    ['regulator', 'The case is with the ombudsman now.'],
    ['abuse', 'My kids have better manners than your receptionist.'],
    ['abuse', "Your couriers couldn't deliver a pizza to a pizza shop."],
    ['legal', 'My barrister looked over your contract and laughed.'],
    ['harm', "Some mornings I can't see any reason to get up in the morning."],
    ['public', 'Reckon the Daily Star would love to hear about this.'],
  ])('%s: %s', (flag, text) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('the same families said without the intent stay clean', () => {
  test.each<[EscalationFlag, string]>([
    ['public', "I've got 2k followers on Instagram and they loved the bag I posted!"],
    ['public', 'Our running group has 40 members, do you offer a group discount?'],
    ['public', 'How do I check what happens to my rating after I return an item?'],
    ['public', 'My cousin works at the BBC and she recommended your broadband, so here I am!'],
    ['public', 'I read about your new store in the local paper, when does it open?'],
    ['public', 'My friend is an editor at Vogue and loved your coats.'],
    ['public', 'Can I tag you in my Instagram post of the cake? It turned out lovely.'],
    ['public', 'I shared the photos of my new sofa on Facebook, everyone loves it!'],
    ['public', 'How do I upload photos of the damage to your claims portal?'],
    ['legal', 'Our legal team has approved the contract, please send the invoice.'],
    ['legal', 'My solicitor is handling the house purchase, can you update the address on my account?'],
    ['legal', 'Is my solicitor allowed to speak to you on my behalf about the account?'],
    ['legal', 'My hearing aid battery is dying, please call instead of the video chat.'],
    ['legal', 'Can you print the invoice on headed paper for my accountant?'],
    ['legal', 'How do I file a claim on my warranty?'],
    ['regulator', "My daughter says I should complain to Ofcom but honestly you've been great, so no."],
    ['regulator', 'Does the ombudsman cover broadband complaints?'],
    ['regulator', "I'm a student writing an essay about the Financial Ombudsman, can I interview someone?"],
    ['abuse', 'My cat knocked the router off the shelf, sorry!'],
    ['abuse', 'My five-year-old could do this puzzle better than me, lol.'],
    ['abuse', "I've had more luck with the app than the website, thanks."],
    ['abuse', 'The potato peeler I bought is brilliant.'],
    ['harm', 'I know where your shop is, can I just collect the parcel?'],
    ['harm', 'The sun is coming through the window and the screen glare is awful.'],
    ['harm', "I'll be coming down to your branch on Saturday, can you hold the order for me?"],
    ['harm', "I won't be around next week, please deliver on Monday."],
    ['public', 'Is Which? magazine worth subscribing to? I saw your kettle in it.'],
    ['harm', 'The nurse said the cast comes off in a week, so can I rebook the delivery?'],
    ['public', 'How many people can sit at the large dining table?'],
    ['public', 'I wrote it up on my blog last year when you fixed my boiler so quickly!'],
    ['public', 'Your Google rating is going to go up after this, great job!'],
    ['public', 'My aunt runs a knitting blog and she mentioned your wool is lovely.'],
    ['abuse', 'This kettle is about as useful as a chocolate teapot.'],
    ['public', "I'm writing an article on energy prices for the Times money section and would love a quote."],
    ['regulator', 'My wife thinks we should report you to Ofcom, but I think it was an honest mistake.'],
    ['legal', "My ex-husband's solicitor wrote to me about the house, can you change the account name?"],
    ['harm', "He'll be carried out of the match if he keeps playing like that."],
    ['abuse', 'Cats with better manners are everywhere, lol, just like my two.'],
    ['legal', 'Can my solicitor look over the contract before I sign?'],
    [
      'harm',
      "I don't see any reason to get up early for the delivery if it comes after 2, so can you confirm the slot?",
    ],
  ])('no %s: %s', (flag, text) => {
    expect(flags(text)).not.toContain(flag);
  });
});
describe('strength of implied intents', () => {
  const strength = (text: string, flag: EscalationFlag) =>
    analyzeMessage(text).escalationDetail?.find((d) => d.flag === flag)?.strength;
  test.each<[EscalationFlag, string, string]>([
    ['legal', 'Solicitors instructed. Expect correspondence.', 'taken'],
    ['legal', "My lawyer will be cc'd on the next email if this isn't sorted.", 'threatened'],
    ['public', "I've got about 20k followers who love a good horror story.", 'threatened'],
    ['public', 'Photos are up on Facebook now with your page tagged.', 'taken'],
    ['regulator', 'Sent a complaint to the Financial Conduct Authority. Your move.', 'taken'],
    ['regulator', 'Please note that we have lodged a formal complaint with the SEC.', 'taken'],
    ['regulator', 'The ombudsman told me I have to give you eight weeks.', 'threatened'],
  ])('%s in "%s" is %s', (flag, text, want) => {
    expect(strength(text, flag)).toBe(want);
  });
});
