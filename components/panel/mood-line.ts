import { type MessageKey, t } from '@/lib/i18n';
import { intensityBand } from '@/lib/templates/types';
import type { ConversationAnalysis } from '@/lib/types';

/**
 * The header's sentence. It reads the same primary emotion and the same intensity band as the meter,
 * the chips' colours and the suggestions' tags, so a high-intensity complaint is never described as
 * mildly unhappy or "about the same".
 */
export function moodLine(a: ConversationAnalysis): string {
  const high = intensityBand(a.intensity) === 'high';
  const adjective = t(`${high ? 'emoAdjHigh' : 'emoAdj'}_${a.primary}` as MessageKey);
  const turn = a.messages.findIndex((m) => m.index === a.turningPoint) + 1;
  if (a.trend === 'escalating' && turn > 0) return t('moodEscalating', adjective, turn);
  if (a.trend === 'calming' && turn > 0) return t('moodCalming', adjective, turn);
  if (a.messages.length > 1) return t(high ? 'moodSteadyHigh' : 'moodSteady', adjective, a.messages.length);
  return adjective;
}
