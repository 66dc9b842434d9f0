import type { IntensityBand } from '@/lib/analysis/intensity';
import {
  type ContentLanguage,
  type DiscStyle,
  EMOTIONS,
  type EmotionLabel,
  type EscalationFlag,
  type IheartStep,
} from '@/lib/types';

// One band definition for the header, the suggestions' tags and template matching.
export {
  HIGH_INTENSITY_FROM,
  INTENSITY_BANDS,
  type IntensityBand,
  intensityBand,
  MEDIUM_INTENSITY_FROM,
} from '@/lib/analysis/intensity';

export const TEMPLATE_KINDS = [
  'opening',
  'apology',
  'calming',
  'boundary',
  'escalation',
  'scaffold',
  'closing',
  'resolve',
  'hear',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** What went wrong, which decides whether an apology is owed (no-failure → empathy, never a false apology). */
export const TEMPLATE_SITUATIONS = [
  'service-failure',
  'misunderstanding',
  'delay-outside-control',
  'no-failure',
] as const;
export type TemplateSituation = (typeof TEMPLATE_SITUATIONS)[number];

/** What a template's `emotions` may name: every emotion, and neutral for calm openings. */
export const TEMPLATE_EMOTIONS: readonly EmotionLabel[] = [...EMOTIONS, 'neutral'];

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
