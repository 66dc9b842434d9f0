// Crisp operator inbox (app.crisp.chat/website/…/inbox/…). Knowledge: public Crisp helper extensions
// and styles target BEM classes of the conversation box: `.c-conversation-box-content` holds
// `.c-conversation-box-content-message` items with the modifiers `--from-user` (visitor) and
// `--from-operator`, notes `--type-note`, the name in `.c-conversation-box-content-message-name`, the
// text in `.c-conversation-box-content-message-text`; the composer is a textarea in
// `.c-conversation-box-field`. Built from those descriptions, not captured live. Checked 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const crisp = threadAdapter({
  id: 'crisp',
  label: 'Crisp',
  provenance: 'Public Crisp helper descriptions (c-conversation-box BEM classes), not a live capture, 2026-11-22',
  hosts: /^app\.crisp\.chat$/,
  root: ['.c-conversation-box-content', '[data-conversation-box]'],
  item: '.c-conversation-box-content-message',
  author: ['.c-conversation-box-content-message-name'],
  body: ['.c-conversation-box-content-message-text'],
  time: ['time', '.c-conversation-box-content-message-date'],
  title: ['.c-conversation-header-name'],
  customerName: ['.c-conversation-header-name'],
  customerEmail: ['.c-conversation-header-email', '.c-conversation-profile-email'],
  draft: ['.c-conversation-box-field textarea', '.c-conversation-box-field [contenteditable="true"]'],
  role: (item) => {
    const cls = item.getAttribute('class') ?? '';
    if (/--type-note|--type-event/.test(cls)) return 'system';
    if (/--from-user|--from-visitor/.test(cls)) return 'customer';
    if (/--from-operator/.test(cls)) return 'agent';
    return undefined;
  },
});
