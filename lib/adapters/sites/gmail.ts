// Gmail (mail.google.com) thread view.
//
// Evidence (library): two maintained Gmail extension SDKs, read 2026-12-04:
// - KartikTalwar/gmail.js, src/gmail.js (commit b7dfdab): an opened mail is `div.adn` with
//   `data-message-id` / `data-legacy-message-id`; its body `div.a3s`, sender `span[email].gD`, time
//   `span.g3` (full date in `title`); the subject `h2.hP`; the thread `[data-thread-perm-id]`.
// - InboxSDK/InboxSDK, src/platform-implementation-js/dom-driver/gmail/views/gmail-message-view.ts and
//   gmail-thread-view.ts (commit a8a6fe2): the messages of a thread are the children of the open
//   message's (`.h7`) parent; a child with class `kv` is COLLAPSED, `kQ`/`kx` HIDDEN (the "N older
//   messages" bar), anything else EXPANDED; the sender is `span[email]` (name in `name`), the date
//   `.g3` with the full date in `title`, the body `div.ii.gt`; quoted history sits in `blockquote`.
// A collapsed mail shows only its sender, date and first line: it is read as that line and marked
// `partial`, so a thread shows every message rather than only the open one.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { emailIn, first, lineOf } from '../dom';
import type { SiteAdapter } from '../types';

const QUOTED = '.gmail_quote, .gmail_extra, .gmail_signature, blockquote, .adL > .im';
const SENDER = ['span.gD[email]', 'td.gF span[email]', 'h3 span[email]', 'span[email][name]'];
/** Parts of a collapsed row that are not its first line: sender, address, date, buttons, icons. */
const ROW_CHROME = '[email], .go, .g3, .gK, [role="button"], [aria-hidden="true"], img';

type RowState = 'expanded' | 'collapsed' | 'hidden';

function stateOf(row: Element): RowState {
  const c = row.classList;
  if (c.contains('kQ') || c.contains('kx')) return 'hidden';
  if (c.contains('kv')) return 'collapsed';
  return 'expanded';
}

/** The message rows in page order: the open message's siblings, else every opened mail on the page. */
function rowsOf(main: Element): Element[] {
  const open = main.querySelector('.h7');
  if (open?.parentElement) return Array.from(open.parentElement.children);
  return Array.from(main.querySelectorAll('div.adn[data-message-id], div.kv'));
}

function readRow(row: Element, account: string | undefined): ConversationMessage | null {
  const state = stateOf(row);
  if (state === 'hidden') return null;
  const sender = first(row, SENDER);
  const email = sender?.getAttribute('email') ?? undefined;
  const author = sender?.getAttribute('name') || (sender ? textOf(sender) : undefined) || email;
  const time = first(row, ['.gK .g3[title]', 'span.g3[title]', '.g3[title]'])?.getAttribute('title') ?? undefined;
  const own = !!email && !!account && email.toLowerCase() === account.toLowerCase();
  const role = own ? 'agent' : 'customer';
  if (state === 'collapsed') {
    const text = textOf(row, { skip: (el) => el.matches(ROW_CHROME) });
    return text ? { role, author, text, time, partial: true } : null;
  }
  const body = first(row, ['div.a3s', 'div.ii.gt']);
  if (!body) return null;
  return { role, author, text: cleanMessageText(textOf(body, { skip: (el) => el.matches(QUOTED) }), author), time };
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  provenance:
    'gmail.js src/gmail.js and InboxSDK gmail-message-view.ts (kv collapsed, kQ/kx hidden, span[email], .g3, .a3s), read 2026-12-04',
  replyBox: ['div[aria-label="Message Body"][contenteditable="true"]', 'div[g_editable="true"]'],
  sites: ['https://mail.google.com/*'],
  matches(url) {
    return matchesAny(this.sites, url);
  },
  root(doc) {
    const main = doc.querySelector('[role="main"]');
    return main?.querySelector('.h7, [data-message-id]') ? main : null;
  },
  extract(doc, options) {
    const main = this.root(doc);
    if (!main) return null;
    const account = emailIn(first(doc, ['a[aria-label^="Google Account"]'])?.getAttribute('aria-label'));
    const rows = rowsOf(main);
    const messages: ConversationMessage[] = [];
    for (const row of rows.slice(-(options.maxMessages ?? 50))) {
      const m = readRow(row, account);
      if (m) messages.push(m);
    }
    const firstCustomer = rows
      .map((r) => first(r, SENDER))
      .find((s) => s && s.getAttribute('email')?.toLowerCase() !== account?.toLowerCase());
    const customer = firstCustomer
      ? {
          name: firstCustomer.getAttribute('name') ?? undefined,
          email: firstCustomer.getAttribute('email') ?? undefined,
        }
      : {};
    return finishConversation(
      {
        source: 'gmail',
        title: lineOf(main, ['h2.hP', 'h2[data-thread-perm-id]']),
        customer,
        messages,
      },
      options,
    );
  },
};
