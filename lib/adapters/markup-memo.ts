// Readers run again after every new message, yet almost every block they read is unchanged since the
// last time. A block's outerHTML is one native call and says whether anything in it changed, so the
// result read from it is kept per element and reused while the markup stays the same. Blocks holding
// shadow roots or frames are always read afresh: what those contain is not in outerHTML.

export interface MarkupMemo<T> {
  /** `compute(el)` for this element, or its remembered result while its markup and `variant` are unchanged. */
  get(el: Element, variant: string, compute: (el: Element) => T): T;
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

/** `copy` hands out a fresh object each time, so callers may change what they get. */
export function markupMemo<T>(copy: (value: T) => T): MarkupMemo<T> {
  const store = new WeakMap<Element, { html: string; variant: string; value: T }>();
  return {
    get(el, variant, compute) {
      const html = el.outerHTML;
      const hit = store.get(el);
      if (hit && hit.html === html && hit.variant === variant) return copy(hit.value);
      const value = compute(el);
      if (!holdsHiddenContent(el)) store.set(el, { html, variant, value: copy(value) });
      return value;
    },
  };
}
