import { type MessageKey, t } from '@/lib/i18n';
import type { ConversationAnalysis, EscalationDetail, EscalationFlag } from '@/lib/types';

const keyPart = (flag: EscalationFlag) => flag.replace('-', '_');

/**
 * The chips in the engine's order (harm, then what is already done, threatened, demanded). Flags without a
 * detail (a result built by hand, or stored before details existed) follow, each with only its name.
 */
function chipsOf(analysis: ConversationAnalysis): { flag: EscalationFlag; detail?: EscalationDetail }[] {
  const details = analysis.escalationDetail ?? [];
  const out: { flag: EscalationFlag; detail?: EscalationDetail }[] = details.map((d) => ({ flag: d.flag, detail: d }));
  for (const flag of analysis.escalation) if (!details.some((d) => d.flag === flag)) out.push({ flag });
  return out;
}

/** A threat of harm gets a calm card with what to do, and no reply to insert (suggest() offers none). */
function SafetyCard({ detail }: { detail?: EscalationDetail }) {
  return (
    <section class="safety-card" data-testid="safety-card" aria-label={t('safetyTitle')}>
      <h3>{t('safetyTitle')}</h3>
      <ul>
        <li>{t('safetyAlone')}</li>
        <li>{t('safetyLead')}</li>
        <li>{t('safetyProcedure')}</li>
      </ul>
      {detail && (
        <p class="chip-said" data-testid="safety-sentence">
          {t('flagSaid')} “{detail.sentence.text}”
        </p>
      )}
      <p class="safety-note">{t('safetyNoReply')}</p>
    </section>
  );
}

/** One chip per escalation risk; opening it shows the sentence that raised it and what to do about it. */
export function EscalationChips({ analysis }: { analysis: ConversationAnalysis }) {
  const chips = chipsOf(analysis);
  if (!chips.length) return null;
  const harm = chips.find((c) => c.flag === 'harm');
  return (
    <>
      {harm && <SafetyCard detail={harm.detail} />}
      <section class="chips" aria-label={t('escalationTitle')}>
        {chips.map(({ flag, detail }) => (
          <details
            key={flag}
            class={`chip chip-${flag}`}
            data-testid="escalation-flag"
            data-flag={flag}
            data-strength={detail?.strength}
          >
            <summary>
              {t(`flag_${keyPart(flag)}` as MessageKey)}
              {detail && <span class="chip-strength"> · {t(`strength_${detail.strength}`)}</span>}
              {detail?.deadline && (
                <span class="chip-deadline" data-testid="escalation-deadline">
                  {t('flagDeadline', detail.deadline.text)}
                </span>
              )}
            </summary>
            <div class="chip-body">
              {detail && (
                <p class="chip-said" data-testid="escalation-sentence">
                  {t('flagSaid')} “{detail.sentence.text}”
                </p>
              )}
              {flag !== 'harm' && <p>{t(`flagHelp_${keyPart(flag)}` as MessageKey)}</p>}
            </div>
          </details>
        ))}
      </section>
    </>
  );
}
