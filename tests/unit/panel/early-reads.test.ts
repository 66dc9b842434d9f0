import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyReads, takeEarlyReads } from '@/entrypoints/sidepanel/early-reads';
import { readoutKey } from '@/lib/readout';
import { SETTINGS_KEY } from '@/lib/settings-shape';
import { tabStateKey } from '@/lib/tab-state-key';

// The panel's first reads start in panel-early.js before its modules load, both when it is told its tab
// (?tabId=N) and when it follows the window's active tab (opened from the toolbar).

function openPanelAt(search: string): void {
  window.history.replaceState(null, '', `/sidepanel.html${search}`);
}

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  takeEarlyReads(null);
});

describe('early reads', () => {
  test('a toolbar-opened panel reads the active tab, its stored state and the settings', async () => {
    await fakeBrowser.tabs.create({ url: 'https://support.example/a' });
    const active = await fakeBrowser.tabs.create({ url: 'https://support.example/b' });
    const id = active.id as number;
    // The fake browser has no notion of the focused window's active tab: the query answers as Chrome would.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([active]);
    await fakeBrowser.storage.session.set({
      [tabStateKey(id)]: { url: 'https://support.example/b' },
      [readoutKey(id)]: 1,
    });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { uiLanguage: 'en' } });
    openPanelAt('');
    startEarlyReads();
    const early = takeEarlyReads(null);
    expect(early).not.toBeNull();
    expect((await early?.tab)?.id).toBe(id);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    const stored = await early?.stored;
    expect(stored?.[tabStateKey(id)]).toEqual({ url: 'https://support.example/b' });
    expect(stored?.[readoutKey(id)]).toBe(1);
    expect(await early?.settings).toEqual({ uiLanguage: 'en' });
  });

  test('reads for a named tab are not taken by a panel that follows another', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://support.example/c' });
    openPanelAt(`?tabId=${tab.id}`);
    startEarlyReads();
    expect(takeEarlyReads(null)).toBeNull();
    startEarlyReads();
    const early = takeEarlyReads(tab.id as number);
    expect((await early?.tab)?.url).toBe('https://support.example/c');
    // Taken once: a later follow of the same tab reads afresh.
    expect(takeEarlyReads(tab.id as number)).toBeNull();
  });

  test('with no active tab the stored read is empty rather than failing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    openPanelAt('');
    startEarlyReads();
    const early = takeEarlyReads(null);
    expect(await early?.tab).toBeNull();
    expect(await early?.stored).toEqual({});
  });
});
