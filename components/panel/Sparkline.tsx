import { t } from '@/lib/i18n';
import type { MessageResult } from '@/lib/types';

const W = 120;
const H = 28;
const PAD = 3;

/**
 * Intensity (solid) and negativity (dashed) per customer message, with the turning point marked. A
 * legend under the lines says which is which, and hovering gives the figures per message.
 */
export function Sparkline({ points, turningPoint }: { points: MessageResult[]; turningPoint: number | null }) {
  if (points.length < 2) return null;
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (points.length - 1);
  const y = (v: number) => H - PAD - v * (H - 2 * PAD);
  const line = (value: (p: MessageResult) => number) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value(p)).toFixed(1)}`).join(' ');
  const turn = points.findIndex((p) => p.index === turningPoint);
  const label = t(
    'trendAria',
    points.map((p) => Math.round(p.analysis.intensity * 100)).join(', '),
    turn >= 0 ? String(turn + 1) : '—',
  );
  return (
    <figure class="spark" data-testid="sparkline">
      <svg class="sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
        <title>{`${t('sparkTitle')}. ${label}`}</title>
        <path d={line((p) => Math.max(0, -p.analysis.valence))} class="spark-neg" />
        <path d={line((p) => p.analysis.intensity)} class="spark-int" />
        {turn >= 0 && <circle cx={x(turn)} cy={y(points[turn]?.analysis.intensity ?? 0)} r="2.6" class="spark-turn" />}
      </svg>
      <figcaption class="spark-legend" aria-hidden="true">
        <span class="spark-key">
          <svg viewBox="0 0 12 6" class="spark-swatch" aria-hidden="true">
            <path d="M0 3 H12" class="spark-int" />
          </svg>
          {t('sparkIntensity')}
        </span>
        <span class="spark-key">
          <svg viewBox="0 0 12 6" class="spark-swatch" aria-hidden="true">
            <path d="M0 3 H12" class="spark-neg" />
          </svg>
          {t('sparkNegativity')}
        </span>
        {turn >= 0 && (
          <span class="spark-key">
            <svg viewBox="0 0 12 6" class="spark-swatch" aria-hidden="true">
              <circle cx="6" cy="3" r="2.2" class="spark-turn" />
            </svg>
            {t('sparkTurn')}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
