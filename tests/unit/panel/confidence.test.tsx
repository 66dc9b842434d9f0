import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, test } from 'vitest';
import { confidenceBand, FAIRLY_SURE_FROM, readoutConfidence, SURE_FROM } from '@/components/panel/confidence';
import { MoodHeader } from '@/components/panel/MoodHeader';
import { moodLine } from '@/components/panel/mood-line';
import { CONVERSATIONS } from '@/demo/conversations.js';
import { analyzeConversation } from '@/lib/analysis';
import { t, uiLang } from '@/lib/i18n';
import { installModel, loadModel } from '@/lib/model';
import type { ConversationAnalysis, EmotionLabel } from '@/lib/types';
import { withHost } from './host';

let host: HTMLElement;
withHost((el) => {
  host = el;
});
afterAll(() => installModel(null));

const LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;

/** A rules read-out of two customer messages, then given the model's figures by hand: the UI's cases, exactly. */
function withModel(
  primary: EmotionLabel,
  confidence: number,
  negative: number,
  intensity = 0.4,
  latestPrimary: EmotionLabel = primary,
): ConversationAnalysis {
  const base = analyzeConversation([
    { role: 'customer', text: 'The parcel is late again.' },
    { role: 'customer', text: 'Still nothing has arrived.' },
  ]);
  const messages = base.messages.map((m, k) => ({
    ...m,
    analysis: {
      ...m.analysis,
      primary: k === base.messages.length - 1 ? latestPrimary : primary,
      confidence,
      negative,
      intensity,
    },
  }));
  return { ...base, primary, intensity, trend: 'steady', turningPoint: null, messages };
}

async function mount(a: ConversationAnalysis, refining = false) {
  await act(() => render(<MoodHeader analysis={a} refining={refining} />, host));
}

const q = (id: string) => host.querySelector(`[data-testid=${id}]`);

describe('one band definition', () => {
  test.each([
    [0, 'unsure'],
    [FAIRLY_SURE_FROM - 0.001, 'unsure'],
    [FAIRLY_SURE_FROM, 'fairly'],
    [SURE_FROM - 0.001, 'fairly'],
    [SURE_FROM, 'sure'],
    [1, 'sure'],
    [Number.NaN, 'unsure'],
  ])('%f → %s', (p, band) => {
    expect(confidenceBand(p)).toBe(band);
  });

  test('the header, its meter and the note all read that band', async () => {
    for (const p of [0.2, FAIRLY_SURE_FROM, 0.6, SURE_FROM, 0.95]) {
      await mount(withModel('frustration', p, 0.5));
      const row = q('mood-confidence');
      expect(row?.getAttribute('data-band'), String(p)).toBe(confidenceBand(p));
      expect(row?.querySelector('[role=meter]')?.getAttribute('aria-valuenow')).toBe(String(Math.round(p * 100)));
      expect(q('confidence-note') !== null, String(p)).toBe(confidenceBand(p) === 'unsure');
    }
  });
});

