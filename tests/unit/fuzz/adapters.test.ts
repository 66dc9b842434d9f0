import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { ADAPTERS, readConversation } from '@/lib/adapters/registry';
import { DEFAULT_MAX_CHARS, DEFAULT_MAX_MESSAGES } from '@/lib/adapters/types';
import type { Conversation } from '@/lib/types';
import { hostileText, SEED } from './hostile';

// Whatever the host page looks like — a redesign, an ad frame, a pasted 10 MB log, markup nested
// thousands deep — the readers return null or a capped, well-formed conversation, quickly.

/** Pages each adapter claims, plus hosts none does (the generic reader). */
const URLS = [...ADAPTERS.map((a) => a.id), 'generic'].map((id) => {
  const byId: Record<string, string> = {
    gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    outlook: 'https://outlook.office.com/mail/inbox/id/AAQk',
    zendesk: 'https://acme.zendesk.com/agent/tickets/4471',
    freshdesk: 'https://acme.freshdesk.com/a/tickets/12',
    intercom: 'https://app.intercom.com/a/inbox/x/inbox/conversation/1',
    helpscout: 'https://secure.helpscout.net/conversation/1/2',
    front: 'https://app.frontapp.com/open/cnv_1',
    hubspot: 'https://app.hubspot.com/live-messages/1/inbox/2',
    zohodesk: 'https://desk.zoho.com/agent/acme/all/tickets/1',
    livechat: 'https://my.livechatinc.com/chats/1',
    crisp: 'https://app.crisp.chat/website/1/inbox/2/',
    whatsapp: 'https://web.whatsapp.com/',
    roundcube: 'https://mail.example.org/?_task=mail&_action=show&_uid=1',
    fossil: 'http://127.0.0.1:8080/forumpost/3dd0b62cad',
  };
  return byId[id] ?? 'https://shop.example.com/contact/thread/9';
});

const TAGS = [
  'div',
  'article',
  'section',
  'li',
  'ul',
  'p',
  'span',
  'table',
  'tr',
  'td',
  'blockquote',
  'time',
  'textarea',
];
const CLASSES = [
  'message',
  'msg',
  'chat',
  'bubble',
  'from-visitor',
  'from-agent',
  'customer',
  'agent',
  'author',
  'thread',
  'comment',
  'me',
  '',
];
const ROLES = ['log', 'feed', 'article', 'listitem', 'textbox', 'navigation', ''];

type Node = { text: string } | { tag: string; cls: string; role: string; who: string; children: Node[] };

const tree = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: hostileText }),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      cls: fc.constantFrom(...CLASSES),
      role: fc.constantFrom(...ROLES),
      who: fc.constantFrom('visitor', 'agent', 'customer', 'me', '', '<script>'),
      children: fc.array(tie('node'), { maxLength: 8 }),
    }),
  ),
})).node;

function render(doc: Document, parent: Element, node: Node): void {
  if ('text' in node) {
    parent.append(doc.createTextNode(node.text));
    return;
  }
  const el = doc.createElement(node.tag);
  if (node.cls) el.className = node.cls;
  if (node.role) el.setAttribute('role', node.role);
  if (node.who) el.setAttribute('data-author-role', node.who);
  if (node.tag === 'time') el.setAttribute('datetime', node.who);
  for (const c of node.children) render(doc, el, c);
  parent.append(el);
}

function expectCapped(c: Conversation | null): void {
  if (c === null) return;
  expect(typeof c.source).toBe('string');
  expect(c.messages.length).toBeGreaterThan(0);
  expect(c.messages.length).toBeLessThanOrEqual(DEFAULT_MAX_MESSAGES);
  const total = c.messages.reduce((n, m) => n + m.text.length, 0);
  // The cut message ends with an ellipsis, one character past the budget.
  expect(total).toBeLessThanOrEqual(DEFAULT_MAX_CHARS + 1);
  for (const m of c.messages) {
    expect(['customer', 'agent', 'system', 'unknown']).toContain(m.role);
    expect(m.text.trim().length).toBeGreaterThan(0);
  }
  // A Conversation crosses processes: it must survive structured cloning as plain data.
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readConversation on random pages', () => {
  test('never throws; the result is null or capped and well-formed', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.constantFrom(...URLS), (nodes, url) => {
        document.body.innerHTML = '';
        for (const n of nodes) render(document, document.body, n);
        const value = readConversation(document, new URL(url), {});
        expectCapped(value);
        if (value) read++;
      }),
      { seed: SEED, numRuns: 80 },
    );
    // Random markup must often look like a conversation, or this test would only ever see null.
    expect(read).toBeGreaterThan(10);
  });
});

/** A chat log of `n` bubbles whose text comes from `text(i)`. */
function chatLog(n: number, text: (i: number) => string): void {
  const log = document.createElement('div');
  log.setAttribute('role', 'log');
  log.className = 'log';
  for (let i = 0; i < n; i++) {
    const a = document.createElement('article');
    a.className = `row ${i % 2 ? 'from-agent' : 'from-visitor'}`;
    a.setAttribute('data-author-role', i % 2 ? 'agent' : 'visitor');
    const p = document.createElement('p');
    p.className = 'bubble';
    p.textContent = text(i);
    a.append(p);
    log.append(a);
  }
  document.body.append(log);
}

describe('readConversation on hostile page shapes', () => {
  // The generic reader, one site adapter that finds nothing and falls back, and Roundcube (any host).
  const SOME = [URLS.at(-1), URLS[2], URLS.at(-2)] as string[];
  test.each(SOME.map((u) => [new URL(u).hostname, u]))('5,000 sibling messages on %s: capped', (_h, url) => {
    chatLog(5_000, (i) => `Message ${i}: my order is late and I am upset.`);
    const value = readConversation(document, new URL(url), {});
    expectCapped(value);
  });

  test('a 10 MB text node in one message: capped to the character budget', () => {
    const huge = 'I want my refund now. '.repeat(Math.ceil(10_000_000 / 22));
    chatLog(6, (i) => (i === 4 ? huge : `short message ${i}`));
    const value = readConversation(document, new URL(URLS.at(-1) as string), {});
    expect(value).not.toBeNull();
    expectCapped(value);
  });

  test('markup nested 3,000 levels deep does not overflow the stack', () => {
    let el: Element = document.body;
    for (let i = 0; i < 3_000; i++) {
      const d = document.createElement(i % 2 ? 'div' : 'section');
      d.className = i % 3 ? 'message' : 'thread';
      el.append(d);
      el = d;
    }
    el.append(document.createTextNode('I am angry, where is my parcel?'));
    chatLog(10, (i) => `Message ${i}`);
    for (const url of URLS) {
      const value = readConversation(document, new URL(url), {});
      expectCapped(value);
    }
  });

  test.each([
    ['no body content', ''],
    ['only a reply box', '<textarea>draft</textarea>'],
    ['only invisible characters', '<div role="log"><p>\u200b\u200b</p><p>\ufeff</p></div>'],
    ['a form with fields only', '<form><input value="x"><select><option>a</option></select></form>'],
  ])('%s gives null or a well-formed conversation', (_name, html) => {
    document.body.innerHTML = html;
    for (const url of URLS) expectCapped(readConversation(document, new URL(url), {}));
  });
});
