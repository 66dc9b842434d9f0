import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translate } from '../../lib/i18n';
import { conversationFingerprint } from '../../lib/readout';
import type { Conversation } from '../../lib/types';
import {
  type Harness,
  launch,
  openDemo,
  openPanel,
  openTab,
  ROOT,
  setUiLanguage,
  tabIdOf,
} from '../../scripts/lib/extension-browser';

interface DemoConversation {
  id: string;
  language: string;
  expected: { primary: string[]; escalation: string[]; mayAlsoFlag: string[]; disc: string | null };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'demo', 'manifest.json'), 'utf8')) as {
  conversations: DemoConversation[];
};

let h: Harness;
const requests: string[] = [];

beforeAll(async () => {
  h = await launch();
  // Every request any page, frame or extension context makes during the run.
  h.context.on('request', (r: Request) => requests.push(r.url()));
  await setUiLanguage(h, 'en');
});
afterAll(async () => {
  await h?.close();
});

/** The panel once the learned model has read the conversation (the first read-out is the rules' alone). */
async function pageWithPanel(path: string): Promise<{ page: Page; panel: Page }> {
  const page = await openDemo(h, path);
  const panel = await openPanel(h, await tabIdOf(h, page));
  await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
  await panel.getByTestId('mood-confidence').waitFor({ timeout: 20_000 });
  return { page, panel };
}

const BANDS = { sure: 'confSure', fairly: 'confFairly', unsure: 'confUnsure' } as const;

/** The model's band, and whether the headline and note say what that band allows. */
async function expectHonestHeadline(panel: Page, lang: 'en' | 'zh-Hans' | 'zh-Hant'): Promise<string> {
  const row = panel.getByTestId('mood-confidence');
  const band = (await row.getAttribute('data-band')) as keyof typeof BANDS;
  expect(Object.keys(BANDS)).toContain(band);
  expect(await row.locator('.meter-value').textContent()).toBe(translate(lang, BANDS[band]));
  // The figures are there on hover: the label's probability and how likely the customer is upset.
  expect(await row.getAttribute('title')).toMatch(/\d+%/);
  const emotion = (await panel.getByTestId('emotion-primary').getAttribute('data-emotion')) as string;
  const name = translate(lang, `emo_${emotion}` as never);
  const headline = await panel.getByTestId('emotion-primary').textContent();
  expect(headline).toBe(band === 'unsure' ? translate(lang, 'headlineUnsure', name) : name);
  expect(await panel.getByTestId('confidence-note').count()).toBe(band === 'unsure' ? 1 : 0);
  return band;
}

async function flagsOf(panel: Page): Promise<string[]> {
  return panel.getByTestId('escalation-flag').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag') ?? ''));
}

describe('a panel that follows the active tab, as one opened from the toolbar does', () => {
  test('starts on its own tab, which it cannot read, and reads the tab brought to the front', async () => {
    const c = manifest.conversations[0]!;
    const page = await openDemo(h, `/helpdesk.html?c=${c.id}`);
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await panel.locator('[data-testid="panel-state"][data-state="unsupported"]').waitFor({ timeout: 20_000 });
    expect(await panel.getByTestId('emotion-primary').count()).toBe(0);
    await page.bringToFront();
    await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
    expect(c.expected.primary).toContain(await panel.getByTestId('emotion-primary').getAttribute('data-emotion'));
    await panel.close();
    await page.close();
  });
});

describe('the panel reads every demo conversation', () => {
  test.each(manifest.conversations.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const { page, panel } = await pageWithPanel(`/helpdesk.html?c=${c.id}`);
    const emotion = await panel.getByTestId('emotion-primary').getAttribute('data-emotion');
    expect(c.expected.primary.length).toBeGreaterThan(0);
    expect(c.expected.primary).toContain(emotion);
    // The exact set: a flag the conversation does not warrant is as wrong as a missing one. Only the
    // flags the demo data calls defensible either way (mayAlsoFlag) may be present or not.
    const optional = new Set(c.expected.mayAlsoFlag);
    const flags = (await flagsOf(panel)).filter((f) => !optional.has(f));
    expect(flags.sort()).toEqual([...c.expected.escalation].sort());
    await expectHonestHeadline(panel, 'en');
    const intensity = Number(await panel.getByTestId('emotion-intensity').getAttribute('data-value'));
    expect(intensity).toBeGreaterThanOrEqual(0);
    expect(intensity).toBeLessThanOrEqual(1);
    expect(await panel.getByTestId('suggestion').count()).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });
});

