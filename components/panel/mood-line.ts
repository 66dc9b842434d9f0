import { type MessageKey, t } from '@/lib/i18n';
import { intensityBand } from '@/lib/templates/types';
import { type ConversationAnalysis, type EmotionLabel, NEGATIVE_EMOTIONS } from '@/lib/types';
import { type ReadoutConfidence, readoutConfidence } from './confidence';

const NEGATIVE: ReadonlySet<EmotionLabel> = new Set(NEGATIVE_EMOTIONS);
const POSITIVE: ReadonlySet<EmotionLabel> = new Set(['joy', 'gratitude']);

/**
 * The feeling as the sentence names it. When the model is unsure which feeling it is, the sentence names only
 * the side it leans to ("Very upset", not "Furious"), so it never claims more than the read-out knows; the
 * intensity band still decides "very".
 */
function adjective(a: ConversationAnalysis, high: boolean, conf: ReadoutConfidence | null): string {
  const side = NEGATIVE.has(a.primary) ? 'negative' : POSITIVE.has(a.primary) ? 'positive' : null;
  if (conf?.band === 'unsure' && side) return t(`${high ? 'emoAdjSideHigh' : 'emoAdjSide'}_${side}` as MessageKey);
  return t(`${high ? 'emoAdjHigh' : 'emoAdj'}_${a.primary}` as MessageKey);
}

/**
 * The header's sentence. It reads the same primary emotion and the same intensity band as the meter,
 * the chips' colours and the suggestions' tags, so a high-intensity complaint is never described as
 * mildly unhappy or "about the same".
 */
export function moodLine(a: ConversationAnalysis, conf: ReadoutConfidence | null = readoutConfidence(a)): string {
  const high = intensityBand(a.intensity) === 'high';
  const adj = adjective(a, high, conf);
  const turn = a.messages.findIndex((m) => m.index === a.turningPoint) + 1;
  if (a.trend === 'escalating' && turn > 0) return t('moodEscalating', adj, turn);
  if (a.trend === 'calming' && turn > 0) return t('moodCalming', adj, turn);
  if (a.messages.length > 1) return t(high ? 'moodSteadyHigh' : 'moodSteady', adj, a.messages.length);
  return adj;
}
