import { afterEach, describe, expect, test, vi } from 'vitest';
import { rememberCaret } from '@/lib/page/insert/caret';
import { insertText } from '@/lib/page/insert/index';
import { plainText } from '@/lib/page/insert/text';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function field(markup: string, caret: [number, number]): HTMLTextAreaElement | HTMLInputElement {
  document.body.innerHTML = `${markup}<button id="panel">panel</button>`;
  const el = document.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')!;
  el.setSelectionRange(...caret);
  document.getElementById('panel')!.focus(); // the side panel took focus
  return el;
}

describe('textarea and input', () => {
  test.each<[string, string, [number, number], string, string, number]>([
    ['at the caret', '<textarea>Hello world</textarea>', [6, 6], 'dear ', 'Hello dear world', 11],
    ['at the end', '<textarea>Hi</textarea>', [2, 2], ' there', 'Hi there', 8],
    ['after a selection, keeping it', '<textarea>keep this</textarea>', [0, 4], '!', 'keep! this', 5],
    ['multi-line into a textarea', '<textarea>A</textarea>', [1, 1], '\nB\nC', 'A\nB\nC', 5],
    ['multi-line into a one-line input', '<input value="A">', [1, 1], '\nB\nC', 'A B C', 5],
  ])('%s', async (_name, markup, caret, text, value, end) => {
    const el = field(markup, caret);
    const inputs = vi.fn();
    el.addEventListener('input', inputs);
    const result = await insertText(el, text);
    expect(result).toEqual({ ok: true, strategy: 'textarea:setRangeText' });
    expect(el.value).toBe(value);
    expect([el.selectionStart, el.selectionEnd]).toEqual([end, end]);
    expect(inputs).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(el);
  });

  test('selects the first placeholder so typing replaces it', async () => {
    const el = field('<textarea>Hi. Bye</textarea>', [3, 3]);
    const text = ' Your order [order id] ships today.';
    await insertText(el, text, { placeholders: [{ start: 12, end: 22 }] });
    expect(el.value.slice(el.selectionStart!, el.selectionEnd!)).toBe('[order id]');
  });

  test('uses execCommand first where the browser has it, so undo works', async () => {
    const el = field('<textarea>ab</textarea>', [1, 1]);
    // happy-dom has no execCommand; this stands in for the browser's editing pipeline.
    const exec = vi.fn((_cmd: string, _ui: boolean, text: string) => {
      el.setRangeText(text, el.selectionStart!, el.selectionEnd!, 'end');
      return true;
    });
    Object.assign(document, { execCommand: exec });
    const result = await insertText(el, 'X');
    delete (document as { execCommand?: unknown }).execCommand;
    expect(exec).toHaveBeenCalledWith('insertText', false, 'X');
    expect(result).toEqual({ ok: true, strategy: 'textarea:execCommand' });
    expect(el.value).toBe('aXb');
  });
});

