// The last step every reader shares: agent-name roles, caps, order ids, and no undefined fields
// (a Conversation crosses processes and is compared as JSON in fixtures).
import type { Conversation, ConversationMessage, Role } from '@/lib/types';
import { DEFAULT_MAX_CHARS, DEFAULT_MAX_MESSAGES, type ReadOptions } from './types';

/** Author labels that mean "the person using this browser" in the three UI languages. */
const SELF_LABELS = new Set(['me', 'you', 'myself', '我', '我自己', '自己', '本人']);

export function isSelfLabel(author: string | undefined, agentName?: string): boolean {
  if (!author) return false;
  const a = author
    .trim()
    .toLowerCase()
    .replace(/[:：]$/, '');
  if (SELF_LABELS.has(a)) return true;
  if (agentName && a === agentName.trim().toLowerCase()) return true;
  return false;
}

export interface Draft {
  source: string;
  title?: string;
  customer?: { name?: string; email?: string };
  messages: ConversationMessage[];
  draft?: string;
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) {
    const v = o[k];
    if (v === undefined || v === '') delete o[k];
  }
  return o;
}

/** Caps to the newest messages and characters; the newest message is kept whole when it fits. */
export function capMessages(messages: ConversationMessage[], options: ReadOptions): ConversationMessage[] {
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const recent = messages.slice(-maxMessages);
  const out: ConversationMessage[] = [];
  let budget = maxChars;
  for (let i = recent.length - 1; i >= 0 && budget > 0; i--) {
    const m = recent[i] as ConversationMessage;
    if (m.text.length <= budget) {
      out.push(m);
      budget -= m.text.length;
    } else {
      out.push({ ...m, text: `${m.text.slice(0, budget)}…` });
      budget = 0;
    }
  }
  return out.reverse();
}

/** Builds the final Conversation from what a reader found. */
export function finishConversation(d: Draft, options: ReadOptions): Conversation | null {
  const messages = d.messages
    .filter((m) => m.text.trim().length > 0)
    .map((m) => {
      const role: Role = m.role !== 'system' && isSelfLabel(m.author, options.agentName) ? 'agent' : m.role;
      return clean({ role, author: m.author?.trim() || undefined, text: m.text.trim(), time: m.time?.trim() });
    });
  if (messages.length === 0) return null;
  const capped = capMessages(messages, options);
  const customer = clean({ ...(d.customer ?? {}) });
  if (!customer.name) {
    const first = capped.find((m) => m.role === 'customer' && m.author);
    if (first?.author) customer.name = first.author;
  }
  const conv: Conversation = { source: d.source, customer, messages: capped };
  const title = d.title?.replace(/\s+/g, ' ').trim();
  if (title) conv.title = title;
  const draft = d.draft?.trim();
  if (draft) conv.draft = { text: draft };
  return conv;
}
