import type { ContentLanguage } from '@/lib/types';
import { EN_CLAUSE_READERS } from './en';
import type { ClauseReader } from './types';
import { ZH_HANS_CLAUSE_READERS } from './zh-hans';
import { ZH_HANT_CLAUSE_READERS } from './zh-hant';

export type { ClauseHit, ClauseReader } from './types';

export const CLAUSE_READERS: Record<ContentLanguage, readonly ClauseReader[]> = {
  en: EN_CLAUSE_READERS,
  'zh-Hans': ZH_HANS_CLAUSE_READERS,
  'zh-Hant': ZH_HANT_CLAUSE_READERS,
};
