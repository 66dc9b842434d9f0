import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BOX_BREATHING, BREATH_LABELS, CARE_CONTENT } from '@/lib/care';
import { t, uiLang } from '@/lib/i18n';

/** Box breathing with a visual timer; runs only while the agent has it open. */
function Breather() {
  const tick = useSignal(0);
  useEffect(() => {
    const id = setInterval(() => tick.value++, 1000);
    return () => clearInterval(id);
  }, [tick]);
  const cycle = BOX_BREATHING.reduce((n, p) => n + p.seconds, 0);
  let at = tick.value % cycle;
  let phase = BOX_BREATHING[0];
  for (const p of BOX_BREATHING) {
    if (at < p.seconds) {
      phase = p;
      break;
    }
    at -= p.seconds;
  }
  if (!phase) return null;
  return (
    <div class={`breather phase-${phase.phase}`} aria-live="off">
      <div class="breather-box" style={{ '--breath': `${phase.seconds}s` }} />
      <p class="breather-text">
        {BREATH_LABELS[uiLang.value][phase.phase]} · {phase.seconds - at}
      </p>
    </div>
  );
}

export function SelfCareCard({
  level,
  toughToday,
  onDismiss,
}: {
  level: 'gentle' | 'strong';
  toughToday: number | null;
  onDismiss: () => void;
}) {
  const content = CARE_CONTENT[uiLang.value];
  const open = useSignal<string | null>(null);
  return (
    <aside class={`card care care-${level}`} aria-labelledby="care-title" data-testid="self-care">
      <div class="card-head">
        <h3 id="care-title" class="card-title">
          {content.title}
        </h3>
        <button type="button" class="btn-icon" aria-label={t('dismiss')} onClick={onDismiss}>
          ×
        </button>
      </div>
      <p>{content.intro}</p>
      {toughToday !== null && toughToday > 1 && <p class="muted">{t('toughToday', toughToday)}</p>}
      <ul class="care-list">
        {content.exercises.map((ex) => (
          <li key={ex.id}>
            <button
              type="button"
              class="care-chip"
              aria-expanded={open.value === ex.id}
              onClick={() => (open.value = open.value === ex.id ? null : ex.id)}
            >
              {ex.title}
            </button>
            {open.value === ex.id && (
              <div class="care-steps">
                {ex.id === 'box-breathing' && <Breather />}
                <ol>
                  {ex.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              </div>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
