// Zendesk Support agent workspace (*.zendesk.com/agent/tickets/…).
//
// Evidence (library): public Zendesk agent-workspace extensions in the search tool's code index, read
// 2026-12-04. The index gives their text but not their repository names, so they are cited by index file id
// and the lines that matter; five independent ones agree:
// - file 61566594905 (a "ZD Styling" port, classifies each article): `article[data-test-id="omni-log-comment-item"]`;
//   the author's kind from `div[data-test-id="omni-log-item-message"]`'s `type` attribute ("end-user", "agent",
//   bot…) unless it is "internal"; an internal note is `div[data-test-id="omni-log-internal-note-tag"]` and its
//   message carries `type="internal"`; the sender `[data-test-id="omni-log-item-sender"] a` /
//   `[data-test-id="omni-log-comment-user-link"]`.
// - file 61431380336 (a transcript extractor): the same article / message / note-tag / user-link hooks, the
//   subject `[data-test-id="ticket-pane-subject"]`.
// - file 65750186180 (a selector table): `[data-test-id="omni-log-item-sender"]`,
//   `[data-test-id="omni-log-message-content"]`, `[data-test-id="omni-log-internal-note-tag"]`.
// - file 3604214663 (a shipped extension bundle): `time[data-test-id="timestamp-relative"]` with `datetime`.
// - file 68847862235: the composer `[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]`.
// An internal note is the agents' own talk, never the customer's words: it is read as 'system'.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { first, lastN, lineOf, timeOf } from '../dom';
import type { SiteAdapter } from '../types';

function roleOf(item: Element, message: Element | null): Role {
  const type = message?.getAttribute('type');
  if (type === 'internal' || item.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return 'system';
  if (type === 'end-user') return 'customer';
  if (type === 'agent') return 'agent';
  if (type === 'bot' || type === 'system') return 'system';
  return 'unknown';
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  label: 'Zendesk',
  provenance:
    'Five public agent-workspace extensions (omni-log-comment-item, item-message type end-user|agent|internal, internal-note-tag), read 2026-12-04',
  replyBox: [
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
    '[data-test-id^="omnicomposer-"][contenteditable="true"]',
  ],
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
        '[data-test-id="omni-log-item-sender"] a',
        '[data-test-id="omni-log-item-sender"]',
      ]);
      const body = first(item, ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]']);
      const text = cleanMessageText(textOf(body, { skip: (el) => el.matches('.signature, blockquote, .zd-quote') }));
      messages.push({
        role: roleOf(item, message),
        author,
        text,
        time: timeOf(item.querySelector('time[data-test-id="timestamp-relative"]') ?? item.querySelector('time')),
      });
    }
    return finishConversation(
      {
        source: 'zendesk',
        title:
          lineOf(pane, ['[data-test-id="ticket-pane-subject"]', 'h1[data-test-id="ticket-subject"]']) ||
          (first(pane, ['input[data-test-id="omni-header-subject"]']) as HTMLInputElement | null)?.value,
        customer: {},
        messages,
      },
      options,
    );
  },
};
