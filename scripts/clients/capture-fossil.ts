// Captures the Fossil forum's thread page and reply page from a real local Fossil (see fossil.ts) into
// scrubbed fixtures for the Fossil adapter. Run: npx tsx scripts/clients/capture-fossil.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROME, CHROME_ARGS } from '../lib/extension-browser';
import { AGENT, type FossilServer, startFossil, THREADS } from './fossil';

const OUT = join(import.meta.dirname, '../../tests/fixtures/adapters/fossil');

/** Signs in through Fossil's own login form, as an agent would. */
export async function fossilLogin(page: Page, server: FossilServer): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.fill('#u', AGENT.login);
  await page.fill('#p', AGENT.password);
  await page.click('input[name="in"]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** From a thread page, the reply page for the thread's last post (Fossil opens it with a POST). */
export async function openReplyToLast(page: Page): Promise<void> {
  await page.locator('input[type="submit"][name="reply"]').last().click();
  await page.waitForSelector('textarea[name="content"]');
}

function scrub(html: string, server: FossilServer, path: string, shape: string, key: string): string {
  const host = new URL(server.url).host;
  const note = `<!-- fixture-url: http://forum.example.test${path} -->
<!-- Captured ${new Date().toISOString().slice(0, 10)} from a real Fossil 2.21 forum (Debian 12 package) running on
     loopback, ${shape}, thread ${key}; posts seeded by scripts/clients/fossil.ts; scrubbed by capture-fossil.ts
     (scripts and stylesheet links removed, host replaced). -->\n`;
  const body = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replaceAll(host, 'forum.example.test')
    .replace(/\bnonce='[^']*'/g, '');
  return body.replace(/^\s*<!DOCTYPE[^>]*>/i, (d) => `${d}\n${note}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startFossil();
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await fossilLogin(page, server);
    for (const t of THREADS) {
      const url = server.threads[t.key] as string;
      await page.goto(url);
      await page.waitForSelector('.forumPostBody');
      const path = new URL(url).pathname;
      writeFileSync(join(OUT, `${t.key}-thread.html`), scrub(await page.content(), server, path, 'thread page', t.key));
      await openReplyToLast(page);
      writeFileSync(
        join(OUT, `${t.key}-reply.html`),
        scrub(await page.content(), server, '/forumedit', 'reply page (Reply to the last post)', t.key),
      );
      console.log('captured', t.key);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
