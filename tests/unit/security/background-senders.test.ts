import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { type SenderInfo, SNAPSHOT_PORT, type TabState, tabStateKey } from '@/lib/messaging';
import { loadSettings, saveSettings } from '@/lib/settings';
import { connectAs } from '../fake-ports';

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

describe('background: the snapshot port', () => {
  const flush = () => new Promise((r) => setTimeout(r, 20));
  const whole = (texts: string[]) => ({
    url: 'https://support.example/ticket/1',
    full: { source: 'generic', customer: {}, messages: texts.map((text) => ({ role: 'customer', text })) },
  });

  test('our content script in the top frame: the whole conversation, then a patch (control)', async () => {
    const port = connectAs(SNAPSHOT_PORT, contentScript);
    port.postMessage(whole(['one', 'two']));
    port.postMessage({
      url: 'https://support.example/ticket/1',
      head: { source: 'generic', customer: {} },
      from: 1,
      keep: 1,
      add: [{ role: 'customer', text: 'three' }],
    });
    await flush();
    expect((await tabState())?.conversation?.messages.map((m) => m.text)).toEqual(['two', 'three']);
  });

  test('what arrives on the port is capped like any snapshot', async () => {
    const port = connectAs(SNAPSHOT_PORT, contentScript);
    port.postMessage({ ...whole(['x'.repeat(80_000)]), url: `https://support.example/${'p'.repeat(9_000)}` });
    await flush();
    const state = await tabState();
    expect(state?.url.length).toBeLessThanOrEqual(4096);
    expect(state?.conversation?.messages[0]?.text.length).toBeLessThanOrEqual(50_001);
  });

  test('a patch that does not apply asks once for the whole conversation and stores nothing', async () => {
    const port = connectAs(SNAPSHOT_PORT, contentScript);
    const heard: unknown[] = [];
    port.onMessage.addListener((m) => heard.push(m));
    const patch = { url: 'u', head: { source: 'generic', customer: {} }, from: 0, keep: 1, add: [] };
    port.postMessage(patch);
    port.postMessage(patch);
    await flush();
    expect(heard).toEqual([{ type: 'resync' }]);
    expect(await tabState()).toBeUndefined();
  });

  test.each(forged)('a port from %s is closed and nothing is stored', async (_name, sender) => {
    const port = connectAs(SNAPSHOT_PORT, sender);
    let closed = false;
    port.onDisconnect.addListener(() => {
      closed = true;
    });
    await flush();
    expect(closed).toBe(true);
    expect(() => port.postMessage(whole(['forged']))).toThrow();
    expect(await tabState()).toBeUndefined();
  });
});
