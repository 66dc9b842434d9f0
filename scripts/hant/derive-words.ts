import type { ReaderName, ZhWords } from '@/lib/coach/clauses/zh-words';
import { deriveList, type ListOverride } from './derive-list';
import { convertHan } from './derive-rules';

type ListKey = { [K in keyof ZhWords]: ZhWords[K] extends string[] ? K : never }[keyof ZhWords];

export interface HantWordOverrides {
  lists: Partial<Record<ListKey, ListOverride>>;
  /** Suggested wording per reader, where it differs from the converted Simplified text. */
  alt: Partial<Record<ReaderName, { why: string; text: string }>>;
}

/** The Traditional word classes: each Simplified class through deriveList, and the suggested wording converted. */
export function deriveWords(hans: ZhWords, o: HantWordOverrides): ZhWords {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hans) as [keyof ZhWords, unknown][]) {
    if (key === 'alt') continue;
    out[key] = deriveList(key, value as string[], o.lists[key as ListKey]);
  }
  for (const key of Object.keys(o.lists)) if (!(key in hans)) throw new Error(`Override for unknown word class ${key}`);
  const alt = Object.fromEntries(Object.entries(hans.alt).map(([k, v]) => [k, convertHan(v)])) as Record<
    string,
    string
  >;
  for (const [k, v] of Object.entries(o.alt)) {
    if (!(k in alt)) throw new Error(`Override for unknown reader ${k}`);
    alt[k] = (v as { text: string }).text;
  }
  out.alt = alt;
  return out as unknown as ZhWords;
}

/** The generated module's text (before formatting). */
export function wordsModuleSource(words: ZhWords, header: string): string {
  return `${header}
import type { ClauseReader } from './types';
import { buildZhReaders, type ZhWords } from './zh-core';

/** Traditional Chinese word classes: the Simplified ones converted, plus Taiwan and Hong Kong usage (Cantonese included). */
export const HANT_WORDS: ZhWords = ${JSON.stringify(words, null, 2)};

export const ZH_HANT_CLAUSE_READERS: readonly ClauseReader[] = buildZhReaders('hant', HANT_WORDS);
`;
}
