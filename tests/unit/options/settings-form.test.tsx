import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { getToughCount, recordTough } from '@/lib/care/tough-counter';
import { translate, uiLang } from '@/lib/i18n';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from '@/lib/settings';
import { blur, byLabel, byTestId, click, type Mounted, mount, settle, type } from './dom';

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  uiLang.value = 'en';
});

async function show(props: Parameters<typeof SettingsForm>[0] = {}) {
  view = await mount(<SettingsForm debounceMs={5} {...props} />);
  return view.container;
}

const input = (root: HTMLElement, id: string) => byTestId<HTMLInputElement>(root, id);

describe('saving and restoring', () => {
  test('text fields are saved after typing pauses and come back on the next visit', async () => {
    const root = await show();
    await type(input(root, 'settings-agent-name'), 'Mei');
    await type(input(root, 'settings-company'), 'Acme 有限公司');
    await settle(10);
    expect(await loadSettings()).toMatchObject({ agentName: 'Mei', company: 'Acme 有限公司' });
    expect(byTestId(root, 'settings-status').textContent).toBe('Saved');

    view?.unmount();
    const again = await show();
    expect(input(again, 'settings-agent-name').value).toBe('Mei');
    expect(input(again, 'settings-company').value).toBe('Acme 有限公司');
  });

  test('leaving a text field saves at once, without waiting for the pause', async () => {
    const root = await show({ debounceMs: 60_000 });
    const name = input(root, 'settings-agent-name');
    await type(name, 'Ravi');
    await settle();
    expect((await loadSettings()).agentName).toBe('');
    await blur(name);
    await settle();
    expect((await loadSettings()).agentName).toBe('Ravi');
  });

  test.each<[string, keyof Settings, boolean]>([
    ['settings-disc', 'discEnabled', false],
    ['settings-care', 'careEnabled', false],
    ['settings-tough', 'toughCountsEnabled', true],
  ])('toggling %s saves %s = %s', async (testId, field, expected) => {
    const root = await show();
    expect(input(root, testId).checked).toBe(DEFAULT_SETTINGS[field]);
    await click(input(root, testId));
    expect((await loadSettings())[field]).toBe(expected);
    expect(input(root, testId).checked).toBe(expected);
  });

  test('a change made elsewhere (another window, the background) shows up in the form', async () => {
    const root = await show();
    await saveSettings({ company: 'Northwind', careEnabled: false });
    await settle();
    expect(input(root, 'settings-company').value).toBe('Northwind');
    expect(input(root, 'settings-care').checked).toBe(false);
  });

  test('labels name their controls', async () => {
    const root = await show();
    expect(byLabel(root, 'Your name')).toBe(input(root, 'settings-agent-name'));
    expect(byLabel(root, 'Company')).toBe(input(root, 'settings-company'));
    expect(byLabel(root, "Guess the customer's DISC style")).toBe(input(root, 'settings-disc'));
  });
});

describe('corrupted stored settings', () => {
  const stored = {
    agentName: 42,
    company: 'Acme',
    uiLanguage: 'klingon',
    discEnabled: 'yes',
    careEnabled: false,
    toughCountsEnabled: null,
    enabledSites: ['https://help.example.com', 'javascript:alert(1)', 7, 'https://help.example.com/path'],
  };

  test.each<[string, (root: HTMLElement) => unknown, unknown]>([
    ['agentName (a number) falls back to empty', (r) => input(r, 'settings-agent-name').value, ''],
    ['company (valid) is kept', (r) => input(r, 'settings-company').value, 'Acme'],
    ['uiLanguage (unknown) falls back to auto', (r) => input(r, 'settings-lang-auto').checked, true],
    ['discEnabled (a string) falls back to on', (r) => input(r, 'settings-disc').checked, true],
    ['careEnabled (valid false) is kept', (r) => input(r, 'settings-care').checked, false],
    ['toughCountsEnabled (null) falls back to off', (r) => input(r, 'settings-tough').checked, false],
    [
      'enabledSites keeps only real origins',
      (r) => [...r.querySelectorAll('[data-testid="settings-site"] .hl-site-origin')].map((e) => e.textContent),
      ['https://help.example.com'],
    ],
  ])('%s', async (_name, read, expected) => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    const root = await show();
    expect(read(root)).toEqual(expected);
  });

  test('the next save writes a clean value back', async () => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    const root = await show();
    await click(input(root, 'settings-care'));
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      company: 'Acme',
      careEnabled: true,
      enabledSites: ['https://help.example.com'],
    });
  });
});

describe('interface language', () => {
  test.each([
    ['zh-Hans', '界面语言', '你的名字'],
    ['zh-Hant', '介面語言', '你的名字'],
    ['en', 'Interface language', 'Your name'],
  ] as const)('choosing %s re-renders the strings at once and is saved', async (lang, legend, nameLabel) => {
    uiLang.value = lang === 'en' ? 'zh-Hant' : 'en';
    const root = await show();
    await click(input(root, `settings-lang-${lang}`));
    expect(uiLang.value).toBe(lang);
    expect(document.documentElement.lang).toBe(lang);
    expect(root.textContent).toContain(legend);
    expect(byLabel(root, nameLabel)).toBe(input(root, 'settings-agent-name'));
    expect(byTestId(root, 'settings-status').textContent).toBe(translate(lang, 'optSaved'));
    expect((await loadSettings()).uiLanguage).toBe(lang);
  });

  test('"Follow the browser" picks the language from navigator.language', async () => {
    const spy = vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW');
    await saveSettings({ uiLanguage: 'en' });
    const root = await show();
    await click(input(root, 'settings-lang-auto'));
    expect(uiLang.value).toBe('zh-Hant');
    expect((await loadSettings()).uiLanguage).toBe('auto');
    spy.mockRestore();
  });
});

