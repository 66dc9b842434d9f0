import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { probe } from '@/entrypoints/sidepanel/controller';
import { status, tabId, tabState, tabUrl } from '@/entrypoints/sidepanel/state';
import { type TabState, tabStateKey } from '@/lib/messaging';
import type { Conversation } from '@/lib/types';

// One path through the panel: a fresh read goes content → background → storage.session → panel. The
// panel asks the background for it and takes what the background stored, never a reading of its own.

const TAB = 7;
const URL_ = 'https://support.example/ticket/1';
const panelPage = { id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}sidepanel.html?tabId=${TAB}` };
const CONV: Conversation = {
  source: 'generic',
  customer: { name: 'Dana' },
  messages: [{ role: 'customer', text: 'My refund has not arrived and this is the third time I write.' }],
};

let tabMessages: Array<{ tabId: number; type: string }> = [];

async function stored(): Promise<TabState | undefined> {
  return (await fakeBrowser.storage.session.get(tabStateKey(TAB)))[tabStateKey(TAB)] as TabState | undefined;
}

beforeEach(() => {
  const noop = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  Object.assign(fakeBrowser.contextMenus, { onClicked: noop, removeAll: vi.fn(async () => {}), create: vi.fn() });
  Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: vi.fn(async () => []) });
  background.main();
  // The panel's messages reach the background as they would from sidepanel.html.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    async (message: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(message, panelPage)).find(Boolean) as never,
  );
  tabMessages = [];
  tabId.value = TAB;
  tabUrl.value = '';
  tabState.value = null;
  status.value = 'loading';
});

describe('probe', () => {
  test('the background reads the tab and stores it; the panel shows exactly what was stored', async () => {
    Object.assign(fakeBrowser.tabs, {
      sendMessage: vi.fn(async (id: number, message: { type: string }) => {
        tabMessages.push({ tabId: id, type: message.type });
        return message.type === 'read' ? { conversation: CONV, url: URL_ } : undefined;
      }),
    });
    await probe();
    const state = await stored();
    expect(state?.conversation).toEqual(CONV);
    expect(state?.url).toBe(URL_);
    expect(tabState.value).toEqual(state);
    expect(status.value).toBe('ready');
    // One read of the page, by the background; none beside it from the panel.
    expect(tabMessages).toEqual([{ tabId: TAB, type: 'read' }]);
  });

  test('a draft the background holds survives the refresh', async () => {
    // Another tab: the background's in-memory copy of tab 7 is left from the test above.
    const other = 8;
    tabId.value = other;
    // The draft reaches the background the way it does in the browser: from the tab's content script.
    const contentScript = { id: fakeBrowser.runtime.id, url: URL_, tab: { id: other }, frameId: 0 } as never;
    await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'heartline', type: 'snapshot', data: { url: URL_, conversation: null } },
      contentScript,
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'heartline', type: 'draft', data: { text: 'Hi Dana,' } },
      contentScript,
    );
    Object.assign(fakeBrowser.tabs, { sendMessage: vi.fn(async () => ({ conversation: CONV, url: URL_ })) });
    await probe();
    const state = (await fakeBrowser.storage.session.get(tabStateKey(other)))[tabStateKey(other)] as TabState;
    expect(state.draft).toBe('Hi Dana,');
    expect(tabState.value).toEqual(state);
  });

  test('no content script: the panel says why, and nothing is stored', async () => {
    Object.assign(fakeBrowser.tabs, {
      sendMessage: vi.fn(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    });
    await probe();
    expect(await stored()).toBeUndefined();
    expect(status.value).toBe('not-enabled');
  });
});
