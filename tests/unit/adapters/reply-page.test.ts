import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapterFor } from '@/lib/adapters/registry';
import { siteReplyBox, withQuotedOriginal } from '@/lib/adapters/reply-page';
import { readDraft } from '@/lib/page/reply-box';
import { readQuoted } from '@/lib/text/quoted-original';
import type { Conversation } from '@/lib/types';
import { loadFixture } from './load-fixture';

const FIXTURES = join(import.meta.dirname, '../../fixtures/adapters');

// The draft coach reads what the agent wrote, never the quoted customer mail under it.
describe.each([
  [
    'gmail/reply-popout-en',
    'Hi Dana,\n\nI am sorry the refund is taking this long. I have asked our billing team to check it today.',
  ],
  ['gmail/inline-reply-zh-hans', '周女士您好，非常抱歉让您久等了。'],
  ['outlook/reply-popout-en', 'Hi Jordan,\nI am checking the second charge with billing now.'],
  ['outlook/inline-reply-zh-hant', '陳小姐您好，\n新的花瓶已經在今天寄出，單號稍後提供給您。'],
])('%s', (name, draft) => {
  test("the draft is the agent's lines only", async () => {
    const fx = loadFixture(join(FIXTURES, `${name}.html`));
    try {
      const box = siteReplyBox(fx.doc, adapterFor(fx.url).replyBox);
      expect(box).not.toBeNull();
      expect(readDraft(box as Element).trim()).toBe(draft);
    } finally {
      await fx.close();
    }
  });
});

const thread = (messages: Conversation['messages']): Conversation => ({
  source: 'x',
  customer: { name: 'Dana' },
  messages,
});

describe('withQuotedOriginal', () => {
  const quoted = { text: 'Where is my refund? It has been two weeks.', author: 'Dana', time: 'Mon 9:14' };
  const options = {};

  test('no quote: the thread as it is', () => {
    const found = thread([{ role: 'customer', text: 'Hello' }]);
    expect(withQuotedOriginal(null, { source: 'x', found, options })).toBe(found);
  });

  test('a thread that already shows the quoted mail is kept as it is', () => {
    const found = thread([{ role: 'customer', author: 'Dana', text: 'Where is my refund?  It has been two weeks.' }]);
    expect(withQuotedOriginal(quoted, { source: 'x', found, options })).toBe(found);
  });

  test('a collapsed row of the quoted mail is completed from the quote', () => {
    const found = thread([
      { role: 'agent', text: 'We are on it.' },
      { role: 'customer', author: 'Dana', text: 'Where is my refund?', partial: true },
    ]);
    const c = withQuotedOriginal(quoted, { source: 'x', found, options });
    expect(c?.messages).toHaveLength(2);
    expect(c?.messages[1]).toEqual({ role: 'customer', author: 'Dana', text: quoted.text });
  });

  test('a mail the thread does not show is added last, as the message being answered', () => {
    const found = thread([{ role: 'agent', text: 'We are on it.' }]);
    const c = withQuotedOriginal(quoted, { source: 'x', found, options });
    expect(c?.messages.map((m) => m.role)).toEqual(['agent', 'customer']);
    expect(c?.messages[1]?.time).toBe('Mon 9:14');
  });

  test("the agent's own earlier mail quoted back is the agent's, and names no customer", () => {
    const c = withQuotedOriginal({ ...quoted, author: 'Sam' }, { source: 'x', found: null, role: 'agent', options });
    expect(c?.messages).toEqual([expect.objectContaining({ role: 'agent', author: 'Sam' })]);
    expect(c?.customer).toEqual({});
  });

  test('an unsure thread is dropped for the quote alone', () => {
    const found = thread([{ role: 'unknown', text: 'Inbox 3 · Sent · Drafts' }]);
    const c = withQuotedOriginal(quoted, { source: 'x', found, keepThread: false, title: 'Re', options });
    expect(c?.messages).toEqual([expect.objectContaining({ role: 'customer', text: quoted.text })]);
    expect(c?.title).toBe('Re');
  });
});

describe('quoted-original headers the mail clients write', () => {
  test.each([
    [
      'On Mon, Nov 23, 2026 at 9:14 AM Dana Whitfield <d@x.example> wrote:\n> Hi',
      'Dana Whitfield',
      'Mon, Nov 23, 2026 at 9:14 AM',
    ],
    ['王晓明 <w@x.example> 于2026年11月23日周一 09:14写道：\n退款呢', '王晓明', '2026年11月23日周一 09:14'],
    ['陳美玲 <c@x.example> 於 2026年11月23日 週一 上午9:14 寫道：\n換貨呢', '陳美玲', '2026年11月23日 週一 上午9:14'],
    ['在 2026-11-22 10:30，王晓明 写道：\n> 退款呢', '王晓明', '2026-11-22 10:30'],
    [
      '寄件者: 陳美玲 <c@x.example>\n寄件日期: 2026年12月3日 上午 09:30\n主旨: 換貨\n\n換貨呢',
      '陳美玲',
      '2026年12月3日 上午 09:30',
    ],
  ])('%s', (quote, author, time) => {
    expect(readQuoted(quote)).toMatchObject({ author, time });
  });
});

test('Outlook in another UI language: the editor holding Outlook reply quoting is the reply box', async () => {
  const fx = loadFixture(join(FIXTURES, 'outlook/reply-popout-en.html'));
  try {
    const box = fx.doc.querySelector('[aria-label^="Message body"]') as Element;
    box.setAttribute('aria-label', 'Corps du message');
    const c = adapterFor(fx.url).extract(fx.doc, {});
    expect(c?.messages).toEqual([expect.objectContaining({ role: 'customer', author: 'Jordan Lee' })]);
  } finally {
    await fx.close();
  }
});

test('Gmail with a new mail open beside the inline reply: the quote comes from the reply that has one', async () => {
  const fx = loadFixture(join(FIXTURES, 'gmail/inline-reply-zh-hans.html'));
  try {
    const fresh = fx.doc.createElement('div');
    fresh.innerHTML =
      '<div aria-label="Message Body" role="textbox" contenteditable="true" g_editable="true">Hello</div>';
    fx.doc.body.prepend(fresh);
    const c = adapterFor(fx.url).extract(fx.doc, {});
    expect(c?.messages.at(-1)).toMatchObject({ author: '周晴', text: expect.stringContaining('差评') });
    expect(c?.messages.at(-1)?.partial).toBeUndefined();
  } finally {
    await fx.close();
  }
});
