// Plain contenteditable (Gmail, Outlook, most helpdesks' own boxes). execCommand('insertText') keeps the host's
// undo stack and fires the input events the host listens to; Chromium turns each "\n" into a paragraph break.

export function execInsert(root: Element, text: string): boolean {
  const doc = root.ownerDocument;
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}

/**
 * Last resort for a plain contenteditable without execCommand: a text node and <br>s at the caret. Never used
 * for framework editors, whose model would not see it.
 */
export function domInsert(root: Element, text: string): boolean {
  const doc = root.ownerDocument;
  const sel = doc.getSelection();
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
