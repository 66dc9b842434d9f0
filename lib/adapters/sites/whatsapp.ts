// WhatsApp Web (web.whatsapp.com). Knowledge: many public userscripts and scrapers: the open chat is
// #main; each message row is [data-id] whose value starts "true_" when sent by this account and
// "false_" when received (also .message-out / .message-in); the text block is
// .copyable-text[data-pre-plain-text="[10:42, 22/11/2026] Name: "] with the text in span.selectable-text;
// the chat title is #main header span[title]; the composer is #main footer [contenteditable="true"].
// Class names change often; data-id and data-pre-plain-text have been stable for years. Checked
// 2026-11-22, not on a live account.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage } from '@/lib/types';
import { finishConversation } from '../conversation';
import { draftOf, first, lastN } from '../dom';
import type { SiteAdapter } from '../types';

/** "[10:42, 22/11/2026] Alice Chen: " → time and author. */
export function parsePrePlain(s: string | null): { time?: string; author?: string } {
  const m = s ? /^\s*\[([^\]]+)\]\s*([^:]*):\s*$/.exec(s) : null;
  if (!m) return {};
  const out: { time?: string; author?: string } = {};
  if (m[1]) out.time = m[1].trim();
  if (m[2]?.trim()) out.author = m[2].trim();
  return out;
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  label: 'WhatsApp Web',
  provenance: 'Public WhatsApp Web scripts (data-id true_/false_, data-pre-plain-text), checked 2026-11-22',
  sites: ['https://web.whatsapp.com/*'],
  matches(url) {
    return matchesAny(this.sites, url);
  },
  root(doc) {
    return doc.querySelector('#main');
  },
  extract(doc, options) {
    const main = this.root(doc);
    if (!main) return null;
    const title = first(main, ['header span[title]'])?.getAttribute('title') ?? undefined;
    const messages: ConversationMessage[] = [];
    for (const row of lastN(main, '[data-id]', (options.maxMessages ?? 50) * 2)) {
      if (row.parentElement?.closest('[data-id]')) continue;
      const id = row.getAttribute('data-id') ?? '';
      const copy = row.querySelector('[data-pre-plain-text]');
      if (!copy) continue;
      const out = id.startsWith('true_') || !!row.querySelector('.message-out') || row.matches('.message-out');
      const meta = parsePrePlain(copy.getAttribute('data-pre-plain-text'));
      const textEl = copy.querySelector('span.selectable-text') ?? copy;
      messages.push({
        role: out ? 'agent' : 'customer',
        author: meta.author ?? (out ? undefined : title),
        text: textOf(textEl),
        time: meta.time,
      });
    }
    return finishConversation(
      {
        source: 'whatsapp',
        title,
        customer: title ? { name: title } : {},
        messages,
        draft: draftOf(main, ['footer [contenteditable="true"]']),
      },
      options,
    );
  },
};
