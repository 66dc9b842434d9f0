// Roundcube webmail 1.6 (elastic skin).
//
// Evidence (captured page): tests/fixtures/adapters/roundcube/*.html, captured from a real Roundcube 1.6.5
// (Debian 12 package) run on loopback with scripts/roundcube/setup.sh and capture.ts, 2026-11-22. The preview
// pane renders the message in the same-origin iframe #messagecontframe; a double-clicked message is
// rendered in the top document. Both have #message-header (h2.subject, td.header.from a.rcmContactAddress
// with the address in `title`, .header-summary date) and #messagebody. The reply page (captured 2026-12-04,
// *-reply.html) is the compose view: the customer's mail exists only as the quote in textarea#composebody
// ("On <date>, <name> wrote:" then "> " lines; older history as ">> "), and the agent writes below it
// (Roundcube's default reply mode) or above it; the subject is input#compose-subject.

import { frameDocument, textOf } from '@/lib/page/dom-text';
import { isQuoteOpener, splitReply } from '@/lib/text/quote-markers';
import { type QuotedOriginal, readQuoted } from '@/lib/text/quoted-original';
import type { Role } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { emailIn, first, lineOf } from '../dom';
import type { SiteAdapter } from '../types';

/**
 * The compose view's plain-text body read with the shared reply splitter (lib/text/quote-markers.ts and
 * quoted-original.ts): the quoted mail, without the older history quoted inside it, or null when the body
 * quotes no mail (a new mail, or `>` lines with no "On … wrote:" / 在…写道 / Original Message line above them).
 */
export function quotedMail(body: string): QuotedOriginal | null {
  const { quote } = splitReply(body.replace(/\r\n?/g, '\n'));
  if (!quote || !isQuoteOpener(quote.split('\n'), 0)) return null;
  return readQuoted(quote);
}

function readReplyPage(doc: Document, options: Parameters<SiteAdapter['extract']>[1]) {
  const box = doc.querySelector('textarea#composebody') as HTMLTextAreaElement | null;
  if (!box) return null;
  const quoted = quotedMail(box.value ?? box.textContent ?? '');
  if (!quoted) return null;
  const subject = (doc.querySelector('#compose-subject') as HTMLInputElement | null)?.value ?? '';
  const to = (doc.querySelector('textarea#_to') as HTMLTextAreaElement | null)?.value;
  return finishConversation(
    {
      source: 'roundcube',
      title: subject.replace(/^\s*(re|aw|答复|回复|回覆)\s*[:：]\s*/i, ''),
      customer: { name: quoted.author, email: emailIn(to) ?? quoted.email },
      messages: [
        {
          role: 'customer',
          author: quoted.author,
          text: cleanMessageText(quoted.text, quoted.author),
          time: quoted.time,
        },
      ],
    },
    options,
  );
}

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
    const compose = doc.querySelector('textarea#composebody');
    if (compose) return compose.closest('#composebodycontainer, form') ?? compose;
    if (!doc.querySelector('#messagebody, #messagecontframe')) return null;
    return doc.querySelector('#messagebody') ?? doc.querySelector('#layout-content') ?? doc.body;
  },
  extract(doc, options) {
    if (doc.querySelector('textarea#composebody')) return readReplyPage(doc, options);
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
      },
      options,
    );
  },
};
