// Outlook on the web (outlook.office.com, outlook.live.com, outlook.office365.com, outlook.cloud.microsoft).
//
// Evidence (library): public Outlook-on-the-web tools, read 2026-12-04.
// - daijoubu/inav-claude, raytools/outlook-email-extractor/outlook-extractor-final.js (commit fa3374b, on
//   its `personal` branch, unchanged at dbf7fd0, 2026-05-30): the opened
//   mail's body is `[role="document"]`, the message list `[role="listbox"] [role="option"]`.
// - mnemonic2k/OutlookEmailExtractor, outlook-email-extractor.js (commit 158b38d): the reading pane `[role="main"]`,
//   the subject its `[role="heading"]`, the sender by an aria-label containing "From" (or "Von").
// - The message wrapper `[aria-label="Email message"]`, `[data-testid="SentReceivedSavedTime"]` (full date in
//   `title`), the sender label "From: …" / "发件人: …" and the compose body named "Message body" / "邮件正文" appear in
//   four more public tools that the search index holds without a repository name (a thread exporter, a browser agent
//   for outlook.live.com, two mail helpers; index files 66511956877, 58153510444, 56922292304, 70770340844): no
//   repository and path could be found for them. Each is tried first and has a named fallback behind it (the
//   document body, the main pane's heading), so a reading pane without them still reads.
// - Reply quoting, as Outlook on the web sends it (mail from OWA in public list archives, e.g. amd-gfx and
//   netdev): `div#appendonsend`, an `hr`, `div#divRplyFwdMsg` with the From:/Sent:/To:/Subject: header (寄件者/寄件日期/
//   收件者/主旨 in Traditional Chinese), then the original; the new Outlook wraps all of it in
//   `div#mail-editor-reference-message-container`; in a rendered mail the ids carry an `x_` prefix. A reply or compose
//   view reads the customer's mail from that quote (lib/adapters/reply-page.ts), also in a popped-out reply window.
// Not evidenced, kept as fallbacks: the account button `[aria-label^="Account manager for"]`, the container ids,
// the compose subject's label ("Add a subject").

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { Conversation, ConversationMessage } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation, isSelfLabel } from '../conversation';
import { first, lastN, lineOf, nameAndEmail, timeOf } from '../dom';
import { quotedInReplyBox, siteReplyBox, withQuotedOriginal } from '../reply-page';
import type { ReadOptions, SiteAdapter } from '../types';

const QUOTED =
  '[id$="divRplyFwdMsg"], [id$="divRplyFwdMsg"] ~ *, [id*="appendonsend"] ~ *, [id$="mail-editor-reference-message-container"], blockquote, .gmail_quote';
const MESSAGE_BODY = '[aria-label="Message body"]:not([contenteditable="true"]):not([role="textbox"])';
/** The reply's subject field (unevidenced: the compose form's own label). */
const SUBJECT = ['input[aria-label="Add a subject"]', 'input[aria-label="Subject"]', 'input[aria-label="添加主题"]'];
const FROM = '[aria-label^="From:"], [aria-label^="发件人:"], [aria-label^="寄件者:"], [aria-label^="寄件者："]';

const REPLY_BOX = [
  '[contenteditable="true"][aria-label^="Message body"]',
  '[role="textbox"][aria-label^="Message body"]',
  '[contenteditable="true"][aria-label^="邮件正文"]',
  // Any UI language: the editor holding Outlook's own reply quoting (its editable root is the reply box).
  '[contenteditable="true"] [id$="divRplyFwdMsg"]',
  '[contenteditable="true"] [id$="mail-editor-reference-message-container"]',
];

const READING_PANE = [
  '#ConversationReadingPaneContainer',
  '[data-app-section="ConversationContainer"]',
  '[role="main"]',
];

function readThread(root: Element, agentName: string | undefined, options: ReadOptions): Conversation | null {
  let items = lastN(root, '[aria-label="Email message"]', options.maxMessages ?? 50);
  // Bodies without their message wrapper; never the reply being written (also labelled "Message body").
  if (items.length === 0) items = lastN(root, MESSAGE_BODY, options.maxMessages ?? 50);
  const messages: ConversationMessage[] = [];
  let customer: { name?: string; email?: string } = {};
  for (const item of items) {
    const bare = item.matches(MESSAGE_BODY);
    const container = bare ? (item.parentElement ?? item) : item;
    const fromEl = container.querySelector(FROM);
    const from = nameAndEmail(
      (fromEl?.getAttribute('aria-label') ?? '').replace(/^[^:：]+[:：]\s*/, '') +
        ` ${fromEl?.getAttribute('title') ?? ''}`,
    );
    const body = bare ? item : first(item, [MESSAGE_BODY, '[role="document"]']);
    const text = cleanMessageText(textOf(body, { skip: (el) => el.matches(QUOTED) }), from.name);
    const time = timeOf(container.querySelector('[data-testid="SentReceivedSavedTime"]'));
    const own = isSelfLabel(from.name, agentName);
    if (!own && !customer.name && from.name) customer = from;
    messages.push({ role: own ? 'agent' : 'customer', author: from.name, text, time });
  }
  return finishConversation(
    {
      source: 'outlook',
      title: lineOf(root, ['[role="heading"][aria-level="2"]', '[role="heading"]']),
      customer,
      messages,
    },
    options,
  );
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook on the web',
  provenance:
    'daijoubu/inav-claude outlook-extractor-final.js, mnemonic2k/OutlookEmailExtractor (role=document, main, heading, From); Email message and SentReceivedSavedTime from unnamed index files; reply quoting as OWA sends it, read 2026-12-04',
  replyBox: REPLY_BOX,
  sites: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  matches(url) {
    return matchesAny(this.sites, url);
  },
  root(doc) {
    // A popped-out reply window: the reply box, holding the quoted mail, is what to watch.
    return first(doc, READING_PANE) ?? siteReplyBox(doc, REPLY_BOX);
  },
  extract(doc, options) {
    const root = first(doc, READING_PANE);
    const me = first(doc, ['[aria-label^="Account manager for"]', '#O365_MainLink_Me'])
      ?.getAttribute('aria-label')
      ?.replace(/^Account manager for\s*/i, '')
      .trim();
    const agentName = options.agentName ?? me;
    const found = root ? readThread(root, agentName, options) : null;
    const quoted = quotedInReplyBox(doc, REPLY_BOX);
    const subject = (first(doc, SUBJECT) as HTMLInputElement | null)?.value;
    return withQuotedOriginal(quoted, {
      source: 'outlook',
      found,
      role: isSelfLabel(quoted?.author, agentName) ? 'agent' : 'customer',
      title: subject?.replace(/^\s*(re|aw|答复|回复|回覆)\s*[:：]\s*/i, '') || undefined,
      options,
    });
  },
};
