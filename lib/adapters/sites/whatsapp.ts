// WhatsApp Web (web.whatsapp.com), the open chat.
//
// Evidence (library): sanand0/tools, whatsappscraper/notes.md and whatsappscraper/whatsappscraper.js (commit
// 70bca84, read 2026-12-04): notes.md records
// the live DOM on 28 Mar, 19 Apr and 10 May 2026, whatsappscraper.js reads it, and test-messages-2026-05-10.html
// keeps a reduced copy. Message rows are `#main [role="row"]` with a descendant `[data-id]` whose value was
// `true_…`/`false_…` (sent/received) until April 2026 and is now a bare id, so direction also comes from
// `.message-out` / `.message-in`; the bubble `.copyable-text[data-pre-plain-text="[time, date] Name: "]`;
// the text `[data-testid="selectable-text"]` / `.selectable-text`, the last top-level one outside a quoted
// reply `[aria-label="Quoted message"]`; rows with a `data-id` but no `data-pre-plain-text` (contact cards,
// separators) are not messages. Emoji drawn as images are read by textOf (alt / data-plain-text).
// Not evidenced, kept as fallbacks: the chat title `#main header span[title]`, the composer
// `#main footer [contenteditable="true"]`.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage } from '@/lib/types';
import { finishConversation } from '../conversation';
import { first, lastN } from '../dom';
import type { SiteAdapter } from '../types';

const TEXT = '[data-testid="selectable-text"], .selectable-text';
const QUOTE = '[aria-label="Quoted message" i]';

/** "[10:42, 22/11/2026] Alice Chen: " → time and author. */
export function parsePrePlain(s: string | null): { time?: string; author?: string } {
  const m = s ? /^\s*\[([^\]]+)\]\s*([^:]*):\s*$/.exec(s) : null;
  if (!m) return {};
  const out: { time?: string; author?: string } = {};
  if (m[1]) out.time = m[1].trim();
  if (m[2]?.trim()) out.author = m[2].trim();
  return out;
}

/** The message's own text: the last top-level text block that is not inside a quoted reply. */
function bodyOf(bubble: Element): Element | null {
  const blocks = Array.from(bubble.querySelectorAll(TEXT)).filter(
    (el) => !el.parentElement?.closest(TEXT) && !el.closest(QUOTE),
  );
  return blocks[blocks.length - 1] ?? null;
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  label: 'WhatsApp Web',
  provenance:
    'sanand0/tools whatsappscraper (notes.md, whatsappscraper.js: #main [role=row], data-pre-plain-text, .message-out), read 2026-12-04',
  replyBox: ['footer [contenteditable="true"]'],
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
    for (const row of lastN(main, '[role="row"]', (options.maxMessages ?? 50) * 2)) {
      const bubble = row.querySelector('[data-pre-plain-text]');
      if (!bubble) continue;
      const id = row.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
      const out = id.startsWith('true_') || !!row.querySelector('.message-out');
      const meta = parsePrePlain(bubble.getAttribute('data-pre-plain-text'));
      const body = bodyOf(bubble);
      messages.push({
        role: out ? 'agent' : 'customer',
        author: meta.author ?? (out ? undefined : title),
        text: body ? textOf(body) : '',
        time: meta.time,
      });
    }
    return finishConversation(
      {
        source: 'whatsapp',
        title,
        customer: title ? { name: title } : {},
        messages,
      },
      options,
    );
  },
};