function editor(markup: string): HTMLElement {
  document.body.innerHTML = `${markup}<p id="elsewhere">other text</p><button id="panel">panel</button>`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

/** Put the caret in `root` at text `node`/`offset`, let the page remember it, then move focus and selection away. */
function caretThenLeave(root: HTMLElement, node: Node, offset: number): void {
  root.focus();
  document.getSelection()!.collapse(node, offset);
  rememberCaret(root);
  document.getSelection()!.collapse(document.getElementById('elsewhere')!.firstChild!, 2);
  document.getElementById('panel')!.focus();
}

describe('plain contenteditable', () => {
  test.each([
    ['one line at the remembered caret', 'dear ', 'Hello dear world'],
    ['lines become line breaks', 'dear\nfriend ', 'Hello dear\nfriend world'],
  ])('%s', async (_name, text, expected) => {
    const root = editor('<div contenteditable="true"><p>Hello world</p></div>');
    caretThenLeave(root, root.querySelector('p')!.firstChild!, 6);
    const result = await insertText(root, text);
    expect(result).toEqual({ ok: true, strategy: 'contenteditable:dom' });
    expect(plainText(root)).toBe(expected);
    expect(document.getElementById('elsewhere')!.textContent).toBe('other text');
  });

  test('without a remembered caret, inserts at the end', async () => {
    const root = editor('<div contenteditable="true"><p>Hello</p></div>');
    const result = await insertText(root, ' there');
    expect(result.ok).toBe(true);
    expect(plainText(root)).toBe('Hello there');
  });

  test('a remembered caret survives the editor re-rendering its text node', async () => {
    const root = editor('<div contenteditable="true"><p>Hello world</p></div>');
    caretThenLeave(root, root.querySelector('p')!.firstChild!, 6);
    root.querySelector('p')!.replaceChildren(document.createTextNode('Hello world'));
    await insertText(root, 'dear ');
    expect(plainText(root)).toBe('Hello dear world');
  });

  test('selects the placeholder with a DOM range', async () => {
    const root = editor('<div contenteditable="true"><p>Hi</p></div>');
    caretThenLeave(root, root.querySelector('p')!.firstChild!, 2);
    await insertText(root, ' {name}, thanks', { placeholders: [{ start: 1, end: 7 }] });
    expect(document.getSelection()!.toString()).toBe('{name}');
  });

  test('a placeholder on a later line is still found', async () => {
    const root = editor('<div contenteditable="true"><p>Hi</p></div>');
    caretThenLeave(root, root.querySelector('p')!.firstChild!, 2);
    const text = ' there\nOrder [id] is on its way';
    await insertText(root, text, { placeholders: [{ start: text.indexOf('['), end: text.indexOf(']') + 1 }] });
    expect(document.getSelection()!.toString()).toBe('[id]');
  });
});

/** A stand-in editor that owns its DOM: it handles one kind of event by rewriting its single paragraph. */
function fakeEditor(attrs: string, handles: 'paste' | 'beforeinput' | 'nothing' | 'mangle'): HTMLElement {
  const root = editor(`<div ${attrs} contenteditable="true"><p>Hello world</p></div>`);
  const p = root.querySelector('p')!;
  const write = (text: string): void => {
    const sel = document.getSelection()!;
    const at = sel.focusNode === p.firstChild ? sel.focusOffset : p.textContent!.length;
    p.textContent = p.textContent!.slice(0, at) + text + p.textContent!.slice(at);
  };
  root.addEventListener('paste', (e) => {
    const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (handles === 'paste') write(text.replace(/\n/g, ' '));
    if (handles === 'mangle') p.textContent = text;
    if (handles === 'paste' || handles === 'mangle') e.preventDefault();
  });
  root.addEventListener('beforeinput', (e) => {
    const ev = e as InputEvent;
    if (handles !== 'beforeinput' || ev.inputType !== 'insertText') return;
    e.preventDefault();
    setTimeout(() => write(ev.data ?? ''), 20); // frameworks render on their own schedule
  });
  return root;
}

describe('rich editors go through their own input path', () => {
  test.each<[string, string, 'paste' | 'beforeinput', string]>([
    ['ProseMirror takes a paste', 'class="ProseMirror"', 'paste', 'prosemirror:paste'],
    ['Draft.js takes a paste', 'class="public-DraftEditor-content"', 'paste', 'draft:paste'],
    ['Slate falls back to beforeinput', 'data-slate-editor="true"', 'beforeinput', 'slate:beforeinput'],
    ['CKEditor 5 falls back to beforeinput', 'class="ck-editor__editable"', 'beforeinput', 'ckeditor:beforeinput'],
  ])('%s', async (_name, attrs, handles, strategy) => {
    const root = fakeEditor(attrs, handles);
    caretThenLeave(root, root.querySelector('p')!.firstChild!, 6);
    const result = await insertText(root, 'dear ');
    expect(result).toEqual({ ok: true, strategy });
    expect(plainText(root)).toBe('Hello dear world');
  });

  test('an editor that ignores every way is reported, and its DOM is left alone', async () => {
    const root = fakeEditor('class="ql-editor"', 'nothing');
    const result = await insertText(root, 'dear ');
    expect(result).toEqual({ ok: false, reason: 'quill editor did not accept the text' });
    expect(plainText(root)).toBe('Hello world');
  });

  test('an editor that loses the draft is reported, not claimed as success', async () => {
    const root = fakeEditor('class="ProseMirror"', 'mangle');
    const result = await insertText(root, 'dear ');
    expect(result.ok).toBe(false);
  });
});

test('Lexical fallback: lines typed through execCommand with an Enter keydown between them', async () => {
  const root = editor('<div data-lexical-editor="true" contenteditable="true"><p>Hi</p></div>');
  // Stand-ins: the browser's execCommand types into the last paragraph; the "editor" splits on Enter itself.
  const last = (): HTMLParagraphElement => root.querySelector('p:last-child')!;
  const exec = vi.fn((cmd: string, _ui: boolean, text: string) => {
    if (cmd !== 'insertText') return false;
    last().querySelector('br')?.remove();
    last().append(text);
    return true;
  });
  Object.assign(document, { execCommand: exec });
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Enter') return;
    e.preventDefault();
    const p = document.createElement('p');
    p.append(document.createElement('br'));
    root.append(p);
  });
  const result = await insertText(root, ' there\n\nBye', { ways: ['execLines'] });
  delete (document as { execCommand?: unknown }).execCommand;
  expect(result).toEqual({ ok: true, strategy: 'lexical:execLines' });
  expect(plainText(root)).toBe('Hi there\n\nBye');
  expect(exec.mock.calls.map((c) => c[0])).toEqual(['insertText', 'insertText']);
});

test.each([
  ['no editable element', () => document.body.appendChild(document.createElement('p'))],
  ['detached textarea', () => document.createElement('textarea')],
])('refuses %s', async (_name, make) => {
  expect((await insertText(make(), 'x')).ok).toBe(false);
});