describe('insertion', () => {
  test('a suggestion goes into the helpdesk textarea at the caret, keeping the draft', async () => {
    const { page, panel } = await pageWithPanel('/helpdesk.html?c=en-cancel-repeat');
    const reply = page.locator('textarea#reply');
    await reply.fill('Hi Dana,\n\n');
    const text = (await panel.getByTestId('suggestion').first().locator('.suggestion-text').textContent()) ?? '';
    await panel.getByTestId('insert-suggestion').first().click();
    // The draft already greets Dana, so the suggestion's own "Hi Dana," is dropped (its first letter may be capitalised).
    const body = text.replace(/^Hi [^,]*,\s*/, '');
    await expect.poll(() => reply.inputValue()).toContain(body.slice(1, 30));
    expect(await reply.inputValue()).toMatch(/^Hi Dana,/);
    expect((await reply.inputValue()).match(/Hi Dana/g)).toHaveLength(1);
    await page.close();
    await panel.close();
  });

  test('a suggestion goes into the webmail contenteditable editor', async () => {
    const { page, panel } = await pageWithPanel('/mail.html?c=zh-hans-12315');
    const editor = page.locator('#editor');
    await editor.click();
    const text = (await panel.getByTestId('suggestion').first().locator('.suggestion-text').textContent()) ?? '';
    await panel.getByTestId('insert-suggestion').first().click();
    await expect.poll(() => editor.textContent()).toContain(text.slice(0, 12));
    await page.close();
    await panel.close();
  });
});

describe('live updates', () => {
  test('the draft coach reads the reply box as the agent types', async () => {
    const { page, panel } = await pageWithPanel('/helpdesk.html?c=en-cancel-repeat');
    await page.locator('textarea#reply').fill("As I said, it's not our fault. Calm down.");
    await panel.getByTestId('draft-coach').waitFor({ timeout: 10_000 });
    expect(await panel.locator('.coach-issue').count()).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });

  test('a new chat message reaches the panel', async () => {
    const { page, panel } = await pageWithPanel('/chat.html?c=en-late-gift');
    const before = (await panel.locator('.source').textContent()) ?? '';
    const input = page.locator('#input');
    await input.click();
    await page.keyboard.type('Let me look into that for you right now.');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.source').textContent(), { timeout: 30_000 }).not.toBe(before);
    await page.close();
    await panel.close();
  });
});

