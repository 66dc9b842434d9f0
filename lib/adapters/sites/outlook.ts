// Outlook on the web (outlook.office.com, outlook.live.com, outlook.office365.com, outlook.cloud.microsoft).
//
// Evidence (library): public Outlook-on-the-web tools in the search tool's code index, read 2026-12-04. The index
// gives their text but not their repository names, so they are cited by index file id and the lines that matter:
// - file 66511956877 (a thread exporter): messages are `[aria-label="Email message"]`, each with
//   `[data-testid="SentReceivedSavedTime"]` and the body `[role="document"]`.
// - file 58153510444 (a browser agent for outlook.live.com): the reading pane is the last `[role="main"]`, the
//   subject its first `[role="heading"]`, the sender `[aria-label^="From:"]` / `[aria-label^="发件人:"]`, the date
//   `[data-testid="SentReceivedSavedTime"]` (full date in `title`), the body `[role="document"]`; the compose body
//   is the textbox named "Message body" / "邮件正文".
// - files 56922292304 and 70770340844 (mail helpers): `[aria-label="Message body"]`, `[role="heading"]`,
//   `[data-testid="SentReceivedSavedTime"]` inside `[role="main"]`.
// Not evidenced, kept as fallbacks: the reply quote markers `#divRplyFwdMsg` / `appendonsend`, the account
// button `[aria-label^="Account manager for"]`, the container ids.

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
    'Four public OWA tools (aria-label="Email message", SentReceivedSavedTime, From:/发件人:, role=document); reply quoting (appendonsend, divRplyFwdMsg, mail-editor-reference-message-container) as Outlook sends it, read 2026-12-04',
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
