import { useEffect, useId, useRef, useState } from 'preact/hooks';
import '../settings/theme.css';
import './templates.css';
import { storageErrorText } from '@/components/settings/storage-error';
import { type MessageKey, t, uiLang } from '@/lib/i18n';
import { loadSettings, watchSettings } from '@/lib/settings';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import { exportTemplates, importTemplates, MAX_FILE_CHARS } from '@/lib/templates/io';
import { jsonLocator } from '@/lib/templates/json-locate';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  editTemplate,
  hiddenBuiltins,
  hideBuiltin,
  restoreAllBuiltins,
  restoreBuiltin,
  searchTemplates,
  type TemplateDraft,
  visibleTemplates,
} from '@/lib/templates/library';
import { loadTemplateState, saveTemplateState, watchTemplateState } from '@/lib/templates/store';
import { TEMPLATE_EMOTIONS, type Template, type TemplateProblem, type UserTemplateState } from '@/lib/templates/types';
import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  DISC_STYLES,
  type DiscStyle,
  type EmotionLabel,
  IHEART_STEPS,
  type IheartStep,
  type TemplateVars,
} from '@/lib/types';
import { downloadText, exportFileName } from './file-io';
import { DISC_LABEL, EMOTION_LABEL, LANG_LABEL, STEP_LABEL } from './labels';
import { ProblemList } from './ProblemList';
import { TemplateCard } from './TemplateCard';
import { Select, TemplateEditor } from './TemplateEditor';

export interface TemplateManagerProps {
  /** The built-in library to manage; tests pass a small one. */
  builtins?: readonly Template[];
}

export type TemplateShow = 'all' | 'builtin' | 'mine' | 'hidden';

interface Filters {
  text: string;
  step: IheartStep | '';
  lang: ContentLanguage | '';
  emotion: EmotionLabel | '';
  disc: DiscStyle | '';
  show: TemplateShow;
}

type Status = { key: MessageKey; subs?: Array<string | number>; error?: boolean } | null;
type Editing = { id?: string; problems: TemplateProblem[] } | null;

const NO_FILTERS: Filters = { text: '', step: '', lang: '', emotion: '', disc: '', show: 'all' };
const SHOW_LABEL: Record<TemplateShow, MessageKey> = {
  all: 'tplShowAll',
  builtin: 'tplShowBuiltin',
  mine: 'tplShowMine',
  hidden: 'tplShowHidden',
};

// Quota errors read as advice in the agent's language; anything else keeps the browser's words.
const errorText = storageErrorText;

/** The list a "show" choice starts from, before the search filters narrow it: the agent's own first. */
export function templatesToShow(
  state: UserTemplateState,
  show: TemplateShow,
  builtins: readonly Template[],
): Template[] {
  if (show === 'hidden') return hiddenBuiltins(state, builtins);
  if (show === 'mine') return [...state.custom];
  const visible = visibleTemplates(state, builtins).filter((tpl) => tpl.builtin);
  return show === 'builtin' ? visible : [...state.custom, ...visible];
}

/** Gives each problem a line and column in the file, so it can be found in an editor. */
export function placeProblems(text: string, problems: readonly TemplateProblem[]): TemplateProblem[] {
  // An oversized file was refused unread; scanning it here would only cost time.
  if (text.length > MAX_FILE_CHARS) return [...problems];
  const where = jsonLocator(text);
  return problems.map((p) => {
    // V8 often reports no position for a syntax error, so the library's guess is replaced by the scanner's.
    if (p.path === '(file)' && where.syntaxError) return { ...p, ...where.syntaxError };
    return p.line === undefined ? { ...p, ...where.at(p.path) } : p;
  });
}

