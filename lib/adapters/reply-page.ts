// Reply and compose views: while the agent writes, the customer's words may exist only as the original
// quoted in the reply box (a popped-out reply window shows no thread, an inline reply may sit under a
// collapsed one). Every reader adds that original the same way: as the message being answered, after the
// thread read from the page, unless the thread already shows it.
import { editableRoot } from '@/lib/page/insert/editable';
import { readReplyQuote } from '@/lib/page/reply-box';
import type { QuotedOriginal } from '@/lib/text/quoted-original';
import type { Conversation, ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from './clean';
import { finishConversation } from './conversation';
import type { ReadOptions } from './types';

/** The site's reply boxes, from its own selectors only (the generic finder's page-wide scan is too costly per read). */
function siteReplyBoxes(doc: Document, selectors: readonly string[] | undefined): Element[] {
  const out: Element[] = [];
  for (const s of selectors ?? []) {
    for (const el of doc.querySelectorAll(s)) {
      const root = editableRoot(el);
      if (root && !out.includes(root) && !root.closest('[hidden], [aria-hidden="true"]')) out.push(root);
    }
  }
  return out;
}

/** The site's reply box: the first its selectors name. */
export function siteReplyBox(doc: Document, selectors: readonly string[] | undefined): Element | null {
  return siteReplyBoxes(doc, selectors)[0] ?? null;
}

/**
 * The original quoted in the site's reply box, or null (no reply open, or it quotes nothing). With several
 * boxes open (a new mail beside an inline reply), the focused one first, then the first that quotes a mail.
 */
export function quotedInReplyBox(doc: Document, selectors: readonly string[] | undefined): QuotedOriginal | null {
  const boxes = siteReplyBoxes(doc, selectors);
  const focused = doc.activeElement ? editableRoot(doc.activeElement) : null;
  if (focused && boxes.includes(focused)) boxes.unshift(focused);
  for (const box of boxes) {
    const quoted = readReplyQuote(box);
    if (quoted) return quoted;
  }
  return null;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 60);

export interface QuotedAs {
  source: string;
  /** The thread read from the page, if any. */
  found: Conversation | null;
  /** False when the thread reading is too unsure to keep (the generic reader's low confidence): the quote alone. */
  keepThread?: boolean;
  /** Who wrote the quoted original: the customer, unless the quote is the agent's own earlier mail. */
  role?: Role;
  title?: string;
  options: ReadOptions;
}

/**
 * The conversation with the quoted original as the message being answered. A thread that already shows it
 * is returned as it is; a collapsed row showing only its first line (`partial`) is completed from the quote.
 */
export function withQuotedOriginal(quoted: QuotedOriginal | null, q: QuotedAs): Conversation | null {
  if (!quoted) return q.found;
  const text = cleanMessageText(quoted.text, quoted.author);
  if (!text) return q.found;
  const keep = q.keepThread !== false && q.found ? q.found : null;
  const earlier = keep ? keep.messages : [];
  const key = norm(text);
  const same = earlier.findIndex(
    (m) => norm(m.text) === key || (m.partial && key.startsWith(norm(m.text).replace(/[….\s]+$/, ''))),
  );
  const message: ConversationMessage = { role: q.role ?? 'customer', text };
  if (quoted.author) message.author = quoted.author;
  if (quoted.time) message.time = quoted.time;
  if (same >= 0) {
    const shown = earlier[same] as ConversationMessage;
    if (!shown.partial) return keep;
    // The collapsed row is this mail: its whole text is in the quote.
    const { partial: _partial, ...rest } = shown;
    const messages = earlier.map((m, i) => (i === same ? { ...rest, text } : m));
    return finishConversation({ source: q.source, title: keep?.title, customer: keep?.customer, messages }, q.options);
  }
  const customer = keep ? { ...keep.customer } : {};
  if (message.role === 'customer') {
    if (!customer.name && quoted.author) customer.name = quoted.author;
    if (!customer.email && quoted.email) customer.email = quoted.email;
  }
  return finishConversation(
    { source: q.source, title: keep?.title ?? q.title, customer, messages: [...earlier, message] },
    q.options,
  );
}
