// Captures Roundcube's message view and reply page from a real local instance (see setup.sh) into scrubbed
// fixtures for the Roundcube adapter. Run: bash scripts/roundcube/setup.sh && npx tsx scripts/roundcube/capture.ts
// (`--reply-only` captures only the reply pages: the compose view that quotes the customer's mail).
// The message body lives in a same-origin iframe (#messagecontframe); the capture inlines that
// iframe's document as `srcdoc` so a fixture reproduces what the content script sees.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS } from '../lib/extension-browser';
import { scrubRoundcubeHtml } from './scrub';

const BASE = process.env.RC_URL ?? 'http://127.0.0.1:8089/';
const USER = process.env.RC_USER ?? 'agent';
const PASS = process.env.RC_PASS ?? 'heartline-demo';
const OUT = join(import.meta.dirname, '../../tests/fixtures/adapters/roundcube');

/** Which seeded message becomes which fixture (matched on the subject line). */
const CASES: { name: string; subject: string }[] = [
  { name: 'en-order-late', subject: 'Order #A10293' },
  { name: 'zh-hans-refund', subject: '订单号 20261122-8841' },
  { name: 'zh-hant-damaged', subject: '訂單編號 TW-55821' },
];

const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(BASE);
  await page.fill('#rcmloginuser', USER);
  await page.fill('#rcmloginpwd', PASS);
  await page.click('#rcmloginsubmit');
  await page.waitForSelector('#messagelist tbody tr');
  const replyOnly = process.argv.includes('--reply-only');
  for (const c of CASES) {
    await page.locator('#messagelist tbody tr', { hasText: c.subject }).first().dblclick();
    await page.waitForSelector('#messagebody, #message-content', { timeout: 15_000 });
    await page.waitForTimeout(300);
    // The reply page: Roundcube's compose view with the customer's mail quoted under the cursor.
    const uid = new URL(page.url()).searchParams.get('_uid');
    await page.goto(`${BASE}?_task=mail&_reply_uid=${uid}&_mbox=INBOX&_action=compose`);
    await page.waitForSelector('#composebody', { timeout: 15_000 });
    await page.waitForTimeout(500);
    const reply = scrubRoundcubeHtml(
      await page.content(),
      c.name,
      'reply page (compose view quoting the mail)',
      'http://mail.example.test/?_task=mail&_action=compose&_id=SCRUBBED',
      new Date().toISOString().slice(0, 10),
    );
    writeFileSync(join(OUT, `${c.name}-reply.html`), reply);
    await page.goto(`${BASE}?_task=mail&_mbox=INBOX`);
    await page.waitForSelector('#messagelist tbody tr');
    if (replyOnly) continue;
    await page.locator('#messagelist tbody tr', { hasText: c.subject }).first().dblclick();
    await page.waitForSelector('#messagebody, #message-content', { timeout: 15_000 });
    await page.waitForTimeout(300);
    // Full-page message view (double-click) renders headers and body in the top document; the
    // preview pane (single click) uses #messagecontframe. Capture both shapes.
    const full = await page.content();
    writeFileSync(join(OUT, `${c.name}.html`), scrubRoundcubeHtml(full, c.name, 'full message view'));
    await page.goBack();
    await page.waitForSelector('#messagelist tbody tr');
    await page.locator('#messagelist tbody tr', { hasText: c.subject }).first().click();
    const frame = page.frameLocator('#messagecontframe');
    await frame.locator('#messagebody').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    const inner = await page.frame({ name: 'messagecontframe' })?.content();
    const outer = await page.content();
    if (!inner) throw new Error('preview frame not found');
    const merged = outer.replace(/<iframe([^>]*?)id="messagecontframe"([^>]*)>/, (_m, a: string, b: string) => {
      const attrs = `${a}id="messagecontframe"${b}`.replace(/\ssrc="[^"]*"/, '');
      return `<iframe${attrs} srcdoc="${escapeAttr(inner)}">`;
    });
    writeFileSync(join(OUT, `${c.name}-preview.html`), scrubRoundcubeHtml(merged, c.name, 'preview pane with iframe'));
    console.log('captured', c.name);
  }
} finally {
  await browser.close();
}

function escapeAttr(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
