// Readers run again after every new message, yet almost every block they read is unchanged since the
// last time. What was read from a block is kept per element and reused until the block changes. A change
// is learnt from a MutationObserver on the block's parent (the thread), which names the node that changed:
// each record drops the cached blocks it lies in. That costs per change, not per read; comparing each
// block's outerHTML on every read serialised the newest 50 blocks each time, the largest part of a read.
// Blocks holding shadow roots or frames are always read afresh: no mutation inside those reaches us.

export interface MarkupMemo<T> {
  /** `compute(el)` for this element, or its remembered result while the element and `variant` are unchanged. */
  get(el: Element, variant: string, compute: (el: Element) => T): T;
  /**
   * `get` for each element, the pending changes taken once for the whole list instead of once per element
   * (a read asks for every block of the thread). `compute` must not change the page.
   */
  getAll(els: readonly Element[], variant: string, compute: (el: Element) => T): T[];
}

function holdsHiddenContent(el: Element): boolean {
  if ((el as HTMLElement).shadowRoot) return true;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const d = all[i] as HTMLElement;
    if (d.shadowRoot || d.tagName === 'IFRAME' || d.tagName === 'FRAME') return true;
  }
  return false;
}

type Observer = { observe(target: Node, options: MutationObserverInit): void; takeRecords(): MutationRecord[] };

// Every memo in this script shares one observer per window: each observer's callback is a task's worth of
// work in the host page after every change (scripts/bench/host-trace.ts), and two memos watch the same thread.
const forgetters: Array<(records: readonly MutationRecord[]) => void> = [];
const observers = new WeakMap<Window, Observer>();
const watched = new WeakSet<Node>();

const forgetAll = (records: readonly MutationRecord[]) => {
  if (records.length === 0) return;
  for (const f of forgetters) f(records);
};

/** The observer of the element's window, its pending records applied first (they arrive after a task). */
function observerFor(el: Element): Observer | null {
  const win = el.ownerDocument.defaultView;
  const MO = (win as (Window & { MutationObserver?: typeof MutationObserver }) | null)?.MutationObserver;
  if (!win || !MO) return null;
  let o = observers.get(win);
  if (!o) {
    o = new MO(forgetAll);
    observers.set(win, o);
  }
  forgetAll(o.takeRecords());
  return o;
}

/** `copy` hands out a fresh object each time, so callers may change what they get. */
export function markupMemo<T>(copy: (value: T) => T): MarkupMemo<T> {
  const store = new WeakMap<Element, { variant: string; value: T }>();

  // Every block from the changed node up is stale. A block taken out may be put back under a parent nobody
  // watches, where its changes would go unseen: it is dropped too.
  forgetters.push((records) => {
    for (const r of records) {
      for (let n: Node | null = r.target; n; n = n.parentNode) store.delete(n as Element);
      for (const n of r.removedNodes) store.delete(n as Element);
    }
  });

  const lookup = (observer: Observer | null, el: Element, variant: string, compute: (el: Element) => T): T => {
    const hit = observer ? store.get(el) : undefined;
    if (hit && hit.variant === variant) return copy(hit.value);
    const value = compute(el);
    const parent = el.parentNode;
    if (!observer || !parent || holdsHiddenContent(el)) return value;
    if (!watched.has(parent)) {
      observer.observe(parent, { childList: true, subtree: true, characterData: true, attributes: true });
      watched.add(parent);
    }
    store.set(el, { variant, value: copy(value) });
    return value;
  };

  return {
    get: (el, variant, compute) => lookup(observerFor(el), el, variant, compute),
    getAll(els, variant, compute) {
      const out: T[] = [];
      let observer: Observer | null = null;
      let doc: Document | null = null;
      for (const el of els) {
        // Blocks of one thread share a document; a list that spans frames takes each frame's records.
        if (el.ownerDocument !== doc) {
          doc = el.ownerDocument;
          observer = observerFor(el);
        }
        out.push(lookup(observer, el, variant, compute));
      }
      return out;
    },
  };
}
