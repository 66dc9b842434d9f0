// Front (app.frontapp.com). Knowledge: Front's app uses generated class names; public helper extensions
// anchor on data-testid attributes: the conversation [data-testid="conversation-messages"] lists
// [data-testid="message"] blocks, each with [data-testid="message-sender"], a `time` and the body in
// [data-testid="message-body"]; a message written by a teammate carries data-is-from-teammate="true",
// comments are [data-testid="comment"]. Built from those descriptions, not captured live; without
// these hooks the generic reader takes over. Checked 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const front = threadAdapter({
  id: 'front',
  label: 'Front',
  provenance: 'Public Front helper descriptions (data-testid message hooks), not a live capture, 2026-11-22',
  sites: ['https://app.frontapp.com/*'],
  root: ['[data-testid="conversation-messages"]', '[data-testid="conversation"]'],
  item: '[data-testid="message"], [data-testid="comment"]',
  author: ['[data-testid="message-sender"]', '[data-testid="comment-author"]'],
  body: ['[data-testid="message-body"]', '[data-testid="comment-body"]'],
  time: ['time'],
  title: ['[data-testid="conversation-subject"]'],
  customerName: ['[data-testid="contact-name"]'],
  customerEmail: ['[data-testid="contact-handle"]'],
  draft: ['[data-testid="composer"] [contenteditable="true"]'],
  quoted: 'blockquote, .front-quote, .gmail_quote',
  role: (item) => {
    if (item.getAttribute('data-testid') === 'comment') return 'system';
    const fromTeammate = item.getAttribute('data-is-from-teammate');
    if (fromTeammate === 'true') return 'agent';
    if (fromTeammate === 'false') return 'customer';
    return undefined;
  },
});
