import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { loadEngines } from '@/entrypoints/sidepanel/engines';
import { drawerOpen, settings, status, tabId, tabState } from '@/entrypoints/sidepanel/state';
import { uiLang } from '@/lib/i18n';
import { DEFAULT_SETTINGS, loadSettings } from '@/lib/settings';

// The panel loads its engine and DISC reader lazily (engines.ts); these tests read the panel complete.
beforeAll(() => loadEngines());

// The settings drawer edits the panel's one settings signal: what the panel uses and what the form shows
// cannot disagree, and a change shows in the read-out at once.

let host: HTMLElement;
const wait = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const q = <T extends Element>(sel: string) => host.querySelector<T>(sel);

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  uiLang.value = 'en';
  tabId.value = 1;
  tabState.value = {
    tabId: 1,
    url: 'http://localhost/x',
    conversation: {
      source: 'test',
      customer: { name: 'Dana' },
      messages: [
        { role: 'customer', text: 'I need this fixed today. Give me a date, not excuses.' },
        { role: 'agent', text: 'Checking now.' },
        { role: 'customer', text: 'Order #A10293. Tell me exactly when it ships.' },
      ],
    },
    draft: '',
    updatedAt: 1,
  };
  status.value = 'ready';
});
afterEach(() => {
  render(null, host);
  host.remove();
  drawerOpen.value = false;
  settings.value = DEFAULT_SETTINGS;
});

describe('settings drawer', () => {
  test('shows the panel’s settings, not a copy loaded beside them', async () => {
    settings.value = { ...DEFAULT_SETTINGS, agentName: 'Lin' };
    drawerOpen.value = true;
    await act(() => render(<App />, host));
    await act(async () => {
      await wait();
    });
    expect(q<HTMLInputElement>('[data-testid="settings-agent-name"]')?.value).toBe('Lin');
  });

  test('a switch flipped in the drawer changes the read-out at once and is saved', async () => {
    settings.value = { ...DEFAULT_SETTINGS };
    drawerOpen.value = true;
    await act(() => render(<App />, host));
    await act(async () => {
      await wait();
    });
    expect(q('.disc')).not.toBeNull();
    await act(() => q<HTMLInputElement>('[data-testid="settings-disc"]')?.click());
    expect(settings.value.discEnabled).toBe(false);
    expect(q('.disc')).toBeNull();
    await act(async () => {
      await wait(50);
    });
    expect((await loadSettings()).discEnabled).toBe(false);
  });
});
