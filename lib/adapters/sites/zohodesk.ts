// Zoho Desk (desk.zoho.com/agent/…, and .eu/.in/.com.au/.com.cn). Knowledge: public Zoho Desk helper
// extensions anchor on data-id / data-test-id attributes of the ticket detail view: the conversation
// [data-id="conversationList"] holds [data-id="threadContainer"] items with data-direction="in" | "out"
// (comments data-type="comment"), the author in [data-id="threadAuthor"], the time in
// [data-id="threadTime"] and the body in [data-id="threadContent"]. Built from those descriptions, not
// captured live. Checked 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const zohodesk = threadAdapter({
  id: 'zohodesk',
  label: 'Zoho Desk',
  provenance: 'Public Zoho Desk helper descriptions (data-id thread hooks), not a live capture, 2026-11-22',
  sites: [
    'https://desk.zoho.com/*',
    'https://desk.zoho.eu/*',
    'https://desk.zoho.in/*',
    'https://desk.zoho.com.au/*',
    'https://desk.zoho.com.cn/*',
    'https://desk.zoho.jp/*',
  ],
  root: ['[data-id="conversationList"]', '[data-id="ticketConversation"]'],
  item: '[data-id="threadContainer"]',
  author: ['[data-id="threadAuthor"]'],
  body: ['[data-id="threadContent"]'],
  time: ['[data-id="threadTime"]', 'time'],
  title: ['[data-id="ticketSubject"]'],
  customerName: ['[data-id="contactName"]'],
  customerEmail: ['[data-id="contactEmail"]'],
  draft: ['[data-id="replyEditor"] [contenteditable="true"]'],
  quoted: 'blockquote, .zd_quote, .zmail_extra',
  role: (item) => {
    if (item.getAttribute('data-type') === 'comment') return 'system';
    const dir = item.getAttribute('data-direction');
    if (dir === 'in') return 'customer';
    if (dir === 'out') return 'agent';
    return undefined;
  },
});
