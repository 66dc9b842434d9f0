import type { ContentLanguage, DiscStyle, EmotionLabel, IheartStep } from '@/lib/types';
import { BUILTIN_TEMPLATES } from './builtin';
import type { Template, TemplateKind, TemplateProblem, UserTemplateState } from './types';
import { validateTemplate } from './validate';

/** Shape version of `UserTemplateState` as stored (see store.ts for the migrations). */
export const TEMPLATE_STATE_VERSION = 2;

export type TemplateDraft = Omit<Template, 'id' | 'builtin'>;

export type TemplateChange =
  | { ok: true; state: UserTemplateState; template: Template }
  | { ok: false; problems: TemplateProblem[] };

export function emptyTemplateState(): UserTemplateState {
  return { version: TEMPLATE_STATE_VERSION, custom: [], hidden: [] };
}

const CUSTOM_ID = /^custom-(\d+)$/;

/** The next free `custom-N` id; never reuses one of the given ids. */
export function nextCustomId(taken: Iterable<string>): string {
  let max = 0;
  const seen = new Set<string>();
  for (const id of taken) {
    seen.add(id);
    const n = Number(CUSTOM_ID.exec(id)?.[1] ?? 0);
    if (n > max) max = n;
  }
  let candidate = `custom-${max + 1}`;
  for (let n = max + 2; seen.has(candidate); n++) candidate = `custom-${n}`;
  return candidate;
}

function allIds(state: UserTemplateState, builtins: readonly Template[]): string[] {
  return [...builtins.map((t) => t.id), ...state.custom.map((t) => t.id)];
}

export function createTemplate(
  state: UserTemplateState,
  draft: TemplateDraft,
  builtins: readonly Template[] = BUILTIN_TEMPLATES,
): TemplateChange {
  const id = nextCustomId(allIds(state, builtins));
  const checked = validateTemplate({ ...draft, id }, 'template');
  if (!checked.template) return { ok: false, problems: checked.problems };
  return { ok: true, state: { ...state, custom: [...state.custom, checked.template] }, template: checked.template };
}

export function editTemplate(state: UserTemplateState, id: string, patch: Partial<TemplateDraft>): TemplateChange {
  const index = state.custom.findIndex((t) => t.id === id);
  if (index < 0) {
    return {
      ok: false,
      problems: [{ path: 'id', message: 'is not one of your templates; duplicate a built-in template to change it' }],
    };
  }
  const checked = validateTemplate({ ...state.custom[index], ...patch, id }, 'template');
  if (!checked.template) return { ok: false, problems: checked.problems };
  const custom = state.custom.map((t, i) => (i === index ? checked.template : t));
  return { ok: true, state: { ...state, custom }, template: checked.template };
}

/** Copies a built-in or custom template into a new custom one the agent can edit. */
export function duplicateTemplate(
  state: UserTemplateState,
  id: string,
  builtins: readonly Template[] = BUILTIN_TEMPLATES,
): TemplateChange {
  const source = state.custom.find((t) => t.id === id) ?? builtins.find((t) => t.id === id);
  if (!source) return { ok: false, problems: [{ path: 'id', message: 'no template has this id' }] };
  const { id: _id, builtin: _builtin, ...draft } = source;
  return createTemplate(state, draft, builtins);
}

/** Deletes one of the agent's own templates. Built-ins cannot be deleted, only hidden. */
export function deleteTemplate(state: UserTemplateState, id: string): UserTemplateState {
  if (!state.custom.some((t) => t.id === id)) return state;
  return { ...state, custom: state.custom.filter((t) => t.id !== id) };
}

export function addTag(state: UserTemplateState, id: string, tag: string): TemplateChange {
  const current = state.custom.find((t) => t.id === id);
  const clean = tag.trim();
  if (current?.tags?.includes(clean)) return { ok: true, state, template: current };
  return editTemplate(state, id, { tags: [...(current?.tags ?? []), clean] });
}

export function removeTag(state: UserTemplateState, id: string, tag: string): TemplateChange {
  const current = state.custom.find((t) => t.id === id);
  const tags = (current?.tags ?? []).filter((t) => t !== tag);
  return editTemplate(state, id, { tags: tags.length ? tags : undefined });
}

export function hideBuiltin(
  state: UserTemplateState,
  id: string,
  builtins: readonly Template[] = BUILTIN_TEMPLATES,
): UserTemplateState {
  if (state.hidden.includes(id) || !builtins.some((t) => t.id === id)) return state;
  return { ...state, hidden: [...state.hidden, id] };
}

export function restoreBuiltin(state: UserTemplateState, id: string): UserTemplateState {
  if (!state.hidden.includes(id)) return state;
  return { ...state, hidden: state.hidden.filter((h) => h !== id) };
}

export function restoreAllBuiltins(state: UserTemplateState): UserTemplateState {
  return state.hidden.length ? { ...state, hidden: [] } : state;
}

/** What the suggestion engine should draw from: the built-ins the agent has not hidden, then their own. */
export function visibleTemplates(
  state: UserTemplateState,
  builtins: readonly Template[] = BUILTIN_TEMPLATES,
): Template[] {
  const hidden = new Set(state.hidden);
  return [...builtins.filter((t) => !hidden.has(t.id)), ...state.custom];
}

/** The hidden built-ins, for a "restore" list. */
export function hiddenBuiltins(
  state: UserTemplateState,
  builtins: readonly Template[] = BUILTIN_TEMPLATES,
): Template[] {
  const hidden = new Set(state.hidden);
  return builtins.filter((t) => hidden.has(t.id));
}

export interface TemplateQuery {
  /** Words that must all appear in the text, tags or id (case-insensitive). */
  text?: string;
  step?: IheartStep;
  kind?: TemplateKind;
  emotion?: EmotionLabel;
  lang?: ContentLanguage;
  disc?: DiscStyle;
  tag?: string;
  /** Only the agent's own (`false`) or only built-ins (`true`). */
  builtin?: boolean;
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

export function searchTemplates(templates: readonly Template[], query: TemplateQuery): Template[] {
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return templates.filter((t) => {
    if (query.step && t.step !== query.step) return false;
    if (query.kind && t.kind !== query.kind) return false;
    if (query.lang && t.lang !== query.lang) return false;
    if (query.emotion && !t.emotions?.includes(query.emotion)) return false;
    if (query.disc && !t.disc?.includes(query.disc)) return false;
    if (query.tag && !t.tags?.includes(query.tag)) return false;
    if (query.builtin !== undefined && t.builtin !== query.builtin) return false;
    if (words.length === 0) return true;
    const haystack = fold([t.text, t.id, ...(t.tags ?? [])].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}
