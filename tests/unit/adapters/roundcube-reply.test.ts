import { describe, expect, test } from 'vitest';
import { splitReply } from '@/lib/adapters/sites/roundcube';

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
    expect(splitReply(body)).toEqual({
      time: '2026-11-22 09:14',
      author: 'Dana Whitfield',
      quoted: 'Where is my parcel?',
      draft: 'Hi Dana, I am sorry for the wait.',
    });
  });
  test('draft above the quote, Chinese attribution', () => {
    const body = '您好，已为您加急处理。\n\n在 2026年11月22日 10:30，王晓明 写道：\n> 退款还没到账';
    expect(splitReply(body)).toMatchObject({
      author: '王晓明',
      quoted: '退款还没到账',
      draft: '您好，已为您加急处理。',
    });
  });
  test('a new mail quotes nothing', () => {
    expect(splitReply('Hello,\n> not a reply')).toBeNull();
  });
});
