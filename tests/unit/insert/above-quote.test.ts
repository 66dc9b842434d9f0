// Insertion into a reply that quotes the customer's original: the agent's words land above the quote, in
// their own paragraph, never inside the quote or glued to its "On … wrote:" line.
import { afterEach, describe, expect, test } from 'vitest';
import { rememberCaret } from '@/lib/page/insert/caret';
import { insertText } from '@/lib/page/insert/index';
import { plainText } from '@/lib/page/insert/text';
import { readDraft, readReplyQuote } from '@/lib/page/reply-box';

afterEach(() => {
  document.body.innerHTML = '';
});

const QUOTE = 'On Wed, Jul 26, 2023 at 5:20 PM Dana <dana@example.com> wrote:\n> Where is my refund?';

function textarea(value: string, caret: number): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea></textarea><button id="panel">panel</button>';
  const el = document.querySelector('textarea')!;
  el.value = value;
  el.setSelectionRange(caret, caret);
  document.getElementById('panel')!.focus();
  return el;
}

describe('textarea that opens with a quote', () => {
  test('caret at the top of the quote: the text goes first, a blank line before the quote', async () => {
    const el = textarea(QUOTE, 0);
    expect((await insertText(el, 'Sorry for the wait.')).ok).toBe(true);
    expect(el.value).toBe(`Sorry for the wait.\n\n${QUOTE}`);
  });

  test('caret inside the quote: moved up to the end of the agent part, as its own paragraph', async () => {
    const value = `Hi Dana,\n\n${QUOTE}`;
    const el = textarea(value, value.length);
    expect((await insertText(el, 'Your refund is on its way.')).ok).toBe(true);
    expect(el.value).toBe(`Hi Dana,\n\nYour refund is on its way.\n\n${QUOTE}`);
    expect(readDraft(el)).toBe('Hi Dana,\n\nYour refund is on its way.');
  });

  test('caret in the agent part stays where the agent put it', async () => {
    const value = `Hi Dana,\n\n${QUOTE}`;
    const el = textarea(value, 2);
    await insertText(el, ' there');
    expect(el.value).toBe(`Hi there Dana,\n\n${QUOTE}`);
  });

  test('placeholders are still selected after the text moved', async () => {
    const value = `Hi Dana,\n\n${QUOTE}`;
    const el = textarea(value, value.length);
    await insertText(el, 'Order [id] ships today.', { placeholders: [{ start: 6, end: 10 }] });
    expect(el.value.slice(el.selectionStart!, el.selectionEnd!)).toBe('[id]');
  });

  test.each([
    ['-----Original Message-----\nFrom: Dana\nSent: Monday\n\nStill broken.'],
    ['在 2026年12月2日 10:15，王女士 <w@example.cn> 写道：\n> 还没到账'],
    ['於 2026年12月2日 上午10:15，林先生 寫道：\n> 還沒收到'],
  ])('other quote markers: %s', async (quote) => {
    const el = textarea(`\n${quote}`, quote.length);
    await insertText(el, '您好');
    expect(el.value.startsWith('您好\n')).toBe(true);
    expect(el.value.endsWith(quote)).toBe(true);
  });
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div><p id="elsewhere">x</p><button id="panel">panel</button>`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

describe('rich editor that opens with a quote (CKEditor 4, Gmail, Outlook, Thunderbird markup)', () => {
  test.each([
    [
      'RT / CKEditor 4',
      '<p>On Wed Jul 26 2023, dana@example.com wrote:</p><blockquote><p>Where is my refund?</p></blockquote>',
    ],
    [
      'Gmail',
      '<div><br></div><div class="gmail_quote"><div class="gmail_attr">On Wed, Jul 26, 2023 Dana wrote:</div><blockquote class="gmail_quote"><div>Where is my refund?</div></blockquote></div>',
    ],
    [
      'Thunderbird',
      '<div class="moz-cite-prefix">On 26/07/2023 17:20, Dana wrote:</div><blockquote type="cite">Where is my refund?</blockquote>',
    ],
  ])('%s: no caret yet, the phrase goes above the quote in its own line, not glued to it', async (_name, html) => {
    const root = editor(html);
    const result = await insertText(root, 'Sorry for the wait.');
    expect(result.ok).toBe(true);
    const lines = plainText(root)
      .split('\n')
      .filter((l) => l.trim());
    expect(lines[0]).toBe('Sorry for the wait.');
    expect(lines[1]).toMatch(/wrote:$|^Where is my refund\?$/);
    expect(readDraft(root)).toBe('Sorry for the wait.');
    expect(readReplyQuote(root)?.text).toBe('Where is my refund?');
  });

  test('agent text above, caret in the quote: a new line after the agent text', async () => {
    const root = editor(
      '<p>Hi Dana,</p><p>On Wed Jul 26 2023, dana@example.com wrote:</p><blockquote><p>Where is my refund?</p></blockquote>',
    );
    root.focus();
    document.getSelection()!.collapse(root.querySelector('blockquote p')!.firstChild!, 5);
    rememberCaret(root);
    document.getElementById('panel')!.focus();
    await insertText(root, 'It is on its way.');
    expect(plainText(root).split('\n').slice(0, 3)).toEqual([
      'Hi Dana,',
      'It is on its way.',
      'On Wed Jul 26 2023, dana@example.com wrote:',
    ]);
    expect(readDraft(root)).toBe('Hi Dana,\nIt is on its way.');
  });
});
