import { describe, expect, test } from 'vitest';
import { stripQuoted as cleanStrip } from '@/lib/adapters/clean';
import { stripQuoted as analysisStrip } from '@/lib/analysis/quoted';
import { quoteStart, splitReply } from '@/lib/text/quote-markers';

const OPENERS = [
  'On Mon, 16 Nov 2026 at 10:00, Dana <d@x.example> wrote:',
  '-----Original Message-----',
  'From: Dana Whitfield <d@x.example>\nSent: Monday, 16 November 2026 10:00',
  '在 2026年11月18日 14:20，王女士 <w@x.example> 写道：',
  '於 2026年11月18日 下午2:20，陳先生 寫道：',
  '> the box arrived crushed\n> and nobody answered',
];

describe('one marker table for readers and analysis', () => {
  test.each(OPENERS)('both strippers cut at %s', (opener) => {
    const text = `Sorry to hear that, we will replace it.\n\n${opener}\n> it is broken`;
    expect(cleanStrip(text).trim()).toBe('Sorry to hear that, we will replace it.');
    expect(analysisStrip(text).text.trim()).toBe('Sorry to hear that, we will replace it.');
  });

  test('a reply split at the quote: the agent part above, the quoted original below', () => {
    const { own, quote } = splitReply(
      'Hi Dana,\nwe are on it.\n\nOn Mon, 16 Nov 2026, Dana <d@x.example> wrote:\n> Where is my refund?',
    );
    expect(own).toBe('Hi Dana,\nwe are on it.');
    expect(quote.startsWith('On Mon')).toBe(true);
  });

  test('no quote: all of it is the agent part', () => {
    expect(splitReply('On Monday I wrote to you twice.')).toEqual({
      own: 'On Monday I wrote to you twice.',
      quote: '',
    });
    expect(quoteStart('plain text')).toBe(-1);
  });

  test('> lines inside the agent text do not cut it; a trailing run of them does', () => {
    expect(quoteStart('Yes.\n> did you try?\nNo luck.')).toBe(-1);
    expect(quoteStart('Yes.\n> did you try?\n> twice')).toBe(5);
  });
});

test('bottom-posted answers keep the answer below the quote', () => {
  const text =
    'On Mon, Nov 23, 2026 at 09:14, Petra Novak wrote:\n> it stops after ten minutes\n\nSame here; keepalive=30 fixes it.';
  expect(cleanStrip(text).trim()).toBe('Same here; keepalive=30 fixes it.');
});

describe('splitReply: the one reply splitter', () => {
  test('a bottom-posted draft is the agent part; the quote ends after its > lines', () => {
    const text =
      'On 2026-11-22 09:14, Dana wrote:\n> Where is it?\n> Please hurry.\n\nHi Dana, it ships today.\n-- \nSam';
    expect(splitReply(text)).toEqual({
      own: 'Hi Dana, it ships today.\n-- \nSam',
      quote: 'On 2026-11-22 09:14, Dana wrote:\n> Where is it?\n> Please hurry.',
    });
  });
  test('text both above and below the quote is all the agent part', () => {
    expect(splitReply('Hi Dana,\n\nOn Mon, Dana wrote:\n> Where?\n\nIt ships today.').own).toBe(
      'Hi Dana,\n\nIt ships today.',
    );
  });
  test('an opener wrapped over two lines stays with its quote', () => {
    const { own, quote } = splitReply('Sure.\nOn Mon, Nov 16, 2026 at 10:00, Dana\n<d@x.example> wrote:\n> Where?');
    expect(own).toBe('Sure.');
    expect(quote.split('\n')).toHaveLength(3);
  });
  test('a header-style quote (no > lines) runs to the end', () => {
    const text = 'Thanks.\n\nFrom: Dana <d@x.example>\nSent: Monday\n\nWhere is it?\nDana';
    expect(splitReply(text)).toEqual({ own: 'Thanks.', quote: text.slice(text.indexOf('From:')) });
  });
});

describe('a rule that opens a pasted reply', () => {
  test.each([
    ['a rule with a From: line under it', 'Fine, thanks.\n-----\nFrom: Sandra - Complaints\nWe have refunded you.', 14],
    ['a rule round the team that wrote it', '明白。\n—— 客戶關係部 ——\n已退還。', 4],
    ['a rule round a forwarded mail', '见下。\n-------- 转发邮件信息 --------\n发件人：售后', 4],
    ['a rule round a service desk', 'ok\n--- Customer Service ---\nWe are sorry.', 3],
  ])('%s', (_, text, at) => {
    expect(quoteStart(text)).toBe(at);
  });
  test.each([
    ['a heading of the customer’s own', 'Part one.\n== 第二部分 ==\nMore of mine.'],
    ['an update heading', 'Still broken.\n--- Update ---\nNow it is worse.'],
    ['a rule with the customer’s words under it', 'Update below.\n-----\nI have reported this to the ombudsman.'],
  ])('not %s', (_, text) => {
    expect(quoteStart(text)).toBe(-1);
  });
});
