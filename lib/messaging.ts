import { browser } from 'wxt/browser';
import type { Conversation } from './types';

// Typed messages between the content script, the background and the panel. Written here rather
// than taken from a library because we need two things libraries hide: the sender of every
// message (to trust only our own scripts) and the difference between "no content script in this
// tab" and "the content script answered nothing".

export interface InsertRequest {
  text: string;
  /** Offsets of unfilled placeholders in `text`, so the caret can land on the first. */
  placeholders?: Array<{ start: number; end: number }>;
}
export type InsertResponse = { ok: true; strategy: string } | { ok: false; reason: string };

export interface HighlightRequest {
  /** Exact text to find in the page (the evidence span); empty clears. */
  text: string;
}

/**
 * The long-lived port the content script sends snapshots on, as patches (lib/snapshot-channel.ts,
 * lib/snapshot-patch.ts). `snapshot` below is the same state sent whole, when no port can be opened.
 */
export const SNAPSHOT_PORT = 'heartline-snapshots';

/** Sent by the content script to the background. */
export interface ContentToBackground {
  snapshot: { conversation: Conversation | null; url: string };
  draft: { text: string };
  /** The page needs the generic reader (lib/adapters/generic-slot.ts): inject it into the sender's tab. */
  needReader: Record<string, never>;
}

/** Sent by the panel to the content script of one tab (through browser.tabs.sendMessage). */
export interface PanelToContent {
  read: { data: undefined; reply: { conversation: Conversation | null; url: string } };
  insert: { data: InsertRequest; reply: InsertResponse };
  pick: { data: { hint: string; cancel: string }; reply: { picked: boolean } };
  highlight: { data: HighlightRequest; reply: { found: boolean } };
}

/** Sent by the panel or options page to the background. */
export interface PanelToBackground {
  enableSite: { data: { origin: string; tabId: number }; reply: { ok: boolean } };
  disableSite: { data: { origin: string }; reply: { ok: boolean } };
  injectNow: { data: { tabId: number }; reply: { ok: boolean } };
  /**
   * Asks the tab's content script for a fresh read and stores it like any snapshot, so the panel hears
   * about it the one way it hears about every change (storage.session). `reached` is false when no
   * content script answered.
   */
  refresh: { data: { tabId: number }; reply: { reached: boolean } };
}

/** Sent by the background to the extension pages (the panel listens). */
export interface BackgroundToPanel {
  /** A tab's latest state could not be kept; the panel for that tab would otherwise go stale in silence. */
  tabStateFailed: { tabId: number; reason: 'quota' | 'other' };
}

export type Envelope =
  | { channel: 'heartline'; type: keyof ContentToBackground; data: ContentToBackground[keyof ContentToBackground] }
  | { channel: 'heartline'; type: keyof PanelToContent; data: unknown }
  | { channel: 'heartline'; type: keyof PanelToBackground; data: unknown }
  | { channel: 'heartline'; type: keyof BackgroundToPanel; data: unknown };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as { channel?: unknown }).channel === 'heartline' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Minimal view of runtime.MessageSender, so pure checks can be tested without a browser. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * True for our own extension pages (panel, options): same extension id, URL inside the extension. The
 * URL decides, not the tab: the side panel has none, but the same page opened in a tab or a window
 * (`npm start`'s window beside the demo, the tests) has one and is still ours.
 */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && !!sender.url && sender.url.startsWith(extensionOrigin);
}

/** True for our own content script running in a tab (never a web page: pages cannot reach runtime.onMessage). */
export function isOwnContentScript(sender: SenderInfo, extensionId: string, extensionOrigin?: string): boolean {
  const inPage = !extensionOrigin || !sender.url?.startsWith(extensionOrigin);
  return sender.id === extensionId && typeof sender.tab?.id === 'number' && inPage;
}

export function sendToBackground<K extends keyof ContentToBackground>(
  type: K,
  data: ContentToBackground[K],
): Promise<unknown> {
  return browser.runtime.sendMessage({ channel: 'heartline', type, data });
}

export function askBackground<K extends keyof PanelToBackground>(
  type: K,
  data: PanelToBackground[K]['data'],
): Promise<PanelToBackground[K]['reply']> {
  return browser.runtime.sendMessage({ channel: 'heartline', type, data }) as Promise<PanelToBackground[K]['reply']>;
}

/** Thrown when the tab has no Heartline content script to answer. */
export class NoReceiverError extends Error {
  override name = 'NoReceiverError';
}

export async function askTab<K extends keyof PanelToContent>(
  tabId: number,
  type: K,
  data: PanelToContent[K]['data'],
): Promise<PanelToContent[K]['reply']> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, { channel: 'heartline', type, data }, { frameId: 0 });
    if (reply === undefined) throw new NoReceiverError('no reply');
    return reply as PanelToContent[K]['reply'];
  } catch (error) {
    if (error instanceof NoReceiverError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // Chrome: "Could not establish connection. Receiving end does not exist."; Firefox: similar wording.
    if (/receiving end|could not establish|no matching|missing host permission/i.test(message)) {
      throw new NoReceiverError(message);
    }
    throw error;
  }
}

/** Per-tab state the background keeps in storage.session (memory only, never written to disk). */
export interface TabState {
  tabId: number;
  url: string;
  conversation: Conversation | null;
  draft: string;
  updatedAt: number;
}

export { tabStateKey } from './tab-state-key';
