import { computed, signal } from '@preact/signals';
import { careNeeded } from '@/lib/care';
import { uiLang } from '@/lib/i18n';
import type { TabState } from '@/lib/messaging';
import { conversationFromText } from '@/lib/paste';
import { readoutFor } from '@/lib/readout';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { type SuggestInput, type Suggestion, suggest, suggestForStep } from '@/lib/suggest';
import { emptyTemplateState, visibleTemplates } from '@/lib/templates/library';
import type { UserTemplateState } from '@/lib/templates/types';
import { conversationFacts, factVars } from '@/lib/text/facts';
import type { ContentLanguage, Conversation, DiscResult, IheartStep, TemplateVars } from '@/lib/types';
import { analysisEngine, coachEngine, discEngine } from './engines';

// All of the panel's state lives here; components read signals and call the actions in
// controller.ts. Everything the panel shows is derived (computed) from the tab's snapshot, the
// settings and the paste box, so there is one source of truth and nothing to keep in sync.

/** Why the panel has nothing to analyse, or 'ready' when it does. */
export type PanelStatus =
  | 'loading'
  | 'ready'
  | 'empty' // the content script runs but found no conversation
  | 'not-enabled' // a site Heartline does not run on until the agent enables it
  | 'needs-reload' // the content script should be here but is not answering (page predates an update)
  | 'unsupported'; // browser pages, the web store, file:// …

export const tabId = signal<number | null>(null);
export const tabUrl = signal<string>('');
export const tabState = signal<TabState | null>(null);
export const status = signal<PanelStatus>('loading');
export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const pasteMode = signal(false);
export const pasteText = signal('');
export const drawerOpen = signal(false);
/** The agent can read suggestions in another language than the customer's. */
export const suggestionLangOverride = signal<ContentLanguage | null>(null);
/** The agent's own templates and hidden built-ins (storage.local), watched by the controller. */
export const templateState = signal<UserTemplateState>(emptyTemplateState());
export const toast = signal<{ kind: 'ok' | 'info' | 'error'; text: string } | null>(null);
export const careDismissedFor = signal<string | null>(null);

export const conversation = computed<Conversation | null>(() => {
  if (pasteMode.value) return pasteText.value.trim() ? conversationFromText(pasteText.value, 'paste') : null;
  return tabState.value?.conversation ?? null;
});

/** Bumped when the learned emotion model has loaded (lazily, after the panel opens), so the read-out is redone with it. */
export const modelVersion = signal(0);
/** The learned model's state in this panel: loading after it opens, then ready, or off when it could not load. */
export const modelState = signal<'loading' | 'ready' | 'off'>('loading');

/** What the background stored for the followed tab: the rules' read-out of its conversation (lib/readout.ts). */
export const storedReadout = signal<unknown>(null);
/**
 * False until the panel has loaded its own model and compiled its own engine, after the first read-out is on
 * screen. Until then the background's read-out of the same conversation is shown, when there is one.
 */
export const engineWarm = signal(false);
/**
 * True from start-up until the first read-out is painted (main.tsx): the coach and the suggestions, which cost
 * more to work out than the read-out itself, come one frame after it. False in tests, which render the whole.
 */
export const firstReadoutOnly = signal(false);

export const analysis = computed(() => {
  void modelVersion.value;
  const c = conversation.value;
  if (!c?.messages.length) return null;
  if (!engineWarm.value && !pasteMode.value) {
    const early = readoutFor(storedReadout.value, c);
    if (early) return early;
  }
  // Null only for the moment the engine takes to load, when no read-out was waiting (see engines.ts).
  return analysisEngine.value?.analyzeConversation(c.messages) ?? null;
});

/** The conversation needs the panel's own engine now: nothing the background read matches it. */
export const needsEngine = computed(() => {
  const c = conversation.value;
  if (!c?.messages.length || analysisEngine.value) return false;
  return pasteMode.value || readoutFor(storedReadout.value, c) === null;
});

export const disc = computed<DiscResult | null>(() => {
  const c = conversation.value;
  const reader = discEngine.value;
  if (!c || !reader || !settings.value.discEnabled) return null;
  return reader.guessDisc(c.messages);
});

/** Whether the DISC card states the guess plainly (lib/disc's own line), and whether its reader is still loading. */
export const discSure = computed(() => {
  const d = disc.value;
  return d !== null && (discEngine.value?.isSure(d) ?? false);
});
export const discPending = computed(() => settings.value.discEnabled && discEngine.value === null);

/** Suggestions follow the customer's language; mixed/unknown falls back to the agent's UI language. */
export const customerLang = computed<ContentLanguage>(() => {
  const l = analysis.value?.language;
  return l === 'en' || l === 'zh-Hans' || l === 'zh-Hant' ? l : uiLang.value;
});
export const suggestionLang = computed<ContentLanguage>(() => suggestionLangOverride.value ?? customerLang.value);

/** "Dana Whitfield" → "Dana"; Chinese names and single names stay whole. */
export function friendlyName(full: string): string {
  const parts = full.split(/\s+/);
  return parts.length > 1 && /^[\p{Script=Latin}'’-]+$/u.test(parts[0] as string) ? (parts[0] as string) : full;
}

export const templateVars = computed<TemplateVars>(() => {
  const c = conversation.value;
  const s = settings.value;
  const vars: TemplateVars = {};
  const name = c?.customer.name?.trim();
  if (name) vars.customerName = friendlyName(name);
  if (s.agentName.trim()) vars.agentName = s.agentName.trim();
  if (s.company.trim()) vars.company = s.company.trim();
  // Order ids, the product and the agent's stated timeframe come from the text itself, so pasted
  // text and a selection fill them exactly as a page read by a site adapter does.
  return c ? { ...vars, ...factVars(conversationFacts(c), suggestionLang.value) } : vars;
});

/**
 * What every suggestion the panel offers is chosen from: the list and the coach's "+" read the same
 * input, so a template the agent hid or wrote is treated alike everywhere.
 */
export const suggestionInput = computed<SuggestInput | null>(() => {
  const a = analysis.value;
  if (!a) return null;
  return {
    analysis: a,
    disc: disc.value,
    lang: suggestionLang.value,
    vars: templateVars.value,
    templates: visibleTemplates(templateState.value),
  };
});

export const suggestions = computed(() => {
  const input = suggestionInput.value;
  return input ? suggest(input) : [];
});

/** The best suggestion for one IHEART step the draft is missing (the coach's "+"). */
export function suggestionForStep(step: IheartStep): Suggestion | undefined {
  const input = suggestionInput.value;
  return input ? suggestForStep(step, input)[0] : undefined;
}

export const draftText = computed(() => (pasteMode.value ? '' : (tabState.value?.draft ?? '')));

export const coach = computed(() => {
  const text = draftText.value;
  const coachReader = coachEngine.value;
  if (!text.trim() || !coachReader) return null;
  return coachReader.coachDraft(text, { analysis: analysis.value, disc: disc.value });
});

export const care = computed(() => {
  if (!settings.value.careEnabled) return null;
  const need = careNeeded(analysis.value);
  return need.level === 'none' ? null : need;
});
