import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { App } from '@/entrypoints/sidepanel/App';
import { loadEngines } from '@/entrypoints/sidepanel/engines';
import { engineWarm, pasteMode, status, storedReadout, tabId, tabState } from '@/entrypoints/sidepanel/state';
import { analyzeConversation } from '@/lib/analysis';
import { tabStateKey } from '@/lib/messaging';
import { conversationFingerprint, MAX_READOUTS, readoutFor, readoutKey, type StoredReadout } from '@/lib/readout';
import type { Conversation } from '@/lib/types';

// A panel that opens shows the background's read-out of the same conversation at once, and its own (engine and
// model) as soon as they have loaded; a read-out of any other conversation is never shown.

const ANGRY: Conversation = {
  source: 'test',
  customer: {},
  messages: [
    { role: 'customer', text: 'My order has not arrived and nobody answers.' },
    { role: 'agent', text: 'Sorry, let me check.' },
    { role: 'customer', text: 'Third time I write. Still not fixed!!! I will cancel.' },
  ],
};

describe('fingerprint', () => {
  test('the same messages give the same print; any change in a text or a role gives another', () => {
    const copy: Conversation = JSON.parse(JSON.stringify(ANGRY));
    expect(conversationFingerprint(copy)).toBe(conversationFingerprint(ANGRY));
    const edited = { ...ANGRY, messages: ANGRY.messages.map((m, i) => (i === 2 ? { ...m, text: `${m.text}.` } : m)) };
    const roles = { ...ANGRY, messages: ANGRY.messages.map((m) => ({ ...m, role: 'customer' as const })) };
    const shorter = { ...ANGRY, messages: ANGRY.messages.slice(1) };
    const prints = [ANGRY, edited, roles, shorter].map(conversationFingerprint);
    expect(new Set(prints).size).toBe(4);
  });

  test('readoutFor takes a read-out only for its own conversation, and nothing malformed', () => {
    const analysis = analyzeConversation(ANGRY.messages);
    const stored: StoredReadout = { fingerprint: conversationFingerprint(ANGRY), analysis };
    expect(readoutFor(stored, ANGRY)).toBe(analysis);
    expect(readoutFor(stored, { ...ANGRY, messages: ANGRY.messages.slice(0, 2) })).toBeNull();
    expect(readoutFor(stored, null)).toBeNull();
    for (const bad of [null, 'x', 42, {}, { fingerprint: stored.fingerprint }, { ...stored, analysis: {} }]) {
      expect(readoutFor(bad, ANGRY)).toBeNull();
    }
  });
});

const ID = fakeBrowser.runtime.id;
let nextTab = 500;

function snapshot(tab: number, conversation: unknown) {
  return fakeBrowser.runtime.onMessage.trigger(
    { channel: 'heartline', type: 'snapshot', data: { url: `https://support.example/t/${tab}`, conversation } },
    { id: ID, url: `https://support.example/t/${tab}`, tab: { id: tab }, frameId: 0 } as never,
  );
}

async function readoutOf(tab: number): Promise<StoredReadout | undefined> {
  await vi.waitFor(async () => {
    const key = readoutKey(tab);
    expect((await fakeBrowser.storage.session.get(key))[key]).toBeDefined();
  });
  return (await fakeBrowser.storage.session.get(readoutKey(tab)))[readoutKey(tab)] as StoredReadout;
}

describe('the background stores a read-out with each snapshot', () => {
  beforeEach(() => {
    const noop = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
    Object.assign(fakeBrowser.contextMenus, { onClicked: noop, removeAll: vi.fn(async () => {}), create: vi.fn() });
    background.main();
  });

  test("it is the rules' read-out of the conversation stored beside it", async () => {
    const tab = nextTab++;
    await snapshot(tab, ANGRY);
    const r = await readoutOf(tab);
    const state = (await fakeBrowser.storage.session.get(tabStateKey(tab)))[tabStateKey(tab)] as {
      conversation: Conversation;
    };
    expect(r?.fingerprint).toBe(conversationFingerprint(state.conversation));
    expect(r?.analysis).toEqual(JSON.parse(JSON.stringify(analyzeConversation(state.conversation.messages))));
  });

  test('a draft typed just after the snapshot does not cancel it; a newer conversation replaces it', async () => {
    const tab = nextTab++;
    await snapshot(tab, ANGRY);
    await fakeBrowser.runtime.onMessage.trigger({ channel: 'heartline', type: 'draft', data: { text: 'Hi Dana,' } }, {
      id: ID,
      url: `https://support.example/t/${tab}`,
      tab: { id: tab },
      frameId: 0,
    } as never);
    expect((await readoutOf(tab))?.fingerprint).toBe(conversationFingerprint(ANGRY));
    const shorter = { ...ANGRY, messages: ANGRY.messages.slice(0, 1) };
    await snapshot(tab, shorter);
    await vi.waitFor(async () => {
      expect((await readoutOf(tab))?.fingerprint).toBe(conversationFingerprint(shorter));
    });
  });

  test(`only the ${MAX_READOUTS} most recently read tabs keep one, and a closed tab loses its own`, async () => {
    const tabs = Array.from({ length: MAX_READOUTS + 3 }, () => nextTab++);
    for (const tab of tabs) {
      await snapshot(tab, ANGRY);
      await readoutOf(tab);
    }
    const all = await fakeBrowser.storage.session.get(null);
    const kept = tabs.filter((tab) => readoutKey(tab) in all);
    expect(kept).toEqual(tabs.slice(-MAX_READOUTS));
    const last = tabs.at(-1) as number;
    await fakeBrowser.tabs.onRemoved.trigger(last, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => {
      expect(readoutKey(last) in (await fakeBrowser.storage.session.get(null))).toBe(false);
    });
  });
});

describe('the panel shows it until its own engine is ready', () => {
  let host: HTMLElement;
  beforeAll(() => loadEngines());
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    pasteMode.value = false;
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    engineWarm.value = false;
    storedReadout.value = null;
  });

  test("the stored read-out first, then the panel's own; never one of another conversation", async () => {
    // A read-out the rules would never give for ANGRY, so the test can tell which one is on screen.
    const own = analyzeConversation(ANGRY.messages);
    const marked = { ...own, primary: 'gratitude' as const };
    engineWarm.value = false;
    storedReadout.value = { fingerprint: conversationFingerprint(ANGRY), analysis: marked };
    tabId.value = 1;
    tabState.value = { tabId: 1, url: 'https://support.example/t/1', conversation: ANGRY, draft: '', updatedAt: 1 };
    status.value = 'ready';
    await act(() => render(<App />, host));
    const primary = () => host.querySelector('[data-testid=emotion-primary]')?.getAttribute('data-emotion');
    expect(primary()).toBe('gratitude');
    await act(() => {
      engineWarm.value = true;
    });
    expect(primary()).toBe(own.primary);
    // Another conversation in the same tab: its stale read-out is not shown even before the engine is warm.
    await act(() => {
      engineWarm.value = false;
      tabState.value = {
        tabId: 1,
        url: 'https://support.example/t/1',
        conversation: { ...ANGRY, messages: ANGRY.messages.slice(0, 1) },
        draft: '',
        updatedAt: 2,
      };
    });
    expect(primary()).not.toBe('gratitude');
  });
});
