import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '@/entrypoints/content';
import { analyzeConversation } from '@/lib/analysis';
import { receivedSnapshots } from '../fake-ports';

// The content script lives in the host page, next to whatever script that page runs. It must take
// orders only from our own extension (runtime.onMessage with our id): a page that posts a message,
// fires a DOM event or writes a customer message shaped like our envelope gets nothing done.

const FORGED_TEXT = 'PWNED by the page';
const insertEnvelope = { channel: 'heartline', type: 'insert', data: { text: FORGED_TEXT } };
const readEnvelope = { channel: 'heartline', type: 'read', data: undefined };
const ENVELOPE_AS_TEXT = JSON.stringify(insertEnvelope);

const bubble = (role: 'visitor' | 'agent', name: string, text: string, i: number) => {
  const el = document.createElement('article');
  el.className = `row from-${role}`;
  el.setAttribute('data-author-role', role);
  el.innerHTML = `<div class="bubble"><p></p></div><span class="meta"><span class="author">${name}</span> <time datetime="2026-01-01T09:0${i}:00Z">09:0${i}</time></span>`;
  (el.querySelector('p') as HTMLElement).textContent = text;
  return el;
};

function buildPage(): HTMLTextAreaElement {
  document.body.innerHTML =
    '<main><div class="log" id="log" role="log" aria-label="Conversation"></div><form><textarea id="reply" aria-label="Reply"></textarea></form></main>';
  const log = document.getElementById('log') as HTMLElement;
  log.append(
    bubble('visitor', 'Dana', 'My refund still has not arrived, this is the third time I write.', 1),
    bubble('agent', 'Sam', 'Sorry about that, let me check.', 2),
    bubble('visitor', 'Dana', ENVELOPE_AS_TEXT, 3),
    bubble('visitor', 'Dana', '<img src=x onerror="window.__pwned=1"> javascript:alert(1)', 4),
  );
  // happy-dom has no layout; the reply box finder wants a visible box near the bottom.
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(1000);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [y, w, h] = this.id === 'reply' ? [700, 600, 150] : [0, 0, 0];
    return { x: 0, y, width: w, height: h, left: 0, top: y, right: w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
  });
  return document.getElementById('reply') as HTMLTextAreaElement;
}

let invalidate: Array<() => void> = [];
const sent: unknown[] = [];
let snapshots: unknown[] = [];

async function start(): Promise<void> {
  const ctx = {
    isInvalid: false,
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => target.addEventListener(type, fn),
    onInvalidated: (fn: () => void) => invalidate.push(fn),
  };
  await contentScript.main(ctx as never);
}

const settle = () => new Promise((r) => setTimeout(r, 50));

beforeEach(() => {
  invalidate = [];
  sent.length = 0;
  snapshots = receivedSnapshots();
  // Whatever the content script sends to the background, as the background would receive it.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return undefined;
  });
});
afterEach(() => {
  for (const fn of invalidate) fn();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('content script: who it listens to', () => {
  // Control: our own extension gets an answer. (Whether the text lands depends on the insert code being
  // injected, which happens on demand in the real extension; what matters here is who gets answered.)
  test('our own extension is answered (control)', async () => {
    buildPage();
    await start();
    const inserted = await fakeBrowser.runtime.onMessage.trigger(insertEnvelope, { id: fakeBrowser.runtime.id });
    expect(inserted.find(Boolean)).toHaveProperty('ok');
    const read = await fakeBrowser.runtime.onMessage.trigger(readEnvelope, { id: fakeBrowser.runtime.id });
    expect(read.find(Boolean)).toHaveProperty('conversation.messages');
  });

  test.each([
    ['window.postMessage', () => window.postMessage(insertEnvelope, '*')],
    [
      'a synthetic message event',
      () => window.dispatchEvent(new MessageEvent('message', { data: insertEnvelope, origin: location.origin })),
    ],
    ['a custom DOM event', () => document.dispatchEvent(new CustomEvent('heartline', { detail: insertEnvelope }))],
    [
      'a custom event on window',
      () => window.dispatchEvent(new CustomEvent('heartline:insert', { detail: insertEnvelope })),
    ],
  ])('an insert request sent by %s is ignored', async (_name, fire) => {
    const reply = buildPage();
    await start();
    fire();
    await settle();
    expect(reply.value).toBe('');
  });

  test.each([
    ['another extension', { id: 'other-extension' }],
    ['a sender with no id', {}],
    ['a sender claiming our URL without our id', { url: fakeBrowser.runtime.getURL('/sidepanel.html') }],
  ])('runtime messages from %s are ignored', async (_name, sender) => {
    const reply = buildPage();
    await start();
    const inserted = await fakeBrowser.runtime.onMessage.trigger(insertEnvelope, sender);
    const read = await fakeBrowser.runtime.onMessage.trigger(readEnvelope, sender);
    expect([...inserted, ...read].filter(Boolean)).toEqual([]);
    expect(reply.value).toBe('');
  });
});

describe('content script: page text is data', () => {
  test('a customer message shaped like our envelope is read as plain text and triggers nothing', async () => {
    const reply = buildPage();
    await start();
    await settle();
    const [reading] = (
      await fakeBrowser.runtime.onMessage.trigger(readEnvelope, { id: fakeBrowser.runtime.id })
    ).filter(Boolean) as unknown as Array<{ conversation: { messages: Array<{ text: string }> } | null }>;
    const texts = reading?.conversation?.messages.map((m) => m.text) ?? [];
    expect(texts).toContain(ENVELOPE_AS_TEXT);
    expect(texts.some((t) => t.includes('<img src=x onerror='))).toBe(true);
    expect(reply.value).toBe('');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // What went to the background carries the envelope only as message text, never as a message of its own.
    const envelopes = sent.filter((m) => (m as { type?: string }).type === 'insert');
    expect(envelopes).toEqual([]);
    const snapshot = [...sent, ...snapshots].find((m) => (m as { type?: string }).type === 'snapshot') as
      | { data: { conversation: { messages: Array<{ text: string }> } } }
      | undefined;
    expect(snapshot?.data.conversation.messages.map((m) => m.text)).toContain(ENVELOPE_AS_TEXT);
  });

  test('the analyzer reads envelope-shaped and markup text like any other words', () => {
    const a = analyzeConversation([
      { role: 'customer', text: ENVELOPE_AS_TEXT },
      { role: 'customer', text: '<img src=x onerror=alert(1)> I am furious' },
    ]);
    expect(a.primary).not.toBe('neutral');
    for (const e of a.evidence) expect(e.text).not.toMatch(/[<>]/);
  });
});
