import type { ContentLanguage, DiscStyle, EmotionLabel, EscalationFlag, IheartStep } from '@/lib/types';

export type IntensityBand = 'low' | 'medium' | 'high';
export const INTENSITY_BANDS: readonly IntensityBand[] = ['low', 'medium', 'high'];

// Cut points sit where the analysis' 0..1 intensity turns from "annoyed" to "upset" to "shouting";
// kept here so the suggestion engine and the gap test agree on one definition.
export const MEDIUM_INTENSITY_FROM = 0.35;
export const HIGH_INTENSITY_FROM = 0.65;

export function intensityBand(x: number): IntensityBand {
  if (!Number.isFinite(x) || x < MEDIUM_INTENSITY_FROM) return 'low';
  return x < HIGH_INTENSITY_FROM ? 'medium' : 'high';
}

export type TemplateKind =
  | 'opening'
  | 'apology'
  | 'calming'
  | 'boundary'
  | 'escalation'
  | 'scaffold'
  | 'closing'
  | 'resolve'
  | 'hear';
export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'opening',
  'apology',
  'calming',
  'boundary',
  'escalation',
  'scaffold',
  'closing',
  'resolve',
  'hear',
];

/** What went wrong, which decides whether an apology is owed (no-failure → empathy, never a false apology). */
export type TemplateSituation = 'service-failure' | 'misunderstanding' | 'delay-outside-control' | 'no-failure';
export const TEMPLATE_SITUATIONS: readonly TemplateSituation[] = [
  'service-failure',
  'misunderstanding',
  'delay-outside-control',
  'no-failure',
];

export interface Template {
  id: string;
  step: IheartStep;
  kind: TemplateKind;
  lang: ContentLanguage;
  text: string;
  /** Only suggested when the customer's primary emotion is one of these; absent = any. */
  emotions?: EmotionLabel[];
  /** Only suggested at these intensity bands; absent = any. */
  intensity?: IntensityBand[];
  /** Only suggested when one of these escalation flags is raised; absent = no flag needed. */
  flags?: EscalationFlag[];
  /** A variant written for these DISC styles; absent = fits everyone. */
  disc?: DiscStyle[];
  situation?: TemplateSituation;
  tags?: string[];
  builtin: boolean;
}

/** What the agent keeps: their own templates and the built-ins they chose to hide. */
export interface UserTemplateState {
  version: number;
  custom: Template[];
  hidden: string[];
}

/** A problem found in stored or imported data, addressed by a JSON-ish path such as `templates[3].step`. */
export interface TemplateProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}
