import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import { findEscalators } from '@/lib/templates/escalators';
import { type RenderedPlaceholder, renderTemplate } from '@/lib/templates/render';
import { type IntensityBand, intensityBand, type Template, type TemplateSituation } from '@/lib/templates/types';
import {
  type ContentLanguage,
  type ConversationAnalysis,
  type DiscResult,
  EMOTIONS,
  type EmotionLabel,
  IHEART_STEPS,
  type IheartStep,
  type MessageAnalysis,
  type TemplateVars,
} from '@/lib/types';
import { feelingSlots } from './feelings';
import { NEAR_DUPLICATE, textSimilarity } from './similarity';
import { inferSituation } from './situation';

export { inferSituation } from './situation';

export interface SuggestionReason {
  code: 'emotion' | 'intensity' | 'flag' | 'disc' | 'situation' | 'scaffold' | 'closing' | 'custom';
  value?: string;
}

export interface Suggestion {
  id: string;
  templateId: string;
  step: IheartStep;
  kind: Template['kind'];
  lang: ContentLanguage;
  text: string;
  placeholders: RenderedPlaceholder[];
  score: number;
  why: SuggestionReason[];
}

export interface SuggestInput {
  analysis: ConversationAnalysis | MessageAnalysis;
  disc?: DiscResult | null;
  lang: ContentLanguage;
  vars?: TemplateVars;
  /** Defaults to the built-in library; pass built-ins plus the agent's own to use both. */
  templates?: readonly Template[];
  /** Template ids the agent has hidden. */
  hidden?: readonly string[];
  limit?: number;
  /** Overrides the guess at what went wrong, when the agent knows better. */
  situation?: TemplateSituation;
}

export const DEFAULT_LIMIT = 12;
export const DEFAULT_STEP_LIMIT = 3;

// A secondary emotion this strong still deserves its own wording (anxious and angry at once is common).
const SECONDARY_EMOTION_MIN = 0.35;

// Ranking tiers, one hundred points apart so fit within a tier never reorders the tiers: the opening that
// names the feeling first, then what the flags and intensity call for, then the IHEART body, scaffold, closing.
const TIER = {
  opening: 9,
  boundary: 8,
  escalation: 8,
  urgentCalming: 7,
  hear: 6,
  calming: 5,
  apology: 4,
  resolve: 3,
  scaffold: 2,
  closing: 1,
} as const;

interface Context {
  primary: EmotionLabel;
  secondary: EmotionLabel | null;
  band: IntensityBand;
  urgent: boolean;
  flags: ReadonlySet<string>;
  discStyle: string | null;
  discSecondary: string | null;
  situation: TemplateSituation;
  lang: ContentLanguage;
  hidden: ReadonlySet<string>;
}

function contextOf(input: SuggestInput): Context {
  const { analysis } = input;
  const band = intensityBand(analysis.intensity);
  const trend = 'trend' in analysis ? analysis.trend : 'steady';
  let secondary: EmotionLabel | null = null;
  let best = SECONDARY_EMOTION_MIN;
  for (const e of EMOTIONS) {
    const score = analysis.emotions?.[e] ?? 0;
    if (e !== analysis.primary && score >= best) {
      secondary = e;
      best = score;
    }
  }
  return {
    primary: analysis.primary,
    secondary,
    band,
    urgent: band === 'high' || (trend === 'escalating' && band === 'medium'),
    flags: new Set(analysis.escalation),
    discStyle: input.disc?.style ?? null,
    discSecondary: input.disc?.secondary ?? null,
    situation: input.situation ?? inferSituation(analysis),
    lang: input.lang,
    hidden: new Set(input.hidden ?? []),
  };
}

interface Fit {
  fit: number;
  why: SuggestionReason[];
}

/** How well a template fits this conversation, or null when it must not be suggested at all. */
function fitOf(t: Template, ctx: Context): Fit | null {
  if (t.lang !== ctx.lang || ctx.hidden.has(t.id) || findEscalators(t.text).length > 0) return null;
  let fit = 50;
  const why: SuggestionReason[] = [];

  if (t.emotions?.length) {
    if (t.emotions.includes(ctx.primary)) {
      fit += 25;
      why.push({ code: 'emotion', value: ctx.primary });
    } else if (ctx.secondary && t.emotions.includes(ctx.secondary)) {
      fit += 10;
      why.push({ code: 'emotion', value: ctx.secondary });
    } else return null;
  }

  if (t.intensity?.length) {
    if (!t.intensity.includes(ctx.band)) return null;
    fit += 8;
    why.push({ code: 'intensity', value: ctx.band });
  } else if (t.kind === 'calming' && ctx.urgent) {
    why.push({ code: 'intensity', value: ctx.band });
  }

  if (t.flags?.length) {
    const raised = t.flags.filter((f) => ctx.flags.has(f));
    if (raised.length === 0) return null;
    fit += 20;
    for (const f of raised) why.push({ code: 'flag', value: f });
  }

  if (t.disc?.length) {
    if (ctx.discStyle && t.disc.includes(ctx.discStyle as never)) {
      fit += 15;
      why.push({ code: 'disc', value: ctx.discStyle });
    } else if (ctx.discSecondary && t.disc.includes(ctx.discSecondary as never)) {
      fit += 6;
      why.push({ code: 'disc', value: ctx.discSecondary });
    } else if (ctx.discStyle) {
      return null;
    } else {
      // Style unknown: a variant written for one style is a worse default than the general wording.
      fit -= 12;
    }
  }

  if (t.situation) {
    if (t.situation === ctx.situation) {
      fit += 15;
      why.push({ code: 'situation', value: t.situation });
    } else if (ctx.situation === 'no-failure') {
      // Nothing failed: an apology for a failure would be a false one.
      return null;
    } else {
      fit -= t.situation === 'no-failure' ? 20 : 10;
    }
  }

  if (t.kind === 'scaffold') why.push({ code: 'scaffold' });
  if (t.kind === 'closing') why.push({ code: 'closing' });
  if (!t.builtin) {
    fit += 3;
    why.push({ code: 'custom' });
  }
  return { fit: Math.max(0, Math.min(99, fit)), why };
}

