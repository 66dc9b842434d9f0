import { offsetOf, pointAt } from './text';

// The side panel takes focus away from the page, and clicking around the page can move the selection.
// Each editor's last caret is kept so an insertion lands where the agent was typing. The live Range follows
// DOM edits; the character offset survives editors that re-render their DOM (React-based ones).
interface Saved {
  range: Range;
  offset: number;
}
// Kept on the isolated world's global: the content script remembers carets, while the insertion code
// that reads them is injected later as its own script (lib/page/actions.ts).
const CARETS = '__heartlineCarets';
const shared = globalThis as { [CARETS]?: WeakMap<Element, Saved> };
shared[CARETS] ??= new WeakMap<Element, Saved>();
const saved = shared[CARETS];

export function selectionOf(root: Element): Selection | null {
  const scope = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return scope.getSelection?.() ?? root.ownerDocument.getSelection();
}

function rangeInside(root: Element): Range | null {
  const sel = selectionOf(root);
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return root.contains(range.endContainer) ? range : null;
}

/** Remember where the caret is in a contenteditable root, if it is inside it. */
export function rememberCaret(root: Element): void {
  const range = rangeInside(root);
  if (range)
    saved.set(root, { range: range.cloneRange(), offset: offsetOf(root, range.endContainer, range.endOffset) });
}

export function forgetCaret(root: Element): void {
  saved.delete(root);
}

/**
 * Focus the editor and put a collapsed caret at the remembered spot (the end of a remembered selection, so a
 * selection is never overwritten), else where the browser left it, else at the end of the text. Returns the
 * point, so the caller can put it back if the editor's own focus handling moves it (ProseMirror does, ~20 ms
 * after focus, from its stale model selection).
 */
export function restoreCaret(root: HTMLElement): [Node, number] {
  const win = root.ownerDocument.defaultView;
  if (win && win !== win.top) win.focus();
  root.focus({ preventScroll: true });
  const s = saved.get(root);
  let point: [Node, number] | null;
  if (s?.range.endContainer.isConnected && root.contains(s.range.endContainer))
    point = [s.range.endContainer, s.range.endOffset];
  else if (s) point = pointAt(root, s.offset);
  else {
    const live = rangeInside(root);
    point = live ? [live.endContainer, live.endOffset] : pointAt(root, Number.POSITIVE_INFINITY);
  }
  const at: [Node, number] = point ?? [root, root.childNodes.length];
  keepCaret(root, at);
  return at;
}

/** Collapse the selection to `point` unless it is already there; true when it already was. */
export function keepCaret(root: Element, point: [Node, number]): boolean {
  const sel = selectionOf(root);
  if (!sel) return true;
  if (sel.isCollapsed && sel.focusNode === point[0] && sel.focusOffset === point[1]) return true;
  sel.collapse(point[0], point[1]);
  return false;
}

/** Select `[from, to)` counted like `offsetOf`, so typing replaces it (a placeholder). */
export function selectChars(root: Element, from: number, to: number): boolean {
  const a = pointAt(root, from);
  const b = pointAt(root, to);
  const sel = selectionOf(root);
  if (!a || !b || !sel) return false;
  sel.setBaseAndExtent(a[0], a[1], b[0], b[1]);
  return true;
}

/** Character offset of the caret (selection end) inside root, or null when the selection is elsewhere. */
export function caretOffset(root: Element): number | null {
  const range = rangeInside(root);
  return range ? offsetOf(root, range.endContainer, range.endOffset) : null;
}
