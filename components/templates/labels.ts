import type { MessageKey } from '@/lib/i18n';
import type { IntensityBand, TemplateKind, TemplateSituation } from '@/lib/templates/types';
import type { ContentLanguage, DiscStyle, EmotionLabel, EscalationFlag, IheartStep } from '@/lib/types';

// Catalog keys for every value a template can carry; Records make a new enum member a type error here.
export const STEP_LABEL: Record<IheartStep, MessageKey> = {
  identify: 'tplStep_identify',
  hear: 'tplStep_hear',
  empathize: 'tplStep_empathize',
  apologize: 'tplStep_apologize',
  resolve: 'tplStep_resolve',
  thank: 'tplStep_thank',
};

export const KIND_LABEL: Record<TemplateKind, MessageKey> = {
  opening: 'tplKind_opening',
  apology: 'tplKind_apology',
  calming: 'tplKind_calming',
  boundary: 'tplKind_boundary',
  escalation: 'tplKind_escalation',
  scaffold: 'tplKind_scaffold',
  closing: 'tplKind_closing',
  resolve: 'tplKind_resolve',
  hear: 'tplKind_hear',
};

export const LANG_LABEL: Record<ContentLanguage, MessageKey> = {
  en: 'tplLang_en',
  'zh-Hans': 'tplLang_zh_Hans',
  'zh-Hant': 'tplLang_zh_Hant',
};

export const EMOTION_LABEL: Record<EmotionLabel, MessageKey> = {
  anger: 'tplEmo_anger',
  frustration: 'tplEmo_frustration',
  anxiety: 'tplEmo_anxiety',
  sadness: 'tplEmo_sadness',
  confusion: 'tplEmo_confusion',
  joy: 'tplEmo_joy',
  gratitude: 'tplEmo_gratitude',
  neutral: 'tplEmo_neutral',
};

export const BAND_LABEL: Record<IntensityBand, MessageKey> = {
  low: 'tplBand_low',
  medium: 'tplBand_medium',
  high: 'tplBand_high',
};

export const FLAG_LABEL: Record<EscalationFlag, MessageKey> = {
  churn: 'tplFlag_churn',
  legal: 'tplFlag_legal',
  regulator: 'tplFlag_regulator',
  public: 'tplFlag_public',
  supervisor: 'tplFlag_supervisor',
  'repeat-contact': 'tplFlag_repeat_contact',
  compensation: 'tplFlag_compensation',
  abuse: 'tplFlag_abuse',
  chargeback: 'tplFlag_chargeback',
  harm: 'tplFlag_harm',
};

export const DISC_LABEL: Record<DiscStyle, MessageKey> = {
  D: 'tplDisc_D',
  I: 'tplDisc_I',
  S: 'tplDisc_S',
  C: 'tplDisc_C',
};

export const SITUATION_LABEL: Record<TemplateSituation, MessageKey> = {
  'service-failure': 'tplSit_service_failure',
  misunderstanding: 'tplSit_misunderstanding',
  'delay-outside-control': 'tplSit_delay_outside_control',
  'no-failure': 'tplSit_no_failure',
};
