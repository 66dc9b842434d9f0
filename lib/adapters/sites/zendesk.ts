// Zendesk Support agent workspace (*.zendesk.com/agent/tickets/…).
//
// Evidence (library): public tools that read the Zendesk agent workspace, read 2026-12-04.
// - ripulio/webmcp-tools, src/tools/zendesk/zendesk_get_ticket_details.ts (commits 57672c1, 1dcc2f8): comments are
//   `[data-test-id="omni-log-comment-item"]`, each with the author `[data-test-id="omni-log-comment-user-link"]`,
//   `[data-test-id="timestamp-relative"]`, the body `[data-test-id="omni-log-message-content"]`, and an internal note
//   marked by `[data-test-id="omni-log-internal-note-tag"]`; the subject `[data-test-id="omni-header-subject"]`.
// - ripulio/webmcp-tools, src/tools/zendesk/zendesk_reply_ticket.ts (commit 25e6698): the composer is
//   `[data-test-id="omnicomposer-rich-text-ckeditor"]` (our `[data-test-id^="omnicomposer-"]` fallback). That
//   repository removed its Zendesk tools on 2026-01-20 (commit fb6214f), so these two files are read at 1dcc2f8, their
//   last version; the maintained source for the comment hooks is the next one.
// - roger-rodriguez/zd-agent-cli, src/core/dom.ts (commit aa2bb77, 2026-02-26, still so at 36696c9):
//   `[data-test-id="omni-log-comment-item"]` and the subject `[data-test-id="ticket-pane-subject"]`.
// - PsycoStea/zendesk-auto-translate, README.md (the v1.0.37 notes) and content.js (commit cee0d5d): a message's
//   author kind is the `type` attribute of `[data-test-id="omni-log-item-message"]` ("end-user" for the customer,
//   "agent"); the composer `[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]`.
// The `type` value "internal", the sender `[data-test-id="omni-log-item-sender"]` and the composer
// `[data-test-id="ticket-rich-text-editor"]` appear only in public code the search index holds without a repository
// name (a "ZD Styling" port, a transcript extractor, a selector table, a shipped bundle; index files 61566594905,
// 61431380336, 65750186180, 68847862235), so each sits behind a named hook (the note tag decides an internal note, an
// unknown `type` gives `unknown`, never a guess).
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
    'ripulio/webmcp-tools zendesk_get_ticket_details.ts and zendesk_reply_ticket.ts, roger-rodriguez/zd-agent-cli src/core/dom.ts (omni-log-comment-item, user-link, internal-note-tag), PsycoStea/zendesk-auto-translate README.md (item-message type end-user|agent), read 2026-12-04',
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
