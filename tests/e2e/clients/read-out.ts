// What the extension made of a real client's page: the conversation the content script read for the tab (held
// by the background in storage.session) and the panel's read-out for it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Conversation } from '../../../lib/types';
import { type Harness, openPanel, tabIdOf } from '../../../scripts/lib/extension-browser';

export async function conversationOf(h: Harness, tabId: number): Promise<Conversation | null> {
  return h.worker.evaluate(async (key) => {
    type Area = { get(k: string): Promise<Record<string, { conversation?: unknown } | undefined>> };
    const session = (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome.storage.session;
    return ((await session.get(key))[key]?.conversation ?? null) as never;
  }, `tab:${tabId}`);
}

export interface ReadOut {
  conversation: Conversation;
  emotion: string | null;
  panel: Page;
}

/**
 * Opens the panel for `page`'s tab and waits until the tab's conversation comes from `source` and has
 * `messages` messages, then returns it with the panel's primary emotion.
 */
export async function readOut(h: Harness, page: Page, source: string, messages: number): Promise<ReadOut> {
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  let conversation: Conversation | null = null;
  await expect
    .poll(
      async () => {
        conversation = await conversationOf(h, tabId);
        return conversation ? `${conversation.source}:${conversation.messages.length}` : 'nothing read';
      },
      { timeout: 20_000 },
    )
    .toBe(`${source}:${messages}`);
  await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
  const emotion = await panel.getByTestId('emotion-primary').getAttribute('data-emotion');
  return { conversation: conversation as unknown as Conversation, emotion, panel };
}
