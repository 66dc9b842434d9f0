import { describe, expect, test, vi } from 'vitest';
import { capMessages } from '@/lib/adapters/conversation';
import { generic, readWithin } from '@/lib/adapters/generic';
import { findReplyBox } from '@/lib/page/reply-box';
import { loadHtml } from './load-fixture';

function read(html: string, options = {}) {
  document.body.innerHTML = html;
  return generic.extract(document, options);
}

const bubbles = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<div class="msg ${i % 2 ? 'msg-out' : 'msg-in'}"><p class="text">message ${i}</p></div>`,
  ).join('');

describe('generic reader', () => {
  test('reads a chat inside an open shadow root', () => {
    document.body.innerHTML = '<x-chat></x-chat><textarea></textarea>';
    const host = document.querySelector('x-chat') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const log = document.createElement('div');
    log.setAttribute('role', 'log');
    for (const [side, text] of [
      ['visitor', 'my refund is late'],
      ['agent', 'checking now'],
      ['visitor', 'thanks'],
    ]) {
      const row = document.createElement('div');
      row.className = `row from-${side}`;
      row.textContent = text as string;
      log.appendChild(row);
    }
    shadow.appendChild(log);
    const c = generic.extract(document, {});
    expect(c?.messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'my refund is late'],
      ['agent', 'checking now'],
      ['customer', 'thanks'],
    ]);
  });

  test('reads a thread inside a same-origin frame', async () => {
    const inner = `<div class="thread">${bubbles(3)}</div>`.replace(/"/g, '&quot;');
    const { doc, close } = loadHtml(
      `<!DOCTYPE html><html><body><h1>Webmail</h1><iframe srcdoc="${inner}"></iframe></body></html>`,
      'https://webmail.example.test/',
    );
    const c = generic.extract(doc, {});
    expect(c?.messages.map((m) => m.text)).toEqual(['message 0', 'message 1', 'message 2']);
    await close();
  });

  test.each([
    [{}, 50, 'message 70'],
    [{ maxMessages: 10 }, 10, 'message 110'],
  ])('keeps the newest messages (%o)', (options, count, first) => {
    const c = read(`<div class="chat">${bubbles(120)}</div>`, options);
    expect(c?.messages).toHaveLength(count);
    expect(c?.messages[0]?.text).toBe(first);
    expect(c?.messages.at(-1)?.text).toBe('message 119');
  });

  test('caps characters from the newest message back', () => {
    const long = [
      { role: 'customer' as const, text: 'a'.repeat(80) },
      { role: 'agent' as const, text: 'b'.repeat(30) },
      { role: 'customer' as const, text: 'c'.repeat(40) },
    ];
    const capped = capMessages(long, { maxChars: 100 });
    expect(capped.map((m) => m.text.length)).toEqual([31, 30, 40]);
    expect(capped[0]?.text.endsWith('…')).toBe(true);
  });

  test.each([
    ['me', 'agent'],
    ['You', 'agent'],
    ['我', 'agent'],
    ['我自己', 'agent'],
    ['Alex Agent', 'agent'],
    ['Dana', 'customer'],
  ])('author "%s" is the %s', (author, role) => {
    const html = `<ul class="comments">
      <li class="comment"><span class="author">Dana</span><div class="body">It is broken.</div></li>
      <li class="comment"><span class="author">${author}</span><div class="body">Let me look.</div></li>
    </ul>`;
    const c = read(html, { agentName: 'Alex Agent' });
    expect(c?.messages[1]?.role).toBe(author === 'Dana' ? 'customer' : role);
  });

  test('grouped messages continue the author shown on the first of the run', () => {
    const c = read(
      `<div role="list">
        <div role="listitem"><span class="sender">Dana</span><div class="text">The app crashes on start.</div></div>
        <div role="listitem"><div class="text">Since this morning.</div></div>
        <div role="listitem"><span class="sender">You</span><div class="text">Which version?</div></div>
        <div role="listitem"><div class="text">Settings → About shows it.</div></div>
      </div><textarea></textarea>`,
    );
    expect(c?.messages.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Dana'],
      ['customer', 'Dana'],
      ['agent', 'You'],
      ['agent', 'You'],
    ]);
  });

  test('prefers the thread near the reply box over a longer list of conversations', () => {
    const list = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/c/${i}">Customer ${i}: last message</a></li>`,
    ).join('');
    const c = read(
      `<aside><ul>${list}</ul></aside><main><div class="thread">${bubbles(3)}</div><textarea></textarea></main>`,
    );
    expect(c?.messages.map((m) => m.text)).toEqual(['message 0', 'message 1', 'message 2']);
  });

  test.each([
    [
      'a requester card next to the name',
      '<aside><h3>Dana Whitfield</h3><dd>dana@example.com</dd></aside>',
      'dana@example.com',
    ],
    ['the only address on the page', '<aside><dd>Email</dd><dd>Dana.W@Example.com</dd></aside>', 'Dana.W@Example.com'],
    ['not an address inside a script', '<script>var c = {"mail": "tracker@example.net"}</script>', undefined],
    ['two unrelated addresses: none', '<p>ops@example.net</p><p>billing@example.net</p>', undefined],
  ])('customer email from the page: %s', (_name, extra, expected) => {
    const c = read(
      `<ul class="comments"><li class="comment customer"><span class="author">Dana Whitfield</span><div class="body">Where is it?</div></li><li class="comment agent"><span class="author">Sam</span><div class="body">Checking.</div></li></ul>${extra}`,
    );
    expect(c?.customer.email).toBe(expected);
  });

  test("never reads Heartline's own UI", () => {
    const c = read(`<div data-heartline-ui="panel"><div role="log">${bubbles(6)}</div></div><p>Nothing here</p>`);
    expect(c).toBeNull();
  });

  test('a page without a conversation gives null', () => {
    expect(read('<main><h1>Pricing</h1><p>Plans start at $9.</p></main>')).toBeNull();
  });
});

