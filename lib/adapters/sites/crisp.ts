// Crisp operator inbox (app.crisp.chat/website/…/inbox/session_…/).
//
// Evidence (library): MarcusViniciusS1/zorte, tenant.js (commit e6e26aa, 2026-08-13; the message reader since eeff82c,
// 2026-08-05), a Crisp operator extension whose comments say each selector was confirmed on the real app's HTML, read
// 2026-12-04: `.c-conversation-box-content` > `.c-conversation-box-content__group` (one per day, with
// `.c-conversation-box-content__date`) > `.c-conversation-box-content-message` with the modifier `--user` (visitor) or
// `--operator` (agent), anything else a system event; the text in `.c-conversation-box-content-message-bubble__content`;
// the sender's name only in the avatar tooltip (`.c-conversation-box-content-message__avatar-tooltip
// .c-base-tooltip__default`) of the LAST message of each run from one sender; a `[data-event="state:resolved"]` marker
// between messages; the visitor's address `.c-conversation-profile__email` (modifier `--not-set` when empty), the name
// `.c-conversation-profile__name`. The same repository's crisp-ui.js reads the top bar (`.c-conversation-box-topbar__…`).
// The composer `.c-editor-composer__field.c-conversation-box-field__field-composer-field` appears only in public
// userscripts the search index holds without a repository name (index files 48984800362, 48996890343), so the reply box
// also has the looser fallbacks below. A message with neither modifier is read as a system line, never given a side by
// position.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { emailIn, lastN, lineOf } from '../dom';
import type { SiteAdapter } from '../types';

const MESSAGE = 'c-conversation-box-content-message';

function roleOf(el: Element): Role {
  if (el.classList.contains(`${MESSAGE}--operator`)) return 'agent';
  if (el.classList.contains(`${MESSAGE}--user`)) return 'customer';
  return 'system';
}

export const crisp: SiteAdapter = {
  id: 'crisp',
  label: 'Crisp',
  provenance:
    'MarcusViniciusS1/zorte tenant.js (c-conversation-box-content-message--user|--operator, avatar tooltip, profile email --not-set), read 2026-12-04',
  replyBox: [
    '.c-editor-composer__field.c-conversation-box-field__field-composer-field',
    '.c-conversation-box-field .c-editor-composer__field',
    '.c-conversation-box-field textarea',
  ],
  sites: ['https://app.crisp.chat/*'],
  matches(url) {
    return matchesAny(this.sites, url);
  },
  root(doc) {
    return doc.querySelector('.c-conversation-box-content');
  },
  extract(doc, options) {
    const root = this.root(doc);
    if (!root) return null;
    const items = lastN(root, `.${MESSAGE}`, options.maxMessages ?? 50);
    const rows = items.map((el) => ({
      el,
      role: roleOf(el),
      name: lineOf(el, [`.${MESSAGE}__avatar-tooltip .c-base-tooltip__default`]),
      text: cleanMessageText(textOf(el.querySelector(`.${MESSAGE}-bubble__content`) ?? el)),
    }));
    // The name is shown on the last message of a run; earlier messages of the run take it from there.
    for (let i = rows.length - 2; i >= 0; i--) {
      const row = rows[i];
      const next = rows[i + 1];
      if (row && next && !row.name && next.role === row.role && row.el.parentElement === next.el.parentElement) {
        row.name = next.name;
      }
    }
    const messages: ConversationMessage[] = rows.map((r) => ({
      role: r.role,
      text: r.text,
      ...(r.name && r.role !== 'system' ? { author: r.name } : {}),
    }));
    const emailEl = doc.querySelector('.c-conversation-profile__email:not(.c-conversation-profile__email--not-set)');
    const customerName = rows.find((r) => r.role === 'customer' && r.name)?.name;
    return finishConversation(
      {
        source: 'crisp',
        title: lineOf(doc, ['.c-conversation-profile__name', '.c-conversation-box-topbar__name']) ?? customerName,
        customer: { name: customerName, email: emailIn(emailEl?.textContent) },
        messages,
      },
      options,
    );
  },
};
