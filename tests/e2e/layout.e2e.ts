import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch, openDemo, openPanel, setUiLanguage, tabIdOf } from '../../scripts/lib/extension-browser';

// The panel is narrow and its width is the agent's choice: nothing may stick out past its right edge
// or be cut inside its own box, at any width Chrome and Edge allow, in any of the three UI languages.

const WIDTHS = [280, 300, 320, 360, 400, 600] as const;
const LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await setUiLanguage(h, 'auto').catch(() => {});
  await h?.close();
});

interface Overflow {
  what: string;
  left: number;
  right: number;
  width: number;
}

/** Elements that reach outside the viewport, and controls whose own text is cut. */
async function overflows(panel: Page): Promise<Overflow[]> {
  return panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: Array<{ what: string; left: number; right: number; width: number }> = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5) out.push({ what: name(el), left: r.left, right: r.right, width });
      // A control whose label does not fit in its own box is clipped even when the box itself fits.
      const style = getComputedStyle(el);
      if (
        (el.tagName === 'BUTTON' || el.tagName === 'SUMMARY') &&
        style.overflow !== 'visible' &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        out.push({ what: `${name(el)} (text cut)`, left: r.left, right: r.right, width });
      }
    }
    if (document.documentElement.scrollWidth > width + 0.5) {
      out.push({ what: 'page scrolls sideways', left: 0, right: document.documentElement.scrollWidth, width });
    }
    return out;
  });
}

async function checkAllWidths(panel: Page, label: string): Promise<void> {
  for (const width of WIDTHS) {
    await panel.setViewportSize({ width, height: 900 });
    await panel.waitForTimeout(50);
    expect(await overflows(panel), `${label} at ${width}px`).toEqual([]);
  }
}

describe('no element is wider than the panel', () => {
  test.each(LANGS)('%s UI: read-out, draft coach and settings drawer', async (lang) => {
    await setUiLanguage(h, lang);
    const page = await openDemo(h, '/helpdesk.html?c=zh-hant-complaint');
    const panel = await openPanel(h, await tabIdOf(h, page), { width: 400, height: 900 });
    await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
    await page.locator('textarea#reply').fill('我們已經說過了，這不是我們的問題，請您冷靜一點，不要一直打來。');
    await panel.getByTestId('draft-coach').waitFor({ timeout: 10_000 });
    await checkAllWidths(panel, `${lang} read-out`);
    await panel.locator('button[aria-controls="settings-drawer"]').click();
    await panel.locator('#settings-drawer').waitFor();
    await checkAllWidths(panel, `${lang} settings`);
    await page.close();
    await panel.close();
  });

  test.each(LANGS)('%s UI: pasted text with long unbroken words', async (lang) => {
    await setUiLanguage(h, lang);
    const page = await openDemo(h, '/helpdesk.html?c=en-late-gift');
    const panel = await openPanel(h, await tabIdOf(h, page), { width: 400, height: 900 });
    await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
    await panel.getByTestId('paste-toggle').click();
    await panel
      .getByTestId('paste-box')
      .fill(
        `Customer: THIS IS UNACCEPTABLE!!! Order ${'A'.repeat(60)}-1234 never arrived, see https://tracking.example.com/${'x'.repeat(120)} and I want a refund now or I go to my lawyer.\nAgent: Sorry about that.\nCustomer: I've written three times already!!!`,
      );
    await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
    await checkAllWidths(panel, `${lang} pasted`);
    await page.close();
    await panel.close();
  });

  test.each(LANGS)('%s UI: an English conversation', async (lang) => {
    await setUiLanguage(h, lang);
    const page = await openDemo(h, '/helpdesk.html?c=en-cancel-repeat');
    const panel = await openPanel(h, await tabIdOf(h, page), { width: 400, height: 900 });
    await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
    await checkAllWidths(panel, `${lang} en conversation`);
    await page.close();
    await panel.close();
  });
});

describe('demo pages', () => {
  test.each([
    ['helpdesk', '#ticket-list time'],
    ['mail', '#thread-list time'],
    ['chat', '#chat-list time'],
  ])('the %s list shows every time in the page’s one format', async (type, selector) => {
    const page = await openDemo(h, `/${type}.html?c=en-cancel-repeat`);
    const times = await page.locator(selector).allTextContents();
    expect(times.length).toBeGreaterThan(5);
    // The pages are English: 10:31 AM, never 上午11:18 or a bare 24-hour 14:41 beside them.
    for (const t of times) expect(t).toMatch(/^([A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d{2}\s?[AP]M$/);
    await page.close();
  });

  test.each([
    [1100, 800],
    [980, 760],
    [800, 600],
  ])('the webmail Send button is in view at %ix%i', async (width, height) => {
    const page = await openDemo(h, '/mail.html?c=en-cancel-repeat');
    await page.setViewportSize({ width, height });
    const box = await page.locator('#send').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
    await page.close();
  });
});
