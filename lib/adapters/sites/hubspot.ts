// HubSpot conversations inbox (app.hubspot.com/live-messages/…, app-eu1.hubspot.com). Knowledge:
// HubSpot's apps mark elements for their own UI tests with data-test-id / data-selenium-test
// attributes, which public extensions use as hooks; the thread view lists [data-test-id="thread-message"]
// items with data-message-direction="INCOMING" | "OUTGOING", the sender in
// [data-test-id="message-sender"], the body in [data-test-id="message-text"] and comments as
// data-message-type="COMMENT". Built from those descriptions, not captured live. Checked 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const hubspot = threadAdapter({
  id: 'hubspot',
  label: 'HubSpot inbox',
  provenance: 'Public HubSpot helper descriptions (data-test-id thread hooks), not a live capture, 2026-11-22',
  // Regional app hosts (app-eu1…) cannot be listed one by one in a match pattern.
  sites: ['https://*.hubspot.com/*'],
  hosts: /^app(-[a-z0-9]+)?\.hubspot\.com$/,
  path: /^\/live-messages\//,
  root: ['[data-test-id="thread-view"]', '[data-test-id="thread-history"]'],
  item: '[data-test-id="thread-message"]',
  author: ['[data-test-id="message-sender"]'],
  body: ['[data-test-id="message-text"]'],
  time: ['time', '[data-test-id="message-timestamp"]'],
  title: ['[data-test-id="thread-subject"]'],
  customerName: ['[data-test-id="contact-name"]'],
  customerEmail: ['[data-test-id="contact-email"]'],
  draft: ['[data-test-id="composer"] [contenteditable="true"]'],
  quoted: 'blockquote, .hs_reply_quote',
  role: (item) => {
    if (item.getAttribute('data-message-type') === 'COMMENT') return 'system';
    const dir = item.getAttribute('data-message-direction');
    if (dir === 'INCOMING') return 'customer';
    if (dir === 'OUTGOING') return 'agent';
    return undefined;
  },
});
