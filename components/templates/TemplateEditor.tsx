import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import { findEscalators } from '@/lib/templates/escalators';
import type { TemplateDraft } from '@/lib/templates/library';
import { guessTemplateLanguage, renderTemplate, SLOT_NAMES, VAR_NAMES } from '@/lib/templates/render';
import {
  INTENSITY_BANDS,
  TEMPLATE_EMOTIONS,
  TEMPLATE_KINDS,
  TEMPLATE_SITUATIONS,
  type Template,
  type TemplateProblem,
  type TemplateSituation,
} from '@/lib/templates/types';
import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  DISC_STYLES,
  type EmotionLabel,
  ESCALATION_FLAGS,
  IHEART_STEPS,
  type IheartStep,
  type TemplateVars,
} from '@/lib/types';
import {
  BAND_LABEL,
  DISC_LABEL,
  EMOTION_LABEL,
  FLAG_LABEL,
  KIND_LABEL,
  LANG_LABEL,
  SITUATION_LABEL,
  STEP_LABEL,
} from './labels';
import { ProblemList } from './ProblemList';

export interface TemplateEditorProps {
  /** The template being edited; absent for a new one. */
  initial?: Template;
  defaultLang: ContentLanguage;
  /** Values the preview fills in (agent name and company from settings). */
  vars: TemplateVars;
  /** What the library refused on the last save. */
  problems: readonly TemplateProblem[];
  onSave: (draft: TemplateDraft) => void;
  onCancel: () => void;
}

const KNOWN = new Set<string>([...VAR_NAMES, ...SLOT_NAMES]);
const TOKEN = /\{([A-Za-z]+)\}/g;
const TAG_SEPARATOR = /[,，、;；]/;

// Which label names the field a problem path points at, so "text: must be a non-empty text" reads as the form does.
const FIELD_LABEL: Record<string, MessageKey> = {
  text: 'tplFieldText',
  step: 'tplFieldStep',
  kind: 'tplFieldKind',
  lang: 'tplFieldLang',
  emotions: 'tplFieldEmotions',
  intensity: 'tplFieldIntensity',
  flags: 'tplFieldFlags',
  disc: 'tplFieldDisc',
  situation: 'tplFieldSituation',
  tags: 'tplFieldTags',
};

/** `{foo}` tokens the renderer does not know; they would reach the customer exactly as typed. */
export function unknownVariables(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(TOKEN)) if (!KNOWN.has(m[1] ?? '')) out.add(m[0]);
  return [...out];
}

export function parseTags(input: string): string[] | undefined {
  const tags = [...new Set(input.split(TAG_SEPARATOR).map((s) => s.trim()))].filter(Boolean);
  return tags.length ? tags : undefined;
}

const listOrUndefined = <T,>(list: readonly T[]): T[] | undefined => (list.length ? [...list] : undefined);

