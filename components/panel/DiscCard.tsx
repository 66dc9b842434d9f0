import { DISC_GUIDANCE, describeCue } from '@/lib/disc';
import { t, uiLang } from '@/lib/i18n';
import type { DiscCue, DiscResult } from '@/lib/types';

/** The strongest, distinct reasons — an agent reads three, not thirty. */
function topCues(cues: DiscCue[], style: string): DiscCue[] {
  const seen = new Set<string>();
  return cues
    .filter((c) => c.style === style)
    .sort((a, b) => b.weight - a.weight)
    .filter((c) => !seen.has(c.cue) && seen.add(c.cue))
    .slice(0, 3);
}

export function DiscCard({ disc, enabled }: { disc: DiscResult | null; enabled: boolean }) {
  if (!enabled) return <span hidden data-testid="disc-style" data-style="" />;
  const lang = uiLang.value;
  if (!disc?.style) {
    return (
      <section class="card disc" aria-labelledby="disc-title">
        <h3 id="disc-title" class="card-title">
          {t('discTitle')}
        </h3>
        <p class="muted" data-testid="disc-style" data-style="">
          {t('discNotEnough')}
        </p>
      </section>
    );
  }
  const g = DISC_GUIDANCE[disc.style][lang];
  const secondary = disc.secondary ? DISC_GUIDANCE[disc.secondary][lang].name : null;
  const pct = Math.round(disc.confidence * 100);
  return (
    <section class="card disc" aria-labelledby="disc-title">
      <div class="disc-head">
        <h3 id="disc-title" class="card-title">
          {t('discTitle')}
        </h3>
        <span class="disc-conf" title={t('discConfidence')}>
          {t('discConfidenceValue', pct)}
        </span>
      </div>
      <p class="disc-style" data-testid="disc-style" data-style={disc.style}>
        <span class={`disc-badge disc-${disc.style}`} aria-hidden="true">
          {disc.style}
        </span>
        <strong>{g.name}</strong>
        {secondary && <span class="muted"> · {t('discSecondary', secondary)}</span>}
      </p>
      <p class="disc-summary">{g.summary}</p>
      <details class="disc-more">
        <summary>{t('discHowToWrite')}</summary>
        <dl class="disc-guide">
          <dt>{t('discOpen')}</dt>
          <dd>{g.open}</dd>
          <dt>{t('discLength')}</dt>
          <dd>{g.length}</dd>
          <dt>{t('discLeadWith')}</dt>
          <dd>{g.leadWith}</dd>
          <dt>{t('discAvoid')}</dt>
          <dd>{g.avoid}</dd>
        </dl>
        <h4 class="disc-why-title">{t('discWhy')}</h4>
        <ul class="disc-why">
          {topCues(disc.cues, disc.style).map((c) => (
            <li key={`${c.messageIndex}:${c.start}`}>
              {describeCue(c, lang)}
              {c.text.trim() && <q class="muted">{c.text.trim().slice(0, 60)}</q>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
