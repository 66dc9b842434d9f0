import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel } from '@/lib/model';
import { settle } from '@/lib/model/blend';
import { elated, puzzledByAccounts, sarcasticPraise, thanksToPerson } from '@/lib/model/headline-tones';
import type { EmotionLabel } from '@/lib/types';

// Kinds read from blind14–16's errors (lib/model/headline-tones.ts); every sentence here is written for the test,
// none is from a headline set.
const EN = 0;

/** settle() on the rules' own read of `text` (no model), as if the model had chosen `chosen`. */
function settled(text: string, chosen: EmotionLabel, confidence = 0.6, negative = 0.9): EmotionLabel {
  installModel(null);
  return settle(chosen, confidence, 0.1, negative, analyzeMessage(text), EN, text).label;
}

describe('joy said through the body is joy', () => {
  test.each([
    [
      "The adoption panel said yes! We pick Max up on Thursday and I've been grinning like a fool all afternoon.",
      'anger',
    ],
    [
      'My daughter walked across the stage today and I cried the entire ceremony! Could you send the photo link?',
      'sadness',
    ],
    [
      "Results are in and I can't stop smiling. Distinction in all three modules. When do certificates get posted?",
      'frustration',
    ],
    ["APPROVED!!! The mortgage offer came through this morning. I'm literally shaking. What happens next?", 'anxiety'],
  ] as const)('%j (model: %s) → joy', (text, chosen) => {
    expect(settled(text, chosen)).toBe('joy');
  });

  test.each([
    "I'm literally shaking with rage. Your driver reversed into my car and drove off.",
    'I cried for an hour last night. The wedding photos are gone from your cloud.',
    "I'm shaking. Someone has taken £900 out of my account and your line is engaged.",
  ])('not %j', (text) => {
    expect(elated(text)).toBeNull();
  });
});

describe('praise said flat over a complaint is the complaint', () => {
  test.each([
    ['Brilliant. Your courier left my laptop in the rain and it won’t turn on. I want a full refund this week.', 'joy'],
    [
      'Well done, your engineers managed to cut through the gas pipe. Quite the achievement. I want a manager to call.',
      'joy',
    ],
  ] as const)('%j (model: %s) → anger', (text, chosen) => {
    expect(settled(text, chosen)).toBe('anger');
  });

  // The shape alone is not the complaint: a real thanks with good news keeps its reading.
  test('genuine thanks in the same shape stays thanks', () => {
    expect(settled('Great, thanks, the new router arrived and everything works.', 'gratitude')).toBe('gratitude');
  });

  test.each([
    'Perfect, thank you, the app has crashed again on the payment screen.',
    'Brilliant, cheers, another engineer who never turned up.',
  ])('praise and a thanks, then the complaint: %j', (text) => {
    expect(sarcasticPraise(text)).toBe(true);
  });

  test.each([
    'Great news, the replacement arrived and works perfectly. Thanks so much!',
    'Perfect, that fixed it. Have a lovely weekend.',
  ])('not %j', (text) => {
    expect(sarcasticPraise(text)).toBe(false);
  });
});

describe('not understanding two accounts that disagree is confusion', () => {
  test.each([
    [
      "I don't understand what's going on with my parcel. The tracking says delivered, but the driver texted that he couldn't find the house, and now the app says it is at the depot.",
      'anxiety',
    ],
    [
      "I'm confused. Your letter says my direct debit was cancelled, but my bank shows you took the payment. Which is right?",
      'frustration',
    ],
  ] as const)('%j (model: %s) → confusion', (text, chosen) => {
    expect(settled(text, chosen)).toBe('confusion');
  });

  test('not understanding with nothing to weigh is not this kind', () => {
    expect(puzzledByAccounts("I don't understand why my account is locked and my rent is due tomorrow.")).toBe(false);
  });
});

describe('thanks sent to a person for a deed is gratitude', () => {
  test.each([
    [
      'Our flight was cancelled and we spent nine hours in the terminal. But Anna at your help desk found us a hotel and rebooked us all. Please pass this on to her. Thank you.',
      'sadness',
    ],
    [
      'To the engineer who came out on Friday: you stayed two hours past your shift to get our heating on. Many thanks.',
      'frustration',
    ],
  ] as const)('%j (model: %s) → gratitude', (text, chosen) => {
    expect(settled(text, chosen)).toBe('gratitude');
  });

  test('asking for money back is a complaint with thanks around it', () => {
    expect(thanksToPerson('Please pass this on to your manager: I want a refund for the delay. Thank you.')).toBe(
      false,
    );
  });
});

describe('quiet letting go is sadness', () => {
  test.each([
    [
      'Please cancel the magazine. Since my husband passed, nobody in the house reads it. Thank you for all the years.',
      'gratitude',
    ],
    ["Well, that's that then. The collar won't work on her any more. Not a big deal, I suppose.", 'frustration'],
    [
      'I really hoped the club would be a place to make friends. Nobody says hello. I think I’ll give notice.',
      'anxiety',
    ],
    ['The cot arrived today, a month after she was born. I looked at it and felt nothing.', 'joy'],
  ] as const)('%j (model: %s) → sadness', (text, chosen) => {
    expect(settled(text, chosen)).toBe('sadness');
  });

  test('a son who passed his test is no loss', () => {
    expect(settled('Since my son passed his driving test he wants his own policy. Can you quote?', 'neutral')).not.toBe(
      'sadness',
    );
  });
});

describe('laughter at the firm beside a complaint is derision', () => {
  // Written for this test: support-chat shapes, none from a dev or headline set.
  const ZH = 1;
  function settledZh(text: string, chosen: EmotionLabel): EmotionLabel {
    installModel(null);
    return settle(chosen, 0.7, 0.1, 0.1, analyzeMessage(text), ZH, text).label;
  }

  test.each([
    ['your refund process is useless lmao', 'frustration'],
    ['ur drivers are clowns 😂😂', 'anger'],
    ['lol you guys are a joke, 3 weeks and still nothing', 'anger'],
  ] as const)('%j → %s, not joy', (text, label) => {
    expect(settled(text, 'joy', 0.9, 0.1)).toBe(label);
  });

  test('a Chinese customer calling the service a joke with 哈哈哈', () => {
    expect(settledZh('哈哈哈你们客服真是个笑话', 'joy')).not.toBe('joy');
  });

  test.each([
    // Laughing at oneself or at someone else, not at the firm.
    "I know I'm hopeless with passwords lol, it's locked again",
    'my brother is useless at setup haha',
    // Joy said in other words than the laughter.
    'haha your driver was so fast, amazing, I was sure it would be late',
    // Laughter beside no complaint at all.
    'lol your app has a dark mode now, since when?',
  ])('%j stays joy', (text) => {
    expect(settled(text, 'joy', 0.9, 0.1)).toBe('joy');
  });

  test('laughter opening sarcastic praise is read as the praise', () => {
    expect(sarcasticPraise('haha great, another delay on my parcel')).toBe(true);
    expect(sarcasticPraise('haha great news, it arrived')).toBe(false);
  });
});
