import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { loadEngines } from '@/entrypoints/sidepanel/engines';
import { settings, status, tabId, tabState, templateState } from '@/entrypoints/sidepanel/state';
import { uiLang } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import { emptyTemplateState } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/types';

// The panel loads its engine and DISC reader lazily (engines.ts); these tests read the panel complete.
beforeAll(() => loadEngines());

const inserted: string[] = [];
vi.mock('@/entrypoints/sidepanel/controller', () => ({
  insertIntoPage: async (text: string) => {
    inserted.push(text);
  },
  copyText: async () => {},
  enableThisSite: async () => {},
  pickArea: async () => {},
  readOnce: async () => {},
  reloadTab: async () => {},
  showInPage: async () => {},
}));

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  uiLang.value = 'en';
  settings.value = DEFAULT_SETTINGS;
  inserted.length = 0;
  tabId.value = 1;
  tabState.value = {
    tabId: 1,
    url: 'http://localhost/x',
    conversation: {
      source: 'test',
      customer: { name: 'Dana' },
      messages: [{ role: 'customer', text: 'My parcel is late again and nobody answers my emails. This is annoying.' }],
    },
    draft: 'Ok.',
    updatedAt: 1,
  };
  status.value = 'ready';
});
afterEach(() => {
  render(null, host);
  host.remove();
  templateState.value = emptyTemplateState();
});

describe("the coach's + for a missing step", () => {
  test('uses the agent’s templates and never a built-in they hid', async () => {
    const mine: Template = {
      id: 'custom-1',
      step: 'thank',
      kind: 'closing',
      lang: 'en',
      text: 'Thank you for sticking with us, it means a lot.',
      builtin: false,
    };
    const hidden = BUILTIN_TEMPLATES.filter((t) => t.step === 'thank').map((t) => t.id);
    expect(hidden.length).toBeGreaterThan(0);
    templateState.value = { ...emptyTemplateState(), custom: [mine], hidden };
    await act(() => render(<App />, host));
    const add = host.querySelector<HTMLButtonElement>('button[aria-label="Insert a sentence for: Thank"]');
    expect(add).not.toBeNull();
    await act(() => add?.click());
    expect(inserted).toEqual([mine.text]);
  });
});
