import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Sparkline } from '@/components/panel/Sparkline';
import { uiLang } from '@/lib/i18n';
import type { MessageResult } from '@/lib/types';

const point = (index: number, intensity: number, valence: number) =>
  ({ index, analysis: { intensity, valence } }) as unknown as MessageResult;

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  uiLang.value = 'en';
});

describe('trend sparkline', () => {
  test('says what its lines mean, in a legend and on hover', () => {
    uiLang.value = 'en';
    render(
      <Sparkline points={[point(0, 0.2, -0.1), point(2, 0.5, -0.4), point(4, 0.9, -0.8)]} turningPoint={2} />,
      host,
    );
    const legend = [...host.querySelectorAll('.spark-key')].map((e) => e.textContent);
    expect(legend).toEqual(['intensity', 'negativity', 'turning point']);
    const title = host.querySelector('svg.sparkline > title')?.textContent ?? '';
    expect(title).toContain('20, 50, 90');
    expect(title).toContain('message 2');
  });

  test('the legend follows the UI language and leaves out a turning point there is none of', () => {
    uiLang.value = 'zh-Hant';
    render(<Sparkline points={[point(0, 0.2, -0.1), point(1, 0.3, -0.2)]} turningPoint={null} />, host);
    expect([...host.querySelectorAll('.spark-key')].map((e) => e.textContent)).toEqual(['烈度', '負面程度']);
  });
});
