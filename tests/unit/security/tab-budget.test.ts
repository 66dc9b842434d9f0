import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { capConversation, capText, FIELD_CAPS, finishConversation } from '@/lib/adapters/conversation';
import { type TabState, tabStateKey } from '@/lib/messaging';
import { fitTabState, SESSION_BUDGET_BYTES, stateBytes, TAB_BUDGET_BYTES, tabsToEvict } from '@/lib/tab-budget';

// One tab must not be able to break the panel for the others: every page-controlled field is capped, each
// tab's state has a budget, all tabs together have one (the oldest give way), and a failed write is reported.

const ID = fakeBrowser.runtime.id;
const HUGE = 'T'.repeat(5_000_000);
// Background state is per module; each test uses its own tab ids so no earlier test's tabs count.
let nextTab = 100;

function contentScript(tab: number): Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1] {
  return { id: ID, url: `https://support.example/ticket/${tab}`, tab: { id: tab }, frameId: 0 } as never;
}

function snapshot(tab: number, conversation: unknown, url = `https://support.example/ticket/${tab}`) {
  return fakeBrowser.runtime.onMessage.trigger(
    { channel: 'heartline', type: 'snapshot', data: { url, conversation } },
    contentScript(tab),
  );
}

async function stored(tab: number): Promise<TabState | undefined> {
  return (await fakeBrowser.storage.session.get(tabStateKey(tab)))[tabStateKey(tab)] as TabState | undefined;
}

async function sessionBytes(): Promise<number> {
  const all = await fakeBrowser.storage.session.get(null);
  return Object.entries(all).reduce((n, [k, v]) => n + stateBytes(k, v as TabState), 0);
}

beforeEach(() => {
  const noop = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  Object.assign(fakeBrowser.contextMenus, { onClicked: noop, removeAll: vi.fn(async () => {}), create: vi.fn() });
  background.main();
});

describe('field caps', () => {
  test('a reader result caps the title, names, times and order ids', () => {
    const conv = finishConversation(
      {
        source: 'generic'.repeat(100),
        title: HUGE,
        customer: { name: HUGE, email: HUGE },
        messages: [{ role: 'customer', author: HUGE, text: 'Order #A10293 is late', time: HUGE }],
      },
      {},
    );
    expect(conv?.title?.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect(conv?.source.length).toBeLessThanOrEqual(FIELD_CAPS.source);
    expect(conv?.customer.name?.length).toBeLessThanOrEqual(FIELD_CAPS.customerName);
    expect(conv?.customer.email?.length).toBeLessThanOrEqual(FIELD_CAPS.customerEmail);
    expect(conv?.messages[0]?.author?.length).toBeLessThanOrEqual(FIELD_CAPS.author);
    expect(conv?.messages[0]?.time?.length).toBeLessThanOrEqual(FIELD_CAPS.time);
    expect(JSON.stringify(conv).length).toBeLessThan(30_000);
  });

  test('capConversation drops misshapen fields and caps the rest', () => {
    const conv = capConversation({
      source: 42,
      title: { toString: () => 'x' },
      customer: 'not an object',
      messages: [null, 'text', { role: 'admin', text: 'Hello', author: ['x'] }, ...Array(200).fill({ text: 'm' })],
      ids: { orderIds: Array(10_000).fill('A1') },
      confidence: 7,
    });
    expect(conv?.confidence).toBe(1);
    expect(capConversation({ messages: [{ text: 'm' }], confidence: 'sure' })?.confidence).toBeUndefined();
    expect(conv?.source).toBe('unknown');
    expect(conv?.title).toBeUndefined();
    expect(conv?.customer).toEqual({});
    expect(conv?.messages.length).toBeLessThanOrEqual(50);
    expect(conv?.messages.every((m) => ['customer', 'agent', 'system', 'unknown'].includes(m.role))).toBe(true);
    expect(capConversation('nope')).toBeNull();
    expect(capConversation(null)).toBeNull();
  });

  test('capText never splits a surrogate pair', () => {
    const cut = capText('😀'.repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});

describe('tab budget', () => {
  const state = (tab: number, chars: number, at: number): TabState => ({
    tabId: tab,
    url: 'u',
    conversation: { source: 's', customer: {}, messages: [{ role: 'customer', text: '情'.repeat(chars) }] },
    draft: '',
    updatedAt: at,
  });

  test('the oldest tabs are evicted first, never the one being written', () => {
    const usage = new Map([
      [1, { bytes: 4, updatedAt: 30 }],
      [2, { bytes: 4, updatedAt: 10 }],
      [3, { bytes: 4, updatedAt: 20 }],
    ]);
    expect(tabsToEvict(usage, 2, 8)).toEqual([3]);
    expect(tabsToEvict(usage, 1, 4)).toEqual([2, 3]);
    expect(tabsToEvict(usage, 1, 100)).toEqual([]);
  });

  test('a state over its own budget loses its oldest messages first', () => {
    const big: TabState = {
      ...state(1, 10, 1),
      conversation: {
        source: 's',
        customer: {},
        messages: Array.from({ length: 10 }, (_, i) => ({ role: 'customer' as const, text: `${i}`.repeat(1000) })),
      },
    };
    const fitted = fitTabState('tab:1', big, 5000);
    expect(stateBytes('tab:1', fitted)).toBeLessThanOrEqual(5000);
    expect(fitted.conversation?.messages.at(-1)?.text).toBe('9'.repeat(1000));
  });

  test('two tabs with 5 MB titles leave a third tab updating', async () => {
    const [a, b, c] = [nextTab++, nextTab++, nextTab++];
    const message = [{ role: 'customer', text: 'Where is my parcel?' }];
    await snapshot(a, { source: 'generic', title: HUGE, customer: {}, messages: message });
    await snapshot(b, { source: 'generic', title: HUGE, customer: {}, messages: message }, `https://x/?${HUGE}`);
    await snapshot(c, { source: 'generic', title: 'Ticket 3', customer: {}, messages: message });
    expect((await stored(c))?.conversation?.title).toBe('Ticket 3');
    expect((await stored(a))?.conversation?.title?.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect((await stored(b))?.url.length).toBeLessThanOrEqual(FIELD_CAPS.url);
    expect(await sessionBytes()).toBeLessThan(50_000);
  });

  test('many full tabs stay within the session budget and the newest is always kept', async () => {
    const perTab = 50_000; // the reader's character cap, in three-byte characters
    const tabs = Array.from({ length: 70 }, () => nextTab++);
    for (const tab of tabs) {
      await snapshot(tab, {
        source: 'generic',
        customer: {},
        messages: [{ role: 'customer', text: '情'.repeat(perTab) }],
      });
    }
    expect(await sessionBytes()).toBeLessThanOrEqual(SESSION_BUDGET_BYTES);
    expect(await stored(tabs.at(-1) as number)).toBeDefined();
    expect(await stored(tabs[0] as number)).toBeUndefined();
    for (const [k, v] of Object.entries(await fakeBrowser.storage.session.get(null))) {
      expect(stateBytes(k, v as TabState)).toBeLessThanOrEqual(TAB_BUDGET_BYTES);
    }
  });

  test('a failed write is reported to the panel, with the reason', async () => {
    const tab = nextTab++;
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    await snapshot(tab, { source: 'generic', customer: {}, messages: [{ role: 'customer', text: 'Hi' }] });
    expect(sent).toHaveBeenCalledWith({
      channel: 'heartline',
      type: 'tabStateFailed',
      data: { tabId: tab, reason: 'quota' },
    });
    sent.mockRestore();
  });
});
