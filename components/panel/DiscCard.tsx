// Not '@/lib/disc': its rules compile when the module loads, and the panel loads it after the first read-out.
import { describeCue } from '@/lib/disc/describe';
import { DISC_GUIDANCE } from '@/lib/disc/guidance';
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

/**
 * `sure` is lib/disc's isSure(disc), worked out where the guess is made. `pending`: the DISC reader is still
 * loading; the card keeps its place without claiming "not enough signal".
 */
export function DiscCard({
  disc,
  enabled,
  sure,
  pending = false,
}: {
  disc: DiscResult | null;
  enabled: boolean;
  sure: boolean;
  pending?: boolean;
}) {
  if (!enabled) return <span hidden data-testid="disc-style" data-style="" />;
  if (pending) {
    return (
      <section class="card disc" aria-labelledby="disc-title" aria-busy="true" data-testid="disc-pending">
        <h3 id="disc-title" class="card-title">
          {t('discTitle')}
        </h3>
        <p class="muted">{t('discReading')}</p>
      </section>
    );
  }
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
  // A weak guess is offered as a lean, in muted type, after the honest "not enough signal yet".
  return (
    <section class="card disc" aria-labelledby="disc-title" data-sure={sure ? 'true' : 'false'}>
      <div class="disc-head">
        <h3 id="disc-title" class="card-title">
          {t('discTitle')}
        </h3>
        <span class={sure ? 'disc-conf' : 'disc-conf muted'} title={t('discConfidence')}>
          {t('discConfidenceValue', pct)}
        </span>
      </div>
      {!sure && (
        <p class="disc-lean" data-testid="disc-lean">
          {t('discLeaning', g.name)}
        </p>
      )}
      <p class={sure ? 'disc-style' : 'disc-style muted'} data-testid="disc-style" data-style={disc.style}>
        <span class={`disc-badge disc-${disc.style}`} aria-hidden="true">
          {disc.style}
        </span>
        {sure ? <strong>{g.name}</strong> : <span>{g.name}</span>}
        {secondary && <span class="muted"> · {t('discSecondary', secondary)}</span>}
      </p>
      {sure && <p class="disc-summary">{g.summary}</p>}
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
