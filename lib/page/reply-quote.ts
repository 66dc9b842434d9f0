// Reply and compose views open with the customer's message quoted under the agent's draft. This finds
// where that quote starts inside an editor (a quote element, or a marker line such as "On … wrote:"), so
// the draft coach reads only the agent's part, insertion stays above the quote, and the page reader can
// take the quoted original as the customer's message.
import { isQuoteOpener, QUOTED_LINE, splitReply } from '@/lib/text/quote-markers';
import { textOf } from './dom-text';

/** Elements mail clients and helpdesk editors wrap quoted history in. */
export const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote',
  '.gmail_attr',
  '[type="cite"]',
  '.moz-cite-prefix',
  '#divRplyFwdMsg',
  '#appendonsend',
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

export interface QuotedOriginal {
  text: string;
  author?: string;
  email?: string;
  time?: string;
}

const ON_WROTE = /^On\s+(.+?)\s+wrote:?\s*$/i;
const ZH_WROTE = /^(?:在|於|于)\s*(.+?)\s*(?:写道|寫道)\s*[:：]?\s*$/;
const CLOCK = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[AP]M)?/gi;

/**
 * "Mon, Nov 16, 2026 at 10:00 AM Dana <d@x>" → the time part and the person part. Mail clients put the
 * person after the last comma (Thunderbird, Apple Mail, RT, Chinese clients) or right after the clock (Gmail).
 */
function whenAndWho(middle: string): [string, string] {
  const comma = Math.max(middle.lastIndexOf(','), middle.lastIndexOf('，'));
  const tail = comma >= 0 ? middle.slice(comma + 1) : middle;
  let cut = comma;
  if (comma < 0 || new RegExp(CLOCK.source, 'i').test(tail)) {
    for (const m of middle.matchAll(CLOCK)) cut = (m.index ?? 0) + m[0].length;
  }
  if (cut < 0) return ['', middle];
  return [
    middle.slice(0, cut).trim(),
    middle
      .slice(cut)
      .replace(/^[\s,，]+/, '')
      .trim(),
  ];
}

const FROM_LINE = /^\*?(?:from|发件人|寄件者|發件人|寄件人)\s*\*?\s*[:：]\s*(.+)$/i;
const SENT_LINE = /^\*?(?:sent|date|发送时间|日期|寄件日期|傳送時間)\s*\*?\s*[:：]\s*(.+)$/i;
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

function person(raw: string): { author?: string; email?: string } {
  const email = EMAIL.exec(raw)?.[0];
  const name = raw
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .replace(/["'()<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const out: { author?: string; email?: string } = {};
  if (name || email) out.author = name || email;
  if (email) out.email = email;
  return out;
}

/**
 * The quoted original as a message: the marker lines read for author and time, `>` markers removed, and
 * the quote's own nested history (older replies) left out.
 */
export function readQuoted(quote: string): QuotedOriginal | null {
  const lines = quote.split('\n').map((l) => l.trim());
  const out: QuotedOriginal = { text: '' };
  let i = 0;
  // Header: "On … wrote:" (maybe over two lines), 在…写道, -----Original Message-----, From:/Sent:/To:/Subject:.
  for (; i < lines.length && i < 8; i++) {
    const line = lines[i] ?? '';
    const joined = i + 1 < lines.length && !/wrote:?$/i.test(line) ? `${line} ${lines[i + 1]}` : line;
    const on = ON_WROTE.exec(line) ?? (/^On\s/i.test(line) ? ON_WROTE.exec(joined) : null);
    const zh = ZH_WROTE.exec(line);
    if (on || zh) {
      const [when, who] = whenAndWho(((on ?? zh) as RegExpExecArray)[1] ?? '');
      Object.assign(out, person(who));
      if (when) out.time = when.replace(/[,，]$/, '');
      if (on && !ON_WROTE.exec(line)) i++;
      continue;
    }
    const from = FROM_LINE.exec(line);
    if (from) {
      Object.assign(out, person(from[1] ?? ''));
      continue;
    }
    const sent = SENT_LINE.exec(line);
    if (sent) {
      out.time = (sent[1] ?? '').trim();
      continue;
    }
    if (
      /^-{2,}.*-{2,}$|^_{8,}$|^\*?(to|cc|subject|收件人|主题|收件者|主旨|抄送|副本)\s*\*?\s*[:：]/i.test(line) ||
      !line
    )
      continue;
    break;
  }
  const body = lines.slice(i).map((l) => l.replace(/^(>|&gt;)\s?/, ''));
  // What the quoted person wrote, without the older history quoted inside it.
  const own = splitReply(body.join('\n')).own.trim();
  if (!own) return null;
  out.text = own;
  return out;
}
