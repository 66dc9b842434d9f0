import { describe, expect, test } from 'vitest';
import { normalizeText, textOf } from '@/lib/page/dom-text';

function text(html: string, options = {}) {
  document.body.innerHTML = html;
  return textOf(document.body, options);
}

describe('textOf', () => {
  test.each([
    ['blocks become lines', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['nested blocks do not add up', '<div><div><div>one</div></div></div><div>two</div>', 'one\ntwo'],
    ['paragraphs are a blank line apart, never more', '<p>one</p><p></p><p></p><p>two</p>', 'one\n\ntwo'],
    ['br is a line break', 'one<br>two', 'one\ntwo'],
    ['source whitespace collapses', '<p>one\n      two   three</p>', 'one two three'],
    [
      'hidden, aria-hidden and display:none are skipped',
      '<p>a</p><p hidden>b</p><p aria-hidden="true">c</p><p style="display: none">d</p>',
      'a',
    ],
    [
      'scripts, styles and buttons are skipped',
      '<p>a<script>x()</script><style>p{}</style><button>Reply</button></p>',
      'a',
    ],
    ["Heartline's own UI is skipped", '<p>a</p><div data-heartline-ui="picker">Pick the conversation</div>', 'a'],
    ['pre keeps its line breaks', '<pre>one\n  two</pre>', 'one\ntwo'],
    ['inline white-space: pre-wrap keeps line breaks', '<div style="white-space: pre-wrap">one\ntwo</div>', 'one\ntwo'],
    ['table cells are spaced', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
    ['non-breaking spaces are spaces', '<p>a&nbsp;&nbsp;b</p>', 'a b'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  test('a stylesheet pre-wrap keeps line breaks', () => {
    expect(text('<style>.m { white-space: pre-wrap; }</style><div class="m">one\ntwo</div>')).toBe('one\ntwo');
  });

  test('skip leaves out matching subtrees', () => {
    expect(text('<p>new</p><blockquote>old</blockquote>', { skip: (el: Element) => el.tagName === 'BLOCKQUOTE' })).toBe(
      'new',
    );
  });

  test('stops early at maxChars', () => {
    const long = '<p>x</p>'.repeat(1000);
    expect(text(long, { maxChars: 50 }).length).toBeLessThan(120);
  });

  test('reads open shadow roots', () => {
    document.body.innerHTML = '<x-msg></x-msg>';
    const host = document.querySelector('x-msg') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>inside the shadow</p>';
    expect(textOf(document.body)).toBe('inside the shadow');
  });

  test('reads a srcdoc frame', () => {
    document.body.innerHTML = '<p>outer</p><iframe srcdoc="<p>inner mail body</p>"></iframe>';
    expect(textOf(document.body)).toBe('outer\n\ninner mail body');
  });
});

test('normalizeText trims lines and keeps single blank lines', () => {
  expect(normalizeText('  a  \n\n\n\n b\u00a0 c \n')).toBe('a\n\nb c');
});

describe('emoji drawn as images are read as text', () => {
  test.each([
    ['WhatsApp img[data-plain-text]', '<span>ok <img alt="🫠" data-plain-text="🫠" src="x.png"></span>', 'ok 🫠'],
    ['Gmail img[data-emoji]', '<div>thanks <img data-emoji="🙏" alt="🙏" class="an1"></div>', 'thanks 🙏'],
    ['a message that is only 👍', '<div><img alt="👍" src="t.png"></div>', '👍'],
    ['flag and skin-tone sequences', '<p><img alt="🇹🇼"><img alt="👍🏽"></p>', '🇹🇼👍🏽'],
    ['role="img" span with an emoji label', '<p>great <span role="img" aria-label="🎉"></span></p>', 'great 🎉'],
    ['other images keep their alt text out', '<p><img alt="Company logo">hello <img alt="avatar"></p>', 'hello'],
    ['a digit alt is not an emoji', '<p>step <img alt="1"></p>', 'step'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  test("the agent's draft keeps emoji images too", async () => {
    const { readDraft } = await import('@/lib/page/reply-box');
    document.body.innerHTML = '<div id="d" contenteditable="true">Sorted <img data-emoji="😊" alt="😊"></div>';
    expect(readDraft(document.getElementById('d') as Element)).toBe('Sorted 😊');
  });
});

test('emoji shortcode images (forums, team chats) are read as their shortcode', () => {
  document.body.innerHTML = '<p>thanks <img class="emoji" alt=":pray:" src="pray.png"></p>';
  expect(textOf(document.body)).toBe('thanks :pray:');
});
