// What the content script sends on its snapshot port (lib/snapshot-channel.ts): the whole conversation the
// first time, then only what changed since the last one sent on that port. A new message in a 50-message
// thread becomes "keep 49 from the second on, add this one" instead of 50 messages serialised, copied to
// the browser process and parsed again, on the host page's main thread, after every message.
import type { Conversation, ConversationMessage } from './types';

export type SnapshotHead = Omit<Conversation, 'messages'>;

export type SnapshotPatch =
  | { url: string; full: Conversation | null }
  /** prev.messages[from .. from + keep), then `add`; everything but the messages is `head`. */
  | { url: string; head: SnapshotHead; from: number; keep: number; add: ConversationMessage[] };

/** Where the new list may start in the old one: tried at the few places its first message occurs. */
const MAX_STARTS = 4;
/** The background keeps no more than this per port, whatever a patch says. */
const MAX_HELD = 500;

const sameMessage = (a: ConversationMessage, b: ConversationMessage) =>
  a.text === b.text && a.role === b.role && a.author === b.author && a.time === b.time && a.partial === b.partial;

function headOf(c: Conversation): SnapshotHead {
  const head: SnapshotHead = { source: c.source, customer: c.customer };
  if (c.title !== undefined) head.title = c.title;
  if (c.confidence !== undefined) head.confidence = c.confidence;
  return head;
}

/**
 * The patch that turns `prev` (what the receiver holds) into `next`. The messages `next` shares with `prev`
 * as one run (the same, or shifted when older ones fell out of the reader's cap) are named by position;
 * the rest travel whole. No shared run: the whole conversation.
 */
export function diffSnapshot(prev: Conversation | null, next: Conversation | null, url: string): SnapshotPatch {
  if (!prev || !next || next.messages.length === 0) return { url, full: next };
  const p = prev.messages;
  const n = next.messages;
  const first = n[0] as ConversationMessage;
  let from = 0;
  let keep = 0;
  for (let start = 0, tries = 0; start < p.length && tries < MAX_STARTS; start++) {
    if (!sameMessage(p[start] as ConversationMessage, first)) continue;
    tries++;
    let k = 1;
    while (
      k < n.length &&
      start + k < p.length &&
      sameMessage(p[start + k] as ConversationMessage, n[k] as ConversationMessage)
    )
      k++;
    if (k > keep) {
      from = start;
      keep = k;
    }
    if (start + k === p.length) break;
  }
  if (keep === 0) return { url, full: next };
  return { url, head: headOf(next), from, keep, add: n.slice(keep) };
}

const isIndex = (v: unknown, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/**
 * `prev` with `patch` applied; null when the patch does not fit what is held (the sender is asked for the
 * whole conversation again). Shapes are checked here only as far as applying needs: the result is page data
 * and goes through capConversation like any snapshot.
 */
export function applySnapshot(
  prev: Conversation | null,
  patch: unknown,
): { url: string; conversation: Conversation | null } | null {
  if (!patch || typeof patch !== 'object') return null;
  const p = patch as Record<string, unknown>;
  const url = typeof p.url === 'string' ? p.url : '';
  if ('full' in p) {
    const full = p.full;
    return { url, conversation: full && typeof full === 'object' ? (full as Conversation) : null };
  }
  const held = prev?.messages ?? [];
  if (!prev || !isIndex(p.from, held.length) || !isIndex(p.keep, held.length - (p.from as number))) return null;
  if (!Array.isArray(p.add) || !p.head || typeof p.head !== 'object') return null;
  const from = p.from as number;
  const messages = held.slice(from, from + (p.keep as number)).concat(p.add as ConversationMessage[]);
  return { url, conversation: { ...(p.head as SnapshotHead), messages: messages.slice(-MAX_HELD) } };
}
