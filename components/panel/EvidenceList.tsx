import { type MessageKey, t } from '@/lib/i18n';
import {
  type ConversationAnalysis,
  type ConversationMessage,
  EMOTIONS,
  ESCALATION_FLAGS,
  type Evidence,
} from '@/lib/types';

const CONTEXT = 40;
// Cue ids are the engine's internal names; the agent reads them in the UI language, or not at all.
const CUES = new Set([
  'lexicon',
  'emoji',
  'stretch',
  'caps',
  'negation',
  'intensifier',
  'downtoner',
  'sarcasm',
  'escalation',
  'question',
  'punctuation',
  'model',
]);
// Long enough to tell eight buttons apart by ear, short enough to say quickly.
const NAME_CHARS = 40;

/** What the span supports and how it was read, in the UI language: "anger · feeling word". */
export function cueLabel(e: Evidence): string {
  const parts: string[] = [];
  const label = e.label as string | undefined;
  if (label && (EMOTIONS as readonly string[]).includes(label)) parts.push(t(`emo_${label}` as MessageKey));
  else if (label && (ESCALATION_FLAGS as readonly string[]).includes(label)) {
    parts.push(t(`flag_${label.replace(/-/g, '_')}` as MessageKey));
  }
  if (CUES.has(e.cue)) parts.push(t(`cue_${e.cue}` as MessageKey));
  return parts.join(' · ');
}

function shortName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > NAME_CHARS ? `${flat.slice(0, NAME_CHARS - 1)}…` : flat;
}

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
            {/* The engine's sign is the valence's: anger's words weigh below zero, thanks above. */}
            <mark class={`ev ev-${e.weight < 0 ? 'neg' : 'pos'}`}>{e.text}</mark>
            <span class="muted ev-cue">{cueLabel(e)}</span>
            {canShow && (
              <button
                type="button"
                class="btn-link"
                aria-label={t('showInPageFor', shortName(e.text))}
                onClick={() => onShow(e.text)}
              >
                {t('showInPage')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
