// Test page for tests/e2e/editors.e2e.ts: every editor a helpdesk might use, from the real npm packages, each
// exposing its own model's text so the test can check the model and not just the DOM.
import { ClassicEditor, Essentials, type ModelElement, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import 'draft-js/dist/Draft.css';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import type { TinyMCE } from 'tinymce';
import { mountDraft, mountLexical, mountSlate } from './js-editors.js';

interface Handle {
  getText(): string;
}
declare global {
  interface Window {
    editors: Record<string, Handle>;
    editorsReady: Promise<string[]>;
    tinymce: TinyMCE;
  }
}

const byId = (id: string): HTMLElement => document.getElementById(id)!;

function shadowEditable(): Handle {
  const shadow = byId('shadow-host').attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.className = 'box';
  box.style.cssText = 'border: 1px solid #bbb; min-height: 60px; padding: 6px';
  shadow.append(box);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are a plain contenteditable's model
  return { getText: () => box.innerText };
}

function prosemirror(): Handle {
  const view = new EditorView(byId('prosemirror'), {
    state: EditorState.create({
      schema,
      plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo })],
    }),
  });
  return { getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n') };
}

function quill(): Handle {
  const q = new Quill(byId('quill'), { theme: 'snow', placeholder: 'Write a reply' });
  return { getText: () => q.getText() };
}

async function ckeditor(): Promise<Handle> {
  const editor = await ClassicEditor.create({
    attachTo: byId('ckeditor'),
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph],
    toolbar: [],
  });
  const root = editor.model.document.getRoot()!;
  const lineOf = (block: ModelElement): string =>
    Array.from(block.getChildren())
      .map((n) => (n.is('$text') ? n.data : n.is('element', 'softBreak') ? '\n' : ''))
      .join('');
  return {
    getText: () =>
      Array.from(root.getChildren())
        .map((b) => lineOf(b as ModelElement))
        .join('\n'),
  };
}

async function tinymce(): Promise<Handle> {
  const [editor] = await window.tinymce.init({
    target: byId('tinymce-source'),
    license_key: 'gpl',
    base_url: `${location.pathname.replace(/[^/]*$/, '')}tinymce`,
    suffix: '.min',
    menubar: false,
    toolbar: false,
    statusbar: false,
    promotion: false,
    height: 160,
  });
  return { getText: () => editor!.getContent({ format: 'text' }) };
}

window.editors = {};
window.editorsReady = (async () => {
  const area = byId('textarea') as HTMLTextAreaElement;
  const plain = byId('contenteditable');
  const sync: Record<string, Handle> = {
    textarea: { getText: () => area.value },
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are a plain contenteditable's model
    contenteditable: { getText: () => plain.innerText },
    shadow: shadowEditable(),
    prosemirror: prosemirror(),
    lexical: mountLexical(byId('lexical'), true),
    'lexical-plain': mountLexical(byId('lexical-plain'), false),
    draft: mountDraft(byId('draft')),
    slate: mountSlate(byId('slate')),
    quill: quill(),
  };
  Object.assign(window.editors, sync);
  window.editors.ckeditor = await ckeditor();
  window.editors.tinymce = await tinymce();
  return Object.keys(window.editors);
})();
