import type { IntensityBand } from '@/lib/analysis/intensity';
import type { ContentLanguage, DiscStyle, EmotionLabel, EscalationFlag, IheartStep } from '@/lib/types';

// One band definition for the header, the suggestions' tags and template matching.
export {
  HIGH_INTENSITY_FROM,
  INTENSITY_BANDS,
  type IntensityBand,
  intensityBand,
  MEDIUM_INTENSITY_FROM,
} from '@/lib/analysis/intensity';

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
