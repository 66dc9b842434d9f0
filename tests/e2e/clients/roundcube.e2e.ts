// A real Roundcube webmail (Debian's roundcube + dovecot-imapd + php-cli) on loopback, its mailbox seeded with
// customer mails in English and Chinese (scripts/roundcube/seed.mbox): the extension reads the message page and
// the reply page, where the customer's words exist only as the quote under the agent's draft.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RC_USER, type RoundcubeServer, startRoundcube } from '../../../scripts/clients/roundcube';
import { type Harness, launch, setUiLanguage, tabIdOf } from '../../../scripts/lib/extension-browser';
import { readOut } from './read-out';

let h: Harness;
let server: RoundcubeServer;
let inbox: Page;

beforeAll(async () => {
  // No silent skip: a client that cannot start fails the suite with the reason.
  server = await startRoundcube();
  h = await launch();
  await setUiLanguage(h, 'en');
  inbox = await h.context.newPage();
  await inbox.goto(server.url);
  await inbox.fill('#rcmloginuser', RC_USER.login);
  await inbox.fill('#rcmloginpwd', RC_USER.password);
  await inbox.click('#rcmloginsubmit');
  await inbox.waitForSelector('#messagelist tbody tr');
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

const CASES = [
  {
    key: 'en',
    subject: 'Order #A10293 still not delivered',
    author: 'Dana Whitfield',
    says: /This is the third time I am writing about order #A10293/,
    emotions: ['frustration', 'anger'],
    reply: 'Hi Dana, I am sorry for the wait. Your parcel is with the courier today.',
  },
  {
    key: 'zh-hans',
    subject: '订单号 20261122-8841 退款还没到账',
    author: '王晓明',
    says: /申请退款已经一个星期了，钱到现在还没到账/,
    emotions: ['frustration', 'anxiety', 'anger'],
    reply: '王先生您好，退款已加急处理，今天之内到账。',
  },
];

/** The message's uid, from the row Roundcube lists it in. */
async function uidOf(subject: string): Promise<string> {
  const row = inbox.locator('#messagelist tbody tr', { hasText: subject }).first();
  const id = await row.getAttribute('id');
  // Roundcube names rows rcmrow + the uid in unpadded base64 ("MQ" is uid 1).
  const encoded = /^rcmrow([A-Za-z0-9_-]+)$/.exec(id ?? '')?.[1];
  const uid = encoded ? Buffer.from(encoded, 'base64url').toString('utf8') : undefined;
  if (!uid || !/^\d+$/.test(uid)) throw new Error(`no Roundcube row for "${subject}" (id ${id})`);
  return uid;
}

describe.each(CASES.map((c) => [c.key, c] as const))('Roundcube mail %s', (_key, c) => {
  test('message page: the customer mail, without its quoted history', async () => {
    const page = await h.context.newPage();
    await page.goto(`${server.url}?_task=mail&_mbox=INBOX&_uid=${await uidOf(c.subject)}&_action=show`);
    await page.waitForSelector('#messagebody');
    const { conversation, emotion, panel } = await readOut(h, page, 'roundcube', 1);
    expect(conversation.title).toBe(c.subject);
    expect(conversation.messages).toEqual([expect.objectContaining({ role: 'customer', author: c.author })]);
    expect(conversation.messages[0]?.text).toMatch(c.says);
    expect(conversation.messages[0]?.text).not.toMatch(/^>|wrote:|写道/m);
    expect(c.emotions).toContain(emotion);
    await panel.close();
    await page.close();
  });

  test("reply page: the quote under the cursor is the customer's message, not the agent's draft", async () => {
    const page = await h.context.newPage();
    await page.goto(`${server.url}?_task=mail&_reply_uid=${await uidOf(c.subject)}&_mbox=INBOX&_action=compose`);
    await page.locator('textarea#composebody').waitFor();
    try {
      const { conversation, emotion, panel } = await readOut(h, page, 'roundcube', 1);
      expect(conversation.title).toBe(c.subject);
      expect(conversation.messages).toEqual([expect.objectContaining({ role: 'customer', author: c.author })]);
      expect(conversation.messages[0]?.text).toMatch(c.says);
      expect(conversation.messages[0]?.text).not.toMatch(/^>|wrote:|写道/m);
      // Nothing typed yet: the quote is not the agent's draft (the content script reports only the part above it).
      // This tab's draft: the inbox and the earlier message pages have state of their own.
      const tabId = await tabIdOf(h, page);
      const storedDraft = () =>
        h.worker.evaluate(async (key) => {
          type Area = { get(k: string): Promise<Record<string, { draft?: string } | undefined>> };
          const session = (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome.storage.session;
          return (await session.get(key))[key]?.draft ?? '';
        }, `tab:${tabId}`);
      expect((await storedDraft()).trim()).toBe('');
      expect(c.emotions).toContain(emotion);
      // Roundcube puts the cursor below the quote: what the agent types there is the draft, the quote is not.
      await page.locator('textarea#composebody').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(`\n${c.reply}`);
      await expect.poll(storedDraft, { timeout: 5_000 }).toBe(c.reply);
      await panel.close();
    } finally {
      await page.close();
    }
  });
});
