import { useLayoutEffect } from 'preact/hooks';
import { type IntensityBand, intensityBand } from '@/lib/analysis/intensity';
import { type MessageKey, t } from '@/lib/i18n';
import type { ConversationAnalysis } from '@/lib/types';
import { confidenceDetail, confidenceText, type ReadoutConfidence, readoutConfidence } from './confidence';
import { EMOTION_COLOR } from './emotion-style';
import { MoodFace } from './MoodFace';
import { FIRST_READOUT_MARK, MODEL_READOUT_MARK, markOnce } from './marks';
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

/**
 * `refining`: the learned model is still loading, so this read-out is the rules' alone and says so until the
 * model's (with how sure it is) replaces it.
 */
export function MoodHeader({ analysis, refining = false }: { analysis: ConversationAnalysis; refining?: boolean }) {
  const color = EMOTION_COLOR[analysis.primary];
  const conf = readoutConfidence(analysis);
  const name = emotionName(analysis.primary);
  useLayoutEffect(() => markOnce(FIRST_READOUT_MARK), []);
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
            {conf?.band === 'unsure' ? t('headlineUnsure', name) : name}
          </h2>
          <p class="mood-line">{moodLine(analysis, conf)}</p>
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
      {conf ? (
        <ConfidenceRow conf={conf} label={name} />
      ) : (
        refining && (
          <p class="conf-note muted" data-testid="mood-refining">
            {t('confChecking')}
          </p>
        )
      )}
    </section>
  );
}

/** How sure the model is, as a meter beside the intensity one; the figures are in its title and aria text. */
function ConfidenceRow({ conf, label }: { conf: ReadoutConfidence; label: string }) {
  const text = confidenceText(conf);
  const detail = confidenceDetail(conf, label);
  const pct = conf.label === null ? 0 : Math.round(conf.label * 100);
  useLayoutEffect(() => markOnce(MODEL_READOUT_MARK), []);
  return (
    <>
      <div class="meter-row" data-testid="mood-confidence" data-band={conf.band} title={detail}>
        <span class="meter-label" id="confidence-label">
          {t('confLabel')}
        </span>
        {/* biome-ignore lint/a11y/useSemanticElements: as the intensity meter, styled alike in Chrome and Firefox */}
        <div
          class={`meter meter-conf conf-${conf.band}`}
          role="meter"
          data-value={conf.label === null ? '' : conf.label.toFixed(2)}
          aria-labelledby="confidence-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={`${text}. ${detail}`}
        >
          <span class="meter-fill" style={{ width: `${pct}%` }} />
        </div>
        <span class="meter-value">{text}</span>
      </div>
      {conf.band === 'unsure' && (
        <p class="conf-note" data-testid="confidence-note">
          {t(conf.clearlyUpset ? 'confNoteUpset' : 'confNoteMixed')}
        </p>
      )}
    </>
  );
}
