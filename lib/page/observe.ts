// Watches the open conversation and reports it when what it says changed. One MutationObserver on the
// conversation root (re-found when the host app swaps it out), mutations batched behind a short
// debounce (with a maximum wait), and a hash so re-renders that change nothing send nothing.
// No polling: while the page is quiet there is no timer and no work.
import type { Conversation } from '@/lib/types';

export interface ObserveOptions {
  doc: Document;
  read: () => Conversation | null;
  root: () => Element | null;
  onChange: (c: Conversation) => void;
  win?: Window;
}

const NAVIGATION_EVENTS = ['wxt:locationchange', 'popstate', 'hashchange'] as const;

/**
 * Quiet time after the last mutation before reading: chat apps render a message in a few steps within
 * one or two frames, so 40 ms still coalesces a render while keeping the panel within its 100 ms budget.
 * The read runs in the debounce timer's own task, after the host's frame has been drawn. It used to wait
 * for an idle callback besides: every callback into the content script costs the page a task of its own
 * (about 0.2 ms of main-thread CPU measured by scripts/bench/host-trace.ts), more than the wait saved.
 */
export const DEBOUNCE_MS = 40;
/** A stream of mutations (typing indicators, live timestamps) may not postpone a read longer than this. */
export const MAX_WAIT_MS = 500;

const SEP = '\u0001';

/**
 * What a conversation says, as one string compared for equality. Exact rather than hashed: the join and
 * the comparison are native, while a hash loop in script runs cold (once per new message, mostly in the
 * interpreter) and cost more than the whole read. At most the reader's 50 KB cap is kept. The draft is
 * left out on purpose: typing in the reply box must not re-send the whole conversation; drafts travel
 * separately.
 */
export function conversationHash(c: Conversation | null): string {
  if (!c) return 'none';
  const parts: string[] = [
    String(c.messages.length),
    c.source,
    c.title ?? '',
    c.customer.name ?? '',
    c.customer.email ?? '',
    String(c.confidence ?? ''),
  ];
  for (const m of c.messages) parts.push(m.role, m.author ?? '', m.time ?? '', m.text);
  return parts.join(SEP);
}

export function observeConversation(opts: ObserveOptions): () => void {
  const { doc, read, root, onChange } = opts;
  const win = opts.win ?? doc.defaultView ?? undefined;
  const MO =
    (win as (Window & { MutationObserver?: typeof MutationObserver }) | undefined)?.MutationObserver ??
    (typeof MutationObserver === 'undefined' ? undefined : MutationObserver);
  if (!win || !MO) return () => {};

  let stopped = false;
  let current: Element | null = null;
  let timer: number | undefined;
  /** When the pending batch began and when its last mutation came. */
  let firstAt = 0;
  let lastAt = 0;

  const safeRead = (): Conversation | null => {
    try {
      return read();
    } catch {
      return null;
    }
  };
  let lastHash = conversationHash(safeRead());

  const scoped = new MO(() => schedule());
  // Watches only whether the root is still attached (or has appeared); it does no reading itself.
  // With a root it listens to the root's ancestors' direct children only (cheap even on busy apps);
  // without one it has to watch the whole document for the conversation to appear.
  const sentinel = new MO(() => {
    if (!current?.isConnected) schedule();
  });

  let attachedOnce = false;
  const attach = () => {
    const next = root();
    if (next === current && attachedOnce) return;
    attachedOnce = true;
    scoped.disconnect();
    sentinel.disconnect();
    current = next;
    if (current) {
      scoped.observe(current, { childList: true, subtree: true, characterData: true });
      for (let a: Node | null = current.parentNode; a; a = a.parentNode ?? (a as ShadowRoot).host ?? null) {
        sentinel.observe(a, { childList: true });
        if (a === doc) break;
      }
    } else {
      sentinel.observe(doc.documentElement, { childList: true, subtree: true });
    }
  };

  // Single-page apps swap conversations without a load; WXT's content-script context re-dispatches
  // history changes as `wxt:locationchange`.
  const onNavigate = () => {
    attach();
    schedule();
  };

  const run = () => {
    if (stopped) return;
    if (!current?.isConnected) attach();
    const c = safeRead();
    const h = conversationHash(c);
    if (h === lastHash) return;
    lastHash = h;
    if (!c) return;
    try {
      onChange(c);
    } catch {
      // The extension was updated or reloaded ("context invalidated"): stop quietly.
      stop();
    }
  };

  // One timer per batch: a later mutation only moves lastAt, and the timer, when it fires, waits out what is
  // left of the quiet time (re-arming rather than clearing and setting a timer on every mutation).
  const fire = () => {
    timer = undefined;
    if (stopped) return;
    const now = Date.now();
    const quietFor = now - lastAt;
    if (quietFor < DEBOUNCE_MS && now - firstAt < MAX_WAIT_MS) {
      timer = win.setTimeout(fire, Math.min(DEBOUNCE_MS - quietFor, MAX_WAIT_MS - (now - firstAt)));
      return;
    }
    firstAt = 0;
    run();
  };

  function schedule() {
    if (stopped) return;
    lastAt = Date.now();
    if (timer !== undefined) return;
    firstAt = lastAt;
    timer = win?.setTimeout(fire, DEBOUNCE_MS);
  }

  // Same-origin frames (Roundcube's preview) change by loading, which no mutation reports.
  const onLoad = (e: Event) => {
    const t = e.target as Element | null;
    if (t && (t.tagName === 'IFRAME' || t.tagName === 'FRAME')) schedule();
  };

  function stop() {
    if (stopped) return;
    stopped = true;
    scoped.disconnect();
    sentinel.disconnect();
    doc.removeEventListener('load', onLoad, true);
    for (const type of NAVIGATION_EVENTS) win?.removeEventListener(type, onNavigate);
    if (timer !== undefined) win?.clearTimeout(timer);
  }

  attach();
  doc.addEventListener('load', onLoad, true);
  for (const type of NAVIGATION_EVENTS) win.addEventListener(type, onNavigate);
  return stop;
}
