import { selectionOf } from './caret';

// Plain contenteditable (Gmail, Outlook, most helpdesks' own boxes). execCommand('insertText') keeps the host's
// undo stack and fires the input events the host listens to; Chromium turns each "\n" into a paragraph break.

export function execInsert(root: Element, text: string): boolean {
  const doc = root.ownerDocument;
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}

/**
 * Lexical lets the browser's own typing through and reads it back, so a trusted execCommand('insertText') is its
 * way in besides paste. It undoes a native paragraph split and mangles "\n" in insertText, so lines go one by
 * one with an Enter keydown between, which it turns into its own paragraph (or line break, in plain text).
 */
export async function execLines(root: Element, text: string): Promise<boolean> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (typeof doc.execCommand !== 'function' || !win) return false;
  let ok = true;
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) {
      const enter = new win.KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        bubbles: true,
        cancelable: true,
      });
      const target = selectionOf(root)?.focusNode?.parentElement ?? root;
      target.dispatchEvent(enter);
      ok = (enter.defaultPrevented || doc.execCommand('insertParagraph')) && ok;
    }
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the editor reconcile before the next line
    if (line) ok = doc.execCommand('insertText', false, line) && ok;
  }
  return ok;
}

/**
 * Last resort for a plain contenteditable without execCommand: a text node and <br>s at the caret. Never used
 * for framework editors, whose model would not see it.
 */
export function domInsert(root: Element, text: string): boolean {
  const doc = root.ownerDocument;
  const sel = selectionOf(root);
  if (!sel || sel.rangeCount === 0 || !root.contains(sel.getRangeAt(0).endContainer)) return false;
  const range = sel.getRangeAt(0);
  const frag = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) frag.appendChild(doc.createElement('br'));
    if (line) frag.appendChild(doc.createTextNode(line));
  });
  const last = frag.lastChild;
  range.insertNode(frag);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  root.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
