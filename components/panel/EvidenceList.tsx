import { t } from '@/lib/i18n';
import type { ConversationAnalysis, ConversationMessage, Evidence } from '@/lib/types';

const CONTEXT = 40;

function inContext(e: Evidence, messages: ConversationMessage[]): string {
  const text = e.messageIndex !== undefined ? messages[e.messageIndex]?.text : undefined;
  if (!text) return e.text;
  const before = text.slice(Math.max(0, e.start - CONTEXT), e.start);
  const after = text.slice(e.end, e.end + CONTEXT);
  return `…${before}[${text.slice(e.start, e.end)}]${after}…`;
}

/** The words that drove the read-out, strongest first, each traceable back into the page. */
export function EvidenceList({
  analysis,
  messages,
  onShow,
  canShow,
}: {
  analysis: ConversationAnalysis;
  messages: ConversationMessage[];
  onShow: (text: string) => void;
  canShow: boolean;
}) {
  const seen = new Set<string>();
  const items = [...analysis.evidence]
    .filter((e) => e.text.trim().length > 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .filter((e) => {
      const key = e.text.toLowerCase();
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, 8);
  if (!items.length) return null;
  return (
    <details class="card evidence">
      <summary class="card-title">{t('evidenceTitle', items.length)}</summary>
      <ul class="evidence-list">
        {items.map((e) => (
          <li key={`${e.messageIndex}:${e.start}:${e.cue}`} title={inContext(e, messages)}>
            <mark class={`ev ev-${e.weight < 0 ? 'pos' : 'neg'}`}>{e.text}</mark>
            <span class="muted ev-cue">{e.cue}</span>
            {canShow && (
              <button type="button" class="btn-link" onClick={() => onShow(e.text)}>
                {t('showInPage')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
