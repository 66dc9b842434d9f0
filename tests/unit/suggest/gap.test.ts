import { describe, expect, test } from 'vitest';
import { suggest, suggestForStep } from '@/lib/suggest';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import { NAMES_FEELING } from '@/lib/templates/builtin/catalogue';
import { INTENSITY_BANDS, intensityBand } from '@/lib/templates/types';
import { CONTENT_LANGUAGES, EMOTIONS, type EmotionLabel, IHEART_STEPS } from '@/lib/types';
import { analysisOf, BAND_SAMPLES } from './fixtures';

const LABELS: EmotionLabel[] = [...EMOTIONS, 'neutral'];

// emotion × intensity band × step × language: every cell must get at least one suggestion.
const GRID = LABELS.flatMap((emotion) =>
  INTENSITY_BANDS.flatMap((band) =>
    IHEART_STEPS.flatMap((step) => CONTENT_LANGUAGES.map((lang) => [emotion, band, step, lang] as const)),
  ),
);

describe('no gaps in the library', () => {
  test('the band samples sit in their bands', () => {
    for (const band of INTENSITY_BANDS) expect(intensityBand(BAND_SAMPLES[band])).toBe(band);
  });

  test.each(GRID)('%s / %s / %s / %s has a suggestion', (emotion, band, step, lang) => {
    const out = suggestForStep(step, { analysis: analysisOf(emotion, BAND_SAMPLES[band]), lang });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((s) => s.step === step && s.lang === lang)).toBe(true);
  });

  const CELLS = LABELS.flatMap((emotion) =>
    INTENSITY_BANDS.flatMap((band) => CONTENT_LANGUAGES.map((lang) => [emotion, band, lang] as const)),
  );

  test.each(CELLS)('%s / %s / %s: suggest() covers every IHEART step', (emotion, band, lang) => {
    const out = suggest({ analysis: analysisOf(emotion, BAND_SAMPLES[band]), lang });
    expect(new Set(out.map((s) => s.step))).toEqual(new Set(IHEART_STEPS));
  });

  test.each(CELLS)('%s / %s / %s: the first suggestion is an opening that names the feeling', (emotion, band, lang) => {
    const [first] = suggest({ analysis: analysisOf(emotion, BAND_SAMPLES[band]), lang });
    const template = BUILTIN_TEMPLATES.find((t) => t.id === first?.templateId);
    expect(first?.kind).toBe('opening');
    expect(first?.why).toContainEqual({ code: 'emotion', value: emotion });
    if (emotion !== 'neutral') expect(template?.tags).toContain(NAMES_FEELING);
  });
});
