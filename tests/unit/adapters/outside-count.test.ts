import { expect, test } from 'vitest';
import { outsideCount } from '@/lib/adapters/generic-page';

// outsideCount walks only the page around the thread; it must give what counting the whole body did.
const byBody = (c: Element) =>
  (c.ownerDocument.body?.getElementsByTagName('*').length ?? 0) - c.getElementsByTagName('*').length;

test.each([
  ['thread under body', '<div id="t"><p>a</p><p>b</p></div><footer><b>x</b></footer>'],
  [
    'thread deep in the layout',
    '<header><nav><a>1</a><a>2</a></nav></header><main><aside><ul><li>q</li></ul></aside><section><div id="t"><p>a</p></div><form><textarea></textarea></form></section></main>',
  ],
  ['thread alone', '<div id="t"><p>a</p></div>'],
])('%s', (_name, html) => {
  document.body.innerHTML = html;
  const t = document.getElementById('t') as Element;
  expect(outsideCount(t)).toBe(byBody(t));
  t.append(document.createElement('p'));
  expect(outsideCount(t)).toBe(byBody(t));
});

test('the body itself as the thread: nothing outside', () => {
  document.body.innerHTML = '<p>a</p>';
  expect(outsideCount(document.body)).toBe(0);
});
