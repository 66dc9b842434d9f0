import { frameDocument } from '../dom-text';
import { isTextField } from './text';

function editableAttr(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/**
 * The element that owns editing for `el`: the text field itself, the outermost contenteditable host around it
 * (editors nest contenteditable islands), or the editable body of a same-origin iframe (TinyMCE, CKEditor 4).
 */
export function editableRoot(el: Element | null): Element | null {
  if (!el) return null;
  if (isTextField(el)) return (el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled ? null : el;
  if (el.tagName === 'IFRAME') {
    // A frame's document as frameDocument gives it (null when cross-origin), so a srcdoc editor reads the same
    // before it has loaded.
    const body = frameDocument(el)?.body;
    if (!body) return null;
    return editableAttr(body) || body.ownerDocument.designMode === 'on' ? body : null;
  }
  let root: Element | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (editableAttr(cur)) root = cur;
    else if (cur.hasAttribute('contenteditable')) break; // a contenteditable="false" island ends the host
  }
  if (!root && el.ownerDocument.designMode === 'on') return el.ownerDocument.body;
  return root;
}

export type EditorKind =
  | 'textarea'
  | 'prosemirror'
  | 'draft'
  | 'lexical'
  | 'slate'
  | 'quill'
  | 'ckeditor'
  | 'tinymce'
  | 'contenteditable';

// Order matters: Tiptap is ProseMirror; TinyMCE's body also carries its own class in the iframe.
const SIGNATURES: Array<[EditorKind, string]> = [
  ['prosemirror', '.ProseMirror'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['draft', '.public-DraftEditor-content, [data-contents]'],
  ['quill', '.ql-editor'],
  ['ckeditor', '.ck-editor__editable'],
  ['tinymce', '#tinymce, .mce-content-body'],
];

/** Which editor owns an editable root (from `editableRoot`). */
export function detectEditor(root: Element): EditorKind {
  if (isTextField(root)) return 'textarea';
  for (const [kind, selector] of SIGNATURES) {
    if (root.matches(selector) || (kind === 'draft' && root.querySelector('[data-contents]'))) return kind;
  }
  return 'contenteditable';
}
