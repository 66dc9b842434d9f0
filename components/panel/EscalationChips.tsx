import { type MessageKey, t } from '@/lib/i18n';
import type { ConversationAnalysis, EscalationFlag } from '@/lib/types';

function quotesFor(analysis: ConversationAnalysis, flag: EscalationFlag): string[] {
  const seen = new Set<string>();
  for (const e of analysis.evidence) if (e.label === flag && e.text.trim()) seen.add(e.text.trim());
  return [...seen].slice(0, 3);
}

/** One chip per escalation risk; opening it tells what was said and what to do about it. */
export function EscalationChips({ analysis }: { analysis: ConversationAnalysis }) {
  if (!analysis.escalation.length) return null;
  return (
    <section class="chips" aria-label={t('escalationTitle')}>
      {analysis.escalation.map((flag) => {
        const quotes = quotesFor(analysis, flag);
        return (
          <details key={flag} class={`chip chip-${flag}`} data-testid="escalation-flag" data-flag={flag}>
            <summary>{t(`flag_${flag.replace('-', '_')}` as MessageKey)}</summary>
            <div class="chip-body">
              {quotes.length > 0 && (
                <p class="chip-said">
                  {t('flagSaid')} {quotes.map((q) => `“${q}”`).join(' · ')}
                </p>
              )}
              <p>{t(`flagHelp_${flag.replace('-', '_')}` as MessageKey)}</p>
            </div>
          </details>
        );
      })}
    </section>
  );
}
