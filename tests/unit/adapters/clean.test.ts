import { describe, expect, test } from 'vitest';
import { cleanMessageText, stripQuoted, stripSignature } from '@/lib/adapters/clean';

describe('stripQuoted', () => {
  test.each([
    [
      '"On … wrote:" and everything after',
      'Still broken.\n\nOn Mon, 16 Nov 2026 at 10:00, Sam <s@x.example> wrote:\n> Please restart it.',
      'Still broken.\n',
    ],
    [
      '"On … wrote:" wrapped over two lines',
      'Thanks!\nOn Mon, 16 Nov 2026 at 10:00, Sam Rivera\n<s@x.example> wrote:\n> hi',
      'Thanks!',
    ],
    ['"> " lines in the middle', 'Yes.\n> did you try?\nNo luck.', 'Yes.\nNo luck.'],
    ['Outlook original message', 'See below.\n-----Original Message-----\nFrom: Sam\nSent: Monday', 'See below.'],
    [
      'Outlook header block',
      'Any news?\n\nFrom: Sam Rivera <s@x.example>\nSent: Saturday, November 21, 2026 5:30 PM\nTo: me',
      'Any news?\n',
    ],
    ['simplified Chinese 写道', '还没到账。\n在 2026年11月18日 14:20，客服 <k@x.example> 写道：\n您好', '还没到账。'],
    ['traditional Chinese 寫道', '請盡快處理。\n於 2026年11月18日 下午2:20，客服 寫道：\n您好', '請盡快處理。'],
    ['发件人 header block', '好的。\n发件人: 客服 <k@x.example>\n发送时间: 2026年11月18日\n主题: 退款', '好的。'],
    ['寄件者 header block', '謝謝。\n寄件者: 客服\n寄件日期: 2026年11月15日', '謝謝。'],
    [
      'a "From:" line alone is content, not a header',
      'From: the Berlin store\nit arrived broken',
      'From: the Berlin store\nit arrived broken',
    ],
    [
      '"On Monday I wrote to you" is not a quote opener',
      'On Monday I wrote to you twice.',
      'On Monday I wrote to you twice.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(stripQuoted(input)).toBe(expected);
  });
});

describe('stripSignature', () => {
  test.each([
    ['"-- " delimiter', 'Please fix it.\n-- \nDana\nACME Ltd', 'Please fix it.'],
    ['Sent from my iPhone', 'Where is it?\n\nSent from my iPhone', 'Where is it?\n'],
    ['Get Outlook for iOS', 'ok\nGet Outlook for iOS', 'ok'],
    ['发自我的iPhone', '快点处理\n发自我的iPhone', '快点处理'],
    ['寄自我的 iPhone', '謝謝\n寄自我的 iPhone', '謝謝'],
    ['從我的 iPhone 傳送', '好\n從我的 iPhone 傳送', '好'],
    ['a first-line delimiter is the message itself', '--\nnothing else', '--\nnothing else'],
  ])('%s', (_name, input, expected) => {
    expect(stripSignature(input)).toBe(expected);
  });
});

describe('cleanMessageText', () => {
  test.each([
    ['sign-off with the author name', 'It broke again.\n\nDana', 'Dana Whitfield', 'It broke again.'],
    ['sign-off with the first name only', 'It broke again.\nDana.', 'Dana Whitfield', 'It broke again.'],
    ['name inside the text stays', 'Dana here, it broke again.', 'Dana Whitfield', 'Dana here, it broke again.'],
    ['quote then signature', 'Fine.\n-- \nD\nOn Mon, X wrote:\n> a', undefined, 'Fine.'],
  ])('%s', (_name, input, author, expected) => {
    expect(cleanMessageText(input, author)).toBe(expected);
  });
});
