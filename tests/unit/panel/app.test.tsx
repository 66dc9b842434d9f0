import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { loadEngines } from '@/entrypoints/sidepanel/engines';
import {
  drawerOpen,
  friendlyName,
  type PanelStatus,
  pasteMode,
  pasteText,
  settings,
  status,
  tabId,
  tabState,
  tabUrl,
} from '@/entrypoints/sidepanel/state';
import { uiLang } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Conversation } from '@/lib/types';

// The panel loads its engine and DISC reader lazily (engines.ts); these tests read the panel complete.
beforeAll(() => loadEngines());

let host: HTMLElement;

function show(conversation: Conversation | null, draft = '') {
  tabId.value = 1;
  tabState.value = { tabId: 1, url: 'http://localhost/x', conversation, draft, updatedAt: 1 };
  status.value = conversation?.messages.length ? 'ready' : 'empty';
}

async function mount() {
  await act(() => render(<App />, host));
}
const q = (id: string) => host.querySelector(`[data-testid="${id}"]`);
const qa = (id: string) => [...host.querySelectorAll(`[data-testid="${id}"]`)];

const ANGRY: Conversation = {
  source: 'test',
  customer: { name: 'Dana' },
  messages: [
    { role: 'customer', text: 'My order #A10293 has not arrived and nobody answers.' },
    { role: 'agent', text: 'Sorry about that, let me check.' },
    { role: 'customer', text: 'This is the third time I write. Still not fixed!!! I will cancel and leave a review.' },
  ],
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  uiLang.value = 'en';
  settings.value = DEFAULT_SETTINGS;
  pasteMode.value = false;
  pasteText.value = '';
  drawerOpen.value = false;
  tabState.value = null;
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('states', () => {
  test.each<[PanelStatus, string[]]>([
    ['loading', []],
    ['empty', ['Pick the conversation area', 'Paste text']],
    ['not-enabled', ['Enable on this site', 'Read this page once', 'Paste text']],
    ['needs-reload', ['Reload page', 'Paste text']],
    ['unsupported', ['Paste text']],
  ])('%s shows its actions', async (state, actions) => {
    status.value = state;
    tabUrl.value = 'https://support.example.com/ticket/1';
    await mount();
    expect(q('panel-state')?.getAttribute('data-state')).toBe(state);
    const buttons = [...(q('panel-state')?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
    expect(buttons).toEqual(actions);
    expect(q('emotion-primary')).toBeNull();
  });

  test('without the address (no access yet) it cannot offer to enable the site', async () => {
    status.value = 'not-enabled';
    tabUrl.value = '';
    await mount();
    const buttons = [...(q('panel-state')?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
    expect(buttons).toEqual(['Read this page once', 'Paste text']);
  });

  test('the paste action switches to paste mode', async () => {
    status.value = 'unsupported';
    await mount();
    await act(() => (q('panel-state')!.querySelector('button') as HTMLButtonElement).click());
    expect(q('paste-box')).not.toBeNull();
  });
});

describe('read-out', () => {
  test('an angry repeat contact shows mood, intensity, flags and suggestions', async () => {
    show(ANGRY);
    await mount();
    const emotion = q('emotion-primary')?.getAttribute('data-emotion');
    expect(['anger', 'frustration']).toContain(emotion);
    expect(Number(q('emotion-intensity')?.getAttribute('data-value'))).toBeGreaterThan(0.3);
    const flags = qa('escalation-flag').map((e) => e.getAttribute('data-flag'));
    expect(flags).toEqual(expect.arrayContaining(['repeat-contact', 'churn', 'public']));
    expect(qa('suggestion').length).toBeGreaterThan(3);
    expect(qa('insert-suggestion').length).toBe(qa('suggestion').length);
    expect(q('disc-style')).not.toBeNull();
    expect(q('draft-coach')).toBeNull();
  });

  test('the draft coach appears when the reply box has text, and flags blame', async () => {
    show(ANGRY, "As I said, it's not our fault. Calm down.");
    await mount();
    expect(q('draft-coach')).not.toBeNull();
    expect(q('draft-coach')?.querySelectorAll('.coach-issue').length).toBeGreaterThan(0);
  });

  test('DISC off leaves an empty style marker and no card', async () => {
    settings.value = { ...DEFAULT_SETTINGS, discEnabled: false };
    show(ANGRY);
    await mount();
    expect(q('disc-style')?.getAttribute('data-style')).toBe('');
    expect(host.querySelector('.disc')).toBeNull();
  });

  test('UI strings follow the UI language', async () => {
    uiLang.value = 'zh-Hant';
    show(ANGRY);
    await mount();
    expect(host.textContent).toContain('怎麼回覆');
    expect(host.textContent).not.toContain('What to say');
  });

  test('abusive customers get a dismissible self-care card', async () => {
    show({
      source: 'test',
      customer: {},
      messages: [{ role: 'customer', text: 'You are a useless idiot. F*** this company, you stupid people!!!' }],
    });
    await mount();
    expect(q('self-care')).not.toBeNull();
    await act(() => (q('self-care')!.querySelector('button[aria-label="Dismiss"]') as HTMLButtonElement).click());
    expect(q('self-care')).toBeNull();
  });
});

describe('page text is data', () => {
  test('markup in a customer message is shown as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">click</a> this is terrible!!!';
    show({ source: 'test', customer: { name: '<b>Eve</b>' }, messages: [{ role: 'customer', text: evil }] });
    await mount();
    expect(host.querySelector('img[src="x"]')).toBeNull();
    expect(host.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('paste mode', () => {
  test('pasted text is analysed without any page', async () => {
    status.value = 'unsupported';
    pasteMode.value = true;
    await mount();
    const box = q('paste-box') as HTMLTextAreaElement;
    box.value = '客户：第三次联系你们了，还是没解决！我要打12315投诉！';
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(q('emotion-primary')).not.toBeNull();
    expect(qa('escalation-flag').map((e) => e.getAttribute('data-flag'))).toContain('regulator');
  });
});

describe('friendlyName', () => {
  test.each([
    ['Dana Whitfield', 'Dana'],
    ['Dana', 'Dana'],
    ['刘晓燕', '刘晓燕'],
    ['陳 雅婷', '陳 雅婷'],
    ["D'Arcy O'Neil", "D'Arcy"],
  ])('%s → %s', (full, short) => {
    expect(friendlyName(full)).toBe(short);
  });
});

describe('how sure the reader is', () => {
  test('an unsure reading says so and offers the picker in one click', async () => {
    show({ ...ANGRY, source: 'generic', confidence: 0.3 });
    await mount();
    const notice = q('reader-unsure');
    expect(notice?.textContent).toContain('Not sure this is the conversation');
    expect([...(notice?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([
      'Pick the conversation area',
    ]);
    expect(q('emotion-primary')).not.toBeNull();
  });

  test.each([
    ['a sure generic reading', { ...ANGRY, source: 'generic', confidence: 0.9 }],
    ['a site adapter (no confidence)', ANGRY],
  ])('%s shows no notice', async (_name, c) => {
    show(c);
    await mount();
    expect(q('reader-unsure')).toBeNull();
  });
});
