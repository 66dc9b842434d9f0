import { useSignal } from '@preact/signals';
import type { ComponentChild } from 'preact';
import { type MessageKey, t } from '@/lib/i18n';
import type { Suggestion } from '@/lib/suggest';
import { CONTENT_LANGUAGES, type ContentLanguage, IHEART_STEPS, type IheartStep } from '@/lib/types';

interface Props {
  suggestions: Suggestion[];
  lang: ContentLanguage;
  customerLang: ContentLanguage;
  onLang: (lang: ContentLanguage) => void;
  onInsert: (s: Suggestion) => void;
  onCopy: (s: Suggestion) => void;
}

const LANG_KEY: Record<ContentLanguage, MessageKey> = {
  en: 'langEn',
  'zh-Hans': 'langZhHans',
  'zh-Hant': 'langZhHant',
};

function reasonText(s: Suggestion): string {
  return s.why
    .map((w) => {
      const label = t(`why_${w.code}` as MessageKey);
      if (!w.value) return label;
      const value =
        w.code === 'emotion'
          ? t(`emo_${w.value}` as MessageKey)
          : w.code === 'flag'
            ? t(`flag_${w.value.replace('-', '_')}` as MessageKey)
            : w.code === 'intensity'
              ? t(`band_${w.value}` as MessageKey)
              : w.value;
      return `${label}: ${value}`;
    })
    .join(' · ');
}

/**
 * The suggestion's text with every unfilled field marked, so "[product]" reads as a gap to fill rather
 * than as part of the reply. Text nodes only: template text is data, never markup.
 */
function SuggestionText({ s }: { s: Suggestion }) {
  const parts: ComponentChild[] = [];
  let at = 0;
  for (const ph of s.placeholders) {
    if (ph.start < at || ph.end > s.text.length) continue;
    parts.push(s.text.slice(at, ph.start));
    const label = s.text.slice(ph.start, ph.end);
    parts.push(
      <mark
        key={ph.start}
        class="field"
        data-testid="suggestion-field"
        title={t('placeholderFill', label.slice(1, -1))}
      >
        {label}
      </mark>,
    );
    at = ph.end;
  }
  parts.push(s.text.slice(at));
  return <p class="suggestion-text">{parts}</p>;
}

function SuggestionCard({
  s,
  onInsert,
  onCopy,
}: {
  s: Suggestion;
  onInsert: Props['onInsert'];
  onCopy: Props['onCopy'];
}) {
  return (
    <li class="suggestion" data-testid="suggestion" data-step={s.step} lang={s.lang}>
      <SuggestionText s={s} />
      {s.why.length > 0 && <p class="suggestion-why">{reasonText(s)}</p>}
      <div class="suggestion-actions">
        <button type="button" class="btn btn-primary" data-testid="insert-suggestion" onClick={() => onInsert(s)}>
          {t('insert')}
        </button>
        <button type="button" class="btn" data-testid="copy-suggestion" onClick={() => onCopy(s)}>
          {t('copy')}
        </button>
      </div>
    </li>
  );
}

function StepGroup({
  step,
  items,
  ...actions
}: { step: IheartStep; items: Suggestion[] } & Pick<Props, 'onInsert' | 'onCopy'>) {
  const more = useSignal(false);
  const [first, ...rest] = items;
  if (!first) return null;
  return (
    <section class="step-group" aria-labelledby={`step-${step}`}>
      <h4 id={`step-${step}`} class="step-title">
        <span class={`step-letter step-${step}`} aria-hidden="true">
          {step[0]?.toUpperCase()}
        </span>
        {t(`step_${step}` as MessageKey)}
      </h4>
      <ul class="suggestion-list">
        <SuggestionCard s={first} {...actions} />
        {more.value && rest.map((s) => <SuggestionCard key={s.id} s={s} {...actions} />)}
      </ul>
      {rest.length > 0 && (
        <button type="button" class="btn-link" aria-expanded={more.value} onClick={() => (more.value = !more.value)}>
          {more.value ? t('showFewer') : t('showMore', rest.length)}
        </button>
      )}
    </section>
  );
}

export function Suggestions(props: Props) {
  const { suggestions, lang, customerLang, onLang } = props;
  return (
    <section class="card suggestions" aria-labelledby="suggestions-title">
      <div class="card-head">
        <h3 id="suggestions-title" class="card-title">
          {t('suggestionsTitle')}
        </h3>
        <fieldset class="seg" aria-label={t('suggestionLanguage')}>
          {CONTENT_LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              class={`seg-btn${l === lang ? ' is-on' : ''}`}
              aria-pressed={l === lang}
              title={l === customerLang ? t('customerLanguage') : undefined}
              onClick={() => onLang(l)}
            >
              {t(LANG_KEY[l])}
              {l === customerLang && <span aria-hidden="true"> •</span>}
            </button>
          ))}
        </fieldset>
      </div>
      {suggestions.some((s) => s.placeholders.length > 0) && (
        <p class="muted field-note" data-testid="field-note">
          <mark class="field" aria-hidden="true">
            […]
          </mark>{' '}
          {t('placeholderNote')}
        </p>
      )}
      {IHEART_STEPS.map((step) => (
        <StepGroup key={step} step={step} items={suggestions.filter((s) => s.step === step)} {...props} />
      ))}
    </section>
  );
}
