// Types only: the coach itself loads after the first read-out (entrypoints/sidepanel/engines.ts).
import type { CoachReport } from '@/lib/coach';
import { type MessageKey, t } from '@/lib/i18n';
import { IHEART_STEPS, type IheartStep } from '@/lib/types';

interface Props {
  report: CoachReport;
  /** lib/coach's MAX_COACHED_CHARS: how much of a long draft is read (its tail). */
  maxChars: number;
  onAddStep: (step: IheartStep) => void;
  onCopy: (text: string) => void;
}

/** Reads the agent's own reply as they write it: what could inflame, what is missing, what fits. */
export function DraftCoach({ report, maxChars, onAddStep, onCopy }: Props) {
  const clean = report.issues.length === 0 && report.fit.length === 0;
  return (
    <section class="card coach" data-testid="draft-coach" aria-labelledby="coach-title">
      <h3 id="coach-title" class="card-title">
        {t('coachTitle')}
      </h3>
      {report.checkedFrom !== undefined && (
        <p class="muted" data-testid="coach-partial">
          {t('coachPartial', maxChars.toLocaleString())}
        </p>
      )}
      {clean && <p class="coach-ok">{t('coachAllGood')}</p>}
      {report.issues.length > 0 && (
        <ul class="coach-issues">
          {report.issues.map((issue) => (
            <li key={`${issue.start}:${issue.ruleId}`} class="coach-issue" data-kind={issue.kind}>
              <p>
                <span class={`tag tag-${issue.kind}`}>{t(`coach_${issue.kind.replace('-', '_')}` as MessageKey)}</span>{' '}
                <del class="coach-span">{issue.text}</del>
              </p>
              <p class="coach-alt">
                <span class="muted">{t('coachTry')}</span> <ins>{issue.alternative}</ins>{' '}
                <button type="button" class="btn-link" onClick={() => onCopy(issue.alternative)}>
                  {t('copy')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {report.fit.length > 0 && (
        <ul class="coach-fit">
          {report.fit.map((f) => (
            <li key={f.kind}>{t(`fit_${f.kind.replace(/-/g, '_')}` as MessageKey)}</li>
          ))}
        </ul>
      )}
      <ul class="coverage" aria-label={t('coachCoverage')}>
        {IHEART_STEPS.map((step) => {
          const covered = report.coverage[step];
          const missing = report.missing.includes(step);
          return (
            <li key={step} class={`cover ${covered ? 'is-covered' : missing ? 'is-missing' : ''}`}>
              {covered ? '✓ ' : ''}
              {t(`step_${step}` as MessageKey)}
              {missing && (
                <button
                  type="button"
                  class="btn-link cover-add"
                  aria-label={t('coachAddStep', t(`step_${step}` as MessageKey))}
                  onClick={() => onAddStep(step)}
                >
                  +
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
