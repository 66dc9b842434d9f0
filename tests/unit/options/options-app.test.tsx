import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { uiLang } from '@/lib/i18n';
import { saveSettings } from '@/lib/settings';
import { saveTemplateState } from '@/lib/templates/store';
import { allByTestId, byTestId, click, type Mounted, mount, settle } from './dom';

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  uiLang.value = 'en';
  vi.restoreAllMocks();
});

async function show() {
  view = await mount(<App />);
  await settle();
  return view.container;
}

describe('language of the options page', () => {
  test.each([
    ['auto', 'zh-TW', 'zh-Hant', 'Heartline 設定', '設定', '範本'],
    ['auto', 'zh-CN', 'zh-Hans', 'Heartline 设置', '设置', '模板'],
    ['auto', 'en-GB', 'en', 'Heartline settings', 'Settings', 'Templates'],
    ['zh-Hans', 'en-US', 'zh-Hans', 'Heartline 设置', '设置', '模板'],
    ['en', 'zh-HK', 'en', 'Heartline settings', 'Settings', 'Templates'],
  ] as const)('setting %s with browser %s shows %s', async (setting, locale, lang, title, settings, templates) => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale);
    await saveSettings({ uiLanguage: setting });
    const root = await show();
    expect(uiLang.value).toBe(lang);
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe(title);
    expect(root.querySelector('#opt-settings-heading')?.textContent).toBe(settings);
    expect(root.querySelector('#opt-templates-heading')?.textContent).toBe(templates);
  });

  test('a language changed in another window (or the panel drawer) reaches this page', async () => {
    await saveSettings({ uiLanguage: 'en' });
    const root = await show();
    await saveSettings({ uiLanguage: 'zh-Hant' });
    await settle();
    expect(root.querySelector('#opt-settings-heading')?.textContent).toBe('設定');
    expect(document.title).toBe('Heartline 設定');
  });
});

describe('clear all data from the page', () => {
  test('empties storage and both sections start over', async () => {
    await saveSettings({ agentName: 'Mei', uiLanguage: 'zh-Hans' });
    await saveTemplateState({
      version: 2,
      custom: [{ id: 'custom-1', step: 'hear', kind: 'hear', lang: 'en', text: 'Tell me more.', builtin: false }],
      hidden: ['en-identify-frustration-1'],
    });
    const root = await show();
    expect(root.querySelector('[data-template-id="custom-1"]')).not.toBeNull();

    await click(byTestId(root, 'settings-clear'));
    await click(byTestId(root, 'settings-clear-confirm'));
    await settle();

    // WXT's version markers stay (see clear-all.ts); no value of the agent's does.
    const userKeys = (all: Record<string, unknown>) => Object.keys(all).filter((k) => !k.endsWith('$'));
    expect(userKeys(await fakeBrowser.storage.local.get(null))).toEqual([]);
    expect(userKeys(await fakeBrowser.storage.sync.get(null))).toEqual([]);
    expect(root.querySelector('[data-template-id="custom-1"]')).toBeNull();
    expect(allByTestId(root, 'template-card').length).toBeGreaterThan(100);
    expect(byTestId<HTMLInputElement>(root, 'settings-agent-name').value).toBe('');
  });
});
