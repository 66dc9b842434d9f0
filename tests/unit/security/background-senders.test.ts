import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { type SenderInfo, type TabState, tabStateKey } from '@/lib/messaging';
import { loadSettings, saveSettings } from '@/lib/settings';

// The background is the one place that writes per-tab state the panel trusts, and the one that can
// register content scripts or drop site permissions. It must act only for our own content script
// (top frame) and our own extension pages; a web page, another extension or a subframe gets nothing.
// The real listener from entrypoints/background.ts is driven through WXT's fake browser.

const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/');
const TAB = 7;

const forged: Array<[string, SenderInfo & { frameId?: number }]> = [
  ['a web page (no extension id)', { url: 'https://evil.example/', tab: { id: TAB }, frameId: 0 }],
  [
    'another extension in the tab',
    { id: 'other-extension', url: 'https://evil.example/', tab: { id: TAB }, frameId: 0 },
  ],
  ['another extension page', { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' }],
  ['our id with a web URL and no tab', { id: ID, url: 'https://evil.example/' }],
  ['our content script in a subframe', { id: ID, url: 'https://evil.example/frame', tab: { id: TAB }, frameId: 3 }],
  ['a page claiming our URL without our id', { url: `${ORIGIN}sidepanel.html`, tab: { id: TAB }, frameId: 0 }],
];

const contentScript = { id: ID, url: 'https://support.example/ticket/1', tab: { id: TAB }, frameId: 0 };
const panelPage = { id: ID, url: `${ORIGIN}sidepanel.html?tabId=${TAB}` };

const snapshot = {
  channel: 'heartline',
  type: 'snapshot',
  data: {
    url: 'https://support.example/ticket/1',
    conversation: { source: 'forged', customer: {}, messages: [{ role: 'customer', text: 'hello' }] },
  },
};
const disableSite = { channel: 'heartline', type: 'disableSite', data: { origin: 'https://support.example' } };

async function tabState(): Promise<TabState | undefined> {
  return (await fakeBrowser.storage.session.get(tabStateKey(TAB)))[tabStateKey(TAB)] as TabState | undefined;
}

async function send(message: unknown, sender: object): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender);
}

beforeEach(async () => {
  // APIs the fake lacks; the background only registers listeners on them at start.
  const noop = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  Object.assign(fakeBrowser.contextMenus, { onClicked: noop, removeAll: vi.fn(async () => {}), create: vi.fn() });
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => true),
    remove: vi.fn(async () => true),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => {}),
    unregisterContentScripts: vi.fn(async () => {}),
  });
  background.main();
  await saveSettings({ enabledSites: ['https://support.example'] });
});

describe('background: content-script messages', () => {
  test('our own content script in the top frame is heard (control)', async () => {
    await send(snapshot, contentScript);
    expect((await tabState())?.conversation?.source).toBe('forged');
  });

  test.each(forged)('a snapshot from %s is ignored', async (_name, sender) => {
    const replies = await send(snapshot, sender);
    expect(replies.every((r) => r === undefined)).toBe(true);
    expect(await tabState()).toBeUndefined();
  });

  test.each(forged)('a draft from %s is ignored', async (_name, sender) => {
    await send({ channel: 'heartline', type: 'draft', data: { text: 'forged draft' } }, sender);
    expect(await tabState()).toBeUndefined();
  });
});

describe('background: panel-only requests', () => {
  test('our panel page may disable a site (control)', async () => {
    await send(disableSite, panelPage);
    expect((await loadSettings()).enabledSites).toEqual([]);
  });

  test.each([...forged, ['our own content script (pages must not steer the panel API)', contentScript] as const])(
    'disableSite from %s changes nothing',
    async (_name, sender) => {
      const replies = await send(disableSite, sender);
      expect(replies.every((r) => r === undefined)).toBe(true);
      expect((await loadSettings()).enabledSites).toEqual(['https://support.example']);
      expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
    },
  );
});

describe('background: malformed messages', () => {
  test.each([
    ['a string', JSON.stringify(snapshot)],
    ['another channel', { ...snapshot, channel: 'other' }],
    ['no type', { channel: 'heartline', data: snapshot.data }],
    ['a numeric type', { channel: 'heartline', type: 1, data: snapshot.data }],
    ['an unknown type', { channel: 'heartline', type: '__proto__', data: {} }],
    ['null', null],
  ])('%s from our own content script is ignored', async (_name, message) => {
    const replies = await send(message, contentScript);
    expect(replies.every((r) => r === undefined)).toBe(true);
    expect(await tabState()).toBeUndefined();
  });

  test('a huge draft from our own content script is cut before it is stored', async () => {
    const draft = { channel: 'heartline', type: 'draft', data: { text: 'x'.repeat(1_000_000) } };
    await send(draft, contentScript);
    expect((await tabState())?.draft.length).toBeLessThanOrEqual(20_000);
  });
});
