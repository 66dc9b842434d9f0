// A reply page in real Chromium with the built extension: the customer's words exist only as the original
// quoted under the agent's draft, in a CKEditor-4-like iframe editor that opens with that quote. The panel
// must read the quote as the customer's message, the coach must read only what the agent writes above it,
// and an inserted phrase must land above the quote in its own paragraph.
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch, openDemo, openPanel, setUiLanguage, tabIdOf } from '../../scripts/lib/extension-browser';

let h: Harness;
let page: Page;
let panel: Page;
let editor: FrameLocator;

/** The draft the content script reported for the tab, as the background keeps it. */
async function storedDraft(): Promise<string> {
  return panel.evaluate(async () => {
    type Area = { get(k: null): Promise<Record<string, { draft?: string }>> };
    const session = (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome.storage.session;
    const all = await session.get(null);
    const tab = Object.entries(all).find(([k]) => k.startsWith('tab:'))?.[1];
    return tab?.draft ?? '';
  });
}

const paragraphs = (): Promise<string[]> =>
  editor.locator('body > p, body > div').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

beforeAll(async () => {
  h = await launch();
  await setUiLanguage(h, 'en');
  page = await openDemo(h, '/reply.html');
  panel = await openPanel(h, await tabIdOf(h, page));
  editor = page.frameLocator('#editor-frame');
  await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await h?.close();
});

describe('reply page with the original quoted in an iframe editor', () => {
  test("the panel reads the quoted original as the customer's message, not the menus, notice or hidden source", async () => {
    expect(['anger', 'frustration']).toContain(await panel.getByTestId('emotion-primary').getAttribute('data-emotion'));
    const flags = await panel
      .getByTestId('escalation-flag')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag') ?? ''));
    // Both come only from the quoted customer's words ("THIRD time", "chargeback").
    expect(flags).toEqual(expect.arrayContaining(['repeat-contact', 'chargeback']));
    // One message: the quoted original (its own quoted history and the page chrome are not messages).
    expect(await panel.locator('.source').textContent()).toMatch(/\b1\b/);
  });

  test('an inserted phrase lands above the quote, in its own paragraph, with the caret at the top of the quote', async () => {
    // The editor opens with the caret at the start of "On … wrote:", as CKEditor 4 does.
    await editor.locator('body').click();
    await page.keyboard.press('Control+Home');
    await page.bringToFront();
    const text = (await panel.getByTestId('suggestion').first().locator('.suggestion-text').textContent()) ?? '';
    await panel.getByTestId('insert-suggestion').first().click();
    await expect.poll(async () => (await paragraphs()).join('\n'), { timeout: 10_000 }).toContain(text.slice(0, 20));
    const ps = await paragraphs();
    const at = ps.findIndex((p) => p.includes(text.slice(0, 20)));
    const quoteLine = ps.findIndex((p) => p.startsWith('On Wed, Jul 26, 2023'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(quoteLine).toBeGreaterThan(at);
    // Not glued: the attribution line is still a paragraph of its own, exactly as it was.
    expect(ps[quoteLine]).toBe('On Wed, Jul 26, 2023 at 5:20 PM Dana Whitfield <dana.whitfield@example.com> wrote:');
    expect(ps[at]).not.toContain('wrote:');
  });

  test('the coach reads only what the agent wrote above the quote', async () => {
    const body = editor.locator('body');
    await body.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Dana, calm down. ');
    await expect.poll(storedDraft, { timeout: 10_000 }).toContain('Hi Dana, calm down.');
    const draft = await storedDraft();
    expect(draft).not.toContain('THIRD');
    expect(draft).not.toContain('wrote:');
    expect(draft).not.toContain('Thank you for your patience');
    await panel.getByTestId('draft-coach').waitFor({ timeout: 10_000 });
    // Every wording the coach flags is the agent's own, none of the customer's quoted words.
    await expect.poll(() => panel.locator('.coach-span').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    for (const span of await panel.locator('.coach-span').allTextContents()) expect(draft).toContain(span);
  });
});
