// Roundcube webmail 1.6 (elastic skin). Knowledge: captured from a real Roundcube 1.6.5 (Debian 12
// package) run locally with scripts/roundcube/setup.sh and capture.ts, checked 2026-11-22. The preview
// pane renders the message in the same-origin iframe #messagecontframe; a double-clicked message is
// rendered in the top document. Both have #message-header (h2.subject, td.header.from a.rcmContactAddress
// with the address in `title`, .header-summary date) and #messagebody.

import { frameDocument, textOf } from '@/lib/page/dom-text';
import type { Role } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { emailIn, first, lineOf } from '../dom';
import type { SiteAdapter } from '../types';

function messageDoc(doc: Document): Document | null {
  if (doc.querySelector('#messagebody')) return doc;
  const frame = doc.querySelector('#messagecontframe');
  const inner = frame ? frameDocument(frame) : null;
  return inner?.querySelector('#messagebody') ? inner : null;
}

export const roundcube: SiteAdapter = {
  id: 'roundcube',
  label: 'Roundcube',
  provenance: 'Captured from a real Roundcube 1.6.5 (elastic) on loopback, scripts/roundcube/, 2026-11-22',
  sites: [],
  matches(url) {
    // Every Roundcube page after login carries ?_task=…; self-hosted installs live on any host name.
    return url.searchParams.has('_task') || /roundcube/i.test(url.hostname + url.pathname);
  },
  root(doc) {
    if (!doc.querySelector('#messagebody, #messagecontframe')) return null;
    return doc.querySelector('#messagebody') ?? doc.querySelector('#layout-content') ?? doc.body;
  },
  extract(doc, options) {
    const d = messageDoc(doc);
    if (!d) return null;
    const header = d.querySelector('#message-header');
    const title = header
      ? textOf(header.querySelector('h2.subject'), { skip: (el) => el.matches('.voice, a, [role="button"]') })
      : undefined;
    const fromLink = first(header, ['td.header.from a.rcmContactAddress', '.header-summary a.rcmContactAddress']);
    const email = emailIn(fromLink?.getAttribute('title')) ?? emailIn(fromLink?.getAttribute('href'));
    const author = fromLink ? textOf(fromLink) || email : undefined;
    // The account shown in the top bar is the agent; a message from it is the agent's own.
    const account = lineOf(doc, ['.header-title.username', '#header .username', '.username']);
    const role: Role = email && account && emailIn(account) === email ? 'agent' : 'customer';
    const time = lineOf(header, ['.header-summary .text-nowrap', 'td.header.date']);
    const body = d.querySelector('#messagebody');
    const text = cleanMessageText(textOf(body, { skip: (el) => el.matches('blockquote, .sig') }), author);
    return finishConversation(
      {
        source: 'roundcube',
        title,
        customer: role === 'customer' ? { name: author, email } : {},
        messages: [{ role, author, text, time }],
        draft: undefined,
      },
      options,
    );
  },
};
