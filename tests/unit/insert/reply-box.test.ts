import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findReplyBox, readDraft, trackReplyBox } from '@/lib/page/reply-box';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** happy-dom has no layout: each element's box comes from its data-box="x y width height". */
function withLayout(markup: string): void {
  document.body.innerHTML = markup;
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(1000);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x, y, w, h] = (this.getAttribute('data-box') ?? '0 0 0 0').split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    return { x, y, width: w, height: h, left: x, top: y, right: x + w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
  });
}

describe('findReplyBox', () => {
  test.each([
    [
      'the big editor near the bottom beats a search field at the top',
      '<input id="search" type="text" placeholder="Search tickets" data-box="0 0 400 30"><div id="want" contenteditable="true" data-box="0 700 600 150"></div>',
    ],
    [
      'a Chinese hint wins over a bigger unnamed box',
      '<textarea id="notes" data-box="0 100 700 300"></textarea><textarea id="want" placeholder="输入回复内容" data-box="0 800 500 100"></textarea>',
    ],
    [
      'a Traditional Chinese hint counts too',
      '<textarea id="notes" data-box="0 100 700 300"></textarea><div id="want" contenteditable="true" aria-label="回覆訊息" data-box="0 800 500 100"></div>',
    ],
    [
      'hidden and zero-size boxes are skipped',
      '<textarea id="hidden" hidden aria-label="Reply" data-box="0 800 700 300"></textarea><textarea id="tiny" aria-label="Reply" data-box="0 0 0 0"></textarea><textarea id="want" data-box="0 300 300 80"></textarea>',
    ],
    [
      'the subject line is not the reply box',
      '<input id="subject" type="text" name="subject" data-box="0 900 700 30"><textarea id="want" name="body" data-box="0 400 600 200"></textarea>',
    ],
  ])('%s', (_name, markup) => {
    withLayout(markup);
    expect(findReplyBox(document)?.id).toBe('want');
  });

  test('looks inside open shadow roots', () => {
    withLayout('<textarea id="small" data-box="0 0 200 40"></textarea><div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="want" contenteditable="true" aria-label="Reply" data-box="0 700 600 150"></div>';
    expect(findReplyBox(document)?.id).toBe('want');
  });

  test('a page without editables has none', () => {
    withLayout('<p data-box="0 0 100 100">read only</p>');
    expect(findReplyBox(document)).toBeNull();
  });
});

test.each([
  ['<textarea id="t">line one\nline two</textarea>', 'line one\nline two'],
  ['<div id="t" contenteditable="true"><p>Hi</p><p>there</p></div>', 'Hi\nthere'],
  [
    '<div contenteditable="true"><p id="t">inner node reads the whole editor</p><p>2</p></div>',
    'inner node reads the whole editor\n2',
  ],
])('readDraft(%s)', (markup, expected) => {
  document.body.innerHTML = markup;
  expect(readDraft(document.getElementById('t')!)).toBe(expected);
});

describe('trackReplyBox', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<textarea id="a"></textarea><div id="b" contenteditable="true"><p>draft</p></div><input id="search" type="search"><button>x</button>';
  });

  const type = (el: HTMLTextAreaElement, text: string): void => {
    el.value += text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

  test('follows focus and reports the draft once typing pauses', () => {
    const onDraft = vi.fn();
    const tracker = trackReplyBox(document, onDraft, { debounceMs: 300 });
    expect(tracker.current()).toBeNull();
    const a = document.getElementById('a') as HTMLTextAreaElement;
    a.focus();
    expect(tracker.current()).toBe(a);
    for (const ch of 'Sorry') {
      type(a, ch);
      vi.advanceTimersByTime(100);
    }
    expect(onDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(onDraft).toHaveBeenCalledTimes(1);
    expect(onDraft).toHaveBeenLastCalledWith('Sorry', a);
    tracker.dispose();
  });

  test('focusing something that is not a reply box keeps the last one', () => {
    const tracker = trackReplyBox(document, vi.fn());
    document.getElementById('b')!.focus();
    document.querySelector('button')!.focus();
    (document.getElementById('search') as HTMLInputElement).focus();
    expect(tracker.current()?.id).toBe('b');
    tracker.dispose();
  });

  test('edits made by the editor itself (no input event) are reported', async () => {
    const onDraft = vi.fn();
    const tracker = trackReplyBox(document, onDraft, { debounceMs: 50 });
    const b = document.getElementById('b')!;
    b.focus();
    vi.advanceTimersByTime(60);
    onDraft.mockClear();
    b.querySelector('p')!.textContent = 'draft, edited by Lexical';
    await Promise.resolve(); // mutation records are delivered as a microtask
    vi.advanceTimersByTime(60);
    expect(onDraft).toHaveBeenCalledWith('draft, edited by Lexical', b);
    tracker.dispose();
  });

  test('finds the editor inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" id="inner"><p>x</p></div>';
    const tracker = trackReplyBox(document, vi.fn());
    (shadow.getElementById('inner') as HTMLElement).focus();
    expect(tracker.current()).toBe(shadow.getElementById('inner'));
    tracker.dispose();
  });

  test('is silent while idle and after dispose', () => {
    const onDraft = vi.fn();
    const tracker = trackReplyBox(document, onDraft, { debounceMs: 10 });
    vi.advanceTimersByTime(10_000);
    expect(onDraft).not.toHaveBeenCalled();
    tracker.dispose();
    const a = document.getElementById('a') as HTMLTextAreaElement;
    a.focus();
    type(a, 'x');
    vi.advanceTimersByTime(100);
    expect(onDraft).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
