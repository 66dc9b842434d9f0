import type { ConversationAnalysis, MessageAnalysis } from '@/lib/types';

export type { BreathPhase, CareContent, CareExercise, CareExerciseId } from './content';
export { BOX_BREATHING, BREATH_LABELS, CARE_CONTENT } from './content';

export type CareLevel = 'none' | 'gentle' | 'strong';
export type CareReason = 'abuse' | 'high-intensity' | 'escalating';

export interface CareNeed {
  level: CareLevel;
  reasons: CareReason[];
}

/** Anger or frustration at this intensity is draining to answer even when it is not abusive. */
export const HIGH_INTENSITY = 0.75;
/** A conversation heating up deserves a nudge a little earlier than a single hot message. */
export const ESCALATING_INTENSITY = 0.5;

function hostile(a: MessageAnalysis): boolean {
  return a.primary === 'anger' || a.primary === 'frustration';
}

function isConversation(a: ConversationAnalysis | MessageAnalysis): a is ConversationAnalysis {
  return 'messages' in a && Array.isArray(a.messages);
}

/**
 * Whether the agent should be offered a moment of self-care. Abuse aimed at the agent is always
 * strong; heat alone is gentle unless it is both very hot and still rising.
 */
export function careNeeded(analysis: ConversationAnalysis | MessageAnalysis | null): CareNeed {
  if (!analysis) return { level: 'none', reasons: [] };
  const parts: MessageAnalysis[] = [analysis];
  if (isConversation(analysis)) parts.push(...analysis.messages.map((m) => m.analysis));

  const reasons: CareReason[] = [];
  if (parts.some((a) => a.escalation.includes('abuse'))) reasons.push('abuse');
  if (parts.some((a) => hostile(a) && a.intensity >= HIGH_INTENSITY)) reasons.push('high-intensity');
  if (
    isConversation(analysis) &&
    analysis.trend === 'escalating' &&
    hostile(analysis) &&
    analysis.intensity >= ESCALATING_INTENSITY
  ) {
    reasons.push('escalating');
  }

  if (reasons.length === 0) return { level: 'none', reasons };
  const strong = reasons.includes('abuse') || (reasons.includes('high-intensity') && reasons.includes('escalating'));
  return { level: strong ? 'strong' : 'gentle', reasons };
}
