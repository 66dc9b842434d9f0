import { expect, test } from 'vitest';
import { detectEditor, type EditorKind, editableRoot } from '@/lib/page/insert/editable';

function mount(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.getElementById('t')!;
}

test.each<[string, string, EditorKind]>([
  ['textarea', '<textarea id="t"></textarea>', 'textarea'],
  ['text input', '<input id="t" type="text">', 'textarea'],
  ['plain contenteditable', '<div contenteditable="true"><p id="t">x</p></div>', 'contenteditable'],
  [
    'ProseMirror / Tiptap',
    '<div class="ProseMirror tiptap" contenteditable="true"><p id="t">x</p></div>',
    'prosemirror',
  ],
  [
    'Draft.js',
    '<div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"><span id="t">x</span></div></div>',
    'draft',
  ],
  ['Draft.js without its class', '<div contenteditable="true"><div data-contents="true" id="t"></div></div>', 'draft'],
  ['Lexical', '<div data-lexical-editor="true" contenteditable="true"><p id="t">x</p></div>', 'lexical'],
  ['Slate', '<div data-slate-editor="true" contenteditable="true"><p id="t">x</p></div>', 'slate'],
  ['Quill', '<div class="ql-container"><div class="ql-editor" contenteditable="true" id="t"></div></div>', 'quill'],
  ['CKEditor 5', '<div class="ck ck-editor__editable ck-content" contenteditable="true" id="t"></div>', 'ckeditor'],
  ['TinyMCE inline', '<div class="mce-content-body" contenteditable="true" id="t"></div>', 'tinymce'],
  [
    'TinyMCE iframe body',
    '<div id="tinymce" class="mce-content-body" contenteditable="true"><p id="t">x</p></div>',
    'tinymce',
  ],
])('%s', (_name, markup, kind) => {
  const root = editableRoot(mount(markup));
  expect(root).not.toBeNull();
  expect(detectEditor(root!)).toBe(kind);
});

test.each<[string, string, string | null]>([
  [
    'outermost host of nested editables',
    '<div id="host" contenteditable="true"><div contenteditable="true"><p id="t">x</p></div></div>',
    'host',
  ],
  [
    'a contenteditable=false island is not editable',
    '<div id="host" contenteditable="true"><div contenteditable="false"><span id="t">x</span></div></div>',
    null,
  ],
  [
    'editable inside an island belongs to the island',
    '<div contenteditable="true"><div contenteditable="false"><div id="cap" contenteditable="true"><span id="t">x</span></div></div></div>',
    'cap',
  ],
  ['read-only textarea', '<textarea id="t" readonly></textarea>', null],
  ['disabled input', '<input id="t" disabled>', null],
  ['email input is not a reply box', '<input id="t" type="email">', null],
  ['plain text', '<p id="t">x</p>', null],
])('editableRoot: %s', (_name, markup, expectedId) => {
  const root = editableRoot(mount(markup));
  const expected = expectedId === null ? null : document.getElementById(expectedId);
  expect(root).toBe(expected);
});
