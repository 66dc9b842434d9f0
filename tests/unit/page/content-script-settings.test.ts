import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '@/entrypoints/content';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings';
import type { Conversation } from '@/lib/types';
import { receivedSnapshots } from '../fake-ports';

// What the content script sends the background: the settings it reads and how often it reads.

interface Snapshot {
  type: string;
  data: { conversation: Conversation | null };
}

let snapshots: Snapshot[] = [];
let invalidate: Array<() => void> = [];

function bubble(name: string, text: string, i: number): HTMLElement {
  const el = document.createElement('article');
  el.className = 'row';
  el.innerHTML = `<div class="bubble"><p></p></div><span class="meta"><span class="author"></span> <time datetime="2026-01-01T09:0${i}:00Z">09:0${i}</time></span>`;
  (el.querySelector('p') as HTMLElement).textContent = text;
  (el.querySelector('.author') as HTMLElement).textContent = name;
  return el;
}

function buildPage(lines: Array<[string, string]>): HTMLElement {
  document.body.innerHTML = '<main><div class="log" id="log" role="log" aria-label="Conversation"></div></main>';
  const log = document.getElementById('log') as HTMLElement;
  log.append(...lines.map(([name, text], i) => bubble(name, text, i)));
  return log;
}

async function start(): Promise<void> {
  const ctx = {
    isInvalid: false,
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => target.addEventListener(type, fn),
    onInvalidated: (fn: () => void) => invalidate.push(fn),
  };
  await contentScript.main(ctx as never);
}

const settle = (ms = 200) => new Promise((r) => setTimeout(r, ms));
const roleOf = (c: Conversation | null | undefined, author: string) =>
  c?.messages.filter((m) => m.author === author).map((m) => m.role);

beforeEach(() => {
  invalidate = [];
  // As the background receives them: patches on the snapshot port, put back together.
  snapshots = receivedSnapshots();
});
afterEach(() => {
  for (const fn of invalidate) fn();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const THREAD: Array<[string, string]> = [
  ['Dana Whitfield', 'My refund still has not arrived, this is the third time I write.'],
  ['Sam Lee', 'Sorry about that, let me check the refund for you.'],
  ['Dana Whitfield', 'Please hurry, I need the money back this week.'],
];

describe('content script settings', () => {
  test('a name changed in the settings decides whose messages are the agent’s, without a reload', async () => {
    buildPage(THREAD);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, agentName: 'Sam Lee' } });
    await start();
    await settle();
    expect(roleOf(snapshots.at(-1)?.data.conversation, 'Dana Whitfield')).toEqual(['customer', 'customer']);
    // The agent signs in under another name (a shared inbox, a typo fixed in the settings).
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, agentName: 'Dana Whitfield' });
    await settle();
    expect(roleOf(snapshots.at(-1)?.data.conversation, 'Dana Whitfield')).toEqual(['agent', 'agent']);
  });
});

describe('content script navigation', () => {
  test('a single-page navigation reads and sends the new conversation once', async () => {
    const log = buildPage(THREAD);
    await start();
    await settle();
    const before = snapshots.length;
    log.replaceChildren(
      bubble('Lee Chen', 'The app crashes every time I open settings, please help.', 1),
      bubble('Sam Lee', 'Thanks, which version are you on?', 2),
    );
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle(400);
    const after = snapshots.slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]?.data.conversation?.messages[0]?.author).toBe('Lee Chen');
  });
});
