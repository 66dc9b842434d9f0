import { type IntensityBand, intensityBand } from '@/lib/analysis/intensity';
import { type MessageKey, t } from '@/lib/i18n';
import type { ConversationAnalysis } from '@/lib/types';
import { EMOTION_COLOR } from './emotion-style';
import { MoodFace } from './MoodFace';
import { moodLine } from './mood-line';
import { Sparkline } from './Sparkline';

const BAND_TEXT: Record<IntensityBand, MessageKey> = {
  low: 'intensityLow',
  medium: 'intensityMedium',
  high: 'intensityHigh',
};

export function emotionName(label: string): string {
  return t(`emo_${label}` as MessageKey);
}

export function MoodHeader({ analysis }: { analysis: ConversationAnalysis }) {
  const color = EMOTION_COLOR[analysis.primary];
  const pct = Math.round(analysis.intensity * 100);
  // The band comes from the unrounded value, so 0.346 reads "Low" here just as it does for the templates.
  const band = t(BAND_TEXT[intensityBand(analysis.intensity)]);
  return (
    <section class="card mood" style={{ '--emo': color.light, '--emo-dark': color.dark }} aria-labelledby="mood-title">
      <div class="mood-top">
        <span class="mood-icon">
          <MoodFace emotion={analysis.primary} />
        </span>
        <div class="mood-text">
          <h2 id="mood-title" class="mood-name" data-testid="emotion-primary" data-emotion={analysis.primary}>
            {emotionName(analysis.primary)}
          </h2>
          <p class="mood-line">{moodLine(analysis)}</p>
        </div>
        <Sparkline points={analysis.messages} turningPoint={analysis.turningPoint} />
      </div>
      <div class="meter-row">
        <span class="meter-label" id="intensity-label">
          {t('intensity')}
        </span>
        {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot take the emotion's colour consistently across Chrome and Firefox */}
        <div
          class="meter"
          role="meter"
          data-testid="emotion-intensity"
          data-value={analysis.intensity.toFixed(2)}
          aria-labelledby="intensity-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={band}
        >
          <span class="meter-fill" style={{ width: `${pct}%` }} />
        </div>
        <span class="meter-value">{band}</span>
      </div>
    </section>
  );
}
