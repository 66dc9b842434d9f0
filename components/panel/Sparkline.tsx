import { t } from '@/lib/i18n';
import type { MessageResult } from '@/lib/types';

const W = 120;
const H = 28;
const PAD = 3;

/** Intensity (solid) and negativity (dashed) per customer message, with the turning point marked. */
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
    <svg class="sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <path d={line((p) => Math.max(0, -p.analysis.valence))} class="spark-neg" />
      <path d={line((p) => p.analysis.intensity)} class="spark-int" />
      {turn >= 0 && <circle cx={x(turn)} cy={y(points[turn]?.analysis.intensity ?? 0)} r="2.6" class="spark-turn" />}
    </svg>
  );
}
