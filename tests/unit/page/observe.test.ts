import { afterEach, describe, expect, test, vi } from 'vitest';
import { conversationHash, DEBOUNCE_MS, MAX_WAIT_MS, observeConversation } from '@/lib/page/observe';
import type { Conversation } from '@/lib/types';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function conv(texts: string[], extra: Partial<Conversation> = {}): Conversation {
  return { source: 'test', customer: {}, messages: texts.map((text) => ({ role: 'customer', text })), ...extra };
}

/** A tiny page: a thread of .msg blocks; read() returns their texts (a typing indicator is ignored). */
function setup() {
  document.body.innerHTML = '<div class="thread"><p class="msg">hello</p><span class="typing"></span></div>';
  const read = vi.fn((): Conversation | null => {
    const msgs = Array.from(document.querySelectorAll('.thread .msg')).map((m) => m.textContent ?? '');
    return msgs.length ? conv(msgs) : null;
  });
  const onChange = vi.fn();
  const stop = observeConversation({
    doc: document,
    read,
    root: () => document.querySelector('.thread'),
    onChange,
    win: window,
  });
  const add = (text: string) => {
    const p = document.createElement('p');
    p.className = 'msg';
    p.textContent = text;
    document.querySelector('.thread')?.appendChild(p);
  };
  return { read, onChange, stop, add };
}

let stopAll: (() => void) | undefined;
afterEach(() => {
  stopAll?.();
  stopAll = undefined;
});

describe('observeConversation', () => {
  test('a burst of mutations gives one report with the new conversation', async () => {
    const s = setup();
    stopAll = s.stop;
    s.add('one');
    s.add('two');
    await wait(DEBOUNCE_MS / 4);
    s.add('three');
    expect(s.onChange).not.toHaveBeenCalled();
    await wait(450);
    expect(s.onChange).toHaveBeenCalledTimes(1);
    expect(s.onChange.mock.calls[0]?.[0].messages.map((m: { text: string }) => m.text)).toEqual([
      'hello',
      'one',
      'two',
      'three',
    ]);
  });

  test('mutations that do not change what the conversation says are not reported', async () => {
    const s = setup();
    stopAll = s.stop;
    const typing = document.querySelector('.typing') as HTMLElement;
    typing.textContent = 'Dana is typing…';
    await wait(450);
    expect(s.read).toHaveBeenCalled();
    expect(s.onChange).not.toHaveBeenCalled();
  });

  test('follows a replaced root (single-page navigation)', async () => {
    const s = setup();
    stopAll = s.stop;
    const fresh = document.createElement('div');
    fresh.className = 'thread';
    fresh.innerHTML = '<p class="msg">other conversation</p>';
    document.querySelector('.thread')?.replaceWith(fresh);
    await wait(450);
    expect(s.onChange).toHaveBeenCalledTimes(1);
    s.add('a reply in the new thread');
    await wait(450);
    expect(s.onChange).toHaveBeenCalledTimes(2);
    expect(s.onChange.mock.calls[1]?.[0].messages).toHaveLength(2);
  });

  test('a conversation that appears later is picked up', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const onChange = vi.fn();
    stopAll = observeConversation({
      doc: document,
      read: () => {
        const t = document.querySelector('.thread .msg')?.textContent;
        return t ? conv([t]) : null;
      },
      root: () => document.querySelector('.thread'),
      onChange,
      win: window,
    });
    (document.querySelector('#app') as HTMLElement).innerHTML = '<div class="thread"><p class="msg">hi</p></div>';
    await wait(450);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('single-page navigation moves it to the newly shown conversation', async () => {
    document.body.innerHTML =
      '<div class="thread" data-open="true"><p class="msg">first</p></div><div class="thread" hidden><p class="msg">second</p></div>';
    const open = () => document.querySelector('.thread[data-open="true"]');
    const onChange = vi.fn();
    stopAll = observeConversation({
      doc: document,
      read: () => {
        const t = open()?.textContent;
        return t ? conv([t]) : null;
      },
      root: open,
      onChange,
      win: window,
    });
    const [first, second] = Array.from(document.querySelectorAll('.thread')) as HTMLElement[];
    first?.removeAttribute('data-open');
    second?.setAttribute('data-open', 'true');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await wait(450);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Now watching the second thread: a new message there is reported.
    const p = document.createElement('p');
    p.textContent = 'reply';
    second?.appendChild(p);
    await wait(450);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]?.[0].messages[0].text).toBe('secondreply');
  });

  test('a steady stream of mutations still gets read within the maximum wait', async () => {
    const s = setup();
    stopAll = s.stop;
    const typing = document.querySelector('.typing') as HTMLElement;
    s.add('new message');
    const started = Date.now();
    // Typing-indicator churn faster than the debounce, for well past the maximum wait.
    while (Date.now() - started < MAX_WAIT_MS + 400 && s.onChange.mock.calls.length === 0) {
      typing.textContent = `typing ${Date.now()}`;
      await wait(DEBOUNCE_MS / 3);
    }
    // The loop gives up at MAX_WAIT_MS + 400: a call means the read came within that window.
    expect(s.onChange).toHaveBeenCalledTimes(1);
  });

  test('after disconnect nothing is read or reported', async () => {
    const s = setup();
    s.stop();
    s.read.mockClear();
    s.add('late');
    await wait(450);
    expect(s.read).not.toHaveBeenCalled();
    expect(s.onChange).not.toHaveBeenCalled();
  });

  test('no timers run while the page is quiet', async () => {
    const setTimeoutSpy = vi.spyOn(window, 'setTimeout');
    const setIntervalSpy = vi.spyOn(window, 'setInterval');
    const s = setup();
    stopAll = s.stop;
    await wait(400);
    // The only timer is this test's own wait.
    expect(setTimeoutSpy.mock.calls.map((c) => c[1])).toEqual([400]);
    expect(setIntervalSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
    setIntervalSpy.mockRestore();
  });

  test('an invalidated extension context stops it quietly', async () => {
    const s = setup();
    stopAll = s.stop;
    s.onChange.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    s.add('x');
    await wait(450);
    expect(s.onChange).toHaveBeenCalledTimes(1);
    s.add('y');
    await wait(450);
    expect(s.onChange).toHaveBeenCalledTimes(1);
  });
});

describe('conversationHash', () => {
  const base = conv(['I want a refund', 'ok']);
  test.each([
    ['same content, new object', conv(['I want a refund', 'ok']), true],
    ['draft changed only', { ...conv(['I want a refund', 'ok']), draft: { text: 'Hi' } }, true],
    ['a word changed', conv(['I want a refund!', 'ok']), false],
    ['a message added', conv(['I want a refund', 'ok', 'now']), false],
    ['role changed', { ...base, messages: base.messages.map((m) => ({ ...m, role: 'agent' as const })) }, false],
    ['title changed', conv(['I want a refund', 'ok'], { title: 'Refund' }), false],
  ])('%s', (_name, other, same) => {
    expect(conversationHash(other) === conversationHash(base)).toBe(same);
  });
  test('null has its own hash', () => {
    expect(conversationHash(null)).not.toBe(conversationHash(conv([])));
  });
});
