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
  /**
   * Match patterns (scheme://host/*) of the sites this adapter serves. The manifest's host list and the
   * content script's matches are built from them, and the registry never hands a page outside them to
   * the adapter. Empty for an adapter that recognises its pages by their address on any host
   * (self-hosted webmail): it runs only where the agent enabled Heartline.
   */
  sites: readonly string[];
  matches(url: URL): boolean;
  /** the element to observe; null when no conversation is open */
  root(doc: Document): Element | null;
  extract(doc: Document, options: ReadOptions): Conversation | null;
  /** The site's reply box, most stable selector first: it feeds the one reply-box finder (lib/page/reply-box.ts). */
  replyBox?: readonly string[];
}

export const DEFAULT_MAX_MESSAGES = 50;
export const DEFAULT_MAX_CHARS = 50_000;