describe('readWithin (picked element)', () => {
  test('reads the list inside the picked element', () => {
    document.body.innerHTML = `<section id="picked"><div class="thread">${bubbles(4)}</div></section><div class="other">${bubbles(9)}</div>`;
    const c = readWithin(document.querySelector('#picked') as Element, {});
    expect(c?.source).toBe('picked');
    expect(c?.messages).toHaveLength(4);
  });
  test('a picked single block becomes one message of unknown role', () => {
    document.body.innerHTML = '<div id="only"><p>I was charged twice.</p><p>Please fix it.</p></div>';
    const c = readWithin(document.querySelector('#only') as Element, {}, 'selection');
    expect(c?.messages).toEqual([{ role: 'unknown', text: 'I was charged twice.\n\nPlease fix it.' }]);
    expect(c?.source).toBe('selection');
  });
});

describe('repeated reads of a changing page (the observer reads after every message)', () => {
  const texts = () => generic.extract(document, {})?.messages.map((m) => m.text);
  const append = (sel: string, html: string) =>
    (document.querySelector(sel) as Element).insertAdjacentHTML('beforeend', html);
  const bubble = (cls: string, text: string) => `<div class="msg ${cls}"><p class="text">${text}</p></div>`;

  test.each([
    ['a role="log" chat', (b: string) => `<div role="log">${b}</div><textarea></textarea>`],
    ['an unlabelled thread', (b: string) => `<div class="thread">${b}</div><textarea></textarea>`],
  ])('%s: a new message is read, an edited one re-read, a removed one dropped', (_name, page) => {
    document.body.innerHTML = page(bubbles(3));
    expect(texts()).toEqual(['message 0', 'message 1', 'message 2']);
    const container = document.querySelector('.msg')?.parentElement as Element;
    container.insertAdjacentHTML('beforeend', bubble('msg-in', 'message 3'));
    expect(texts()).toEqual(['message 0', 'message 1', 'message 2', 'message 3']);
    (container.children[1]?.querySelector('.text') as Element).textContent = 'message 1 (edited)';
    expect(texts()).toEqual(['message 0', 'message 1 (edited)', 'message 2', 'message 3']);
    container.firstElementChild?.remove();
    expect(texts()).toEqual(['message 1 (edited)', 'message 2', 'message 3']);
  });

  test('a side change on a block already read changes its role', () => {
    document.body.innerHTML = `<div class="thread">${bubbles(3)}</div><textarea></textarea>`;
    expect(generic.extract(document, {})?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    (document.querySelector('.msg') as Element).className = 'msg msg-out';
    expect(generic.extract(document, {})?.messages.map((m) => m.role)).toEqual(['agent', 'agent', 'customer']);
  });

  test('text inside a shadow root of a block already read is read again when it changes', () => {
    document.body.innerHTML = `<div role="log">${bubbles(2)}<div class="msg msg-in"><x-text></x-text></div></div>`;
    const inner = (document.querySelector('x-text') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>first version</p>';
    expect(texts()?.at(-1)).toBe('first version');
    (inner.querySelector('p') as Element).textContent = 'second version';
    expect(texts()?.at(-1)).toBe('second version');
  });

  test('a thread swapped for another conversation (single-page app) is found again', () => {
    document.body.innerHTML = `<main><div class="thread">${bubbles(3)}</div></main><textarea></textarea>`;
    expect(texts()).toHaveLength(3);
    (document.querySelector('main') as Element).innerHTML =
      `<ul class="conversation">${bubble('msg-in', 'other a').replace(/div/g, 'li')}${bubble('msg-out', 'other b').replace(/div/g, 'li')}</ul>`;
    expect(texts()).toEqual(['other a', 'other b']);
  });

  test('a container that stops looking like a thread is not read from memory', () => {
    document.body.innerHTML = `<div class="thread">${bubbles(3)}</div><div class="later"></div><textarea></textarea>`;
    expect(texts()).toHaveLength(3);
    const thread = document.querySelector('.thread') as Element;
    thread.innerHTML = '<p>Conversation closed.</p>';
    append('.later', `<div class="chat">${bubbles(2)}</div>`);
    expect(texts()).toEqual(['message 0', 'message 1']);
  });

  test('a picked element is re-read as it changes', () => {
    document.body.innerHTML = `<section id="picked"><div class="thread">${bubbles(2)}</div></section>`;
    const el = document.querySelector('#picked') as Element;
    expect(readWithin(el, {})?.messages).toHaveLength(2);
    append('#picked .thread', bubble('msg-in', 'message 2'));
    expect(readWithin(el, {})?.messages.map((m) => m.text)).toEqual(['message 0', 'message 1', 'message 2']);
  });
});

describe('findReplyBox on a changing page', () => {
  test.each([
    ['removed', (b: Element) => b.remove()],
    ['hidden', (b: Element) => b.setAttribute('hidden', '')],
    ['moved into an aria-hidden part', (b: Element) => b.parentElement?.setAttribute('aria-hidden', 'true')],
  ])('the remembered box is dropped once it is %s', (_name, change) => {
    document.body.innerHTML = '<textarea id="a"></textarea><div><textarea id="b"></textarea></div>';
    expect(findReplyBox(document)?.id).toBe('b');
    change(document.querySelector('#b') as Element);
    expect(findReplyBox(document)?.id).toBe('a');
  });

  test('a focused box wins over the remembered one', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
    expect(findReplyBox(document)?.id).toBe('b');
    (document.querySelector('#a') as HTMLTextAreaElement).focus();
    expect(findReplyBox(document)?.id).toBe('a');
  });
});

describe('sides from layout (no class or data-* hints)', () => {
  const row = (side: 'l' | 'r', text: string) => `<div class="${side}"><p>${text}</p></div>`;
  const page = () =>
    `<style>.r { text-align: right }</style><div class="list">${row('l', 'hello')}${row('r', 'hi, how can I help')}${row('l', 'my parcel')}</div><textarea></textarea>`;

  test('right-aligned blocks are the agent, and only blocks not seen before ask for computed style', () => {
    document.body.innerHTML = page();
    expect(generic.extract(document, {})?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    const spy = vi.spyOn(window, 'getComputedStyle');
    (document.querySelector('.list') as Element).insertAdjacentHTML('beforeend', row('r', 'let me check'));
    expect(generic.extract(document, {})?.messages.map((m) => m.role)).toEqual([
      'customer',
      'agent',
      'customer',
      'agent',
    ]);
    const asked = new Set(spy.mock.calls.map((c) => c[0]));
    spy.mockRestore();
    const last = document.querySelector('.list')?.lastElementChild as Element;
    expect([...asked].every((el) => el === last || el === last.firstElementChild)).toBe(true);
    expect(asked.size).toBeGreaterThan(0);
  });
});

describe('customer email from the page, read after read', () => {
  test('a requester card that appears after the first read is found', () => {
    document.body.innerHTML = `<ul class="comments"><li class="comment customer"><span class="author">Dana Whitfield</span><div class="body">Where is it?</div></li><li class="comment agent"><span class="author">Sam</span><div class="body">Checking.</div></li></ul><aside id="card"></aside>`;
    expect(generic.extract(document, {})?.customer.email).toBeUndefined();
    (document.querySelector('#card') as Element).innerHTML = '<h3>Dana Whitfield</h3><dd>dana@example.com</dd>';
    expect(generic.extract(document, {})?.customer.email).toBe('dana@example.com');
  });
});
