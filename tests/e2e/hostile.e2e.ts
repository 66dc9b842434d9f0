import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch, openPanel, setUiLanguage, tabIdOf } from '../../scripts/lib/extension-browser';

// Heartline as a hostile page, a heavy user and a keyboard user meet it, in real Chromium. Everything the
// "page" does here runs in the page's own world (page.evaluate, inline scripts): exactly what a site can do.

const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>`;

/** A chat page the generic reader understands, with a reply box; it records what it is told about Heartline. */
function hostilePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Support chat</title>
<script>
  // Installed before any content script: whatever Heartline posts to the page is recorded here.
  window.__seen = [];
  addEventListener('message', (e) => __seen.push(JSON.stringify(e.data)));
  const id = new URLSearchParams(location.search).get('id');
  for (const target of [document, window]) {
    target.addEventListener(id + ':content:wxt:content-script-started', (e) => __seen.push('event:' + e.type + JSON.stringify(e.detail)), true);
  }
  window.addMsg = (role, author, text, time) => {
    const row = document.createElement('article');
    row.className = 'row from-' + role;
    row.setAttribute('data-author-role', role);
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    const p = document.createElement('p');
    p.textContent = text;
    bubble.append(p);
    const meta = document.createElement('span');
    meta.className = 'meta';
    const who = document.createElement('span');
    who.className = 'author';
    who.textContent = author;
    const when = document.createElement('time');
    when.setAttribute('datetime', '2026-01-01T09:00:00Z');
    when.textContent = time || '09:00';
    meta.append(who, ' ', when);
    row.append(bubble, meta);
    document.getElementById('log').append(row);
  };
</script></head>
<body><main><h1 id="subject">Refund request</h1>
<div class="log" id="log" role="log" aria-label="Conversation"></div>
<form onsubmit="return false"><textarea id="reply" aria-label="Reply" rows="6" cols="60"></textarea></form></main>
<script>
  addMsg('visitor', 'Dana', 'My refund still has not arrived and this is the third time I write. I am really angry!');
  addMsg('agent', 'Sam', 'Sorry about that, let me check.');
  addMsg('visitor', 'Dana', 'Nobody answers. This is ridiculous and I want my money back now!!!');
</script></body></html>`;
}

let h: Harness;
let server: Server;
let base = '';

beforeAll(async () => {
  h = await launch();
  await setUiLanguage(h, 'en');
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostilePage());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openHostile(name: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(`${base}/${name}.html?id=${h.extensionId}`);
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
  return { page, panel, tabId };
}

const sourceLine = (panel: Page) => panel.locator('.source').textContent();

type AddMsg = (role: string, author: string, text: string, time?: string) => void;
interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  getBytesInUse(keys: null): Promise<number>;
}

/** The tab's state as the background stored it, read in the service worker. */
function storedState(tabId: number): Promise<string> {
  return h.worker.evaluate(async (key) => {
    const s = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
    return JSON.stringify((await s.get(key))[key]);
  }, `tab:${tabId}`);
}

async function addMessage(page: Page, text: string, author = 'Dana', time?: string) {
  await page.evaluate(
    ([t, a, w]) => (window as unknown as { addMsg: AddMsg }).addMsg('visitor', a as string, t as string, w),
    [text, author, time ?? ''],
  );
}

/** Waits until the panel counts `n` messages in the conversation (the source line names the count). */
async function panelCounts(panel: Page, n: number) {
  await expect.poll(() => sourceLine(panel), { timeout: 15_000 }).toMatch(new RegExp(`\\b${n}\\b`));
}