describe('how sure, in words an agent reads', () => {
  test.each(LANGS)('sure: plain headline, "Sure", the figures on hover (%s)', async (lang) => {
    uiLang.value = lang;
    await mount(withModel('anger', 0.91, 0.97));
    expect(q('emotion-primary')?.textContent).toBe(t('emo_anger'));
    expect(q('mood-confidence')?.querySelector('.meter-value')?.textContent).toBe(t('confSure'));
    const title = q('mood-confidence')?.getAttribute('title') ?? '';
    expect(title).toContain('91%');
    expect(title).toContain('97%');
    expect(title).toContain(t('emo_anger').toLocaleLowerCase());
  });

  test.each(LANGS)('fairly sure (%s)', async (lang) => {
    uiLang.value = lang;
    await mount(withModel('anxiety', 0.62, 0.8));
    expect(q('emotion-primary')?.textContent).toBe(t('emo_anxiety'));
    expect(q('mood-confidence')?.querySelector('.meter-value')?.textContent).toBe(t('confFairly'));
    expect(q('confidence-note')).toBeNull();
  });

  test.each(LANGS)('unsure: the headline hedges and the sentence names only the side (%s)', async (lang) => {
    uiLang.value = lang;
    const a = withModel('anger', 0.31, 0.55, 0.9);
    await mount(a);
    const headline = q('emotion-primary')?.textContent ?? '';
    expect(headline).toBe(t('headlineUnsure', t('emo_anger')));
    expect(headline).not.toBe(t('emo_anger'));
    const line = host.querySelector('.mood-line')?.textContent ?? '';
    // High intensity still says "very", but "Furious" would claim the feeling the model is unsure of.
    expect(line.startsWith(t('emoAdjSideHigh_negative')), line).toBe(true);
    expect(line).not.toContain(t('emoAdjHigh_anger'));
    expect(q('mood-confidence')?.querySelector('.meter-value')?.textContent).toBe(t('confUnsure'));
    expect(q('confidence-note')?.textContent).toBe(t('confNoteMixed'));
  });

  test('unsure of the feeling but sure they are upset says so', async () => {
    await mount(withModel('frustration', 0.35, 0.96));
    expect(q('confidence-note')?.textContent).toBe(t('confNoteUpset'));
    expect(q('mood-confidence')?.getAttribute('title')).toContain('96%');
  });

  test('a positive reading the model is unsure of is "positive", not "delighted"', () => {
    const line = moodLine(withModel('joy', 0.4, 0.05, 0.9));
    expect(line.startsWith(t('emoAdjSideHigh_positive'))).toBe(true);
    expect(line).not.toContain(t('emoAdjHigh_joy'));
  });

  test('when no message was read as the label shown, the messages disagree: unsure, with no made-up figure', async () => {
    // The conversation's label comes from its weighted state; the model read the latest message otherwise.
    const a = withModel('sadness', 0.9, 0.3, 0.4, 'neutral');
    a.messages = a.messages.map((m) => ({ ...m, analysis: { ...m.analysis, primary: 'neutral' as const } }));
    const c = readoutConfidence(a);
    expect(c).toEqual({ band: 'unsure', label: null, negative: 0.3, clearlyUpset: false });
    await mount(a);
    expect(q('mood-confidence')?.getAttribute('title')).toBe(t('confDetailMixed', 30));
    expect(q('emotion-primary')?.textContent).toBe(t('headlineUnsure', t('emo_sadness')));
  });

  test('the rules alone claim no certainty; while the model loads the panel says this is a quick read', async () => {
    const rules = analyzeConversation([
      { role: 'customer', text: 'This is the third time I write. Still not fixed!!!' },
    ]);
    expect(readoutConfidence(rules)).toBeNull();
    await mount(rules, true);
    expect(q('mood-confidence')).toBeNull();
    expect(q('mood-refining')?.textContent).toBe(t('confChecking'));
    await mount(rules, false);
    expect(q('mood-refining')).toBeNull();
    expect(q('emotion-primary')?.textContent).toBe(t(`emo_${rules.primary}` as never));
  });
});

describe('with the learned model', () => {
  test.each(LANGS)('every demo conversation shows a band that matches its figures (%s UI)', async (lang) => {
    expect(await loadModel()).not.toBeNull();
    uiLang.value = lang;
    for (const c of CONVERSATIONS) {
      const a = analyzeConversation(c.messages.map((m) => ({ role: m.role, text: m.text })));
      const conf = readoutConfidence(a);
      expect(conf, c.id).not.toBeNull();
      await mount(a);
      const row = q('mood-confidence');
      expect(row?.getAttribute('data-band'), c.id).toBe(conf!.label === null ? 'unsure' : confidenceBand(conf!.label));
      const name = t(`emo_${a.primary}` as never);
      expect(q('emotion-primary')?.textContent, c.id).toBe(conf!.band === 'unsure' ? t('headlineUnsure', name) : name);
      if (lang !== 'en') expect(row?.getAttribute('title'), c.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
