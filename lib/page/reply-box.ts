import { splitReply } from '@/lib/text/quote-markers';
import { isIgnorable, OWN_UI_ATTR } from './dom-text';
import { rememberCaret } from './insert/caret';
import { editableRoot } from './insert/editable';
import { isTextField, plainText } from './insert/text';
import { type QuotedOriginal, quoteBoundary, readQuoted } from './reply-quote';

export interface ReplyBoxTracker {
  /** The editable element the agent last focused, while it is still in the page. */
  current(): Element | null;
  dispose(): void;
}

const DRAFT_DEBOUNCE_MS = 300;
const HINT =
  /reply|respon|answer|message|compose|comment|write|body|回复|回覆|回復|答复|答覆|消息|訊息|留言|输入|輸入/i;
const NOT_REPLY = /search|filter|subject|搜索|搜尋|主题|主旨/i;

/** The whole text in the box, quote included. */
function fullText(root: Element, stopAt?: Element | null): string {
  return isTextField(root) ? root.value : plainText(root, stopAt);
}

/**
 * The agent's draft as plain text (a field's value, or an editor's text with one `\n` per line): only what
 * the agent wrote above a quoted original, never the customer's words quoted below it.
 */
export function readDraft(el: Element): string {
  const root = editableRoot(el) ?? el;
  const boundary = isTextField(root) ? null : quoteBoundary(root, false);
  return splitReply(fullText(root, boundary)).own;
}

/** The original message quoted in a reply box (a reply or compose view), or null when it quotes nothing. */
export function readReplyQuote(el: Element): QuotedOriginal | null {
  const root = editableRoot(el) ?? el;
  const full = fullText(root);
  const marked = splitReply(full).quote;
  if (marked.trim()) return readQuoted(marked);
  // A bare quote element with no "On … wrote:" line: everything from it on.
  const boundary = isTextField(root) ? null : quoteBoundary(root, false);
  if (!boundary) return null;
  const rest = full.slice(plainText(root, boundary).length).replace(/^\n+/, '');
  return rest.trim() ? readQuoted(rest) : null;
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

/** Hidden by markup (attribute, inline style, type) or inside Heartline's own UI: never the reply box. */
function hiddenByMarkup(el: Element): boolean {
  if (el.getAttribute('type') === 'hidden' || el.getAttribute('type') === 'search') return true;
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (isIgnorable(p) && !(p === el && p.tagName === 'INPUT')) return true;
    if (p !== el && p.tagName === 'BODY') break;
  }
  return false;
}

function score(el: Element, layout: boolean): number {
  const frame = el.ownerDocument.defaultView?.frameElement ?? null;
  const host = frame ?? el;
  if (hiddenByMarkup(host) || (frame && hiddenByMarkup(el))) return -1;
  const text = hints(el) + (frame ? ` ${hints(frame)}` : '');
  if (NOT_REPLY.test(text) || el.getAttribute('role') === 'searchbox') return -1;
  const hinted = HINT.test(text) ? 1 : 0;
  const input = el.tagName === 'INPUT' ? -0.5 : 0;
  // Without layout (tests, detached documents) markup alone decides; later boxes win ties, like a page's footer editor.
  if (!layout) return hinted + input + 0.5;
  const box = host.getBoundingClientRect();
  if (box.width < 2 || box.height < 2) return -1;
  const viewport = host.ownerDocument.defaultView?.innerHeight || 1;
  const area = Math.min(box.width * box.height, 400_000) / 400_000; // past ~640×640 bigger is no likelier
  const low = Math.min(Math.max(box.bottom / viewport, 0), 1);
  return area + 0.5 * low + hinted + input;
}

function hasLayout(doc: Document, list: readonly Element[]): boolean {
  const r = doc.documentElement.getBoundingClientRect();
  if (r.width > 0 || r.height > 0) return true;
  return list.some((el) => {
    const b = (el.ownerDocument.defaultView?.frameElement ?? el).getBoundingClientRect();
    return b.width > 0 || b.height > 0;
  });
}

/** The box the agent is typing in, following focus into open shadow roots and same-origin frames. */
function focusedBox(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let i = 0; i < 5 && active; i++) {
    const shadowActive = (active as HTMLElement).shadowRoot?.activeElement;
    if (shadowActive) {
      active = shadowActive;
      continue;
    }
    if (active.tagName === 'IFRAME') {
      const root = editableRoot(active);
      if (root) return root;
      try {
        const inner = (active as HTMLIFrameElement).contentDocument?.activeElement;
        if (inner && inner !== active.ownerDocument.body) {
          active = inner;
          continue;
        }
      } catch {
        // cross-origin frame: not ours to read
      }
    }
    break;
  }
  if (!active || active === doc.body) return null;
  const root = editableRoot(active);
  return root && !root.closest(`[${OWN_UI_ATTR}]`) && !hiddenByMarkup(root) ? root : null;
}

/**
 * Scanning every editable (and every element, for shadow roots) costs milliseconds on a long history, so
 * the answer is remembered while it stays on the page at the same URL.
 */
const lastBox = new WeakMap<Document, { url: string; key: string; box: Element }>();

/**
 * The reply box, the one finder for reading the draft and for inserting: the focused editable box, else the
 * site adapter's reply-box selectors, else the most likely box (visible, large, low on the page, named like one).
 */
export function findReplyBox(doc: Document, selectors: readonly string[] = []): Element | null {
  const focused = focusedBox(doc);
  if (focused) return focused;
  const key = selectors.join('\u0001');
  const known = lastBox.get(doc);
  if (known && known.url === doc.URL && known.key === key && known.box.isConnected && !hiddenByMarkup(known.box))
    return known.box;
  let best: Element | null = null;
  for (const s of selectors) {
    for (const el of doc.querySelectorAll(s)) {
      const root = editableRoot(el);
      if (root && !hiddenByMarkup(root)) {
        best = root;
        break;
      }
    }
    if (best) break;
  }
  if (!best) {
    const list = candidates(doc);
    const layout = hasLayout(doc, list);
    let top = -1;
    for (const el of list) {
      const s = score(el, layout);
      if (s > top || (!layout && s === top && s >= 0)) [best, top] = [el, s];
    }
  }
  if (best) lastBox.set(doc, { url: doc.URL, key, box: best });
  else lastBox.delete(doc);
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