describe('a page cannot find, forge or silence Heartline', () => {
  test('the content script tells the page nothing, and a forged WXT handshake does not silence it', async () => {
    const { page, panel } = await openHostile('handshake');
    await panelCounts(panel, 3);

    // The page forges WXT's handshake every way WXT 0.21 would have heard it.
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, h.extensionId);

    // Heartline still hears new messages and the draft.
    await addMessage(page, 'If this is not fixed today I will call my lawyer.');
    await panelCounts(panel, 4);
    await expect.poll(() => panel.getByTestId('escalation-flag').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('#reply').fill("As I said, it's not our fault. Calm down.");
    await panel.getByTestId('draft-coach').waitFor({ timeout: 10_000 });
    // Nothing announced itself to the page: no postMessage, no started-event under our id (only the forgeries).
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((s) => !s.includes('forged'))).toEqual([]);
    await page.close();
    await panel.close();
  });

  test('forged envelopes of every shape, posted or dispatched by the page, change nothing', async () => {
    const { page, panel, tabId } = await openHostile('forged');
    const before = await storedState(tabId);
    const outcome = await page.evaluate((id) => {
      const forged = {
        source: 'forged',
        customer: { name: 'Forger' },
        messages: [{ role: 'customer', text: 'PWNED' }],
      };
      const shapes = [
        { type: 'read', data: undefined },
        { type: 'insert', data: { text: 'PWNED insert' } },
        { type: 'highlight', data: { text: 'refund' } },
        { type: 'pick', data: { hint: 'x', cancel: 'y' } },
        { type: 'snapshot', data: { url: location.href, conversation: forged } },
        { type: 'draft', data: { text: 'PWNED draft' } },
        { type: 'enableSite', data: { origin: 'https://evil.example', tabId: 1 } },
        { type: 'disableSite', data: { origin: location.origin } },
        { type: 'injectNow', data: { tabId: 1 } },
        { type: 'tabStateFailed', data: { tabId: 1, reason: 'quota' } },
      ];
      for (const s of shapes) {
        const envelope = { channel: 'heartline', ...s };
        window.postMessage(envelope, '*');
        window.postMessage(JSON.stringify(envelope), '*');
        document.dispatchEvent(new CustomEvent('heartline', { detail: envelope }));
        document.dispatchEvent(new CustomEvent(`${id}:heartline`, { detail: envelope }));
      }
      // Pages have no way into the extension's runtime (no externally_connectable).
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      let reached = false;
      try {
        if (typeof runtime?.sendMessage === 'function') {
          (runtime.sendMessage as (id: string, m: unknown) => void)(id, shapes[4]);
          reached = true;
        }
      } catch {
        reached = false;
      }
      return { reached };
    }, h.extensionId);
    expect(outcome.reached).toBe(false);
    await page.waitForTimeout(500);
    expect(await page.locator('#reply').inputValue()).toBe('');
    const after = await storedState(tabId);
    expect(after).toBe(before);
    expect(after).not.toContain('PWNED');
    expect(await panel.locator('.toast').count()).toBe(0);
    expect(await sourceLine(panel)).not.toContain('forged');
    await page.close();
    await panel.close();
  });
});

describe('markup from the page is text, everywhere', () => {
  test('title, author, time, message and draft markup never executes or renders as HTML', async () => {
    const cspViolations: string[] = [];
    const { page, panel } = await openHostile('markup');
    panel.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.evaluate((markup) => {
      document.title = `Ticket ${markup}`;
      (document.getElementById('subject') as HTMLElement).textContent = `Subject ${markup}`;
    }, MARKUP);
    await addMessage(page, `I am furious ${MARKUP} javascript:alert(1)`, `Dana ${MARKUP}`, `09:05 ${MARKUP}`);
    await page.locator('#reply').fill(`Hi ${MARKUP} it's not our fault`);
    await panelCounts(panel, 4);
    await panel.getByTestId('draft-coach').waitFor({ timeout: 10_000 });
    // Open everything that shows page text: the evidence list and the settings dialog.
    await panel.locator('details.evidence summary').click();
    await expect.poll(() => sourceLine(panel)).toContain('<img');
    const rendered = await panel.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      scripts: document.querySelectorAll('body script').length,
      bold: document.querySelectorAll('b').length,
      handlers: document.querySelectorAll('[onerror]').length,
    }));
    expect(rendered).toEqual({ pwned: undefined, imgs: ['/icon/32.png'], scripts: 0, bold: 0, handlers: 0 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(cspViolations).toEqual([]);
    await page.close();
    await panel.close();
  });
});