export function TemplateEditor({ initial, defaultLang, vars, problems, onSave, onCancel }: TemplateEditorProps) {
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [step, setStep] = useState<IheartStep>(initial?.step ?? 'empathize');
  const [kind, setKind] = useState(initial?.kind ?? 'calming');
  const [lang, setLang] = useState<ContentLanguage>(initial?.lang ?? defaultLang);
  // A new template's language follows what is typed until the agent picks one: the preview and the
  // suggestion engine both depend on it, and agents often write in a language other than the UI's.
  const [langChosen, setLangChosen] = useState(!!initial);
  const [emotions, setEmotions] = useState<EmotionLabel[]>(initial?.emotions ?? []);
  const [intensity, setIntensity] = useState(initial?.intensity ?? []);
  const [flags, setFlags] = useState(initial?.flags ?? []);
  const [disc, setDisc] = useState(initial?.disc ?? []);
  const [situation, setSituation] = useState<TemplateSituation | ''>(initial?.situation ?? '');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  const preview = renderTemplate(text, vars, lang).text;
  const unknown = unknownVariables(text);
  const escalators = findEscalators(text);
  const labelledProblems = problems.map((p) => {
    const field = /\.([a-z]+)(\[\d+\])?$/i.exec(p.path)?.[1] ?? '';
    const key = FIELD_LABEL[field];
    return key ? { ...p, path: t(key) } : p;
  });

  function submit(e: Event) {
    e.preventDefault();
    const draft: TemplateDraft = { text, step, kind, lang };
    const opt = {
      emotions: listOrUndefined(emotions),
      intensity: listOrUndefined(intensity),
      flags: listOrUndefined(flags),
      disc: listOrUndefined(disc),
      situation: situation || undefined,
      tags: parseTags(tags),
    };
    // Absent means "any"; explicit undefined lets an edit clear a list it had before.
    onSave({ ...draft, ...opt });
  }

  return (
    <form class="tpl-editor" aria-labelledby={`${id}-title`} data-testid="template-editor" onSubmit={submit}>
      <h3 id={`${id}-title`}>{t(initial ? 'tplEditorEdit' : 'tplEditorNew')}</h3>
      {problems.length > 0 && (
        <div role="alert" class="tpl-problems" data-testid="template-editor-problems">
          <p>{t('tplFix')}</p>
          <ProblemList problems={labelledProblems} />
        </div>
      )}
      <div class="tpl-field">
        <label for={`${id}-text`}>{t('tplFieldText')}</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          rows={5}
          lang={lang}
          value={text}
          aria-required="true"
          aria-describedby={`${id}-text-hint`}
          data-testid="template-text"
          onInput={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            if (!langChosen && value.trim()) setLang(guessTemplateLanguage(value));
          }}
        />
        <p id={`${id}-text-hint`} class="hl-hint">
          {t('tplFieldTextHint')}
        </p>
      </div>
      <div class="tpl-grid">
        <Select
          label={t('tplFieldStep')}
          value={step}
          options={IHEART_STEPS.map((s) => [s, t(STEP_LABEL[s])])}
          testId="template-step"
          onChange={setStep}
        />
        <Select
          label={t('tplFieldKind')}
          value={kind}
          options={TEMPLATE_KINDS.map((k) => [k, t(KIND_LABEL[k])])}
          testId="template-kind"
          onChange={setKind}
        />
        <Select
          label={t('tplFieldLang')}
          value={lang}
          options={CONTENT_LANGUAGES.map((l) => [l, t(LANG_LABEL[l])])}
          testId="template-lang"
          onChange={(value) => {
            setLang(value);
            setLangChosen(true);
          }}
        />
        <Select
          label={t('tplFieldSituation')}
          value={situation}
          options={[
            ['', t('tplSit_none')],
            ...TEMPLATE_SITUATIONS.map((s): [string, string] => [s, t(SITUATION_LABEL[s])]),
          ]}
          testId="template-situation"
          onChange={(v) => setSituation(v as TemplateSituation | '')}
        />
      </div>
      <Checks
        legend={t('tplFieldEmotions')}
        all={TEMPLATE_EMOTIONS}
        chosen={emotions}
        label={(e) => t(EMOTION_LABEL[e])}
        testId="template-emotion"
        onChange={setEmotions}
      />
      <Checks
        legend={t('tplFieldIntensity')}
        all={INTENSITY_BANDS}
        chosen={intensity}
        label={(b) => t(BAND_LABEL[b])}
        testId="template-intensity"
        onChange={setIntensity}
      />
      <Checks
        legend={t('tplFieldFlags')}
        all={ESCALATION_FLAGS}
        chosen={flags}
        label={(f) => t(FLAG_LABEL[f])}
        testId="template-flag"
        onChange={setFlags}
      />
      <Checks
        legend={t('tplFieldDisc')}
        all={DISC_STYLES}
        chosen={disc}
        label={(d) => t(DISC_LABEL[d])}
        testId="template-disc"
        onChange={setDisc}
      />
      <div class="tpl-field">
        <label for={`${id}-tags`}>{t('tplFieldTags')}</label>
        <input
          id={`${id}-tags`}
          type="text"
          value={tags}
          data-testid="template-tags"
          onInput={(e) => setTags(e.currentTarget.value)}
        />
      </div>
      <section class="tpl-preview" aria-labelledby={`${id}-preview`}>
        <h4 id={`${id}-preview`}>{t('tplPreview')}</h4>
        <p class="tpl-text" lang={lang} data-testid="template-preview">
          {preview}
        </p>
        <p class="hl-hint">{t('tplPreviewHint')}</p>
        {escalators.length > 0 && (
          <p class="tpl-warning" data-testid="template-escalators">
            {t('tplEscalatorWarning', escalators.map((e) => `“${e}”`).join(', '))}
          </p>
        )}
        {unknown.length > 0 && (
          <p class="tpl-warning" data-testid="template-unknown-vars">
            {t('tplUnknownVars', unknown.join(' '))}
          </p>
        )}
      </section>
      <div class="hl-row">
        <button type="submit" class="hl-button hl-primary" data-testid="template-save">
          {t('tplSave')}
        </button>
        <button type="button" class="hl-button" data-testid="template-cancel" onClick={onCancel}>
          {t('tplCancel')}
        </button>
      </div>
    </form>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  testId: string;
  onChange: (value: T) => void;
}

export function Select<T extends string>({ label, value, options, testId, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div class="tpl-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChecksProps<T extends string> {
  legend: string;
  all: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  testId: string;
  onChange: (value: T[]) => void;
}

function Checks<T extends string>({ legend, all, chosen, label, testId, onChange }: ChecksProps<T>) {
  return (
    <fieldset class="tpl-checks">
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={value} class="tpl-check">
          <input
            type="checkbox"
            value={value}
            checked={chosen.includes(value)}
            data-testid={`${testId}-${value}`}
            onChange={(e) =>
              onChange(
                e.currentTarget.checked
                  ? all.filter((v) => v === value || chosen.includes(v))
                  : chosen.filter((v) => v !== value),
              )
            }
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}
