import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { pickElement, selectorFor } from '@/lib/page/picker';

const strings = { hint: 'Click the conversation <b>area</b>', cancel: 'Cancel' };

function key(k: string) {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
}
function hover(el: Element) {
  el.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
}
const overlay = () => document.querySelector('[data-heartline-ui="picker"]');

beforeEach(() => {
  document.body.innerHTML =
    '<div id="app"><section class="thread"><div class="msg"><span class="text">hi</span></div></section></div>';
});

describe('pickElement', () => {
  test('Esc cancels and removes the overlay', async () => {
    const p = pickElement(document, strings);
    expect(overlay()).not.toBeNull();
    key('Escape');
    await expect(p).resolves.toBeNull();
    expect(overlay()).toBeNull();
  });

  test('click takes the hovered element and the page never sees the click', async () => {
    const pageClick = vi.fn();
    document.body.addEventListener('click', pageClick);
    const target = document.querySelector('.msg') as HTMLElement;
    const p = pickElement(document, strings);
    hover(target);
    target.click();
    await expect(p).resolves.toBe(target);
    expect(pageClick).not.toHaveBeenCalled();
    expect(overlay()).toBeNull();
  });

  test('arrow-up widens to the parent, arrow-down narrows back, Enter confirms', async () => {
    const text = document.querySelector('.text') as HTMLElement;
    const p = pickElement(document, strings);
    hover(text);
    key('ArrowUp');
    key('ArrowUp');
    key('ArrowDown');
    key('Enter');
    await expect(p).resolves.toBe(document.querySelector('.msg'));
  });

  test('the overlay is not part of the page text (text only, closed shadow root)', async () => {
    const p = pickElement(document, strings);
    const host = overlay() as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.innerHTML).toBe('');
    key('Escape');
    await p;
  });
});

describe('reading code never writes page text as HTML', () => {
  const root = join(import.meta.dirname, '../../..');
  const mine = ['lib/page/dom-text.ts', 'lib/page/observe.ts', 'lib/page/picker.ts'].map((f) => join(root, f));
  const adapters = ['lib/adapters', 'lib/adapters/sites'].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(root, d, f)),
  );
  const files = [...mine, ...adapters];
  test.each(files)('%s', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
  });
});

describe('selectorFor', () => {
  test.each([
    ['a stable id', '<main><div id="conversation"><p>x</p></div></main>', '#conversation', '#conversation'],
    [
      'a data-testid under generated classes',
      '<div class="sc-a8Xk2 css-1q2w3e"><div data-testid="chat-feed" class="x1rg5ohu"><p>x</p></div></div>',
      '[data-testid="chat-feed"]',
      'div[data-testid="chat-feed"]',
    ],
    [
      'a generated id is not trusted',
      '<div id="ember1234"><ul class="messages"><li>a</li></ul></div>',
      'ul.messages',
      'ul.messages',
    ],
    [
      'the second of two alike siblings',
      '<div id="pane"><div class="list"><p>a</p></div><div class="list"><p>b</p></div></div>',
      '#pane > .list:nth-of-type(2)',
      'div.list:nth-of-type(2)',
    ],
  ])('%s', (_name, html, pick, expected) => {
    document.body.innerHTML = html;
    const el = document.querySelector(pick) as Element;
    const selector = selectorFor(el);
    expect(selector).toBe(expected);
    expect(document.querySelector(selector)).toBe(el);
  });
});