function tierOf(t: Template, ctx: Context): number {
  if (t.kind === 'calming') return ctx.urgent ? TIER.urgentCalming : TIER.calming;
  return TIER[t.kind];
}

function candidates(input: SuggestInput, ctx: Context): Suggestion[] {
  const pool = input.templates ?? BUILTIN_TEMPLATES;
  const slots = feelingSlots(ctx.primary, ctx.lang);
  const out: Suggestion[] = [];
  for (const t of pool) {
    const f = fitOf(t, ctx);
    if (!f) continue;
    const rendered = renderTemplate(t.text, input.vars ?? {}, t.lang, slots);
    out.push({
      id: `sg:${t.id}`,
      templateId: t.id,
      step: t.step,
      kind: t.kind,
      lang: t.lang,
      text: rendered.text,
      placeholders: rendered.placeholders,
      score: tierOf(t, ctx) * 100 + f.fit,
      why: f.why,
    });
  }
  // Stable order for equal scores keeps the panel from reshuffling between renders.
  return out.sort((a, b) => b.score - a.score || a.templateId.localeCompare(b.templateId));
}

function isNearDuplicate(s: Suggestion, chosen: readonly Suggestion[]): boolean {
  return chosen.some((c) => textSimilarity(c.text, s.text) >= NEAR_DUPLICATE);
}

/** How many of each kind make a useful, short list. */
function capsFor(ctx: Context): Record<Template['kind'], number> {
  return {
    opening: 1,
    boundary: 1,
    escalation: ctx.flags.size,
    calming: ctx.urgent ? 2 : 1,
    hear: 1,
    apology: 1,
    resolve: 1,
    scaffold: 1,
    closing: 1,
  };
}

/**
 * Ranked replies for the conversation: an opening that names the feeling, what the flags and intensity call
 * for, the IHEART body, a scaffold and a closing, with at least one suggestion per IHEART step.
 */
export function suggest(input: SuggestInput): Suggestion[] {
  // A threat of harm is for a lead and the team's safety procedure, not for a canned reply.
  if (input.analysis.escalation.includes('harm')) return [];
  const ctx = contextOf(input);
  const ranked = candidates(input, ctx);
  const caps = capsFor(ctx);
  const taken = new Map<Template['kind'], number>();
  const chosen: Suggestion[] = [];
  for (const s of ranked) {
    if ((taken.get(s.kind) ?? 0) >= caps[s.kind] || isNearDuplicate(s, chosen)) continue;
    chosen.push(s);
    taken.set(s.kind, (taken.get(s.kind) ?? 0) + 1);
  }
  for (const step of IHEART_STEPS) {
    if (chosen.some((s) => s.step === step)) continue;
    const best = ranked.find((s) => s.step === step && !chosen.includes(s) && !isNearDuplicate(s, chosen));
    if (best) chosen.push(best);
  }
  return applyLimit(chosen, input.limit ?? DEFAULT_LIMIT);
}

/** Trims to `limit` while keeping one suggestion per step for as long as the limit allows. */
function applyLimit(chosen: Suggestion[], limit: number): Suggestion[] {
  const byScore = [...chosen].sort((a, b) => b.score - a.score || a.templateId.localeCompare(b.templateId));
  if (byScore.length <= limit) return byScore;
  const keep = new Set<Suggestion>();
  for (const step of IHEART_STEPS) {
    const best = byScore.find((s) => s.step === step);
    if (best && keep.size < limit) keep.add(best);
  }
  for (const s of byScore) {
    if (keep.size >= limit) break;
    keep.add(s);
  }
  return byScore.filter((s) => keep.has(s));
}

/** Alternatives for one IHEART step, best first: what the draft coach offers for a missing step. */
export function suggestForStep(step: IheartStep, input: SuggestInput): Suggestion[] {
  const ctx = contextOf(input);
  const chosen: Suggestion[] = [];
  const limit = input.limit ?? DEFAULT_STEP_LIMIT;
  for (const s of candidates(input, ctx)) {
    if (chosen.length >= limit) break;
    if (s.step !== step || isNearDuplicate(s, chosen)) continue;
    chosen.push(s);
  }
  return chosen;
}
