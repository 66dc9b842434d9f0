import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EvidenceList } from '@/components/panel/EvidenceList';
import { analyzeConversation } from '@/lib/analysis';
import { uiLang } from '@/lib/i18n';
import type { ConversationMessage } from '@/lib/types';

const MESSAGES: ConversationMessage[] = [
  { role: 'customer', text: 'I am NOT happy. This is sooooo frustrating and really annoying!!!' },
  { role: 'customer', text: 'Third time I write. I will cancel and call my lawyer. Not helpful at all 😡' },
];
const INTERNAL_IDS = new Set([
  'lexicon',
  'negation',
  'escalation',
  'intensifier',
  'downtoner',
  'stretch',
  'caps',
  'punctuation',
  'question',
]);
// "emoji" and "sarcasm" are ordinary English words as well as ids; in Chinese they, too, must be translated.

let host: HTMLElement;

async function mount(canShow = true) {
  await act(() =>
    render(
      <EvidenceList analysis={analyzeConversation(MESSAGES)} messages={MESSAGES} onShow={() => {}} canShow={canShow} />,
      host,
    ),
  );
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  uiLang.value = 'en';
});

describe('what gave it away', () => {
  test.each(['en', 'zh-Hans', 'zh-Hant'] as const)(
    'cue labels are words in the UI language (%s), never ids',
    async (lang) => {
      uiLang.value = lang;
      await mount();
      const cues = [...host.querySelectorAll('.ev-cue')].map((el) => el.textContent ?? '');
      expect(cues.length).toBeGreaterThan(2);
      for (const cue of cues) {
        for (const part of cue.split(' · ')) expect(INTERNAL_IDS.has(part.trim())).toBe(false);
        expect(cue.trim()).not.toBe('');
        if (lang !== 'en') expect(cue).toMatch(/[\u4e00-\u9fff]/);
      }
    },
  );

  test('every "Show in page" button has its own accessible name, naming its evidence', async () => {
    await mount();
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(2);
    const names = buttons.map((b) => b.getAttribute('aria-label') ?? '');
    expect(new Set(names).size).toBe(names.length);
    const marks = [...host.querySelectorAll('mark')].map((m) => m.textContent ?? '');
    names.forEach((name, i) => {
      expect(name).toContain('Show');
      expect(name).toContain((marks[i] ?? '').slice(0, 20));
    });
  });
});
