// Most helpdesks show a ticket as a list of message blocks with an author, a time and a body. A site
// whose markup follows that shape is described as data (selectors, most stable first) instead of code,
// so its knowledge can be read and corrected in one place.

import { matchesAny } from '@/lib/hosts';
import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from './clean';
import { finishConversation } from './conversation';
import { first, lastN, lineOf, nameAndEmail, timeOf } from './dom';
import { roleHint } from './hints';
import { markupMemo } from './markup-memo';
import type { SiteAdapter } from './types';

export interface ThreadSpec {
  id: string;
  label: string;
  provenance: string;
  /** Match patterns of the sites (see SiteAdapter.sites). */
  sites: readonly string[];
  /** Narrows the sites to these host names when a pattern is wider than the app (*.example.com). */
  hosts?: RegExp;
  path?: RegExp;
  /** The thread container. */
  root: readonly string[];
  /** One element per message, searched inside the root. */
  item: string;
  author: readonly string[];
  body: readonly string[];
  time: readonly string[];
  title?: readonly string[];
  customerName?: readonly string[];
  customerEmail?: readonly string[];
  draft?: readonly string[];
  /** Parts of a body that are quoted history or signatures. */
  quoted?: string;
  /** A site-specific role rule; when it returns undefined, class/data-* hints decide. */
  role?: (item: Element) => Role | undefined;
}

export function threadAdapter(spec: ThreadSpec): SiteAdapter {
  const root = (doc: Document) => first(doc, spec.root);
  const readItem = (item: Element): ConversationMessage | null => {
    const author = lineOf(item, spec.author);
    const body = first(item, spec.body);
    if (!body) return null;
    const quoted = spec.quoted;
    const text = cleanMessageText(textOf(body, quoted ? { skip: (el) => el.matches(quoted) } : {}), author);
    const role = spec.role?.(item) ?? roleHint(item);
    return { role, author, text, time: timeOf(first(item, spec.time)) };
  };
  // Only new or changed items are read again after each message (see markup-memo.ts). A site's role
  // rule that looks outside the item would not be re-asked for an unchanged item; none does.
  const items = markupMemo<ConversationMessage | null>((m) => (m ? { ...m } : null));
  return {
    id: spec.id,
    label: spec.label,
    provenance: spec.provenance,
    sites: spec.sites,
    matches: (url) =>
      matchesAny(spec.sites, url) &&
      (!spec.hosts || spec.hosts.test(url.hostname)) &&
      (!spec.path || spec.path.test(url.pathname)),
    root,
    ...(spec.draft ? { replyBox: spec.draft } : {}),
    extract(doc, options) {
      const r = root(doc);
      if (!r) return null;
      const messages: ConversationMessage[] = [];
      for (const item of lastN(r, spec.item, options.maxMessages ?? 50)) {
        const m = items.get(item, '', readItem);
        if (m) messages.push(m);
      }
      const scope = r.closest('main, [role="main"]') ?? doc;
      const emailText = spec.customerEmail ? first(scope, spec.customerEmail) : null;
      const fromName = spec.customerName ? lineOf(scope, spec.customerName) : undefined;
      const customer = {
        ...nameAndEmail(fromName),
        ...(emailText ? { email: nameAndEmail(textOf(emailText) || emailText.getAttribute('href')).email } : {}),
      };
      if (!customer.email) delete customer.email;
      return finishConversation(
        {
          source: spec.id,
          title: spec.title ? lineOf(scope, spec.title) : undefined,
          customer,
          messages,
        },
        options,
      );
    },
  };
}
