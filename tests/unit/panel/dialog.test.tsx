import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { focusableIn } from '@/components/panel/ModalDrawer';
import { App } from '@/entrypoints/sidepanel/App';
import { drawerOpen, pasteMode, status, tabState } from '@/entrypoints/sidepanel/state';
import { uiLang } from '@/lib/i18n';

// Keyboard users must never be trapped under the settings drawer: it is a modal dialog.

let host: HTMLElement;
const q = <T extends HTMLElement>(id: string) => host.querySelector<T>(`[data-testid="${id}"]`);

async function key(target: Element, keyName: string, shiftKey = false) {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, shiftKey, bubbles: true, cancelable: true }));
  });
}

async function settle() {
  await act(() => new Promise((r) => setTimeout(r, 10)));
}

beforeEach(async () => {
  host = document.createElement('div');
  document.body.append(host);
  uiLang.value = 'en';
  drawerOpen.value = false;
  pasteMode.value = false;
  tabState.value = null;
  status.value = 'empty';
  await act(() => render(<App />, host));
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('settings dialog', () => {
  test('opening moves focus in; it is a labelled modal dialog and the panel behind is inert', async () => {
    const opener = q<HTMLButtonElement>('settings-open') as HTMLButtonElement;
    expect(opener.getAttribute('aria-haspopup')).toBe('dialog');
    await act(() => opener.click());
    await settle();
    const dialog = q('settings-dialog') as HTMLElement;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const label = host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('Settings');
    expect(document.activeElement).toBe(q('settings-close'));
    expect(host.querySelector('header')?.hasAttribute('inert')).toBe(true);
    expect(host.querySelector('main')?.hasAttribute('inert')).toBe(true);
  });

  test('Tab and Shift+Tab cycle inside the dialog', async () => {
    await act(() => q<HTMLButtonElement>('settings-open')?.click());
    await settle();
    const dialog = q('settings-dialog') as HTMLElement;
    const items = focusableIn(dialog);
    expect(items.length).toBeGreaterThan(3);
    const first = items[0] as HTMLElement;
    const last = items[items.length - 1] as HTMLElement;
    last.focus();
    await key(last, 'Tab');
    expect(document.activeElement).toBe(first);
    await key(first, 'Tab', true);
    expect(document.activeElement).toBe(last);
  });

  test('Escape closes it and focus returns to the settings button', async () => {
    const opener = q<HTMLButtonElement>('settings-open') as HTMLButtonElement;
    await act(() => opener.click());
    await settle();
    await key(document.activeElement as Element, 'Escape');
    await settle();
    expect(q('settings-dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(host.querySelector('main')?.hasAttribute('inert')).toBe(false);
  });

  test('the close button also returns focus to the settings button', async () => {
    const opener = q<HTMLButtonElement>('settings-open') as HTMLButtonElement;
    await act(() => opener.click());
    await settle();
    await act(() => q<HTMLButtonElement>('settings-close')?.click());
    await settle();
    expect(q('settings-dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
