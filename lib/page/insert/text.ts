// Plain text of an editable element, and a mapping between character offsets and DOM points.
// Editors pad empty lines with zero-width characters (Slate U+FEFF, CKEditor U+2060, browsers U+200B);
// they are not the agent's words, so both the text and the offsets skip them.

import { imageText } from '../dom-text';

const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;
const ZERO_WIDTH_CHAR = /[\u200b\u2060\ufeff]/;
const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|UL|OL|TABLE|SECTION|ARTICLE|HEADER|FOOTER)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return type === 'text' || type === '';
}

/** Placeholders drawn as DOM (Slate) or hidden helpers are not part of the draft. */
function skipped(el: Element): boolean {
  return (
    SKIP.test(el.tagName) || el.hasAttribute('data-slate-placeholder') || el.getAttribute('aria-hidden') === 'true'
  );
}

const isBlock = (n: Node | null): boolean => n?.nodeType === 1 && BLOCK.test((n as Element).tagName);

/**
 * Source indentation between blocks (a line break and spaces, as in markup written by hand or by a server):
 * collapsed away by the browser, so not part of the text. A space the agent typed has no line break.
 */
function layoutWhitespace(t: Text): boolean {
  if (!/^\s*\n\s*$/.test(t.data) || t.parentElement?.closest('pre, textarea')) return false;
  const prev = t.previousSibling;
  const next = t.nextSibling;
  return !prev || !next || isBlock(prev) || isBlock(next);
}

/** Text with one `\n` per line break or block boundary, like `innerText` but without needing layout; up to `stopAt`. */
export function plainText(root: Element, stopAt?: Element | null): string {
  let out = '';
  let stopped = false;
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c && !stopped; c = c.nextSibling) {
      if (c === stopAt) {
        stopped = true;
        return;
      }
      if (c.nodeType === 3) {
        if (!layoutWhitespace(c as Text)) out += (c as Text).data;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (el.tagName === 'BR') out += '\n';
        else if (el.tagName === 'IMG') out += imageText(el);
        else if (!skipped(el)) {
          const block = BLOCK.test(el.tagName);
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(el);
          if (block && out && !out.endsWith('\n')) out += '\n';
        }
      }
    }
  };
  walk(root);
  return out
    .replace(ZERO_WIDTH, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '');
}

/** Whitespace-free form, for comparing a draft before and after an editor normalised spaces and lines. */
export function squash(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(/\s+/g, '');
}

export function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !skipped(c as Element)) walk(c);
    }
  };
  walk(root);
  return out;
}

const visible = (s: string): number => s.replace(ZERO_WIDTH, '').length;

/** Characters (zero-width excluded, line breaks not counted) between the start of `root` and a DOM point. */
export function offsetOf(root: Element, node: Node, offset: number): number {
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  let count = 0;
  for (const t of textNodes(root)) {
    if (t === node) return count + visible(t.data.slice(0, offset));
    if (range.intersectsNode(t)) count += visible(t.data);
  }
  return count;
}

/** The DOM point `chars` characters into `root` (clamped to its end); null when it holds no text node. */
export function pointAt(root: Element, chars: number): [Node, number] | null {
  let left = Math.max(0, chars);
  let last: Text | null = null;
  for (const t of textNodes(root)) {
    const len = visible(t.data);
    if (left <= len && len > 0) {
      let i = 0;
      for (let seen = 0; i < t.data.length && seen < left; i++) if (!ZERO_WIDTH_CHAR.test(t.data[i]!)) seen++;
      return [t, i];
    }
    left -= len;
    if (len > 0) last = t;
  }
  return last ? [last, last.data.length] : null;
}

/** Concatenated text-node content, the string `offsetOf`/`pointAt` index into. */
export function flatText(root: Element): string {
  return textNodes(root)
    .map((t) => t.data.replace(ZERO_WIDTH, ''))
    .join('');
}
