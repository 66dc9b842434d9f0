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
// - ripulio/webmcp-tools, src/tools/gmail/gmail_reply.ts and gmail_set_subject.ts (commits 65924e2, 5078ce8):
//   the reply composer's body is `div[aria-label="Message Body"]`, the compose subject `input[name="subjectbox"]`.
// A collapsed mail shows only its sender, date and first line: it is read as that line and marked
// `partial`, so a thread shows every message rather than only the open one.
// Reply and compose views (inline under the thread, or popped out with no thread at all): the mail being
// answered is read from the quote in the reply box (Gmail's `div.gmail_quote` with the `div.gmail_attr`
// "On … wrote:" line and `blockquote.gmail_quote`, the markup Gmail sends) through lib/adapters/reply-page.ts;
// it completes a collapsed row or is added when the thread does not show it. While Gmail keeps the quote
// trimmed ("Show trimmed content") it is not in the box, and the thread, when shown, is all there is.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { emailIn, first, lineOf } from '../dom';
import { quotedInReplyBox, siteReplyBox, withQuotedOriginal } from '../reply-page';
import type { ReadOptions, SiteAdapter } from '../types';

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

function threadOf(doc: Document): Element | null {
  const main = doc.querySelector('[role="main"]');
  return main?.querySelector('.h7, [data-message-id], div.kv') ? main : null;
}

function readThread(main: Element, account: string | undefined, options: ReadOptions) {
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
    { source: 'gmail', title: lineOf(main, ['h2.hP', 'h2[data-thread-perm-id]']), customer, messages },
    options,
  );
}

const REPLY_BOX = ['div[aria-label="Message Body"][contenteditable="true"]', 'div[g_editable="true"]'];

export const gmail: SiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  provenance:
    'gmail.js src/gmail.js, InboxSDK gmail-message-view.ts (kv collapsed, kQ/kx hidden, span[email], .g3, .a3s) and ripulio/webmcp-tools gmail_reply.ts (Message Body, subjectbox), read 2026-12-04',
  replyBox: REPLY_BOX,
  sites: ['https://mail.google.com/*'],
  matches(url) {
    return matchesAny(this.sites, url);
  },
  root(doc) {
    // A popped-out reply has no thread: the reply box, which holds the quoted mail, is what to watch.
    return threadOf(doc) ?? siteReplyBox(doc, REPLY_BOX);
  },
  extract(doc, options) {
    const main = threadOf(doc);
    const account = emailIn(first(doc, ['a[aria-label^="Google Account"]'])?.getAttribute('aria-label'));
    const found = main ? readThread(main, account, options) : null;
    const quoted = quotedInReplyBox(doc, REPLY_BOX);
    const own = !!quoted?.email && !!account && quoted.email.toLowerCase() === account.toLowerCase();
    const subject = (doc.querySelector('input[name="subjectbox"]') as HTMLInputElement | null)?.value;
    return withQuotedOriginal(quoted, {
      source: 'gmail',
      found,
      role: own ? 'agent' : 'customer',
      title: subject?.replace(/^\s*(re|aw|答复|回复|回覆)\s*[:：]\s*/i, '') || undefined,
      options,
    });
  },
};
