// Outlook on the web (outlook.office.com, outlook.live.com, outlook.office365.com). Knowledge: public
// extension and automation sources reading the reading pane: each message is [aria-label="Email message"]
// (or the item around [data-testid="SentReceivedSavedTime"]); the sender button's aria-label starts
// with "From:" (localised, e.g. 发件人:) and carries the address; the body is [aria-label="Message body"]
// / [role="document"]; replies quote the old mail after #divRplyFwdMsg; the subject is the pane's
// [role="heading"]. Not verified against the live app from here; checked 2026-11-22.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation, isSelfLabel } from '../conversation';
import { draftOf, first, lastN, lineOf, nameAndEmail, timeOf } from '../dom';
import type { SiteAdapter } from '../types';

const QUOTED = '#divRplyFwdMsg, #divRplyFwdMsg ~ *, [id*="appendonsend"] ~ *, blockquote, .gmail_quote';
const FROM = '[aria-label^="From:"], [aria-label^="发件人:"], [aria-label^="寄件者:"], [aria-label^="寄件者："]';

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook on the web',
  provenance: 'Public OWA selectors (aria-label="Email message", SentReceivedSavedTime, role=document), 2026-11-22',
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
        draft: draftOf(doc, [
          '[contenteditable="true"][aria-label^="Message body"]',
          '[role="textbox"][aria-label^="Message body"]',
        ]),
      },
      options,
    );
  },
};
