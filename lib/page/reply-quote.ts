// Reply and compose views open with the customer's message quoted under the agent's draft. This finds
// where that quote starts inside an editor (a quote element, or a marker line such as "On … wrote:"), so
// the draft coach reads only the agent's part, insertion stays above the quote, and the page reader can
// take the quoted original as the customer's message.
import { isQuoteOpener, QUOTED_LINE } from '@/lib/text/quote-markers';
import { textOf } from './dom-text';

/** Elements mail clients and helpdesk editors wrap quoted history in. */
export const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote',
  '.gmail_attr',
  '[type="cite"]',
  '.moz-cite-prefix',
  // Outlook on the web: classic (appendonsend, hr, divRplyFwdMsg) and new (one reference-message container);
  // in a rendered mail the ids carry an x_ prefix.
  '[id$="divRplyFwdMsg"]',
  '[id$="appendonsend"]',
  '[id$="mail-editor-reference-message-container"]',
  '.yahoo_quoted',
  '#reply-intro',
  '.reply-intro',
  '.quote',
].join(', ');

const LINE_BLOCK = /^(P|DIV|LI|H[1-6]|PRE|SECTION|ARTICLE|TABLE|BLOCKQUOTE)$/;

/** The block holding a marker line ("On … wrote:", -----Original Message-----) at the top level of the editor. */
function markerBlock(root: Element): Element | null {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (!LINE_BLOCK.test(c.tagName)) continue;
    const lines = textOf(c).split('\n');
    for (let i = 0; i < lines.length && i < 4; i++) {
      if (isQuoteOpener(lines, i) || (i === 0 && QUOTED_LINE.test(lines[0] ?? ''))) return c;
    }
    // A marker split over two blocks ("On …" / "… wrote:") starts at the first one.
    const next = c.nextElementSibling;
    if (next && lines.length === 1 && isQuoteOpener([lines[0] ?? '', textOf(next)], 0)) return c;
  }
  return null;
}

/**
 * The first element of the quoted part in a rich editor, or null. The element is a direct child of `root`
 * (or the quote itself when it sits deeper), so everything before it is the agent's. Without `markers`, only
 * quote elements count (a marker line may share its block with the agent's words; text markers find it).
 */
export function quoteBoundary(root: Element, markers = true): Element | null {
  const marked = markers ? markerBlock(root) : null;
  const quote = root.querySelector(QUOTE_SELECTOR);
  let top: Element | null = quote;
  while (top?.parentElement && top.parentElement !== root) top = top.parentElement;
  // The top-level block holding the quote, unless that block also holds the agent's text (then the quote itself).
  if (top && quote && top !== quote && textOf(top).trim() !== textOf(quote).trim()) top = quote;
  if (!marked) return top;
  if (!top) return marked;
  return marked.compareDocumentPosition(top) & 4 /* FOLLOWING */ ? marked : top;
}

export { type QuotedOriginal, readQuoted } from '@/lib/text/quoted-original';
