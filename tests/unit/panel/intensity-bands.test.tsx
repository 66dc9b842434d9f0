import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { MoodHeader } from '@/components/panel/MoodHeader';
import { analyzeConversation } from '@/lib/analysis';
import * as bands from '@/lib/analysis/intensity';
import { t } from '@/lib/i18n';
import { suggest } from '@/lib/suggest';
import * as templates from '@/lib/templates/types';
import type { ConversationAnalysis } from '@/lib/types';
import { withHost } from './host';

let host: HTMLElement;
withHost((el) => {
  host = el;
});

const BAND_TEXT = { low: 'intensityLow', medium: 'intensityMedium', high: 'intensityHigh' } as const;

async function headerBand(intensity: number): Promise<string | null | undefined> {
  const a: ConversationAnalysis = { ...analyzeConversation([{ role: 'customer', text: 'This is late.' }]), intensity };
  await act(() => render(<MoodHeader analysis={a} />, host));
  return host.querySelector('.meter-value')?.textContent;
}

test('templates and the header read the one band definition in lib/analysis/intensity', () => {
  expect(templates.intensityBand).toBe(bands.intensityBand);
  expect(templates.MEDIUM_INTENSITY_FROM).toBe(bands.MEDIUM_INTENSITY_FROM);
  expect(templates.HIGH_INTENSITY_FROM).toBe(bands.HIGH_INTENSITY_FROM);
});

test('the header shows the same band as the templates at and around both cut points', async () => {
  const e = 0.004;
  const { MEDIUM_INTENSITY_FROM: mid, HIGH_INTENSITY_FROM: high } = bands;
  // 0.67 sits between the old header cut (0.70) and the templates' cut (0.65): it used to read "Medium".
  for (const x of [0, mid - e, mid, (mid + high) / 2, high - e, high, 0.67, 0.69, 1]) {
    expect(await headerBand(x), `intensity ${x}`).toBe(t(BAND_TEXT[templates.intensityBand(x)]));
  }
});

test("a suggestion's intensity tag uses the header's band", () => {
  const a = analyzeConversation([
    { role: 'customer', text: 'This is the third time I write. Still not fixed!!! I will cancel and leave a review.' },
  ]);
  const tagged = suggest({ analysis: a, lang: 'en' }).flatMap((s) => s.why.filter((w) => w.code === 'intensity'));
  for (const w of tagged) expect(w.value).toBe(bands.intensityBand(a.intensity));
});
