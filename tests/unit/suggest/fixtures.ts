import type {
  ConversationAnalysis,
  DiscResult,
  DiscStyle,
  Emotion,
  EmotionLabel,
  EscalationFlag,
  Trend,
} from '@/lib/types';

const ZERO: Record<Emotion, number> = {
  anger: 0,
  frustration: 0,
  anxiety: 0,
  sadness: 0,
  confusion: 0,
  joy: 0,
  gratitude: 0,
};

const POSITIVE: readonly EmotionLabel[] = ['joy', 'gratitude'];

export function analysisOf(
  primary: EmotionLabel,
  intensity: number,
  opts: { flags?: EscalationFlag[]; trend?: Trend; also?: Partial<Record<Emotion, number>> } = {},
): ConversationAnalysis {
  const emotions = { ...ZERO, ...opts.also };
  if (primary !== 'neutral') emotions[primary] = Math.max(emotions[primary], intensity);
  return {
    language: 'en',
    primary,
    emotions,
    intensity,
    valence: POSITIVE.includes(primary) ? 0.6 : primary === 'neutral' ? 0 : -0.6,
    urgency: 0,
    escalation: opts.flags ?? [],
    evidence: [],
    messages: [],
    trend: opts.trend ?? 'steady',
    turningPoint: null,
  };
}

export function discOf(style: DiscStyle | null): DiscResult {
  return {
    style,
    secondary: null,
    scores: { D: 0, I: 0, S: 0, C: 0 },
    confidence: style ? 0.7 : 0,
    cues: [],
    reason: style ? undefined : 'not enough signal',
  };
}

/** One representative intensity inside each band. */
export const BAND_SAMPLES = { low: 0.15, medium: 0.5, high: 0.85 } as const;
