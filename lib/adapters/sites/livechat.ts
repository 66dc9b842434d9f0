// LiveChat agent app (my.livechatinc.com, my.livechat.com). Knowledge: public LiveChat helper extensions
// anchor on data-testid attributes of the chat feed: [data-testid="chat-feed"] holds
// [data-testid="message"] items with data-author-type="customer" | "agent" | "system", the sender in
// [data-testid="message-author"] and the text in [data-testid="message-text"]; the composer is the
// [data-testid="message-input"] textarea. Built from those descriptions, not captured live. 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const livechat = threadAdapter({
  id: 'livechat',
  label: 'LiveChat',
  provenance: 'Public LiveChat helper descriptions (data-testid chat-feed hooks), not a live capture, 2026-11-22',
  sites: ['https://my.livechatinc.com/*', 'https://my.livechat.com/*'],
  root: ['[data-testid="chat-feed"]', '[role="log"]'],
  item: '[data-testid="message"]',
  author: ['[data-testid="message-author"]'],
  body: ['[data-testid="message-text"]'],
  time: ['time', '[data-testid="message-time"]'],
  title: ['[data-testid="chat-header-name"]'],
  customerName: ['[data-testid="customer-name"]', '[data-testid="chat-header-name"]'],
  customerEmail: ['[data-testid="customer-email"]'],
  draft: ['textarea[data-testid="message-input"]', '[data-testid="message-input"] [contenteditable="true"]'],
  // data-author-type is read by the shared hints (customer/agent/system words).
});
