import { describe, expect, test } from 'vitest';
import { quotedMail } from '@/lib/adapters/sites/roundcube';
import { splitReply } from '@/lib/text/quote-markers';

// Roundcube's reply page uses the shared splitter: the quoted mail is the customer's message, what the agent
// writes above or below it is the draft (read by the reply-box reader through the same splitReply).
describe('Roundcube reply page: the quoted mail is the customer, the rest is the agent draft', () => {
  test('draft below the quote (Roundcube default), older history dropped', () => {
    const body = [
      'On 2026-11-22 09:14, Dana Whitfield wrote:',
      '> Where is my parcel?',
      '>> On Monday, Support wrote:',
      '>> It ships today.',
      '',
      'Hi Dana, I am sorry for the wait.',
    ].join('\n');
    expect(quotedMail(body)).toEqual({
      time: '2026-11-22 09:14',
      author: 'Dana Whitfield',
      text: 'Where is my parcel?',
    });
    expect(splitReply(body).own).toBe('Hi Dana, I am sorry for the wait.');
  });
  test('draft above the quote, Chinese attribution', () => {
    const body = '您好，已为您加急处理。\n\n在 2026年11月22日 10:30，王晓明 写道：\n> 退款还没到账';
    expect(quotedMail(body)).toMatchObject({ author: '王晓明', text: '退款还没到账' });
    expect(splitReply(body).own).toBe('您好，已为您加急处理。');
  });
  test('history nested in the middle of the quote stays out of the customer message', () => {
    const body = 'On 2026-11-22 09:14, Dana wrote:\n> First line.\n>> older line\n> Last line.\n';
    expect(quotedMail(body)?.text).toBe('First line.\nLast line.');
  });
  test('a new mail quotes nothing', () => {
    expect(quotedMail('Hello,\n> not a reply')).toBeNull();
    expect(quotedMail('Hello, just a note.')).toBeNull();
  });
  test('Windows line ends', () => {
    expect(quotedMail('On 2026-11-22 09:14, Dana wrote:\r\n> Where is it?\r\n')?.text).toBe('Where is it?');
  });
});
