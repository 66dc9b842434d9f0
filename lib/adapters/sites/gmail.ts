// Gmail (mail.google.com). Knowledge: public extension sources and userscripts that read Gmail's
// thread view (subject h2.hP with data-thread-perm-id; one [data-message-id] per message; the sender
// as span[email][name] (class gD); the full date in the `title` of span.g3; the body in div.a3s;
// quoted history in .gmail_quote; signatures in .gmail_signature; the compose body
// div[aria-label="Message Body"][contenteditable]; the account in a[aria-label^="Google Account"]).
// Not verified against the live app from here; checked 2026-11-22. The [email] attribute and
// data-message-id are the stable hooks; class names are fallbacks.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { draftOf, emailIn, first, lastN, lineOf } from '../dom';
import type { SiteAdapter } from '../types';

const QUOTED = '.gmail_quote, .gmail_extra, .gmail_signature, blockquote, .adL > .im';

export const gmail: SiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  provenance: 'Public Gmail extension/userscript selectors (data-message-id, span[email], .a3s), 2026-11-22',
  sites: ['https://mail.google.com/*'],
  matches(url) {
    return matchesAny(this.sites, url);
  },
  root(doc) {
    const main = doc.querySelector('[role="main"]');
    return main?.querySelector('[data-message-id]') ? main : null;
  },
  extract(doc, options) {
    const main = this.root(doc);
    if (!main) return null;
    const account = emailIn(first(doc, ['a[aria-label^="Google Account"]'])?.getAttribute('aria-label'));
    const messages: ConversationMessage[] = [];
    let customer: { name?: string; email?: string } = {};
    for (const item of lastN(main, '[data-message-id]', options.maxMessages ?? 50)) {
      const sender = first(item, ['h3 span[email]', 'span[email][name]', '[email]']);
      const email = sender?.getAttribute('email') ?? undefined;
      const author = sender?.getAttribute('name') || (sender ? textOf(sender) : undefined) || email;
      const body = first(item, ['div.a3s', '.ii.gt', '.iA.g6']);
      const text = cleanMessageText(textOf(body, { skip: (el) => el.matches(QUOTED) }), author);
      const time = first(item, ['span.g3[title]', 'span[title][alt]'])?.getAttribute('title') ?? undefined;
      const own = !!email && !!account && email.toLowerCase() === account.toLowerCase();
      const role = own ? 'agent' : 'customer';
      if (role === 'customer' && !customer.email && email) customer = { name: author, email };
      messages.push({ role, author, text, time });
    }
    return finishConversation(
      {
        source: 'gmail',
        title: lineOf(main, ['h2[data-thread-perm-id]', 'h2.hP']),
        customer,
        messages,
        draft: draftOf(doc, ['div[aria-label="Message Body"][contenteditable="true"]', 'div[g_editable="true"]']),
      },
      options,
    );
  },
};
