import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DiscCard } from '@/components/panel/DiscCard';
import { DISC_GUIDANCE, isSure, SURE_FROM } from '@/lib/disc';
import { t, uiLang } from '@/lib/i18n';
import type { DiscResult } from '@/lib/types';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function guess(confidence: number): DiscResult {
  return {
    style: 'C',
    secondary: null,
    scores: { D: 0.4, I: 0, S: 0.5, C: 2.1 },
    confidence,
    cues: [{ style: 'C', cue: 'order-id', weight: 0.8, start: 6, end: 15, messageIndex: 0, text: '#A1234567' }],
  };
}

async function show(disc: DiscResult | null) {
  await act(() => render(<DiscCard disc={disc} enabled={true} sure={disc ? isSure(disc) : false} />, host));
  return {
    card: host.querySelector('section.disc'),
    lean: host.querySelector('[data-testid="disc-lean"]'),
    style: host.querySelector('[data-testid="disc-style"]'),
    strong: host.querySelector('.disc-style strong'),
    summary: host.querySelector('.disc-summary'),
  };
}

describe('DiscCard', () => {
  for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    test(`${lang}: 14 % and 22 % guesses say "not enough signal yet" and only lean`, async () => {
      uiLang.value = lang;
      const name = DISC_GUIDANCE.C[lang].name;
      for (const c of [0.14, 0.22, SURE_FROM - 0.01]) {
        const v = await show(guess(c));
        expect(v.card?.getAttribute('data-sure')).toBe('false');
        expect(v.lean?.textContent).toBe(t('discLeaning', name));
        expect(v.style?.classList.contains('muted')).toBe(true);
        expect(v.style?.getAttribute('data-style')).toBe('C');
        expect(v.strong).toBeNull();
        expect(v.summary).toBeNull();
      }
    });
  }

  test('a sure guess is stated plainly, with its summary', async () => {
    uiLang.value = 'en';
    for (const c of [SURE_FROM, 0.72]) {
      const v = await show(guess(c));
      expect(v.card?.getAttribute('data-sure')).toBe('true');
      expect(v.lean).toBeNull();
      expect(v.style?.classList.contains('muted')).toBe(false);
      expect(v.strong?.textContent).toBe(DISC_GUIDANCE.C.en.name);
      expect(v.summary?.textContent).toBe(DISC_GUIDANCE.C.en.summary);
    }
  });

  test('no style at all keeps the plain "not enough signal" card', async () => {
    uiLang.value = 'en';
    const v = await show({ ...guess(0), style: null, reason: 'not enough signal' });
    expect(v.style?.textContent).toBe(t('discNotEnough'));
    expect(v.lean).toBeNull();
  });

  test('while its reader loads, the card keeps its place and claims nothing', async () => {
    uiLang.value = 'en';
    await act(() => render(<DiscCard disc={null} enabled={true} sure={false} pending={true} />, host));
    expect(host.querySelector('[data-testid="disc-pending"]')?.textContent).toContain(t('discReading'));
    // No style, and not "not enough signal": nothing has been read yet.
    expect(host.querySelector('[data-testid="disc-style"]')).toBeNull();
    expect(host.textContent).not.toContain(t('discNotEnough'));
  });

  test('the lean is translated in all three locales', () => {
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      uiLang.value = lang;
      expect(t('discLeaning', 'X')).toContain('X');
      expect(t('discLeaning', 'X')).not.toBe('discLeaning');
    }
    uiLang.value = 'en';
  });
});
