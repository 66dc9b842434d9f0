// Watches the open conversation and reports it when what it says changed. One MutationObserver on the
// conversation root (re-found when the host app swaps it out), mutations batched behind a short
// debounce (with a maximum wait) and an idle callback, and a hash so re-renders that change nothing send nothing.
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
 */
export const DEBOUNCE_MS = 40;
/** A stream of mutations (typing indicators, live timestamps) may not postpone a read longer than this. */
export const MAX_WAIT_MS = 500;
/** The read waits for an idle moment so it never lands inside the host's frame, but not longer than this. */
export const IDLE_TIMEOUT_MS = 50;

/** Two 32-bit FNV-1a runs over the same characters, fed piece by piece (no joined copy of the text). */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x01000193;

  add(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    // A separator no page text can fake: it is outside the UTF-16 code unit range.
    this.a = Math.imul(a ^ 0x10000, 0x01000193);
    this.b = Math.imul(b ^ 0x10000, 0x01000193);
  }

  toString(): string {
    return `${(this.a >>> 0).toString(16)}${(this.b >>> 0).toString(16)}`;
  }
}

/**
 * A cheap fingerprint of what a conversation says. The draft is left out on purpose: typing in the
 * reply box must not re-send the whole conversation; drafts travel separately.
 */
export function conversationHash(c: Conversation | null): string {
  if (!c) return 'none';
  const f = new Fingerprint();
  f.add(c.source);
  f.add(c.title ?? '');
  f.add(c.customer.name ?? '');
  f.add(c.customer.email ?? '');
  for (const m of c.messages) {
    f.add(m.role);
    f.add(m.author ?? '');
    f.add(m.time ?? '');
    f.add(m.text);
  }
  return `${f}:${c.messages.length}`;
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
  let idle: { id: number; kind: 'idle' | 'frame' } | undefined;
  let firstAt = 0;

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
    idle = undefined;
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

  const fire = () => {
    timer = undefined;
    firstAt = 0;
    if (stopped) return;
    const ric = (win as Window & { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
    if (ric) idle = { id: ric.call(win, run, { timeout: IDLE_TIMEOUT_MS }), kind: 'idle' };
    else if (win.requestAnimationFrame) idle = { id: win.requestAnimationFrame(run), kind: 'frame' };
    else run();
  };

  function schedule() {
    if (stopped) return;
    const now = Date.now();
    if (!firstAt) firstAt = now;
    if (timer !== undefined) {
      if (now - firstAt >= MAX_WAIT_MS) return;
      win?.clearTimeout(timer);
    }
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
    if (idle?.kind === 'idle') {
      (win as Window & { cancelIdleCallback?: typeof cancelIdleCallback }).cancelIdleCallback?.call(win, idle.id);
    } else if (idle) win?.cancelAnimationFrame?.(idle.id);
  }

  attach();
  doc.addEventListener('load', onLoad, true);
  for (const type of NAVIGATION_EVENTS) win.addEventListener(type, onNavigate);
  return stop;
}
