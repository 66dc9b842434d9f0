// Zendesk Support agent workspace (*.zendesk.com/agent/tickets/…). Knowledge: public userscripts and
// extensions for the agent workspace: the log [data-test-id="omni-log-container"] holds one
// article[data-test-id="omni-log-comment-item"] per event; the sender is
// [data-test-id="omni-log-comment-user-link"] / [data-test-id="omni-log-item-sender"]; the message
// div[data-test-id="omni-log-item-message"] has type="end-user" | "agent"; internal notes carry
// [data-test-id="omni-log-internal-note-tag"]; times are time[data-test-id^="timestamp-"][datetime]; the
// composer is [data-test-id^="omnicomposer-"][contenteditable]. Checked 2026-11-22, not on a live account.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { draftOf, first, lastN, lineOf, timeOf } from '../dom';
import type { SiteAdapter } from '../types';

function roleOf(item: Element, message: Element | null): Role {
  if (item.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return 'system';
  const type = message?.getAttribute('type');
  if (type === 'end-user') return 'customer';
  if (type === 'agent') return 'agent';
  if (type === 'bot' || type === 'system') return 'system';
  return 'unknown';
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  label: 'Zendesk',
  provenance: 'Public agent-workspace userscripts (data-test-id="omni-log-…"), checked 2026-11-22',
  sites: ['https://*.zendesk.com/*'],
  matches(url) {
    return matchesAny(this.sites, url) && url.pathname.startsWith('/agent');
  },
  root(doc) {
    // Several tickets can be open in tabs; only the visible one counts.
    const logs = Array.from(doc.querySelectorAll('[data-test-id="omni-log-container"]'));
    return logs.find((l) => !l.closest('[hidden], [aria-hidden="true"]')) ?? null;
  },
  extract(doc, options) {
    const log = this.root(doc);
    if (!log) return null;
    const pane = log.closest('[data-ticket-id], [role="tabpanel"]') ?? doc;
    const messages: ConversationMessage[] = [];
    for (const item of lastN(log, '[data-test-id="omni-log-comment-item"]', options.maxMessages ?? 50)) {
      const message = item.querySelector('[data-test-id="omni-log-item-message"]');
      const author = lineOf(item, [
        '[data-test-id="omni-log-comment-user-link"]',
        '[data-test-id="omni-log-item-sender"]',
      ]);
      const body = first(item, ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]']);
      const text = cleanMessageText(textOf(body, { skip: (el) => el.matches('.signature, blockquote, .zd-quote') }));
      messages.push({ role: roleOf(item, message), author, text, time: timeOf(item.querySelector('time')) });
    }
    const requester = first(pane, [
      '[data-test-id="ticket-system-field-requester-select"]',
      '[data-test-id="requester-name"]',
    ]);
    return finishConversation(
      {
        source: 'zendesk',
        title:
          (first(pane, ['input[data-test-id="omni-header-subject"]']) as HTMLInputElement | null)?.value ||
          lineOf(pane, ['[data-test-id="ticket-pane-subject"]', '[data-test-id="omni-header-subject"]']),
        customer: requester ? { name: textOf(requester) } : {},
        messages,
        draft: draftOf(pane, [
          '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
          '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
          '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
        ]),
      },
      options,
    );
  },
};
