import type { ReaderName, ZhWords } from '@/lib/coach/clauses/zh-words';
import { convertHan } from './derive-rules';

type ListKey = { [K in keyof ZhWords]: ZhWords[K] extends string[] ? K : never }[keyof ZhWords];

/** What a Traditional word class holds beyond the converted Simplified one. */
export interface WordListOverride {
  /** What is regional about it: Taiwan or Hong Kong wording, Cantonese. */
  why: string;
  /** Words Traditional writers use that the Simplified list has no counterpart for. */
  add?: readonly string[];
  /** Converted words Taiwan and Hong Kong do not write (as they come out of the conversion). */
  drop?: readonly string[];
}

export interface HantWordOverrides {
  lists: Partial<Record<ListKey, WordListOverride>>;
  /** Suggested wording per reader, where it differs from the converted Simplified text. */
  alt: Partial<Record<ReaderName, { why: string; text: string }>>;
}

/**
 * The Traditional word classes: every Simplified word converted, minus the drops, plus the additions.
 * Throws when a drop names a word the conversion does not produce or an addition is already there,
 * so an override that no longer fits fails instead of lingering.
 */
export function deriveWords(hans: ZhWords, o: HantWordOverrides): ZhWords {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hans) as [keyof ZhWords, unknown][]) {
    if (key === 'alt') continue;
    const words = [...new Set((value as string[]).map(convertHan))];
    const lo = o.lists[key as ListKey];
    for (const d of lo?.drop ?? []) {
      const at = words.indexOf(d);
      if (at < 0) throw new Error(`${key}: drop ${JSON.stringify(d)} is not among the converted words`);
      words.splice(at, 1);
    }
    for (const a of lo?.add ?? []) {
      if (words.includes(a)) throw new Error(`${key}: add ${JSON.stringify(a)} is already derived`);
      words.push(a);
    }
    out[key] = words;
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
