import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { Suggestions } from '@/components/panel/Suggestions';
import { loadEngines } from '@/entrypoints/sidepanel/engines';
import { pasteMode, pasteText, settings, suggestions } from '@/entrypoints/sidepanel/state';
import { uiLang } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Suggestion } from '@/lib/suggest';

// The panel loads its engine and DISC reader lazily (engines.ts); these tests read the panel complete.
beforeAll(() => loadEngines());

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  uiLang.value = 'en';
  settings.value = DEFAULT_SETTINGS;
});
afterEach(() => {
  render(null, host);
  host.remove();
  pasteMode.value = false;
  pasteText.value = '';
});

const all = (lang: 'en' | 'zh-Hans') => {
  return suggestions.value.filter((s) => s.lang === lang);
};

describe('facts from the text fill the suggestions', () => {
  test('pasted English: the product, the order and the promised timeframe', () => {
    pasteMode.value = true;
    pasteText.value =
      'Customer: My espresso machine (order #A10293) is leaking again and I want a refund. This is the third time!\nAgent: I am sorry, I will update you within 24 hours.\nCustomer: That is not good enough, I want it fixed.';
    const list = all('en');
    expect(list.length).toBeGreaterThan(0);
    const text = list.map((s) => s.text).join('\n');
    expect(text).not.toContain('[product]');
    expect(text).not.toContain('[timeframe]');
    expect(text).not.toContain('[order number]');
  });

  test('pasted Chinese: the product is named in the reply', () => {
    pasteMode.value = true;
    pasteText.value =
      '客户：订单号 2024031815230047 的空气净化器，用了不到一个月就坏了！我要退款，这是第三次联系了！\n客服：非常抱歉，我们会在3个工作日内给您答复。\n客户：太慢了，我要投诉。';
    const text = all('zh-Hans')
      .map((s) => s.text)
      .join('\n');
    expect(text).not.toContain('[产品]');
    expect(text).not.toContain('[时间]');
  });
});

describe('unfilled fields in the preview', () => {
  const text = "Here's what I'm going to do: [the fix]. You'll hear from me within [timeframe].";
  const span = (label: string) => ({ start: text.indexOf(label), end: text.indexOf(label) + label.length });
  const s: Suggestion = {
    id: 's1',
    templateId: 'resolve-general',
    step: 'resolve',
    kind: 'resolve',
    lang: 'en',
    text,
    placeholders: [
      { name: 'resolution', ...span('[the fix]') },
      { name: 'timeframe', ...span('[timeframe]') },
    ],
    score: 1,
    why: [],
  };
  test('are marked as fields to fill, with a hint, and the text reads the same', async () => {
    await act(() =>
      render(
        <Suggestions
          suggestions={[s]}
          lang="en"
          customerLang="en"
          onLang={() => {}}
          onInsert={() => {}}
          onCopy={() => {}}
        />,
        host,
      ),
    );
    const fields = [...host.querySelectorAll('[data-testid="suggestion-field"]')];
    expect(fields.map((f) => f.textContent)).toEqual(['[the fix]', '[timeframe]']);
    expect(fields.map((f) => f.getAttribute('title'))).toEqual(['Fill in: the fix', 'Fill in: timeframe']);
    expect(host.querySelector('.suggestion-text')?.textContent).toBe(s.text);
    expect(host.querySelector('[data-testid="field-note"]')).not.toBeNull();
  });
});
