// Small lookups the site adapters share. Each takes a list of selectors, most stable first, so an
// adapter can name the ARIA/data-* hook and keep a class-name fallback behind it.
import { textOf } from '@/lib/page/dom-text';

export function first(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  return root ? Array.from(root.querySelectorAll(selector)) : [];
}

/** The last `n` matches: readers cap early instead of walking a 5 000-message history. */
export function lastN(root: ParentNode | null | undefined, selector: string, n: number): Element[] {
  if (!root) return [];
  const list = root.querySelectorAll(selector);
  const out: Element[] = [];
  for (let i = Math.max(0, list.length - n); i < list.length; i++) out.push(list[i] as Element);
  return out;
}

/** Visible text of the first match, one line. */
export function lineOf(root: ParentNode | null | undefined, selectors: readonly string[]): string | undefined {
  const el = first(root, selectors);
  const t = el ? textOf(el).replace(/\s+/g, ' ').trim() : '';
  return t || undefined;
}

/** A machine time when the page gives one (datetime, title), else the text shown. */
export function timeOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const t =
    el.getAttribute('datetime') ||
    el.getAttribute('data-time') ||
    el.getAttribute('data-timestamp') ||
    el.getAttribute('title') ||
    textOf(el).replace(/\s+/g, ' ');
  return t.trim() || undefined;
}

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

export function emailIn(s: string | null | undefined): string | undefined {
  return s ? (EMAIL.exec(s)?.[0] ?? undefined) : undefined;
}

/** "Dana Whitfield <dana@example.com>" → name and email; either may be missing. */
export function nameAndEmail(s: string | null | undefined): { name?: string; email?: string } {
  if (!s) return {};
  const email = emailIn(s);
  const name = s
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .replace(/["'()<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const out: { name?: string; email?: string } = {};
  if (name) out.name = name;
  if (email) out.email = email;
  return out;
}

/** A skip predicate for textOf that leaves out everything matching `selector` (quotes, toolbars). */
export function skipping(selector: string): (el: Element) => boolean {
  return (el) => el.matches(selector);
}
