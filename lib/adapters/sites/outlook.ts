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
import type { ConversationMessage } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation, isSelfLabel } from '../conversation';
import { first, lastN, lineOf, nameAndEmail, timeOf } from '../dom';
import type { SiteAdapter } from '../types';

const QUOTED = '#divRplyFwdMsg, #divRplyFwdMsg ~ *, [id*="appendonsend"] ~ *, blockquote, .gmail_quote';
const FROM = '[aria-label^="From:"], [aria-label^="发件人:"], [aria-label^="寄件者:"], [aria-label^="寄件者："]';

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook on the web',
  provenance:
    'Four public OWA tools (aria-label="Email message", SentReceivedSavedTime, From:/发件人:, role=document), read 2026-12-04',
  replyBox: [
    '[contenteditable="true"][aria-label^="Message body"]',
    '[role="textbox"][aria-label^="Message body"]',
    '[contenteditable="true"][aria-label^="邮件正文"]',
  ],
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
    return first(doc, [
      '#ConversationReadingPaneContainer',
      '[data-app-section="ConversationContainer"]',
      '[role="main"]',
    ]);
  },
  extract(doc, options) {
    const root = this.root(doc);
    if (!root) return null;
    const me = first(doc, ['[aria-label^="Account manager for"]', '#O365_MainLink_Me'])
      ?.getAttribute('aria-label')
      ?.replace(/^Account manager for\s*/i, '')
      .trim();
    const agentName = options.agentName ?? me;
    let items = lastN(root, '[aria-label="Email message"]', options.maxMessages ?? 50);
    if (items.length === 0) items = lastN(root, '[aria-label="Message body"]', options.maxMessages ?? 50);
    const messages: ConversationMessage[] = [];
    let customer: { name?: string; email?: string } = {};
    for (const item of items) {
      const container = item.matches('[aria-label="Message body"]') ? (item.parentElement ?? item) : item;
      const fromEl = container.querySelector(FROM);
      const from = nameAndEmail(
        (fromEl?.getAttribute('aria-label') ?? '').replace(/^[^:：]+[:：]\s*/, '') +
          ` ${fromEl?.getAttribute('title') ?? ''}`,
      );
      const body = item.matches('[aria-label="Message body"]')
        ? item
        : first(item, ['[aria-label="Message body"]', '[role="document"]']);
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
  },
};