describe('enabled sites', () => {
  test('removing a site asks the background to disable it, and the list follows', async () => {
    await saveSettings({ enabledSites: ['https://a.example.com', 'https://b.example.com'] });
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      asked.push(message);
      const origin = (message as { data: { origin: string } }).data.origin;
      const s = await loadSettings();
      await saveSettings({ enabledSites: s.enabledSites.filter((o) => o !== origin) });
      return { ok: true };
    });
    const root = await show();
    const buttons = root.querySelectorAll('[data-testid="settings-site-remove"]');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('Stop reading https://a.example.com');
    await click(buttons[0] as Element);
    expect(asked).toEqual([{ channel: 'heartline', type: 'disableSite', data: { origin: 'https://a.example.com' } }]);
    const left = [...root.querySelectorAll('[data-testid="settings-site"] .hl-site-origin')].map((e) => e.textContent);
    expect(left).toEqual(['https://b.example.com']);
  });

  test('a refusal is reported and the site stays listed', async () => {
    await saveSettings({ enabledSites: ['https://a.example.com'] });
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false }));
    const root = await show();
    await click(byTestId(root, 'settings-site-remove'));
    expect(byTestId(root, 'settings-status').textContent).toBe('Could not remove https://a.example.com. Try again.');
    expect(root.querySelectorAll('[data-testid="settings-site"]')).toHaveLength(1);
  });
});

describe('clear all data', () => {
  async function seed() {
    await saveSettings({ agentName: 'Mei', company: 'Acme', careEnabled: false, uiLanguage: 'zh-Hans' });
    await fakeBrowser.storage.local.set({ templates: { version: 1, custom: [{ id: 'x' }], hidden: ['b1'] } });
    await fakeBrowser.storage.local.set({ 'tough:2026-11-22': 3 });
    await fakeBrowser.storage.session.set({ 'tab:7': { tabId: 7, draft: 'hello' } });
  }

  test('after confirming, local, sync and session storage are really empty and the form shows defaults', async () => {
    await seed();
    const onCleared = vi.fn();
    const root = await show({ onCleared });
    expect(input(root, 'settings-agent-name').value).toBe('Mei');
    await click(byTestId(root, 'settings-clear'));
    expect(document.activeElement).toBe(byTestId(root, 'settings-clear-cancel'));
    await click(byTestId(root, 'settings-clear-confirm'));
    await settle();
    // Only WXT's shape-version markers ("<key>$") stay: they describe the code, not the agent.
    const userKeys = (all: Record<string, unknown>) => Object.keys(all).filter((k) => !k.endsWith('$'));
    expect(userKeys(await fakeBrowser.storage.local.get(null))).toEqual([]);
    expect(userKeys(await fakeBrowser.storage.sync.get(null))).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(input(root, 'settings-agent-name').value).toBe('');
    expect(input(root, 'settings-care').checked).toBe(true);
    expect(input(root, 'settings-lang-auto').checked).toBe(true);
    expect(onCleared).toHaveBeenCalledOnce();
    expect(byTestId(root, 'settings-status').textContent).toBe('All data cleared');
  });

  test('enabled sites are released through the background before the data goes', async () => {
    await saveSettings({ enabledSites: ['https://a.example.com', 'https://b.example.com'] });
    const origins: string[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (m: unknown) => {
      origins.push((m as { data: { origin: string } }).data.origin);
      return { ok: true };
    });
    const root = await show();
    await click(byTestId(root, 'settings-clear'));
    await click(byTestId(root, 'settings-clear-confirm'));
    expect(origins.sort()).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
  });

  test('cancel keeps everything', async () => {
    await seed();
    const root = await show();
    await click(byTestId(root, 'settings-clear'));
    await click(byTestId(root, 'settings-clear-cancel'));
    expect(document.activeElement).toBe(byTestId(root, 'settings-clear'));
    expect((await loadSettings()).agentName).toBe('Mei');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toHaveLength(2);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(1);
  });
});

describe('compact (panel drawer)', () => {
  test('drops long hints, takes the heading level it is given, and offers the full options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const full = await show();
    expect(full.textContent).toContain('A guess from wording only');
    expect(full.querySelector('[data-testid="settings-open-options"]')).toBeNull();
    view?.unmount();
    const root = await show({ compact: true, headingLevel: 4 });
    expect(root.querySelector('h2, h3')).toBeNull();
    expect(root.querySelectorAll('legend > h4')).toHaveLength(5);
    expect(root.textContent).not.toContain('A guess from wording only');
    await click(byTestId(root, 'settings-open-options'));
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('tough-conversation counts', () => {
  test('reset clears the stored tough-conversation counts through the care module', async () => {
    await recordTough('tab:1:https://help.example.com/t/1');
    await recordTough('tab:2:https://help.example.com/t/2');
    expect(await getToughCount()).toBe(2);
    const root = await show();
    await click(byTestId(root, 'settings-tough-reset'));
    expect(await getToughCount()).toBe(0);
    expect(byTestId(root, 'settings-status').textContent).toBe('Counts reset');
  });

  test('a failing reset is reported, not swallowed', async () => {
    const root = await show({ resetToughCounts: vi.fn(async () => Promise.reject(new Error('disk on fire'))) });
    await click(byTestId(root, 'settings-tough-reset'));
    expect(byTestId(root, 'settings-status').textContent).toBe('Could not save: disk on fire');
  });
});
