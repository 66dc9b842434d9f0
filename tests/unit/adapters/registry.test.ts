import { describe, expect, test, vi } from 'vitest';
import { adapterFor, readConversation, rootFor } from '@/lib/adapters/registry';

describe('adapterFor', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/abc', 'gmail'],
    ['https://outlook.office.com/mail/inbox/id/x', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://acme.zendesk.com/hc/en-us', 'generic'],
    ['https://acme.freshdesk.com/a/tickets/3', 'freshdesk'],
    ['https://app.intercom.com/a/inbox/x/inbox/conversation/1', 'intercom'],
    ['https://secure.helpscout.net/conversation/1/2/', 'helpscout'],
    ['https://app.frontapp.com/open/cnv_1', 'front'],
    ['https://app.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
    ['https://desk.zoho.eu/agent/x/tickets/details/1', 'zohodesk'],
    ['https://my.livechatinc.com/chats/1', 'livechat'],
    ['https://app.crisp.chat/website/x/inbox/y/', 'crisp'],
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://webmail.example.org/?_task=mail&_mbox=INBOX', 'roundcube'],
    ['https://www.udesk.cn/workbench', 'generic'],
    ['http://localhost:5178/chat.html', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url)).id).toBe(id);
  });
});

describe('readConversation falls back to the generic reader only when the site hooks are gone', () => {
  const thread =
    '<div class="thread"><div class="msg in">my order is late</div><div class="msg out">checking</div></div>';
  test('hooks present, no conversation open: null, not the page read generically', () => {
    document.body.innerHTML = `<div data-test-id="omni-log-container"></div>${thread}`;
    expect(readConversation(document, new URL('https://a.zendesk.com/agent/tickets/1'), {})).toBeNull();
  });
  test('hooks gone (a redesign): the generic reader reads the page', () => {
    document.body.innerHTML = thread;
    const c = readConversation(document, new URL('https://a.zendesk.com/agent/tickets/1'), {});
    expect(c?.source).toBe('generic');
    expect(c?.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
  });
  test('rootFor uses the generic thread when the site root is missing', () => {
    document.body.innerHTML = thread;
    expect(rootFor(document, new URL('https://a.zendesk.com/agent/tickets/1'))?.className).toBe('thread');
  });
});

test('a reader that throws gives null instead of breaking the content script', () => {
  document.body.innerHTML = '<div class="thread"><div class="msg in">a</div><div class="msg out">b</div></div>';
  const spy = vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
    throw new Error('host page monkey-patched the DOM');
  });
  try {
    expect(readConversation(document, new URL('https://example.org/'), {})).toBeNull();
  } finally {
    spy.mockRestore();
  }
});
