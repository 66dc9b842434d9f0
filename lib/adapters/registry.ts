// The one list of site adapters. Order matters only where two could match the same URL: specific
// hosts first, the self-hosted ones (any host: Fossil by its forum paths, Roundcube by its ?_task= URLs) last. Adding a site = one file in
// sites/ whose header names its evidence (a captured page, or a maintained tool's repository and file),
// one line here, one fixture folder in tests/fixtures/adapters/<id>/ derived from that evidence (a test
// enforces all of it). A helpdesk with no such evidence stays out of this list: the generic reader covers
// it, and SITE_HINTS in hints.ts names it.
import { knownHosts } from '@/lib/hosts';
import type { Conversation } from '@/lib/types';
import { generic, genericReader } from './generic-slot';
import { SITE_HINTS } from './hints';
import { crisp } from './sites/crisp';
import { fossil } from './sites/fossil';
import { gmail } from './sites/gmail';
import { helpscout } from './sites/helpscout';
import { outlook } from './sites/outlook';
import { roundcube } from './sites/roundcube';
import { whatsapp } from './sites/whatsapp';
import { zendesk } from './sites/zendesk';
import type { ReadOptions, SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [
  gmail,
  outlook,
  zendesk,
  helpscout,
  crisp,
  whatsapp,
  // Self-hosted, any host name: recognised by their own paths, so after the hosted apps.
  fossil,
  roundcube,
];

export { generic };

/**
 * The host patterns Heartline runs on without asking: every adapter's sites and every hinted app's
 * (SITE_HINTS, read by the generic reader), plus localhost for the demo inbox and self-hosted clients
 * under test. The content script's matches and the manifest's host permissions are built from this.
 */
export const KNOWN_HOSTS: readonly string[] = knownHosts([...ADAPTERS, ...SITE_HINTS]);

let lastLookup: { href: string; adapter: SiteAdapter } | undefined;

/** The adapter for a page; the generic reader when no site adapter claims the URL. Asked on every read. */
export function adapterFor(url: URL): SiteAdapter {
  if (lastLookup?.href === url.href) return lastLookup.adapter;
  const adapter = ADAPTERS.find((a) => a.matches(url)) ?? generic;
  lastLookup = { href: url.href, adapter };
  return adapter;
}

/** The element to observe: the site adapter's root, else where the generic reader finds a thread. */
export function rootFor(doc: Document, url: URL): Element | null {
  const adapter = adapterFor(url);
  return adapter.root(doc) ?? (adapter === generic ? null : generic.root(doc));
}

/**
 * The site adapter's reading. The generic reader steps in only when the adapter's hooks are missing
 * from the page (a redesign): when they are present but no conversation is open (an inbox list, a
 * preview still loading), the answer is null rather than the inbox list read as a conversation.
 */
export function readConversation(doc: Document, url: URL, options: ReadOptions): Conversation | null {
  const adapter = adapterFor(url);
  if (adapter !== generic) {
    try {
      const c = adapter.extract(doc, options);
      if (c && c.messages.length > 0) return c;
      if (adapter.root(doc)) return null;
    } catch {
      // A host redesign must not break reading: fall through to the generic reader.
    }
  }
  try {
    return generic.extract(doc, options);
  } catch {
    // Reading must never break the host page or the content script; no conversation is the answer.
    return null;
  }
}

/** Reads inside an element the agent picked; source 'picked'. Never throws. */
export function readWithin(el: Element, options: ReadOptions, source = 'picked'): Conversation | null {
  try {
    return genericReader()?.readWithin(el, options, source) ?? null;
  } catch {
    return null;
  }
}
