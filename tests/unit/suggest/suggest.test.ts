import { describe, expect, test } from 'vitest';
import { inferSituation, suggest, suggestForStep } from '@/lib/suggest';
import { textSimilarity } from '@/lib/suggest/similarity';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import type { Template } from '@/lib/templates/types';
import {
  CONTENT_LANGUAGES,
  type DiscStyle,
  type EmotionLabel,
  ESCALATION_FLAGS,
  type EscalationFlag,
  IHEART_STEPS,
} from '@/lib/types';
import { analysisOf, discOf } from './fixtures';

const custom = (over: Partial<Template>): Template => ({
  id: 'custom-1',
  step: 'identify',
  kind: 'opening',
  lang: 'en',
  text: 'Custom opening text for angry customers.',
  builtin: false,
  ...over,
});

describe('suggest', () => {
  test('ranks the opening first, then flags and intensity, then the IHEART body, scaffold and closing last', () => {
    const out = suggest({ analysis: analysisOf('anger', 0.9, { flags: ['legal'] }), lang: 'en' });
    const kinds = out.map((s) => s.kind);
    expect(kinds[0]).toBe('opening');
    expect(kinds[1]).toBe('escalation');
    expect(kinds.indexOf('calming')).toBeLessThan(kinds.indexOf('apology'));
    expect(kinds.indexOf('scaffold')).toBeGreaterThan(kinds.indexOf('resolve'));
    expect(kinds.at(-1)).toBe('closing');
    const scores = out.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test.each(
    CONTENT_LANGUAGES.flatMap((lang) =>
      ESCALATION_FLAGS.filter((f) => f !== 'harm').map(
        (flag) => [lang, flag] as [(typeof CONTENT_LANGUAGES)[number], EscalationFlag],
      ),
    ),
  )('%s: the %s flag brings its own phrasing with the reason', (lang, flag) => {
    const out = suggest({ analysis: analysisOf('anger', 0.6, { flags: [flag] }), lang });
    const hit = out.find(
      (s) => (s.kind === 'escalation' || s.kind === 'boundary') && s.why.some((w) => w.value === flag),
    );
    expect(hit).toBeDefined();
    expect(hit?.why).toContainEqual({ code: 'flag', value: flag });
  });

  test.each(CONTENT_LANGUAGES)('%s: a threat of harm gets no canned reply at all', (lang) => {
    expect(suggest({ analysis: analysisOf('anger', 0.9, { flags: ['harm', 'abuse'] }), lang })).toEqual([]);
    expect(suggest({ analysis: analysisOf('anger', 0.9, { flags: ['abuse'] }), lang }).length).toBeGreaterThan(0);
  });

  test('no flag, no escalation or boundary phrasing', () => {
    const out = suggest({ analysis: analysisOf('anger', 0.9), lang: 'en' });
    expect(out.some((s) => s.kind === 'escalation' || s.kind === 'boundary')).toBe(false);
  });

  test.each([
    ['low', 0.1, 1],
    ['high', 0.9, 2],
  ] as const)('%s intensity gives %i calming suggestion(s)', (_band, intensity, count) => {
    const out = suggest({ analysis: analysisOf('frustration', intensity), lang: 'en' });
    expect(out.filter((s) => s.kind === 'calming')).toHaveLength(count);
  });

  test('an escalating trend at medium intensity is treated as urgent', () => {
    const steady = suggest({ analysis: analysisOf('anger', 0.5), lang: 'en' });
    const rising = suggest({ analysis: analysisOf('anger', 0.5, { trend: 'escalating' }), lang: 'en' });
    const calmingRank = (list: typeof steady) => list.findIndex((s) => s.kind === 'calming');
    expect(calmingRank(rising)).toBeLessThan(calmingRank(steady));
  });

  test.each<[DiscStyle, string]>([
    ['D', 'en.resolve-d'],
    ['I', 'en.resolve-i'],
    ['S', 'en.resolve-s'],
    ['C', 'en.resolve-c'],
  ])('DISC %s picks the %s resolution', (style, id) => {
    const out = suggest({ analysis: analysisOf('frustration', 0.5), disc: discOf(style), lang: 'en' });
    const resolve = out.find((s) => s.kind === 'resolve');
    expect(resolve?.templateId).toBe(id);
    expect(resolve?.why).toContainEqual({ code: 'disc', value: style });
  });

  test('unknown DISC style falls back to the general wording and never shows another style', () => {
    const out = suggest({ analysis: analysisOf('frustration', 0.5), disc: discOf(null), lang: 'en' });
    expect(out.find((s) => s.kind === 'resolve')?.templateId).toBe('en.resolve-general');
    const forD = suggest({ analysis: analysisOf('frustration', 0.5), disc: discOf('D'), lang: 'en' });
    const styled = BUILTIN_TEMPLATES.filter((t) => t.disc && !t.disc.includes('D')).map((t) => t.id);
    expect(forD.some((s) => styled.includes(s.templateId))).toBe(false);
  });

  test.each<[EmotionLabel, string]>([
    ['anger', 'service-failure'],
    ['confusion', 'misunderstanding'],
    ['anxiety', 'delay-outside-control'],
    ['joy', 'no-failure'],
    ['gratitude', 'no-failure'],
    ['neutral', 'no-failure'],
  ])('%s → apology for %s', (emotion, situation) => {
    const analysis = analysisOf(emotion, 0.5);
    expect(inferSituation(analysis)).toBe(situation);
    const apology = suggestForStep('apologize', { analysis, lang: 'en' })[0];
    expect(apology?.why).toContainEqual({ code: 'situation', value: situation });
  });

  test('nothing failed: no apology for a failure is offered at all', () => {
    const out = suggestForStep('apologize', { analysis: analysisOf('joy', 0.5), lang: 'zh-Hans', limit: 10 });
    const ids = out.map((s) => s.templateId);
    const situations = ids.map((id) => BUILTIN_TEMPLATES.find((t) => t.id === id)?.situation);
    expect(situations.every((s) => s === 'no-failure')).toBe(true);
  });

  test('a situation override beats the guess', () => {
    const out = suggestForStep('apologize', {
      analysis: analysisOf('anger', 0.5),
      lang: 'en',
      situation: 'delay-outside-control',
    });
    expect(BUILTIN_TEMPLATES.find((t) => t.id === out[0]?.templateId)?.situation).toBe('delay-outside-control');
  });

  test('a repeat contact opens by acknowledging the repeat', () => {
    const [first] = suggest({ analysis: analysisOf('frustration', 0.6, { flags: ['repeat-contact'] }), lang: 'en' });
    expect(first?.templateId).toBe('en.opening-repeat');
  });

  test('a strong secondary emotion can pick its own wording', () => {
    const out = suggestForStep('identify', {
      analysis: analysisOf('neutral', 0.4, { also: { anxiety: 0.5 } }),
      lang: 'en',
      limit: 5,
    });
    expect(out.some((s) => s.templateId === 'en.opening-anxiety')).toBe(true);
  });

  test('variables are filled and gaps reported with offsets', () => {
    const out = suggest({
      analysis: analysisOf('frustration', 0.5),
      disc: discOf('C'),
      lang: 'en',
      vars: { customerName: 'Dana', orderId: 'A-1001' },
    });
    const resolve = out.find((s) => s.templateId === 'en.resolve-c');
    expect(resolve?.text).toContain('Order: A-1001');
    expect(resolve?.placeholders.map((p) => p.name)).toEqual(['issue', 'resolution', 'timeframe']);
    expect(out[0]?.text.startsWith('Hi Dana,')).toBe(true);
  });

  test('respects hidden ids and the limit while keeping one suggestion per step', () => {
    const analysis = analysisOf('anger', 0.9, { flags: ESCALATION_FLAGS.filter((f) => f !== 'harm') });
    const full = suggest({ analysis, lang: 'en' });
    const hidden = [full[0]!.templateId];
    expect(suggest({ analysis, lang: 'en', hidden }).some((s) => s.templateId === hidden[0])).toBe(false);
    const six = suggest({ analysis, lang: 'en', limit: 6 });
    expect(six).toHaveLength(6);
    expect(new Set(six.map((s) => s.step))).toEqual(new Set(IHEART_STEPS));
  });

  test('only the requested language', () => {
    for (const lang of CONTENT_LANGUAGES) {
      expect(suggest({ analysis: analysisOf('sadness', 0.5), lang }).every((s) => s.lang === lang)).toBe(true);
    }
  });

  test('never two near-identical texts, so a duplicated template replaces its original', () => {
    const original = BUILTIN_TEMPLATES.find((t) => t.id === 'en.opening-anger')!;
    const copy: Template = {
      ...original,
      id: 'custom-7',
      builtin: false,
      text: original.text.replace('angry', 'very angry'),
    };
    const out = suggest({ analysis: analysisOf('anger', 0.3), lang: 'en', templates: [...BUILTIN_TEMPLATES, copy] });
    expect(out[0]?.templateId).toBe('custom-7');
    expect(out[0]?.why).toContainEqual({ code: 'custom' });
    expect(out.some((s) => s.templateId === original.id)).toBe(false);
    for (const a of out) for (const b of out) if (a !== b) expect(textSimilarity(a.text, b.text)).toBeLessThan(0.8);
  });

  test('a custom template with an escalating phrase is never suggested', () => {
    const bad = custom({ text: 'Please calm down, I will look at it.' });
    const out = suggest({ analysis: analysisOf('anger', 0.3), lang: 'en', templates: [...BUILTIN_TEMPLATES, bad] });
    expect(out.some((s) => s.templateId === bad.id)).toBe(false);
  });

  test.each<[EmotionLabel, 'en' | 'zh-Hans' | 'zh-Hant', string]>([
    ['frustration', 'en', 'how frustrating this has been'],
    ['anxiety', 'en', 'how worrying this has been'],
    ['anger', 'zh-Hans', '让您很生气'],
    ['sadness', 'zh-Hant', '讓您很難過'],
  ])('the %s scaffold in %s names the feeling', (emotion, lang, phrase) => {
    const scaffold = suggest({ analysis: analysisOf(emotion, 0.5, { flags: ['compensation'] }), lang }).find(
      (s) => s.kind === 'scaffold',
    );
    expect(scaffold?.text).toContain(phrase);
    expect(scaffold?.placeholders.some((p) => p.name === 'feeling')).toBe(false);
  });

  test.each(CONTENT_LANGUAGES)('%s: a happy customer gets a scaffold without an apology', (lang) => {
    const scaffold = suggest({ analysis: analysisOf('gratitude', 0.5), lang }).find((s) => s.kind === 'scaffold');
    expect(scaffold?.templateId).toBe(`${lang}.scaffold-no-failure`);
    expect(scaffold?.text).not.toMatch(/sorry|抱歉/i);
  });

  test('the scaffold and closing carry their reason codes', () => {
    const out = suggest({ analysis: analysisOf('sadness', 0.5), lang: 'zh-Hant' });
    expect(out.find((s) => s.kind === 'scaffold')?.why).toContainEqual({ code: 'scaffold' });
    expect(out.find((s) => s.kind === 'closing')?.why).toContainEqual({ code: 'closing' });
  });

  test('ids are unique and stable', () => {
    const input = {
      analysis: analysisOf('anger', 0.9, { flags: ['churn', 'abuse'] as EscalationFlag[] }),
      lang: 'en' as const,
    };
    const a = suggest(input);
    expect(new Set(a.map((s) => s.id)).size).toBe(a.length);
    expect(suggest(input)).toEqual(a);
  });

  test('works on a single message analysis without a trend', () => {
    const { messages: _m, trend: _t, turningPoint: _p, ...message } = analysisOf('anxiety', 0.7);
    expect(suggest({ analysis: message, lang: 'en' }).length).toBeGreaterThan(0);
  });
});

describe('textSimilarity', () => {
  test.each([
    ['same text', 'Same text!', 1, 1],
    ['I am sorry about the delay', 'Totally different words here', 0, 0.3],
    ['Hi {customerName}, thanks', 'Hi [customer name], thanks', 1, 1],
  ])('%s ~ %s is between %d and %d', (a, b, low, high) => {
    const sim = textSimilarity(a, b);
    expect(sim).toBeGreaterThanOrEqual(low);
    expect(sim).toBeLessThanOrEqual(high);
  });
  test('Chinese near-duplicates are caught', () => {
    expect(textSimilarity('很抱歉让您久等了，我马上处理。', '很抱歉让您久等了，我马上帮您处理。')).toBeGreaterThan(0.8);
  });
});
