import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EmotionLabel } from '@/lib/types';
import { NEGATIVE_EMOTIONS } from '@/lib/types';

/**
 * English vocabulary families added or corrected for accuracy (issue #3). Every sentence is written here,
 * none comes from the eval files, and each row read differently with the English pack before the change,
 * so removing or moving the words makes it fail. The exceptions are guards (name-calling aimed at the
 * reader, a customer hurt by staff): they check that lowering a word did not drop what must stay.
 */
const negative = (l: EmotionLabel) => (NEGATIVE_EMOTIONS as readonly string[]).includes(l);
const primary = (text: string) => analyzeMessage(text, { language: 'en' }).primary;

describe('a swear word in front of praise is emphasis, not anger', () => {
  test.each([['I fucking love this keyboard'], ['damn good coffee, honestly'], ['this update is freaking awesome']])(
    '%s',
    (text) => {
      const r = analyzeMessage(text, { language: 'en' });
      expect(r.primary).toBe('joy');
      expect(r.emotions.anger).toBe(0);
      expect(r.escalation).not.toContain('abuse');
    },
  );
});

describe('abuse phrases carry the anger of the swear word they contain', () => {
  test.each([['fuck you and your refund policy'], ['yeah well fuck off']])('%s', (text) => {
    const r = analyzeMessage(text, { language: 'en' });
    expect(r.primary).toBe('anger');
    expect(r.emotions.anger).toBeGreaterThan(0.7);
  });
});

describe('contemptuous indifference is negative, not relief', () => {
  test.each([
    ["honestly I don't give a shit about the points", 'anger'],
    ["they couldn't care less about customers", 'frustration'],
  ])('%s', (text, label) => {
    expect(primary(text)).toBe(label);
  });
});

describe('a problem solved, a service back, a repeat purchase read as joy', () => {
  test.each([
    ['Problem solved, thanks to the reset.'],
    ['The router is back up and running'],
    ['Would buy again.'],
    ['The new battery works wonders'],
    ['It is working again after the update'],
    ['She was kind enough to call me back'],
    ["Don't take it too seriously, it was fun"],
  ])('%s', (text) => {
    expect(primary(text)).toBe('joy');
  });
});

describe('look-alike words and derived forms are not feelings', () => {
  test.each([
    ['Your refund has been issued', 'neutral'],
    ['Kindly update my address', 'neutral'],
    ['I am buying this for my best friend', 'neutral'],
    ['We were fined for parking there', 'neutral'],
    ["That's a safe bet", 'neutral'],
    ["Let's weigh the pros and cons", 'neutral'],
    ['I check my feed every morning', 'neutral'],
    ['The fixed rate is 4%', 'neutral'],
    ['The payment goes through a third party', 'neutral'],
    ['Three weeks have passed and my order is here', 'neutral'],
    ['I think you missed the point of my question', 'confusion'],
  ])('%s → %s', (text, label) => {
    expect(primary(text)).toBe(label);
  });

  test('"freaking" on its own is an intensifier word, not fear', () => {
    const p = primary('this freaking printer');
    expect(p).not.toBe('anxiety');
    expect(negative(p)).toBe(true);
  });
});

describe('families of less common feeling words', () => {
  test.each([
    ['The sequel fell flat', 'sadness'],
    ['Honestly I expected more from this brand', 'sadness'],
    ['I felt crestfallen after the call', 'sadness'],
    ['I got laid off today', 'sadness'],
    ['The food was not good', 'sadness'],
    ['They keep passing the buck', 'frustration'],
    ['I was fobbed off by the agent', 'frustration'],
    ['The repair was botched', 'frustration'],
    ["Honestly, I'm peeved", 'frustration'],
    ['This is piss poor', 'frustration'],
    ['The staff were completely inept', 'anger'],
    ['The agent talked down to me', 'anger'],
    ['I felt humiliated at the counter', 'anger'],
    ['Keeping my deposit is illegal', 'anger'],
    ['They treated me like dirt', 'anger'],
    ['That noise was really unnerving', 'anxiety'],
    ["I'm frantic, the payment bounced", 'anxiety'],
    ['wdym by that', 'confusion'],
    ['The instructions give mixed signals', 'confusion'],
    ["I'm still not sure which plan I have", 'confusion'],
    ["I'm over the moon with it", 'joy'],
    ['Well said!', 'joy'],
    ['That clip had me cracking up', 'joy'],
    ['That did the trick', 'joy'],
    ['Hassle free return', 'joy'],
    ['Shipped ahead of schedule', 'joy'],
    ['The bus is never on time', 'frustration'],
    ['The price went up without warning', 'frustration'],
    ['My plan changed with no explanation', 'frustration'],
    ['Not a word from the courier', 'frustration'],
    ["Hang in there, you've got this", 'joy'],
    ['Hopefully it ships soon', 'joy'],
    ['fml, the bus left early', 'sadness'],
    ['welp, back to square one', 'sadness'],
    ['that was a badass move', 'joy'],
    ['How many times do I have to send the form', 'frustration'],
    ['Do your job and ship my order', 'frustration'],
    ['Parcel undelivered and we are left in the dark', 'frustration'],
    ['So much for next-day delivery', 'frustration'],
    ['The stream keeps buffering', 'frustration'],
    ['jfc, not this again', 'frustration'],
    ['this is a red flag', 'anxiety'],
    ['Is this a scam? I got a text about my parcel', 'anxiety'],
    ['Someone used my card in another country', 'anxiety'],
    ['Money taken from my account twice', 'frustration'],
    ['nooooo', 'sadness'],
    ['that smell makes me gag', 'anger'],
    ['thnx for the quick fix', 'gratitude'],
    ['woo, it shipped', 'joy'],
    ["I can't remember which card I used", 'confusion'],
    ["You're welcome, any time", 'gratitude'],
    ['please just refund my money back', 'frustration'],
    ["So the price went up. How's that fair", 'frustration'],
  ])('%s → %s', (text, label) => {
    expect(primary(text)).toBe(label);
  });
});

