// Intercom inbox (app.intercom.com/a/inbox/…, app.eu.intercom.com, app.au.intercom.com). Knowledge:
// public Intercom helper extensions and userscripts describe the conversation stream as
// `.conversation__stream` / [data-conversation-stream] holding `.conversation__part` blocks, customer
// parts with the `o__user` modifier, teammate parts with `o__admin`, notes with `o__note`, the author in
// `.conversation__part__author`/[data-part-author] and the text in `.conversation__text`/[data-part-body];
// the composer is a ProseMirror `.ProseMirror[contenteditable]` in [data-composer]. Built from those
// descriptions, not captured from a live workspace. Checked 2026-11-22.
import { threadAdapter } from '../thread-adapter';

export const intercom = threadAdapter({
  id: 'intercom',
  label: 'Intercom',
  provenance: 'Public Intercom inbox helper descriptions (o__user/o__admin parts), not a live capture, 2026-11-22',
  sites: [
    'https://app.intercom.com/*',
    'https://app.eu.intercom.com/*',
    'https://app.au.intercom.com/*',
    'https://app.intercom.io/*',
  ],
  path: /\/inbox\//,
  root: ['[data-conversation-stream]', '.conversation__stream'],
  item: '[data-part-id], .conversation__part',
  author: ['[data-part-author]', '.conversation__part__author'],
  body: ['[data-part-body]', '.conversation__text'],
  time: ['time', '[data-part-time]'],
  title: ['[data-conversation-title]', '.conversation__header__title'],
  customerName: ['[data-user-name]', '.conversation__header__user-name'],
  customerEmail: ['[data-user-email]'],
  draft: ['[data-composer] .ProseMirror[contenteditable="true"]', '.composer .ProseMirror[contenteditable="true"]'],
  quoted: 'blockquote, .intercom-quote',
  role: (item) => {
    const cls = item.getAttribute('class') ?? '';
    const type = item.getAttribute('data-part-type') ?? '';
    if (/o__note|o__event/.test(cls) || /note|event/.test(type)) return 'system';
    if (/o__user/.test(cls) || type === 'user') return 'customer';
    if (/o__admin|o__bot/.test(cls) || type === 'admin' || type === 'bot') return 'agent';
    return undefined;
  },
});
