// Who wrote each block, from evidence only: class and data-* side words, badges ("Agent", "Staff", 客服),
// internal comments, the signed-in user and the agent's name, the ticket's requester and owner rows,
// authors seen with a role elsewhere in the thread, and the side bubbles are drawn on in a chat. With no
// evidence a block stays `unknown`: the customer is never guessed from position alone.
import type { ConversationMessage, Role } from '@/lib/types';
import { isSelfLabel } from './conversation';
import type { Read } from './generic-block';
import { type PagePeople, roleFromPage } from './generic-page';
import type { ReadOptions } from './types';

const RIGHT = /right|end/;

/**
 * The side each block was drawn on, computed once per element: asking for computed style after the page
 * changed forces a style recalculation in the host page, so only blocks not seen before pay for it.
 */
const sideOf = new WeakMap<Element, 'left' | 'right'>();

function styleSide(block: Element, view: Window): 'left' | 'right' {
  const known = sideOf.get(block);
  if (known) return known;
  let side: 'left' | 'right' = 'left';
  for (const el of [block, block.firstElementChild]) {
    if (!el) continue;
    const cs = view.getComputedStyle(el);
    if (
      cs.marginLeft === 'auto' ||
      RIGHT.test(cs.justifyContent) ||
      RIGHT.test(cs.alignSelf) ||
      cs.textAlign === 'right' ||
      cs.cssFloat === 'right' ||
      cs.flexDirection === 'row-reverse'
    ) {
      side = 'right';
      break;
    }
  }
  sideOf.set(block, side);
  return side;
}

/** Layout as a last resort, for at most the blocks being read: right-aligned bubbles are the agent's. */
function sideByStyle(reads: Read[]): void {
  const view = reads[0]?.block.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return;
  const sides = reads.map((r) => styleSide(r.block, view));
  if (!sides.includes('right') || !sides.includes('left')) return;
  reads.forEach((r, i) => {
    if (r.message.role === 'unknown') r.message.role = sides[i] === 'right' ? 'agent' : 'customer';
  });
}

/** Names that say they are the company's side: "客服中心 周怡萱", "ACME Support", "Customer Care Team". */
const TEAM_NAME =
  /(客服|服務中心|服务中心|售后|售後|官方|\b(support|customer (care|service)|help ?desk|service desk|team)\b)/i;

/** Fills unknown roles from the evidence in the blocks, the page's people rows and the authors' other messages. */
export function inferRoles(reads: Read[], options: ReadOptions, page: PagePeople): void {
  const byAuthor = new Map<string, Role>();
  for (const r of reads) {
    const m = r.message;
    if (m.role === 'system') continue;
    const a = m.author;
    if (a && (isSelfLabel(a, options.agentName) || page.agents.includes(a.toLowerCase()) || TEAM_NAME.test(a)))
      m.role = 'agent';
    else if (m.role === 'unknown') m.role = roleFromPage(page, a, r.email) ?? r.evidence ?? 'unknown';
    if (a && m.role !== 'unknown') byAuthor.set(a, m.role);
  }
  for (const r of reads) {
    const a = r.message.author;
    if (r.message.role === 'unknown' && a && byAuthor.has(a)) r.message.role = byAuthor.get(a) as Role;
  }
  // Grouped messages (Slack-like): only the first of a run shows the name; the rest continue it.
  let previous: ConversationMessage | undefined;
  for (const r of reads) {
    if (!r.message.author && r.message.role === 'unknown' && previous?.author) {
      r.message.author = previous.author;
      r.message.role = previous.role;
    }
    if (r.message.role !== 'system') previous = r.message;
  }
  if (reads.every((r) => r.message.role === 'unknown' || r.message.role === 'system')) sideByStyle(reads);
  const authors = [...new Set(reads.map((r) => r.message.author).filter((a): a is string => !!a))];
  const knownAgent = authors.find((a) => byAuthor.get(a) === 'agent');
  const knownCustomer = authors.find((a) => byAuthor.get(a) === 'customer');
  // Once the agent is known from evidence, the other named people are the ones being helped; a known
  // customer tells the other side only in a two-party thread (a third person may be a colleague).
  for (const r of reads) {
    if (r.message.role !== 'unknown' || !r.message.author) continue;
    if (knownAgent && r.message.author !== knownAgent) r.message.role = 'customer';
    else if (knownCustomer && authors.length === 2 && r.message.author !== knownCustomer) r.message.role = 'agent';
  }
  // The agent is known (by name or sign-in) and the only author on the page is someone else: the customer.
  const agentKnown = !!options.agentName || page.agents.length > 0;
  if (agentKnown && !knownAgent && authors.length === 1) {
    for (const r of reads) if (r.message.role === 'unknown' && r.message.author) r.message.role = 'customer';
  }
}
