import type { ContentLanguage } from '@/lib/types';
import type { Template } from '../types';
import { EN_TEMPLATES } from './en';
import { ZH_HANS_TEMPLATES } from './zh-hans';
import { ZH_HANT_TEMPLATES } from './zh-hant';

export const BUILTIN_TEMPLATES: readonly Template[] = [...EN_TEMPLATES, ...ZH_HANS_TEMPLATES, ...ZH_HANT_TEMPLATES];

export function builtinTemplates(lang: ContentLanguage): Template[] {
  return BUILTIN_TEMPLATES.filter((t) => t.lang === lang);
}

const BY_ID = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function findBuiltin(id: string): Template | undefined {
  return BY_ID.get(id);
}
