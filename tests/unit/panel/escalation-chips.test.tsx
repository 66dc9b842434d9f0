import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { EscalationChips } from '@/components/panel/EscalationChips';
import { analyzeConversation } from '@/lib/analysis';
import { uiLang } from '@/lib/i18n';
import { suggest } from '@/lib/suggest';
import type { ConversationAnalysis } from '@/lib/types';
import { withHost } from './host';

let host: HTMLElement;
withHost((el) => {
  host = el;
});

const customer = (...texts: string[]) => analyzeConversation(texts.map((text) => ({ role: 'customer', text })));
const chips = () => [...host.querySelectorAll('[data-testid="escalation-flag"]')];

async function show(a: ConversationAnalysis) {
  await act(() => render(<EscalationChips analysis={a} />, host));
}

describe('escalation chips', () => {
  test('ordered by strength, each with the sentence that raised it', async () => {
    await show(customer('I want a refund. I have already reported you to the BBB.'));
    expect(chips().map((c) => c.getAttribute('data-flag'))).toEqual(['regulator', 'compensation']);
    expect(chips().map((c) => c.getAttribute('data-strength'))).toEqual(['taken', 'demanded']);
    expect(chips()[0]?.querySelector('[data-testid="escalation-sentence"]')?.textContent).toContain(
      'I have already reported you to the BBB.',
    );
  });

  test('a deadline shows beside its chip', async () => {
    await show(customer('Fix it within 24 hours or I go public with the screenshots.'));
    expect(chips()[0]?.querySelector('[data-testid="escalation-deadline"]')?.textContent).toContain('within 24 hours');
  });

  test('the sentence is shown as text, never as HTML', async () => {
    const a = customer('I want to speak to your manager now');
    const sentence = '<img src=x onerror=alert(1)> I want to speak to your manager <b>now</b>';
    const [first] = a.escalationDetail!;
    await show({
      ...a,
      escalationDetail: [{ ...first!, sentence: { start: 0, end: sentence.length, text: sentence } }],
    });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain(sentence);
  });

  test('harm brings a safety card, and no reply is suggested', async () => {
    const a = customer("Keep this up and I'll come down there and smash every screen in the shop.");
    await show(a);
    expect(host.querySelector('[data-testid="safety-card"]')?.textContent).toContain("Don't handle this alone.");
    expect(chips()[0]?.getAttribute('data-flag')).toBe('harm');
    expect(suggest({ analysis: a, lang: 'en' })).toEqual([]);
  });

  test.each([
    ['zh-Hans', '安全第一'],
    ['zh-Hant', '安全第一'],
  ] as const)('the safety card speaks %s', async (lang, title) => {
    uiLang.value = lang;
    await show(customer('别逼我上门动手'));
    expect(host.querySelector('[data-testid="safety-card"] h3')?.textContent).toBe(title);
  });

  test('flags without detail still show their chip', async () => {
    const a = customer('I want a refund');
    await show({ ...a, escalationDetail: undefined });
    expect(chips().map((c) => c.getAttribute('data-flag'))).toEqual(['compensation']);
  });
});
