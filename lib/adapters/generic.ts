// The reader for every site nobody wrote an adapter for (freelancers' inboxes, self-hosted helpdesks,
// Udesk, Qiyu, Meiqia, Sobot, forums, contact-form threads). It finds the thread near the reply box
// (generic-thread.ts), reads each block (generic-block.ts), leaves out what is not a message
// (generic-noise.ts), gives roles only from evidence (generic-roles.ts, generic-page.ts) and says how sure
// it is. On a reply or compose page the original quoted under the agent's draft is the customer's message.
import { textOf } from '@/lib/page/dom-text';
import { findReplyBox, readReplyQuote } from '@/lib/page/reply-box';
import type { Conversation, ConversationMessage } from '@/lib/types';
import { cleanMessageText } from './clean';
import { UNSURE_BELOW } from './confidence';
import { finishConversation } from './conversation';
import { type Read, readBlock } from './generic-block';
import { emailOnPageOnce, outsideCount, pagePeople, titleNear } from './generic-page';
import { inferRoles } from './generic-roles';
import { provideGenericReader } from './generic-slot';
import { MAX_MEMBERS, rememberedThread, SAMPLE, type Thread } from './generic-thread';
import { markupMemo } from './markup-memo';
import { withQuotedOriginal } from './reply-page';
import { DEFAULT_MAX_MESSAGES, type ReadOptions, type SiteAdapter } from './types';

export { findThread, type Thread } from './generic-thread';

const blockReads = markupMemo<Read>((r) => ({ ...r, message: { ...r.message } }));

export { UNSURE_BELOW } from './confidence';

/**
 * How sure the reading is, 0..1: people told apart by evidence count most, then a customer found at all,
 * then blocks that look like messages (authors, times) rather than rows of something else.
 */
function confidenceOf(thread: Thread, reads: Read[], kept: ConversationMessage[]): number {
  if (kept.length === 0) return 0;
  const people = kept.filter((m) => m.role !== 'system');
  const known = people.filter((m) => m.role === 'agent' || m.role === 'customer').length;
  const hasCustomer = people.some((m) => m.role === 'customer');
  const authored = people.filter((m) => m.author || m.time).length;
  const noise = reads.filter((r) => r.noise).length;
  let c = 0.15;
  c += people.length > 0 ? 0.35 * (known / people.length) : 0;
  if (hasCustomer) c += 0.2;
  c += people.length > 0 ? 0.15 * (authored / people.length) : 0;
  c += Math.min(thread.score, 6) / 40;
  c -= reads.length > 0 ? 0.3 * (noise / reads.length) : 0;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}

/** Reads a found thread into a Conversation. */
export function readThread(
  thread: Thread,
  options: ReadOptions,
  source: string,
): (Conversation & { confidence: number }) | null {
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const blocks = thread.members.slice(-maxMessages);
  const maxChars = options.maxChars ?? 50_000;
  const all = blockReads.getAll(blocks, String(maxChars), (el) => readBlock(el, maxChars));
  const reads = all.filter((r) => !r.noise && r.message.text.length > 0);
  const outside = outsideCount(thread.container);
  const page = pagePeople(thread.container, outside);
  inferRoles(reads, options, page);
  const customerRead = reads.find((r) => r.message.role === 'customer' && (r.message.author || r.email));
  const customer: { name?: string; email?: string } = {};
  if (customerRead?.message.author) customer.name = customerRead.message.author;
  const agentEmails = new Set(reads.filter((r) => r.message.role === 'agent' && r.email).map((r) => r.email));
  const email =
    reads.find((r) => r.message.role === 'customer' && r.email)?.email ??
    emailOnPageOnce(thread.container, customer.name, agentEmails, outside);
  if (email) customer.email = email;
  const messages = reads.map((r) => r.message);
  const conv = finishConversation({ source, title: titleNear(thread.container), customer, messages }, options);
  return conv ? { ...conv, confidence: confidenceOf(thread, all, conv.messages) } : null;
}

/**
 * A reply or compose page: the original quoted under the agent's draft is the customer's message
 * (lib/adapters/reply-page.ts). It is added when the thread is missing, unsure, or does not already show it.
 */
function withQuoted(
  found: (Conversation & { confidence: number }) | null,
  replyBox: Element | null,
  options: ReadOptions,
  doc: Document,
): Conversation | null {
  const quoted = replyBox ? readReplyQuote(replyBox) : null;
  if (!quoted) return found;
  const sure = !!found && found.confidence >= UNSURE_BELOW;
  const conv = withQuotedOriginal(quoted, {
    source: 'generic',
    found,
    keepThread: sure,
    title: found?.title ?? (doc.title.trim() || undefined),
    options,
  });
  if (!conv || conv === found) return conv;
  // The quote's author and the markers around it are plain evidence: the reading is as sure as the thread, or more.
  return { ...conv, confidence: Math.max(found?.confidence ?? 0, 0.7) };
}

function scopesOf(doc: Document): ParentNode[] {
  return [doc.body ?? doc];
}

export const generic: SiteAdapter = {
  id: 'generic',
  label: 'Any site',
  provenance:
    'Heuristics written here: repeated message blocks, history tables, ARIA log/feed/article/listitem, side words in classes and data-*, badges, mail headers, quoted originals on reply pages; 2026-12-04',
  sites: [],
  matches: () => true,
  root(doc) {
    const replyBox = findReplyBox(doc);
    return rememberedThread(doc, scopesOf(doc), replyBox, undefined, SAMPLE)?.container ?? replyBox;
  },
  extract(doc, options) {
    const replyBox = findReplyBox(doc);
    const limit = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
    const thread = rememberedThread(doc, scopesOf(doc), replyBox, undefined, limit);
    const found = thread ? readThread(thread, options, 'generic') : null;
    return withQuoted(found, replyBox, options, doc);
  },
};

/** Reads inside an element the agent picked (or a remembered selector): the element or its best child list. */
export function readWithin(el: Element, options: ReadOptions, source = 'picked'): Conversation | null {
  const limit = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const inside = rememberedThread(el, [el.parentElement ?? el], null, el, Math.min(limit, MAX_MEMBERS));
  // The agent chose this area: the reading is theirs, so it carries no doubt of its own.
  if (inside) {
    const c = readThread(inside, options, source);
    if (c) return { ...c, confidence: 1 };
  }
  const text = cleanMessageText(textOf(el, { maxChars: options.maxChars ?? 50_000 }));
  return finishConversation({ source, messages: [{ role: 'unknown', text }] }, options);
}

provideGenericReader({ adapter: generic, readWithin });
