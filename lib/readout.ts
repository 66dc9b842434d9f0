import type { Conversation, ConversationAnalysis } from './types';

// The rules' read-out of a tab's conversation, worked out by the background after each snapshot and kept in
// storage.session, so a panel that opens shows it at once. The panel's own engine compiles its word lists
// and escalation tables on first use (a few hundred ms of one core), and the learned model decodes after
// that; both then run in the panel as before and replace this read-out.

export const readoutKey = (tabId: number) => `readout:${tabId}`;

export interface StoredReadout {
  /** conversationFingerprint of the conversation read; the panel shows it only for that same conversation. */
  fingerprint: string;
  analysis: ConversationAnalysis;
}

/** Tabs whose read-out is kept: the most recently read ones. An agent opens the panel on a tab just read. */
export const MAX_READOUTS = 8;
/** A read-out of 50 messages is ~30 KB; anything far above is not worth the shared 10 MB of storage.session. */
export const MAX_READOUT_BYTES = 128 * 1024;

/**
 * Two 32-bit FNV-1a hashes (different offsets) over every message's role and text: cheap enough to run on
 * each read, and a collision would only show the rules' read-out of another conversation until the panel's
 * own engine has read this one.
 */
export function conversationFingerprint(c: Conversation): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (code: number) => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  };
  for (const m of c.messages) {
    const text = typeof m?.text === 'string' ? m.text : '';
    const role = String(m?.role ?? '');
    for (let i = 0; i < role.length; i++) mix(role.charCodeAt(i));
    mix(0);
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    mix(1);
  }
  return `${c.messages.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** The read-out when it belongs to exactly this conversation, else null. */
export function readoutFor(stored: unknown, c: Conversation | null): ConversationAnalysis | null {
  if (!c || !stored || typeof stored !== 'object') return null;
  const r = stored as Partial<StoredReadout>;
  if (typeof r.fingerprint !== 'string' || !r.analysis || !Array.isArray(r.analysis.messages)) return null;
  return r.fingerprint === conversationFingerprint(c) ? r.analysis : null;
}
