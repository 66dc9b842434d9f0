import { rememberCaret } from './insert/caret';
import { editableRoot } from './insert/editable';
import { isTextField, plainText } from './insert/text';

export interface ReplyBoxTracker {
  /** The editable element the agent last focused, while it is still in the page. */
  current(): Element | null;
  dispose(): void;
}

const DRAFT_DEBOUNCE_MS = 300;
const HINT = /reply|respon|answer|message|compose|comment|write|回复|回覆|回復|答复|答覆|消息|訊息|留言|输入|輸入/i;
const NOT_REPLY = /search|filter|subject|搜索|搜尋|主题|主旨/i;

/** The agent's draft as plain text: a field's value, or an editor's text with one `\n` per line. */
export function readDraft(el: Element): string {
  const root = editableRoot(el) ?? el;
  return isTextField(root) ? root.value : plainText(root);
}

function hints(el: Element): string {
  return ['aria-label', 'placeholder', 'data-placeholder', 'name', 'id', 'class', 'title']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
}

const EDITABLE = 'textarea, input, [contenteditable], iframe';

/** Editable roots in the document, its same-origin iframes (via editableRoot) and its open shadow roots. */
function candidates(scope: Document | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of scope.querySelectorAll(EDITABLE)) {
    const root = editableRoot(el);
    if (root && (root === el || root.tagName === 'BODY') && !out.includes(root)) out.push(root);
  }
  for (const host of scope.querySelectorAll('*')) if (host.shadowRoot) candidates(host.shadowRoot, out);
  return out;
}

function score(el: Element): number {
  const frame = el.ownerDocument.defaultView?.frameElement ?? null;
  const box = (frame ?? el).getBoundingClientRect();
  if (box.width < 2 || box.height < 2 || (frame ?? el).closest('[hidden], [aria-hidden="true"]')) return -1;
  const text = hints(el) + (frame ? ` ${hints(frame)}` : '');
  if (NOT_REPLY.test(text) || el.getAttribute('role') === 'searchbox') return -1;
  const viewport = (frame ?? el).ownerDocument.defaultView?.innerHeight || 1;
  const area = Math.min(box.width * box.height, 400_000) / 400_000; // past ~640×640 bigger is no likelier
  const low = Math.min(Math.max(box.bottom / viewport, 0), 1);
  return area + 0.5 * low + (HINT.test(text) ? 1 : 0) + (el.tagName === 'INPUT' ? -0.5 : 0);
}

/** The most likely reply box when nothing was focused yet: visible, large, low on the page, named like one. */
export function findReplyBox(doc: Document): Element | null {
  let best: Element | null = null;
  let top = -1;
  for (const el of candidates(doc)) {
    const s = score(el);
    if (s > top) [best, top] = [el, s];
  }
  return best;
}

/**
 * Follow the editable element the agent last focused (also inside open shadow roots and same-origin iframes)
 * and report its text, debounced, whenever it changes. Listens only; idle pages cost nothing.
 */
export function trackReplyBox(
  doc: Document,
  onDraft: (text: string, el: Element) => void,
  opts: { debounceMs?: number } = {},
): ReplyBoxTracker {
  const wait = opts.debounceMs ?? DRAFT_DEBOUNCE_MS;
  const docs = new Set<Document>();
  let current: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;

  const report = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (current?.isConnected) onDraft(readDraft(current), current);
    }, wait);
  };

  const use = (root: Element): void => {
    if (root === current) return;
    current = root;
    observer?.disconnect();
    observer = null;
    const win = root.ownerDocument.defaultView;
    // Editors that render their own edits (Lexical, Slate) cancel beforeinput, so no input event follows.
    if (!isTextField(root) && win?.MutationObserver) {
      observer = new win.MutationObserver(report);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    report();
  };

  const fromEvent = (e: Event): Element | null => {
    const first = e.composedPath()[0] as Node | undefined;
    return first?.nodeType === 1 ? (first as Element) : null;
  };

  const enterFrame = (frame: Element): void => {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (!inner) return;
      listen(inner);
      const root = editableRoot(inner.activeElement ?? inner.body) ?? editableRoot(frame);
      if (root) use(root);
    } catch {
      // cross-origin frame: not ours to read
    }
  };

  const onFocus = (e: Event): void => {
    const el = fromEvent(e);
    if (el?.tagName === 'IFRAME') enterFrame(el);
    else if (el) {
      const root = editableRoot(el);
      if (root) use(root);
    }
  };

  // Focus moving into an iframe fires no focusin in the parent, only blur on its window.
  const onBlur = (e: Event): void => {
    const d = (e.target as Window).document;
    setTimeout(() => {
      if (d.activeElement?.tagName === 'IFRAME') enterFrame(d.activeElement);
    }, 0);
  };

  const onInput = (e: Event): void => {
    const el = fromEvent(e);
    if (el && current && (el === current || current.contains(el))) report();
  };

  const onSelection = (): void => {
    if (current && !isTextField(current)) rememberCaret(current);
  };

  const listen = (d: Document): void => {
    if (docs.has(d)) return;
    docs.add(d);
    d.addEventListener('focusin', onFocus, true);
    d.addEventListener('input', onInput, true);
    d.addEventListener('selectionchange', onSelection);
    d.addEventListener('focusout', onSelection, true);
    d.defaultView?.addEventListener('blur', onBlur);
  };

  listen(doc);
  const active = doc.activeElement && editableRoot(doc.activeElement);
  if (active) use(active);

  return {
    current: () => (current?.isConnected ? current : null),
    dispose: () => {
      clearTimeout(timer);
      observer?.disconnect();
      for (const d of docs) {
        d.removeEventListener('focusin', onFocus, true);
        d.removeEventListener('input', onInput, true);
        d.removeEventListener('selectionchange', onSelection);
        d.removeEventListener('focusout', onSelection, true);
        d.defaultView?.removeEventListener('blur', onBlur);
      }
      docs.clear();
    },
  };
}
