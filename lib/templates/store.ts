import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { CONTENT_LANGUAGES, type ContentLanguage, IHEART_STEPS, type IheartStep } from '@/lib/types';
import { emptyTemplateState, TEMPLATE_STATE_VERSION } from './library';
import type { Template, TemplateKind, UserTemplateState } from './types';
import { validateTemplate } from './validate';

export const TEMPLATES_STORAGE_KEY = 'local:templates' as const;

/**
 * Version 1, the first shipped shape: a flat list keyed by `language`, without kinds, and the hidden
 * built-ins under another name. Kept here only so the v2 migration can read it.
 */
export interface TemplateStateV1 {
  templates: Array<{ id: string; step: IheartStep; language: ContentLanguage; text: string; tags?: string[] }>;
  hiddenBuiltins: string[];
}

// v1 had no kinds; each step's most typical kind is the least surprising choice.
const KIND_FOR_STEP: Record<IheartStep, TemplateKind> = {
  identify: 'opening',
  hear: 'hear',
  empathize: 'calming',
  apologize: 'apology',
  resolve: 'resolve',
  thank: 'closing',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when a value already has the v2 shape. The stored version marker can go missing while the data stays
 * (a storage clear followed by a save in a page that loaded before it), so the data itself decides.
 */
export function looksLikeV2(value: unknown): boolean {
  return isRecord(value) && (Array.isArray(value.custom) || value.version === TEMPLATE_STATE_VERSION);
}

/** Tolerant: anything unreadable in the old value is dropped, never thrown (a throw would lose the whole item). */
export function migrateV1ToV2(old: unknown): UserTemplateState {
  // Migrating v2 data as if it were v1 keeps nothing; repair it as v2 instead.
  if (looksLikeV2(old)) return recoverTemplateState(old).state;
  const state = emptyTemplateState();
  if (!isRecord(old)) return state;
  const list = Array.isArray(old.templates) ? old.templates : [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const step = item.step as IheartStep;
    const lang = item.language as ContentLanguage;
    if (!IHEART_STEPS.includes(step) || !CONTENT_LANGUAGES.includes(lang)) continue;
    const checked = validateTemplate(
      { id: item.id, step, kind: KIND_FOR_STEP[step], lang, text: item.text, tags: item.tags },
      'template',
    );
    if (checked.template && !state.custom.some((t) => t.id === checked.template.id)) {
      state.custom.push(checked.template);
    }
  }
  if (Array.isArray(old.hiddenBuiltins)) {
    state.hidden = [...new Set(old.hiddenBuiltins.filter((h): h is string => typeof h === 'string'))];
  }
  return state;
}

export interface RecoveredState {
  state: UserTemplateState;
  /** Entries that could not be read and were left out. */
  dropped: number;
}

/** Reads whatever is stored, keeping every valid template and hidden id and counting the rest. */
export function recoverTemplateState(raw: unknown): RecoveredState {
  const state = emptyTemplateState();
  if (raw == null) return { state, dropped: 0 };
  if (!isRecord(raw)) return { state, dropped: 1 };
  let dropped = 0;
  const custom: Template[] = [];
  if (Array.isArray(raw.custom)) {
    for (const item of raw.custom) {
      const checked = validateTemplate(item, 'custom');
      if (checked.template && !custom.some((t) => t.id === checked.template.id)) custom.push(checked.template);
      else dropped++;
    }
  } else if (raw.custom !== undefined) dropped++;
  const hidden: string[] = [];
  if (Array.isArray(raw.hidden)) {
    for (const h of raw.hidden) {
      if (typeof h === 'string' && h && !hidden.includes(h)) hidden.push(h);
      else dropped++;
    }
  } else if (raw.hidden !== undefined) dropped++;
  return { state: { version: TEMPLATE_STATE_VERSION, custom, hidden }, dropped };
}

export type TemplatesItem = WxtStorageItem<UserTemplateState, Record<string, never>>;

/** Defines the storage item; migrations run when it is defined, so tests seed storage first. */
export function defineTemplatesItem(): TemplatesItem {
  return storage.defineItem<UserTemplateState, Record<string, never>>(TEMPLATES_STORAGE_KEY, {
    fallback: emptyTemplateState(),
    version: TEMPLATE_STATE_VERSION,
    migrations: { 2: migrateV1ToV2 },
  });
}

let shared: TemplatesItem | null = null;

export function templatesItem(): TemplatesItem {
  shared ??= defineTemplatesItem();
  return shared;
}

/**
 * The agent's templates, repaired if the stored value was damaged. The repaired value is written back so the
 * damage is reported once; the log carries counts only, never template text.
 */
export async function loadTemplateState(item: TemplatesItem = templatesItem()): Promise<UserTemplateState> {
  const raw: unknown = await item.getValue();
  const { state, dropped } = recoverTemplateState(raw);
  if (dropped > 0) {
    console.warn(`[heartline] stored templates were damaged; kept ${state.custom.length}, dropped ${dropped}`);
    await item.setValue(state);
  }
  return state;
}

export async function saveTemplateState(
  state: UserTemplateState,
  item: TemplatesItem = templatesItem(),
): Promise<void> {
  await item.setValue(recoverTemplateState(state).state);
}

export function watchTemplateState(
  cb: (state: UserTemplateState) => void,
  item: TemplatesItem = templatesItem(),
): () => void {
  return item.watch((value) => cb(recoverTemplateState(value).state));
}
