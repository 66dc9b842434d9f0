import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPanel } from '@/entrypoints/sidepanel/controller';
import { tabId, toast } from '@/entrypoints/sidepanel/state';
import { uiLang } from '@/lib/i18n';

// fakeBrowser.reset() (tests/unit/setup.ts) drops listeners before each test, so the panel starts in each.
// When the background cannot keep a tab's state, the panel following that tab says so instead of going stale.

// Read through a function: after `toast.value = null` TypeScript would narrow the signal's value to null.
const shown = () => toast.value;
const BACKGROUND = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
const failed = (id: number, reason: 'quota' | 'other') => ({
  channel: 'heartline',
  type: 'tabStateFailed',
  data: { tabId: id, reason },
});

beforeEach(async () => {
  uiLang.value = 'en';
  history.replaceState(null, '', '/sidepanel.html?tabId=7');
  // What the fake browser lacks; the panel only needs them to start.
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
  Object.assign(fakeBrowser.tabs, {
    sendMessage: async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
  });
  Object.assign(fakeBrowser.permissions, { contains: async () => false });
  await startPanel();
});

describe('a failed tab-state write', () => {
  test('for the followed tab, the panel shows why, in the UI language', async () => {
    expect(tabId.value).toBe(7);
    toast.value = null;
    await fakeBrowser.runtime.onMessage.trigger(failed(7, 'quota'), BACKGROUND as never);
    expect(shown()?.kind).toBe('error');
    expect(shown()?.text).toMatch(/full/i);
    await fakeBrowser.runtime.onMessage.trigger(failed(7, 'other'), BACKGROUND as never);
    expect(shown()?.text).toMatch(/Reload/);
  });

  test('for another tab, or from a sender that is not ours, nothing is shown', async () => {
    toast.value = null;
    await fakeBrowser.runtime.onMessage.trigger(failed(8, 'quota'), BACKGROUND as never);
    await fakeBrowser.runtime.onMessage.trigger(failed(7, 'quota'), {
      id: 'other-extension',
      url: 'chrome-extension://other-extension/bg.js',
    } as never);
    await fakeBrowser.runtime.onMessage.trigger(failed(7, 'quota'), {
      id: fakeBrowser.runtime.id,
      url: 'https://evil.example/',
      tab: { id: 7 },
    } as never);
    expect(toast.value).toBeNull();
  });
});
