import type { Conversation } from '@/lib/types';

export interface ReadOptions {
  /** The agent's display name from settings; messages by this author count as the agent's. */
  agentName?: string;
  /** Keep only the last N messages. Default 50. */
  maxMessages?: number;
  /** Keep only the last N characters of message text, newest first. Default 50_000. */
  maxChars?: number;
}

export interface SiteAdapter {
  id: string;
  label: string;
  /** where the knowledge comes from and when it was checked */
  provenance: string;
  matches(url: URL): boolean;
  /** the element to observe; null when no conversation is open */
  root(doc: Document): Element | null;
  extract(doc: Document, options: ReadOptions): Conversation | null;
  /** The site's reply box, most stable selector first: it feeds the one reply-box finder (lib/page/reply-box.ts). */
  replyBox?: readonly string[];
}

export const DEFAULT_MAX_MESSAGES = 50;
export const DEFAULT_MAX_CHARS = 50_000;
