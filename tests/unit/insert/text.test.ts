import { describe, expect, test } from 'vitest';
import { flatText, offsetOf, plainText, pointAt, squash } from '@/lib/page/insert/text';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

describe('plainText', () => {
  test.each([
    ['inline text', 'Hello <b>there</b>', 'Hello there'],
    ['paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['empty paragraph keeps a blank line', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['Chromium divs with trailing br', '<div>one<br></div><div>two</div>', 'one\ntwo'],
    ['soft line break', '<p>one<br>two</p>', 'one\ntwo'],
    ['zero-width padding (Slate, CKEditor)', '<p><span>\ufeff</span>a\u2060b</p>', 'ab'],
    ['nbsp becomes a space', 'a&nbsp;b', 'a b'],
    ['Slate placeholder is not draft', '<p><span data-slate-placeholder="true">Write…</span>\ufeff</p>', ''],
    ['scripts and styles skipped', '<style>p{}</style>x', 'x'],
    ['trailing breaks trimmed', '<p>x</p><p><br></p>', 'x'],
  ])('%s', (_name, markup, expected) => {
    expect(plainText(html(markup))).toBe(expected);
  });
});

test.each([
  ['a b\n c', 'abc'],
  ['\u200bx\u00a0y', 'xy'],
])('squash(%j) = %j', (input, expected) => {
  expect(squash(input)).toBe(expected);
});

describe('offsets map characters to DOM points and back', () => {
  const root = html('<p>He\u200bllo</p><p><b>wo</b>rld</p>');
  test('flat text skips zero-width characters and line breaks', () => {
    expect(flatText(root)).toBe('Helloworld');
  });
  test.each([0, 2, 3, 5, 6, 7, 10])('offset %i round-trips', (n) => {
    const point = pointAt(root, n)!;
    expect(offsetOf(root, point[0], point[1])).toBe(n);
  });
  test('an offset past the end clamps to the end of the last text', () => {
    const [node, offset] = pointAt(root, 99)!;
    expect(node.textContent).toBe('rld');
    expect(offset).toBe(3);
  });
  test('no text nodes gives no point', () => {
    expect(pointAt(html('<p><br></p>'), 0)).toBeNull();
  });
});