describe('states', () => {
  test('a site that is not enabled says so and offers to read it once or paste', async () => {
    const { page, tabId } = await openTab(h, `${h.demo.url.replace('127.0.0.1', 'demo.localhost')}/helpdesk.html`);
    const panel = await openPanel(h, tabId);
    await expect
      .poll(() => panel.getByTestId('panel-state').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('not-enabled');
    const actions = await panel.getByTestId('panel-state').locator('button').allTextContents();
    expect(actions).toEqual(['Read this page once', 'Paste text']);
    await page.close();
    await panel.close();
  });

  test('a page Heartline cannot read offers paste mode, and pasted text is analysed', async () => {
    const { page, tabId } = await openTab(h, `chrome-extension://${h.extensionId}/options.html`);
    const panel = await openPanel(h, tabId);
    await expect
      .poll(() => panel.getByTestId('panel-state').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('unsupported');
    await panel.getByRole('button', { name: 'Paste text' }).click();
    await panel.getByTestId('paste-box').fill('客戶：第三次來信了，還是沒處理！再不退費我就去消基會客訴！');
    await panel.getByTestId('emotion-primary').waitFor();
    // 第三次 (third time), 消基會 (the consumer regulator) and 再不退費 (a refund demanded on a threat).
    expect((await flagsOf(panel)).sort()).toEqual(['compensation', 'regulator', 'repeat-contact']);
    await page.close();
    await panel.close();
  });
});

describe('the background reads ahead', () => {
  test("the service worker stores the rules' read-out of a page's conversation before any panel opens", async () => {
    const page = await openDemo(h, '/helpdesk.html?c=zh-hans-12315');
    const tabId = await tabIdOf(h, page);
    const session = () =>
      h.worker.evaluate(async () => {
        type Area = { get(k: null): Promise<Record<string, unknown>> };
        const g = globalThis as unknown as { chrome: { storage: { session: Area } } };
        return g.chrome.storage.session.get(null);
      });
    type Stored = { fingerprint?: string; analysis?: { escalation?: string[] } };
    await expect
      .poll(async () => ((await session())[`readout:${tabId}`] as Stored | undefined)?.fingerprint, { timeout: 15_000 })
      .toBeDefined();
    const all = await session();
    const { conversation } = all[`tab:${tabId}`] as { conversation: Conversation };
    const readout = all[`readout:${tabId}`] as Stored;
    expect(readout.fingerprint).toBe(conversationFingerprint(conversation));
    // The engine the worker imported is the whole one: the 12315 complaint reads as a regulator threat.
    expect(readout.analysis?.escalation).toContain('regulator');
    await page.close();
  });
});

describe('the learned model in the panel', () => {
  test('the first read-out is on screen before the model has loaded, and the model then says how sure it is', async () => {
    const { page, panel } = await pageWithPanel('/helpdesk.html?c=en-cancel-repeat');
    const marks = await panel.evaluate(() =>
      ['heartline:first-readout', 'heartline:model-readout'].map((n) => performance.getEntriesByName(n)[0]?.startTime),
    );
    expect(marks[0]).toBeGreaterThan(0);
    expect(marks[1]).toBeGreaterThan(marks[0] as number);
    await page.close();
    await panel.close();
  });

  test('pasted text the model decides: its words are highlighted under "What gave it away"', async () => {
    const { page, tabId } = await openTab(h, `chrome-extension://${h.extensionId}/options.html`);
    const panel = await openPanel(h, tabId);
    await panel.getByTestId('paste-toggle').click();
    // A wait with no feeling word the rules know ("我的包裹已经一个星期没有更新物流信息了" left in the fifteenth session,
    // when Chinese support mail trained the model and it came to read that calm report as neutral, as the rules do).
    const text = '订单一直显示处理中，已经两个星期了';
    await panel.getByTestId('paste-box').fill(text);
    await panel.getByTestId('mood-confidence').waitFor({ timeout: 20_000 });
    await panel.locator('details.evidence summary').click();
    const own = panel.locator('.evidence-list li', { hasText: translate('en', 'cue_model') });
    expect(await own.count()).toBeGreaterThan(0);
    const emotion = (await panel.getByTestId('emotion-primary').getAttribute('data-emotion')) as string;
    for (const li of await own.all()) {
      const words = (await li.locator('mark').textContent()) ?? '';
      expect(words.length).toBeGreaterThanOrEqual(2);
      expect(text).toContain(words);
      expect(await li.locator('mark').isVisible()).toBe(true);
      expect(await li.locator('.ev-cue').textContent()).toContain(translate('en', `emo_${emotion}` as never));
    }
    await page.close();
    await panel.close();
  });

  test.each(['zh-Hans', 'zh-Hant'] as const)('how sure it is, in the %s UI', async (lang) => {
    await setUiLanguage(h, lang);
    try {
      const { page, panel } = await pageWithPanel('/helpdesk.html?c=zh-hant-complaint');
      await expectHonestHeadline(panel, lang);
      expect(await panel.getByTestId('mood-confidence').getAttribute('title')).toContain(
        lang === 'zh-Hans' ? '学习模型' : '學習模型',
      );
      await page.close();
      await panel.close();
    } finally {
      await setUiLanguage(h, 'en');
    }
  });
});

describe('privacy', () => {
  test('nothing the run loaded left this machine', () => {
    const offMachine = requests.filter((u) => {
      if (/^(chrome-extension|data|blob|about|chrome):/.test(u)) return false;
      const host = new URL(u).hostname;
      return !['127.0.0.1', 'localhost', 'demo.localhost'].includes(host);
    });
    expect(requests.length).toBeGreaterThan(0);
    expect(offMachine).toEqual([]);
  });
});
