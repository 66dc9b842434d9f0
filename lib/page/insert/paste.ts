import { selectionOf } from './caret';

// Rich editors (ProseMirror/Tiptap, Draft.js, Lexical, Slate, Quill, CKEditor 5, TinyMCE) all parse a paste of
// text/plain into their own model as one undoable step, turning lines into their own paragraphs. A synthetic
// paste has no default action, so if no editor claims it (preventDefault) nothing happens and we try the next way.

export function eventTarget(root: Element): Element {
  const node = selectionOf(root)?.focusNode;
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return el && root.contains(el) ? el : root;
}

export function pasteInsert(root: Element, text: string): boolean {
  const win = root.ownerDocument.defaultView;
  if (!win?.DataTransfer || !win.ClipboardEvent) return false;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  eventTarget(root).dispatchEvent(event);
  return event.defaultPrevented;
}
