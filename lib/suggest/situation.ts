import type { TemplateSituation } from '@/lib/templates/types';
import type { ConversationAnalysis, MessageAnalysis } from '@/lib/types';

/**
 * A best guess at what went wrong, from the read-out alone. The seeds name three conflict sources (poor
 * service, misunderstanding, loss of control); a happy or neutral customer with nothing raised gets empathy
 * rather than an apology for a failure nobody reported.
 */
export function inferSituation(analysis: ConversationAnalysis | MessageAnalysis): TemplateSituation {
  const failureFlags = analysis.escalation.some((f) => f !== 'abuse');
  if (analysis.primary === 'confusion' && !failureFlags) return 'misunderstanding';
  if (analysis.primary === 'anxiety' && !failureFlags) return 'delay-outside-control';
  if (analysis.primary === 'joy' || analysis.primary === 'gratitude') return 'no-failure';
  if (analysis.primary === 'neutral' && !failureFlags && analysis.valence >= -0.2) return 'no-failure';
  return 'service-failure';
}
