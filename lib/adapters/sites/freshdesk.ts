// Freshdesk agent ticket view (*.freshdesk.com/a/tickets/…). Knowledge: public Freshdesk helper
// extensions describe an Ember app whose ticket page lists the description and each reply/note as
// `.ticket-details__item` / [data-test-conversation] blocks, with private notes marked `private-note`,
// incoming customer replies marked `incoming`, the author in `.user-info__name`/[data-test-user-name] and
// the body in `.ticket-details__content`/[data-test-conversation-content]; the reply editor is a Froala
// `.fr-element[contenteditable]`. Built from that description, not captured from a live account; the
// adapter gives way to the generic reader when these hooks are absent. Checked 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const freshdesk = threadAdapter({
  id: 'freshdesk',
  label: 'Freshdesk',
  provenance: 'Public Freshdesk helper-extension descriptions (not a live capture), checked 2026-11-22',
  sites: ['https://*.freshdesk.com/*'],
  path: /^\/a\/tickets\//,
  root: ['[data-test-ticket-conversations]', '.ticket-details__conversations', '#ticket-details-pane'],
  item: '[data-test-conversation], .ticket-details__item',
  author: ['[data-test-user-name]', '.user-info__name'],
  body: ['[data-test-conversation-content]', '.ticket-details__content'],
  time: ['time', '[data-test-conversation-time]', '.ticket-details__time'],
  title: ['[data-test-ticket-subject]', '.ticket-subject-heading', 'h2.subject'],
  customerName: ['[data-test-requester-name]', '.requester-info .name'],
  customerEmail: ['[data-test-requester-email]', '.requester-info a[href^="mailto:"]'],
  draft: ['.fr-element[contenteditable="true"]', '[data-test-reply-editor] [contenteditable="true"]'],
  quoted: '.freshdesk_quote, blockquote, .quoted-text',
  role: (item) => {
    const cls = `${item.getAttribute('class') ?? ''} ${item.getAttribute('data-test-conversation') ?? ''}`;
    if (/private-note|note/.test(cls)) return 'system';
    if (/incoming|description|requester/.test(cls)) return 'customer';
    if (/outgoing|agent-reply|reply/.test(cls)) return 'agent';
    return undefined;
  },
});
