import type { CoachContext } from '@/lib/coach';
import type { ConversationAnalysis, DiscResult, DiscStyle, Emotion, EmotionLabel, EscalationFlag } from '@/lib/types';
import { EMOTIONS } from '@/lib/types';

/** The short form fixtures use to describe the customer a reply is written to. */
export interface FixtureContext {
  emotion?: EmotionLabel;
  intensity?: number;
  disc?: DiscStyle;
  escalation?: EscalationFlag[];
}

export function analysisOf(
  emotion: EmotionLabel,
  intensity: number,
  escalation: EscalationFlag[] = [],
): ConversationAnalysis {
  const emotions = Object.fromEntries(EMOTIONS.map((e) => [e, e === emotion ? intensity : 0])) as Record<
    Emotion,
    number
  >;
  const base = {
    language: 'und' as const,
    primary: emotion,
    emotions,
    intensity,
    valence: emotion === 'joy' || emotion === 'gratitude' ? 0.5 : emotion === 'neutral' ? 0 : -intensity,
    urgency: 0,
    escalation,
    evidence: [],
  };
  return { ...base, messages: [{ index: 0, role: 'customer', analysis: base }], trend: 'steady', turningPoint: null };
}

export function discOf(style: DiscStyle): DiscResult {
  return {
    style,
    secondary: null,
    scores: { D: 0, I: 0, S: 0, C: 0, [style]: 2 },
    confidence: 0.7,
    cues: [],
  };
}

export function toContext(f: FixtureContext): CoachContext {
  return {
    analysis: f.emotion ? analysisOf(f.emotion, f.intensity ?? 0.5, f.escalation) : null,
    disc: f.disc ? discOf(f.disc) : null,
  };
}
