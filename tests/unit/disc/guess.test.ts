import { describe, expect, test } from 'vitest';
import { guessDisc, NOT_ENOUGH_SIGNAL } from '@/lib/disc';
import type { ConversationMessage } from '@/lib/types';
import { loadAllItems } from './fixtures';

const c = (text: string): ConversationMessage => ({ role: 'customer', text });
const a = (text: string): ConversationMessage => ({ role: 'agent', text });

const D_TURNS = [
  c('Cancel my subscription.'),
  a('Sorry to see you go! May I ask why?'),
  c('No discount. Just cancel it today.'),
  a('Would you like to keep your data?'),
  c('Send me the confirmation when it is done. I need it by tonight.'),
];

describe('not enough signal', () => {
  test.each<[string, ConversationMessage[]]>([
    ['no messages', []],
    ['only the agent', [a('Hello! Anything else I can help with? 😊 haha')]],
    ['one short neutral message', [c('Where is my order?')]],
    ['one short angry message', [c('This is ridiculous!!')]],
    ['one short Simplified message', [c('我的快递到哪了')]],
    ['one short Traditional message', [c('我的包裹到哪了')]],
    ['a few one-word replies', [c('hello'), a('Hi! How can I help?'), c('account'), a('Sure?'), c('cant log in')]],
    ['whitespace only', [c('   '), c('\n')]],
  ])('%s → null', (_name, messages) => {
    const r = guessDisc(messages);
    expect(r.style).toBeNull();
    expect(r.secondary).toBeNull();
    expect(r.reason).toBe(NOT_ENOUGH_SIGNAL);
    expect(r.confidence).toBe(0);
  });

  test('minMessages holds the guess back until enough customer messages', () => {
    expect(guessDisc(D_TURNS).style).toBe('D');
    expect(guessDisc(D_TURNS, { minMessages: 4 }).style).toBeNull();
  });
});

describe('whose words count', () => {
  test('agent messages are ignored, however expressive', () => {
    const withoutAgent = guessDisc(D_TURNS.filter((m) => m.role === 'customer'));
    const loudAgent = D_TURNS.map((m) =>
      m.role === 'agent' ? a('Omg hi!! 😍 haha sorry to bother you, no rush, according to section 4.2 exactly') : m,
    );
    const r = guessDisc(loudAgent);
    expect(r.style).toBe('D');
    expect(r.scores).toEqual(withoutAgent.scores);
    for (const cue of r.cues) expect(loudAgent[cue.messageIndex]?.role).toBe('customer');
  });

  test('unknown-role messages are read only when nobody is labelled customer', () => {
    const unknown = D_TURNS.map((m) => ({ ...m, role: m.role === 'customer' ? ('unknown' as const) : m.role }));
    expect(guessDisc(unknown).style).toBe('D');
    const mixed: ConversationMessage[] = [...unknown, c('ok')];
    expect(guessDisc(mixed).style).toBeNull();
  });

  test('cue messageIndex points into the input array', () => {
    const r = guessDisc(D_TURNS);
    expect(new Set(r.cues.map((x) => x.messageIndex))).toEqual(new Set([0, 2, 4]));
  });
});

describe('styles and confidence', () => {
  test.each<[string, ConversationMessage[], string]>([
    [
      'I in English',
      [
        c('Hi!! The scarf is gorgeous, my mom stole it haha'),
        a('Glad!'),
        c('lol I need another 🙏'),
        c('You guys are the best 💕'),
      ],
      'I',
    ],
    [
      'S in Simplified Chinese',
      [
        c('您好,不好意思打扰了,我不太明白这个通知'),
        a('您说'),
        c('会不会影响我原来的号码呀?'),
        c('不着急,谢谢您的耐心'),
      ],
      'S',
    ],
    [
      'C in Traditional Chinese',
      [
        c('3月14日扣了NT$599,網頁寫NT$499,差額怎麼來的?'),
        a('可能是其他費用'),
        c('請列出具體明細'),
        c('是按月計算還是按年計算?'),
      ],
      'C',
    ],
    [
      'an angry steady customer stays S',
      [
        c('Honestly I am really upset, this is the third missed delivery and I took the day off.'),
        a('I am very sorry.'),
        c("I don't want to make a fuss, I just want to know what will happen next. Will someone call first?"),
        c("Thank you for your help, I'm sorry if I sounded short earlier."),
      ],
      'S',
    ],
  ])('%s', (_name, messages, style) => {
    expect(guessDisc(messages).style).toBe(style);
  });

  test('confidence grows with more customer messages showing the same style', () => {
    const first = c(
      'Hello, sorry to bother you. No rush at all, whenever you get a chance could you check my order? I am a bit worried it went to my old address.',
    );
    const one = guessDisc([first]);
    const three = guessDisc([
      first,
      a('Sure.'),
      c('Thank you so much. Should I do anything in the meantime?'),
      a('No.'),
      c('Okay, I can wait then. Thank you for your patience with me.'),
    ]);
    expect(one.style).toBe('S');
    expect(three.style).toBe('S');
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(three.confidence).toBeLessThanOrEqual(1);
  });

  test('a close runner-up is named as secondary', () => {
    const r = guessDisc([
      c('Order #88213409 shows delivered on 11/02 at 4:12 pm. Refund it today.'),
      a('Sorry, checking.'),
      c('I checked the parcel log and the camera footage. Just tell me: refund or reship, now.'),
      c('What is the claim reference number exactly?'),
    ]);
    expect(r.style).not.toBeNull();
    expect([r.style, r.secondary].sort()).toEqual(['C', 'D']);
  });
});

describe('every labelled fixture', () => {
  const items = loadAllItems();
  test('has enough items per language', () => {
    expect(items.length).toBeGreaterThanOrEqual(180);
  });
  test.each(items.map((i) => [i.id, i] as const))('%s: cue offsets quote the message exactly', (_id, item) => {
    const r = guessDisc(item.messages);
    for (const cue of r.cues) {
      const msg = item.messages[cue.messageIndex];
      expect(msg?.role).not.toBe('agent');
      expect(msg!.text.slice(cue.start, cue.end)).toBe(cue.text);
      expect(cue.weight).toBeGreaterThan(0);
    }
    for (const s of ['D', 'I', 'S', 'C'] as const) expect(r.scores[s]).toBeGreaterThanOrEqual(0);
    if (r.style === null) expect(r.reason).toBe(NOT_ENOUGH_SIGNAL);
  });
});

describe('long input', () => {
  test.each([
    ['English', 'I need this ASAP, order #123456, maybe today? '],
    ['Chinese', '马上处理。不好意思,麻烦您看一下订单号20231102的明细~'],
    ['emoji', '😡🎉'],
  ])('50,000 characters of %s keep only evidence that counted', (_name, sample) => {
    const big = sample.repeat(Math.ceil(50_000 / sample.length)).slice(0, 50_000);
    const r = guessDisc([{ role: 'customer', text: big }]);
    // Repeats are capped per rule, so the evidence list stays short enough for the panel.
    expect(r.cues.length).toBeLessThan(60);
  });
});
