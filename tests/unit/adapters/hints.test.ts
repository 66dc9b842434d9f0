import { expect, test } from 'vitest';
import { hintWords, roleHint } from '@/lib/adapters/hints';

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild as Element;
}

test.each([
  ['bubbleRight msg-out o__admin', ['bubble', 'right', 'msg', 'out', 'o', 'admin']],
  ['chat-item 客服', ['chat', 'item', '客服']],
])('hintWords(%s)', (input, expected) => {
  expect(hintWords(input)).toEqual(expected);
});

test.each([
  ['side class right', '<div class="chat-item right"><p>x</p></div>', 'agent'],
  ['side class left', '<div class="chat-item left"><p>x</p></div>', 'customer'],
  ['BEM from-visitor', '<div class="msg msg--from-visitor"></div>', 'customer'],
  ['data-sender agent', '<div data-sender="agent"></div>', 'agent'],
  ['data-direction incoming', '<div data-direction="incoming"></div>', 'customer'],
  ['data-is-self', '<div data-is-self="true"></div>', 'agent'],
  ['Chinese role word', '<div data-role="客服"></div>', 'agent'],
  ['visitor word on the inner bubble', '<div class="row"><div class="bubble visitor">x</div></div>', 'customer'],
  ['inline right alignment', '<div style="text-align: right">x</div>', 'agent'],
  ['system tip', '<div class="chat-tip system-notice">x</div>', 'system'],
  ['no hints at all', '<div class="q7"><span>x</span></div>', 'unknown'],
  ['conflicting hints cancel out', '<div class="agent customer"></div>', 'unknown'],
])('roleHint: %s', (_name, html, expected) => {
  expect(roleHint(el(html))).toBe(expected);
});
