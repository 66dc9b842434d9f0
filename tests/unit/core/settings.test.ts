import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } from '@/lib/settings';

describe('parseSettings keeps every valid field and repairs the rest', () => {
  test.each([
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'corrupted', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    [
      'a wrong-typed field',
      { ...DEFAULT_SETTINGS, agentName: 42, company: 'Northwind' },
      { ...DEFAULT_SETTINGS, company: 'Northwind' },
    ],
    ['an unknown UI language', { uiLanguage: 'fr' }, DEFAULT_SETTINGS],
    ['a known UI language', { uiLanguage: 'zh-Hant' }, { ...DEFAULT_SETTINGS, uiLanguage: 'zh-Hant' }],
    [
      'sites with junk and duplicates',
      { enabledSites: ['https://a.example', 'https://a.example', 'not a url', 7, 'https://b.example/path'] },
      { ...DEFAULT_SETTINGS, enabledSites: ['https://a.example'] },
    ],
    ['booleans given as strings', { discEnabled: 'false' }, DEFAULT_SETTINGS],
  ])('%s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  test('over-long names are cut, not rejected', () => {
    expect(parseSettings({ agentName: 'x'.repeat(500) }).agentName).toHaveLength(80);
  });
});

describe('settings storage', () => {
  test('saves a patch and loads it back', async () => {
    await saveSettings({ agentName: 'Mei', discEnabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, agentName: 'Mei', discEnabled: false });
  });

  test('a corrupted stored value loads as defaults plus whatever is still valid', async () => {
    await fakeBrowser.storage.sync.set({ settings: { agentName: 'Ana', uiLanguage: 12, enabledSites: 'oops' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, agentName: 'Ana' });
  });
});