export function TemplateManager({ builtins = BUILTIN_TEMPLATES }: TemplateManagerProps) {
  const id = useId();
  const [state, setState] = useState<UserTemplateState | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<Status>(null);
  const [importProblems, setImportProblems] = useState<TemplateProblem[]>([]);
  const [vars, setVars] = useState<TemplateVars>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const newRef = useRef<HTMLButtonElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let live = true;
    loadTemplateState().then(
      (s) => live && setState(s),
      (e) => live && setStatus({ key: 'tplStoreFailed', subs: [errorText(e)], error: true }),
    );
    const unwatch = watchTemplateState((s) => live && setState(s));
    const applySettings = (s: { agentName: string; company: string }) =>
      live && setVars({ agentName: s.agentName || undefined, company: s.company || undefined });
    loadSettings().then(applySettings);
    const unwatchSettings = watchSettings(applySettings);
    return () => {
      live = false;
      unwatch();
      unwatchSettings();
    };
  }, []);

  function commit(next: UserTemplateState, done: Status): Promise<void> {
    setState(next);
    const run = queue.current.then(() => saveTemplateState(next));
    queue.current = run.catch(() => {});
    return run.then(
      () => setStatus(done),
      async (e) => {
        setStatus({ key: 'tplStoreFailed', subs: [errorText(e)], error: true });
        setState(await loadTemplateState());
      },
    );
  }

  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((f) => ({ ...f, [key]: value }));

  if (!state) {
    return (
      <div class="hl-templates" aria-busy="true" data-testid="template-manager">
        <p role="status">{status ? t(status.key, ...(status.subs ?? [])) : ''}</p>
      </div>
    );
  }
  const current = state;

  function closeEditor() {
    setEditing(null);
    setTimeout(() => newRef.current?.focus(), 0);
  }

  function save(draft: TemplateDraft) {
    const result = editing?.id ? editTemplate(current, editing.id, draft) : createTemplate(current, draft, builtins);
    if (!result.ok) {
      setEditing({ ...editing, problems: result.problems });
      return;
    }
    commit(result.state, { key: 'tplSaved' });
    closeEditor();
  }

  function duplicate(templateId: string) {
    const result = duplicateTemplate(current, templateId, builtins);
    if (!result.ok) {
      setStatus({ key: 'tplStoreFailed', subs: [result.problems.map((p) => p.message).join('; ')], error: true });
      return;
    }
    commit(result.state, { key: 'tplDuplicated' });
    setEditing({ id: result.template.id, problems: [] });
  }

  // The card that had focus is gone after these; the count line above the list is the nearest stable place.
  function remove(templateId: string) {
    commit(deleteTemplate(current, templateId), { key: 'tplDeleted' });
    if (editing?.id === templateId) setEditing(null);
    countRef.current?.focus();
  }

  async function onImport(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setStatus({ key: 'tplReadFailed', subs: [errorText(e)], error: true });
      return;
    } finally {
      // The same file can be chosen again after fixing it.
      input.value = '';
    }
    const result = importTemplates(current, text, builtins);
    if (!result.ok) {
      setImportProblems(placeProblems(text, result.problems));
      setStatus({ key: 'tplImportFailed', error: true });
      return;
    }
    setImportProblems([]);
    await commit(result.state, {
      key: 'tplImported',
      subs: [result.added, result.unchanged, result.renamed.length],
    });
  }

  function onExport() {
    if (current.custom.length === 0) {
      setStatus({ key: 'tplExportEmpty' });
      return;
    }
    downloadText(exportFileName(), exportTemplates(current.custom));
    setStatus({ key: 'tplExported', subs: [current.custom.length] });
  }

  const base = templatesToShow(current, filters.show, builtins);
  const shown = searchTemplates(base, {
    text: filters.text,
    step: filters.step || undefined,
    lang: filters.lang || undefined,
    emotion: filters.emotion || undefined,
    disc: filters.disc || undefined,
  });
  const hidden = new Set(current.hidden);
  const editedTemplate = editing?.id ? current.custom.find((tpl) => tpl.id === editing.id) : undefined;
  const any = t('tplAny');

  return (
    <div class="hl-templates" data-testid="template-manager">
      <p class="hl-hint">{t('tplIntro')}</p>

      <fieldset class="tpl-filters">
        <legend>
          <h3 class="hl-legend">{t('tplFiltersLegend')}</h3>
        </legend>
        <div class="tpl-field tpl-search">
          <label for={`${id}-search`}>{t('tplSearch')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={filters.text}
            data-testid="template-search"
            onInput={(e) => set('text')(e.currentTarget.value)}
          />
        </div>
        <div class="tpl-grid">
          <Select
            label={t('tplFilterShow')}
            value={filters.show}
            options={(Object.keys(SHOW_LABEL) as TemplateShow[]).map((s) => [s, t(SHOW_LABEL[s])])}
            testId="template-filter-show"
            onChange={set('show')}
          />
          <Select
            label={t('tplFilterStep')}
            value={filters.step}
            options={[['', any], ...IHEART_STEPS.map((s): [IheartStep, string] => [s, t(STEP_LABEL[s])])]}
            testId="template-filter-step"
            onChange={set('step')}
          />
          <Select
            label={t('tplFilterLang')}
            value={filters.lang}
            options={[['', any], ...CONTENT_LANGUAGES.map((l): [ContentLanguage, string] => [l, t(LANG_LABEL[l])])]}
            testId="template-filter-lang"
            onChange={set('lang')}
          />
          <Select
            label={t('tplFilterEmotion')}
            value={filters.emotion}
            options={[['', any], ...TEMPLATE_EMOTIONS.map((e): [EmotionLabel, string] => [e, t(EMOTION_LABEL[e])])]}
            testId="template-filter-emotion"
            onChange={set('emotion')}
          />
          <Select
            label={t('tplFilterDisc')}
            value={filters.disc}
            options={[['', any], ...DISC_STYLES.map((d): [DiscStyle, string] => [d, t(DISC_LABEL[d])])]}
            testId="template-filter-disc"
            onChange={set('disc')}
          />
        </div>
      </fieldset>

      <div class="hl-row tpl-toolbar">
        <button
          type="button"
          ref={newRef}
          class="hl-button hl-primary"
          data-testid="template-new"
          disabled={!!editing}
          onClick={() => setEditing({ problems: [] })}
        >
          {t('tplNew')}
        </button>
        {filters.show === 'hidden' && current.hidden.length > 0 && (
          <button
            type="button"
            class="hl-button"
            data-testid="template-restore-all"
            onClick={() => commit(restoreAllBuiltins(current), { key: 'tplRestoredAll' })}
          >
            {t('tplRestoreAll')}
          </button>
        )}
      </div>

      {editing && (
        <TemplateEditor
          key={editing.id ?? 'new'}
          initial={editedTemplate}
          defaultLang={filters.lang || uiLang.value}
          vars={vars}
          problems={editing.problems}
          onSave={save}
          onCancel={closeEditor}
        />
      )}

      <p class="tpl-count" ref={countRef} tabIndex={-1} data-testid="template-count">
        {t('tplCount', shown.length, base.length)}
      </p>
      {shown.length === 0 ? (
        <p class="hl-hint" data-testid="template-empty">
          {t(filters.show === 'hidden' && base.length === 0 ? 'tplNoneHidden' : 'tplNone')}
        </p>
      ) : (
        <ul class="tpl-list" data-testid="template-list">
          {shown.map((tpl) => (
            <TemplateCard
              key={tpl.id}
              template={tpl}
              hidden={hidden.has(tpl.id)}
              onEdit={(templateId) => setEditing({ id: templateId, problems: [] })}
              onDuplicate={duplicate}
              onDelete={remove}
              onHide={(templateId) => {
                commit(hideBuiltin(current, templateId, builtins), { key: 'tplHidden' });
                countRef.current?.focus();
              }}
              onRestore={(templateId) => {
                commit(restoreBuiltin(current, templateId), { key: 'tplRestored' });
                countRef.current?.focus();
              }}
            />
          ))}
        </ul>
      )}

      <fieldset class="tpl-io">
        <legend>
          <h3 class="hl-legend">{t('tplLibraryLegend')}</h3>
        </legend>
        <p class="hl-hint" id={`${id}-import-hint`}>
          {t('tplImportHint')}
        </p>
        <div class="tpl-field">
          <label for={`${id}-import`}>{t('tplImport')}</label>
          <input
            id={`${id}-import`}
            type="file"
            accept="application/json,.json"
            aria-describedby={`${id}-import-hint`}
            data-testid="template-import"
            onChange={(e) => onImport(e.currentTarget)}
          />
        </div>
        <button type="button" class="hl-button" data-testid="template-export" onClick={onExport}>
          {t('tplExport')}
        </button>
        {importProblems.length > 0 && (
          <div role="alert" class="tpl-problems" data-testid="template-import-problems">
            <p>{t('tplImportFailed')}</p>
            <ProblemList problems={importProblems} />
          </div>
        )}
      </fieldset>

      <p
        class={status?.error ? 'hl-status hl-status-error' : 'hl-status'}
        role="status"
        aria-live="polite"
        data-testid="template-status"
      >
        {status ? t(status.key, ...(status.subs ?? [])) : ''}
      </p>
    </div>
  );
}