describe('words that are mostly not a feeling on their own', () => {
  test.each([
    ['The battery is low', 'sadness'],
    ['Wait, is the store open on Sunday?', 'frustration'],
    ['I want it so bad', 'frustration'],
    ['It should be here tomorrow', 'frustration'],
    ['Please cancel the second item only', 'frustration'],
    ['Sorry for the late reply, the code is 4471', 'sadness'],
    ['Is the blue one still available?', 'sadness'],
    ['My apologies for the late reply, could you resend the file?', 'sadness'],
  ])('%s is not %s', (text, label) => {
    expect(primary(text)).not.toBe(label);
  });
});

describe('emoji and emoticons shared by every language', () => {
  test.each([
    ['🤮', 'anger'],
    ['the new phone 🤩', 'joy'],
    ['sure 🙃', 'frustration'],
    ['🤷', 'confusion'],
    ['🥲', 'sadness'],
    ['🥀', 'sadness'],
    ['🫨', 'anxiety'],
    ['🙇', 'gratitude'],
    ['the parcel came ;_;', 'sadness'],
  ])('%s → %s', (text, label) => {
    expect(primary(text)).toBe(label);
  });

  test('a hug emoji reads the same in a Chinese message', () => {
    expect(analyzeMessage('收到了🤗', { language: 'zh-Hans' }).emotions.joy).toBeGreaterThan(0.5);
  });
});

describe('name-calling is abuse only when it is aimed at the reader', () => {
  test.each([
    ['this stupid form keeps resetting', false],
    ['you are stupid', true],
  ])('%s → abuse %s', (text, abuse) => {
    expect(analyzeMessage(text, { language: 'en' }).escalation.includes('abuse')).toBe(abuse);
  });
});

describe('agreement fillers are not joy on their own', () => {
  test.each([['Yeah, the order number is 4471'], ['ok, I sent the photo'], ['Right, I will check the invoice']])(
    '%s',
    (text) => {
      expect(primary(text)).not.toBe('joy');
    },
  );
});

describe('naming a crime reports an event; a customer hurt by one is still negative', () => {
  test('a news-style mention of a crime is not anger on its own', () => {
    expect(primary('The documentary is about a murder in 1920s Chicago')).not.toBe('anger');
  });
  test.each([['Your driver assaulted me'], ['The courier was violent at my door']])('%s', (text) => {
    expect(negative(primary(text))).toBe(true);
  });
});

describe('mock praise and mock surprise read as frustration', () => {
  test.each([
    ['Must be nice to get a reply'],
    ['ok boomer'],
    ['Cool story bro'],
    ['Nice try'],
    ['go figure'],
    ['Good luck with that'],
    ['You had one job'],
    ['It arrived, no thanks to your courier'],
  ])('%s', (text) => {
    expect(primary(text)).toBe('frustration');
  });
});

describe('praise said through a negative is praise', () => {
  test.each([
    ["Can't recommend it enough!", 'joy'],
    ["Honestly can't fault the service", 'joy'],
    ["You can't go wrong with this model", 'joy'],
    ["I couldn't be happier with the repair", 'joy'],
    ["I can't thank you enough", 'gratitude'],
    ['This airline never fails to disappoint', 'frustration'],
  ])('%s → %s', (text, label) => {
    expect(primary(text)).toBe(label);
  });
});
