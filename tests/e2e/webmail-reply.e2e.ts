// Gmail and Outlook reply views in real Chromium with the built extension, served at their own addresses from the
// adapters' fixtures (tests/fixtures/adapters): the popped-out reply windows show no thread, so the customer's mail
// exists only as the quote in the reply box. The panel must read that quote as the customer's message, the draft
// must be only what the agent wrote, and an inserted phrase must land above the quote in its own block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Conversation } from '../../lib/types';
import { type Harness, launch, setUiLanguage, tabIdOf } from '../../scripts/lib/extension-browser';
import { parseFixtureMeta } from '../unit/adapters/load-fixture';
import { readOut } from './clients/read-out';

const FIXTURES = join(import.meta.dirname, '../fixtures/adapters');

let h: Harness;

beforeAll(async () => {
  h = await launch();
  await setUiLanguage(h, 'en');
});
afterAll(async () => {
  await h?.close();
});

/** Opens a fixture at the address it was written for; nothing leaves the machine (every request is answered here). */
async function openFixture(name: string): Promise<{ page: Page; expected: Conversation }> {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Conversation;
  const { url } = parseFixtureMeta(html);
  const page = await h.context.newPage();
  await page.route('**/*', (route) =>
    route.request().url().split('#')[0] === url.href.split('#')[0]
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(url.href);
  return { page, expected };
}

async function storedDraft(tabId: number): Promise<string> {
  return h.worker.evaluate(async (key) => {
    type Area = { get(k: string): Promise<Record<string, { draft?: string } | undefined>> };
    const session = (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome.storage.session;
    return (await session.get(key))[key]?.draft ?? '';
  }, `tab:${tabId}`);
}

describe.each([
  ['gmail', 'gmail/reply-popout-en', '.gmail_quote', ['frustration', 'anger']],
  ['outlook', 'outlook/reply-popout-en', '#appendonsend', ['anxiety', 'frustration', 'sadness', 'anger']],
  // Inline replies under a thread: the collapsed or missing newest mail comes from the quote.
  ['gmail', 'gmail/inline-reply-zh-hans', '.gmail_quote', ['frustration', 'anger', 'anxiety']],
  [
    'outlook',
    'outlook/inline-reply-zh-hant',
    '#mail-editor-reference-message-container',
    ['frustration', 'anxiety', 'anger'],
  ],
] as const)('%s reply: %s', (source, name, quoteSelector, emotions) => {
  test("reads the quoted mail as the customer's, keeps the draft to the agent's lines, inserts above the quote", async () => {
    const { page, expected } = await openFixture(name);
    try {
      const { conversation, emotion, panel } = await readOut(h, page, source, expected.messages.length);
      // What the background keeps: the reading without the adapters' `partial` marks.
      const kept = { ...expected, messages: expected.messages.map(({ partial: _p, ...m }) => m) };
      expect(conversation).toEqual(kept);
      expect(emotions).toContain(emotion);

      // The agent types at the top of the reply; the draft the coach gets is that, never the quoted mail.
      const tabId = await tabIdOf(h, page);
      const box = page.locator('[contenteditable="true"]').last();
      await box.click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Thanks for your patience. ');
      await expect.poll(() => storedDraft(tabId), { timeout: 10_000 }).toContain('Thanks for your patience.');
      const draft = await storedDraft(tabId);
      expect(draft).not.toContain(expected.messages[0]?.text.slice(0, 30) ?? '');
      expect(draft).not.toMatch(/wrote:|From:/);

      // A suggestion inserted from the panel lands in the agent's part, before the quote, not inside it.
      await page.bringToFront();
      const text = (await panel.getByTestId('suggestion').first().locator('.suggestion-text').textContent()) ?? '';
      await panel.getByTestId('insert-suggestion').first().click();
      const probe = text.slice(0, 20);
      await expect.poll(() => box.textContent(), { timeout: 10_000 }).toContain(probe);
      const placed = await box.evaluate(
        (root, [p, q]) => {
          const quote = root.querySelector(q);
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!(n.textContent ?? '').includes(p)) continue;
            const inQuote =
              !!quote && (quote.contains(n) || !!n.parentElement?.closest('blockquote, [id$="divRplyFwdMsg"]'));
            const before = !!quote && !!(n.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING);
            return { inQuote, before };
          }
          return null;
        },
        [probe, quoteSelector] as const,
      );
      expect(placed).toEqual({ inQuote: false, before: true });
      await panel.close();
    } finally {
      await page.close();
    }
  });
});
