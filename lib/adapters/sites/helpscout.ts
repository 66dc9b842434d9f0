// Help Scout (secure.helpscout.net/conversation/…). Knowledge: public Help Scout helper extensions
// (e.g. thread hiders) describe the conversation as `.thread` blocks — `.thread.customer` for the
// customer, `.thread.message` for a teammate reply, `.thread.note` for private notes — with the author in
// `.thread-person`/`.name`, the time in `time`/`.thread-timestamp` and the body in `.thread-content`; the
// subject in `#subjectLine`/`.c-conversation-subject`; the reply editor is a `.redactor-editor`/
// `[contenteditable]` in `#replyEditor`. Built from those descriptions, not captured live. 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const helpscout = threadAdapter({
  id: 'helpscout',
  label: 'Help Scout',
  provenance: 'Public Help Scout helper-extension descriptions (.thread.customer/.message/.note), 2026-11-22',
  sites: ['https://secure.helpscout.net/*'],
  path: /^\/conversation\//,
  root: ['#conversation-threads', '.c-conversation-threads', '#wrap .threads'],
  item: '.thread',
  author: ['.thread-person', '.thread-header .name'],
  body: ['.thread-content', '.messageBody'],
  time: ['time', '.thread-timestamp'],
  title: ['#subjectLine', '.c-conversation-subject'],
  customerName: ['.c-customer-name', '#customerName'],
  customerEmail: ['.c-customer-email', '.customer-email a[href^="mailto:"]'],
  draft: ['#replyEditor [contenteditable="true"]', '.redactor-editor[contenteditable="true"]'],
  quoted: 'blockquote, .gmail_quote, .hs-quote',
  role: (item) => {
    const cls = item.classList;
    if (cls.contains('note') || cls.contains('lineitem')) return 'system';
    if (cls.contains('customer')) return 'customer';
    if (cls.contains('message') || cls.contains('user')) return 'agent';
    return undefined;
  },
});
