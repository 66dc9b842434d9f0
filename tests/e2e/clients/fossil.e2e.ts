// A real Fossil forum (Debian's fossil package) on loopback, seeded with support threads in English and Chinese:
// the extension reads the thread page and the reply page, and the panel follows the customer's latest post.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AGENT, type FossilServer, startFossil, THREADS } from '../../../scripts/clients/fossil';
import { type Harness, launch, setUiLanguage } from '../../../scripts/lib/extension-browser';
import { readOut } from './read-out';

let h: Harness;
let server: FossilServer;

beforeAll(async () => {
  // No silent skip: a client that cannot start fails the suite with the reason.
  server = await startFossil();
  h = await launch();
  await setUiLanguage(h, 'en');
  const page = await h.context.newPage();
  await page.goto(`${server.url}/login`);
  await page.fill('#u', AGENT.login);
  await page.fill('#p', AGENT.password);
  await page.click('input[name="in"]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.close();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

/** The read-out each thread must show: the primary emotion of the customer's latest post. */
const EXPECTED: Record<string, { emotions: string[]; latest: RegExp }> = {
  en: { emotions: ['anger'], latest: /I am furious/ },
  'zh-hans': { emotions: ['frustration', 'anger'], latest: /太气人了/ },
};

describe.each(THREADS.map((t) => [t.key, t] as const))('Fossil forum thread %s', (key, thread) => {
  const expected = EXPECTED[key] as { emotions: string[]; latest: RegExp };

  test('thread page: every post, in order, with roles from the signed-in user', async () => {
    const page = await h.context.newPage();
    await page.goto(server.threads[key] as string);
    const { conversation, emotion, panel } = await readOut(h, page, 'fossil', thread.posts.length);
    expect(conversation.title).toBe(thread.title);
    expect(conversation.messages.map((m) => m.role)).toEqual(
      thread.posts.map((p) => (p.login === AGENT.login ? 'agent' : 'customer')),
    );
    expect(conversation.messages.map((m) => m.text)).toEqual(thread.posts.map((p) => p.text));
    expect(conversation.messages.at(-1)?.text).toMatch(expected.latest);
    expect(expected.emotions).toContain(emotion);
    await panel.close();
    await page.close();
  });

  test("reply page: the post being answered is the customer's message", async () => {
    const page = await h.context.newPage();
    await page.goto(server.threads[key] as string);
    await page.locator('input[type="submit"][name="reply"]').last().click();
    await page.locator('textarea[name="content"]').waitFor();
    try {
      const { conversation, emotion, panel } = await readOut(h, page, 'fossil', 1);
      const last = thread.posts.at(-1);
      expect(conversation.title).toBe(thread.title);
      expect(conversation.messages).toEqual([
        expect.objectContaining({ role: 'customer', author: last?.login, text: last?.text }),
      ]);
      expect(expected.emotions).toContain(emotion);
      await panel.close();
    } finally {
      // Every reply page has the same URL (/forumedit): close it so the next test finds its own tab.
      await page.close();
    }
  });
});