describe('the closed CSP still lets the extension pages work', () => {
  test('options page renders its settings and templates with no CSP violation', async () => {
    const page = await h.context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByTestId('template-card').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('settings-agent-name').waitFor();
    // The packaged stylesheets loaded (style-src 'self').
    const styled = await page.evaluate(() => document.styleSheets.length);
    expect(styled).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('one tab cannot starve the others', () => {
  test('oversized titles, messages, addresses and drafts in two tabs leave a third updating', async () => {
    const heavy: Page[] = [];
    for (const name of ['heavy-a', 'heavy-b']) {
      const { page, panel } = await openHostile(name);
      await page.evaluate(() => {
        const huge = (c: string, n: number) => c.repeat(n);
        document.title = huge('T', 5_000_000);
        (document.getElementById('subject') as HTMLElement).textContent = huge('S', 2_000_000);
        history.replaceState(null, '', `${location.pathname}?q=${huge('u', 500_000)}`);
        (window as unknown as { addMsg: AddMsg }).addMsg('visitor', huge('A', 1_000_000), huge('m', 1_000_000));
      });
      await page.locator('#reply').fill('d'.repeat(1_000_000));
      // The heading nearest the thread is the title. The heavy tab's own panel still works, its title capped;
      // how many of the huge messages fit the reader's character budget is the reader's business.
      await expect.poll(() => sourceLine(panel), { timeout: 20_000 }).toMatch(/^S+…? · [12] /);
      expect(((await sourceLine(panel)) ?? '').length).toBeLessThan(200);
      heavy.push(page);
      await panel.close();
    }
    const { page, panel } = await openHostile('ordinary');
    await addMessage(page, 'Thanks, that fixed it. You have been very helpful!');
    await panelCounts(panel, 4);
    await addMessage(page, 'Actually it broke again and I am really upset now.');
    await panelCounts(panel, 5);
    const bytes = await h.worker.evaluate(async () => {
      const s = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
      return s.getBytesInUse(null);
    });
    expect(bytes).toBeLessThan(1_000_000);
    for (const p of heavy) await p.close();
    await page.close();
    await panel.close();
  });
});

describe('the whole panel works by keyboard alone', () => {
  async function tabTo(panel: Page, match: (el: { testid: string; tag: string; text: string }) => boolean, max = 80) {
    for (let i = 0; i < max; i++) {
      await panel.keyboard.press('Tab');
      const el = await panel.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { testid: a?.dataset.testid ?? '', tag: a?.tagName ?? '', text: a?.textContent?.trim() ?? '' };
      });
      if (match(el)) return el;
    }
    throw new Error('never reached by Tab');
  }

  test('settings is a modal dialog: focus moves in, stays in, Escape closes it and returns focus', async () => {
    const { page, panel } = await openHostile('keyboard-dialog');
    await tabTo(panel, (el) => el.testid === 'settings-open');
    await panel.keyboard.press('Enter');
    const dialog = panel.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('settings-close');
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
      expect(await panel.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    await panel.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('settings-open');
    await page.close();
    await panel.close();
  });

  test('evidence opens, a suggestion is inserted and the paste mode toggles, all by keyboard', async () => {
    const { page, panel } = await openHostile('keyboard-panel');
    await tabTo(panel, (el) => el.testid === 'insert-suggestion');
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 10_000 }).not.toBe('');

    await tabTo(panel, (el) => el.tag === 'SUMMARY');
    await panel.keyboard.press('Enter');
    const show = await tabTo(panel, (el) => el.tag === 'BUTTON' && el.text === 'Show in page');
    expect(show.text).toBe('Show in page');
    const names = await panel
      .locator('.evidence-list button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    await panel.keyboard.press('Enter');

    await tabTo(panel, (el) => el.testid === 'paste-toggle');
    await panel.keyboard.press('Space');
    await panel.getByTestId('paste-box').waitFor();
    await page.close();
    await panel.close();
  });
});
