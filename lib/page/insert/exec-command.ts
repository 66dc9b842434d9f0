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
  if (ownBlock(root, range, text)) return true;
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

const BLOCK = /^(P|DIV|LI|H[1-6])$/;

/**
 * Text meant as its own paragraph ("\n" at its start or end, as insertion above a quoted original asks for)
 * at the start or end of a block becomes a new block of the same kind before or after it, as a browser's
 * Enter would make, rather than a line break inside the quote's first paragraph.
 */
function ownBlock(root: Element, range: Range, text: string): boolean {
  const before = /\n$/.test(text);
  const after = /^\n/.test(text);
  if (!before && !after) return false;
  let block: Element | null =
    range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  while (block && block !== root && !BLOCK.test(block.tagName)) block = block.parentElement;
  if (!block || block === root || !root.contains(block)) return false;
  const doc = root.ownerDocument;
  const edge = doc.createRange();
  edge.selectNodeContents(block);
  if (before) edge.setEnd(range.startContainer, range.startOffset);
  else edge.setStart(range.endContainer, range.endOffset);
  if (edge.toString().trim()) return false;
  const fresh = doc.createElement(block.tagName);
  text
    .replace(/^\n|\n$/g, '')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) fresh.appendChild(doc.createElement('br'));
      if (line) fresh.appendChild(doc.createTextNode(line));
    });
  if (before) block.before(fresh);
  else block.after(fresh);
  const sel = doc.getSelection();
  const end = doc.createRange();
  end.selectNodeContents(fresh);
  end.collapse(false);
  sel?.removeAllRanges();
  sel?.addRange(end);
  root.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
