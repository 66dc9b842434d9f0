// Help Scout (secure.helpscout.net/conversation/…).
//
// Evidence (library): public tools that read Help Scout's conversation view, read 2026-12-04.
// - zackkatz/freescout-gpt-assistant, adapters/helpscoutAdapter.js (commit 9091469, 2025-09-22): the thread is
//   `[data-testid="ThreadContainer"], ol[aria-label="Thread Items"]`; a message is `li > div[id^="thread-"]` (or
//   `li[class*="ThreadListItem"] > div`) whose class `is-customer` marks the customer's; the sender
//   `span[data-nocollapse="true"]`; the text in the first `div[class*="is-wide-layout"]` that is not and holds no
//   `[data-testid]` element; the reply editor `[data-cy="ConvoEditor"]` or `[role="textbox"][aria-label="Reply Editor"]`
//   (a Slate editor, `data-slate-editor`).
// - roumilb/fix-helpscout, script/content.js (commit d894d1c, 2025-02-06): `[data-testid="ThreadContainer"]` and
//   `[data-testid="reply-bar"]`; a note is `li.ThreadListItem.is-note > div` with `span[data-nocollapse]` and
//   `[data-testid="timestamp"] time`.
// - GuestGuru/linear-clockify, shared.js (commit eabbfb9, 2026-04-22): the customer's addresses are
//   `[data-cy="Sidebar.CustomerEmails"] [data-testid="EmailList.EmailLink"]`, the text in `.c-Truncate__content`; the
//   page title reads "#<number> <subject> - <customer>" (parseHsTitle), read here for the subject.
// Two hooks come only from a public Help Scout assistant the search index holds without a repository name (index
// file 48235371037, whose selector table says "Found in your HTML"): the body `.is-ignoring-table`, tried before the
// evidenced `is-wide-layout` body, and the customer card `[data-testid="Sidebar.CustomerProfile"]` h1–h3 for the
// name. An item with neither `is-note` nor a `[id^="thread-"]` block gets no role from position (it stays unknown).
// The older `.thread.customer` markup (trentslutzky/helpscout-thread-hider, threadhider.js, 2023) is gone.
import { finishConversation } from '../conversation';
import { threadAdapter } from '../thread-adapter';
import type { SiteAdapter } from '../types';

/** "#10482 Wrong size shipped - Hannah Okafor" → the subject and the customer, or null for any other title. */
export function parseTitle(title: string): { subject: string; customer: string } | null {
  const rest = /^#\d+\s+(.+)$/.exec(title.slice(0, 2000).trim())?.[1];
  const cut = rest ? rest.lastIndexOf(' - ') : -1;
  if (!rest || cut < 1) return null;
  const subject = rest.slice(0, cut).trim();
  const customer = rest.slice(cut + 3).trim();
  return subject && customer ? { subject, customer } : null;
}

const thread = threadAdapter({
  id: 'helpscout',
  label: 'Help Scout',
  provenance:
    'zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js (ThreadContainer / Thread Items, [id^=thread-].is-customer, span[data-nocollapse]), roumilb/fix-helpscout script/content.js (li.ThreadListItem.is-note, timestamp), GuestGuru/linear-clockify shared.js (EmailList.EmailLink), read 2026-12-04',
  sites: ['https://secure.helpscout.net/*'],
  path: /^\/conversation\//,
  root: ['ol[data-testid="ThreadContainer"]', '[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]'],
  item: 'li.ThreadListItem, li[class*="ThreadListItem"], :scope > li',
  author: ['span[data-nocollapse="true"]', 'span[data-nocollapse]'],
  body: ['.is-ignoring-table', 'div[class*="is-wide-layout"]:not([data-testid]):not(:has([data-testid]))'],
  time: ['[data-testid="timestamp"] time', 'time'],
  customerName: [
    '[data-testid="Sidebar.CustomerProfile"] h1',
    '[data-testid="Sidebar.CustomerProfile"] h2',
    '[data-testid="Sidebar.CustomerProfile"] h3',
  ],
  customerEmail: [
    '[data-cy="Sidebar.CustomerEmails"] [data-testid="EmailList.EmailLink"] .c-Truncate__content',
    '[data-cy="Sidebar.CustomerEmails"] [data-testid="EmailList.EmailLink"]',
    'a[data-testid="EmailList.EmailLink"]',
  ],
  draft: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '[data-cy="ConvoEditor"][contenteditable="true"]',
    '[role="textbox"][aria-label="Reply Editor"]',
    '[data-testid="reply-bar"] [contenteditable="true"][role="textbox"]',
  ],
  quoted: 'blockquote, .gmail_quote',
  role: (item) => {
    if (item.classList.contains('is-note')) return 'system';
    const thread = item.querySelector('[id^="thread-"]');
    if (thread?.classList.contains('is-customer')) return 'customer';
    return thread ? 'agent' : undefined;
  },
});

export const helpscout: SiteAdapter = {
  ...thread,
  extract(doc, options) {
    const c = thread.extract(doc, options);
    const t = c && parseTitle(doc.title);
    if (!c || !t) return c;
    // The card and the messages name the customer first; the title is the fallback, and the only source of the subject.
    return finishConversation(
      { ...c, title: c.title ?? t.subject, customer: { ...c.customer, name: c.customer.name ?? t.customer } },
      options,
    );
  },
};
