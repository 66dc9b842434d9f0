import type { ContentLanguage } from '@/lib/types';
import { EN_RULES } from './en';
import { EN_COMPOSED_RULES } from './en-compose';
import type { CoachRule } from './types';
import { ZH_HANS_RULES } from './zh-hans';
import { ZH_HANS_COMPOSED_RULES } from './zh-hans-compose';
import { ZH_HANT_RULES } from './zh-hant';
import { ZH_HANT_COMPOSED_RULES } from './zh-hant-compose';

export type { CoachRule } from './types';

export const COACH_RULES: Record<ContentLanguage, readonly CoachRule[]> = {
  en: [...EN_RULES, ...EN_COMPOSED_RULES],
  'zh-Hans': [...ZH_HANS_RULES, ...ZH_HANS_COMPOSED_RULES],
  'zh-Hant': [...ZH_HANT_RULES, ...ZH_HANT_COMPOSED_RULES],
};
