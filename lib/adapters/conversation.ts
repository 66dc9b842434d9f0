// The last step every reader shares: agent-name roles, caps, and no undefined fields
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
}

/**
 * Every field a page controls has a ceiling, not only message text: one tab with a 5 MB title must not fill the
 * session storage every other tab's panel shares. Titles and names are shown on one line, so a few hundred
 * characters is already more than the panel displays.
 */
export const FIELD_CAPS = {
  source: 40,
  title: 300,
  author: 200,
  time: 100,
  customerName: 200,
  customerEmail: 320,
  draft: 20_000,
  url: 4096,
} as const;

/** Cuts to at most `max` characters (an ellipsis included), never between the halves of a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
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
      const author = m.author?.trim() ? capText(m.author.trim(), FIELD_CAPS.author) : undefined;
      const time = m.time?.trim() ? capText(m.time.trim(), FIELD_CAPS.time) : undefined;
      const text = m.text.trim();
      // Built with only the fields present, in the usual order, rather than deleting the empty ones: this runs
      // for every message on every read, and an object that had a property deleted is slower from then on.
      const out: ConversationMessage = author
        ? time
          ? { role, author, text, time }
          : { role, author, text }
        : time
          ? { role, text, time }
          : { role, text };
      if (m.partial) out.partial = true;
      return out;
    });
  if (messages.length === 0) return null;
  const capped = capMessages(messages, options);
  const customer = clean({
    name: d.customer?.name && capText(d.customer.name.trim(), FIELD_CAPS.customerName),
    email: d.customer?.email && capText(d.customer.email.trim(), FIELD_CAPS.customerEmail),
  });
  if (!customer.name) {
    const first = capped.find((m) => m.role === 'customer' && m.author);
    if (first?.author) customer.name = first.author;
  }
  const conv: Conversation = { source: capText(d.source, FIELD_CAPS.source), customer, messages: capped };
  // Collapsing whitespace first would walk the whole of a huge title; cut a generous slice before it.
  const title = d.title
    ?.slice(0, FIELD_CAPS.title * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (title) conv.title = capText(title, FIELD_CAPS.title);
  return conv;
}

const ROLES: readonly Role[] = ['customer', 'agent', 'system', 'unknown'];

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The same ceilings, applied to a Conversation that crossed a process boundary (the background's side of a
 * content script message, or a selection from the context menu). Anything misshapen is dropped, not trusted.
 */
export function capConversation(value: unknown, options: ReadOptions = {}): Conversation | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const rawMessages = Array.isArray(v.messages) ? v.messages.slice(-(options.maxMessages ?? DEFAULT_MAX_MESSAGES)) : [];
  const messages: ConversationMessage[] = [];
  for (const m of rawMessages) {
    if (!m || typeof m !== 'object') continue;
    const r = m as Record<string, unknown>;
    const role = ROLES.includes(r.role as Role) ? (r.role as Role) : 'unknown';
    // Trimming and the character cap happen in finishConversation; a huge message is cut before that work.
    const text = str(r.text).slice(0, (options.maxChars ?? DEFAULT_MAX_CHARS) + 1);
    messages.push({ role, author: str(r.author) || undefined, text, time: str(r.time) || undefined });
  }
  const customer = v.customer && typeof v.customer === 'object' ? (v.customer as Record<string, unknown>) : {};
  const conv = finishConversation(
    {
      source: str(v.source) || 'unknown',
      title: str(v.title).slice(0, FIELD_CAPS.title * 4) || undefined,
      customer: { name: str(customer.name) || undefined, email: str(customer.email) || undefined },
      messages,
    },
    options,
  );
  // How sure the generic reader was: a number from 0 to 1, or nothing.
  const c = v.confidence;
  if (conv && typeof c === 'number' && Number.isFinite(c)) conv.confidence = Math.min(1, Math.max(0, c));
  return conv;
}
