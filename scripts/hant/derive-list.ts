import { convertHan } from './derive-rules';

/** What one Traditional word list holds beyond the converted Simplified list. */
export interface ListOverride {
  /** What is regional about it: Taiwan or Hong Kong wording, Cantonese, mainland-only words. */
  why: string;
  /** Words Traditional writers use that the Simplified list has no counterpart for. */
  add?: readonly string[];
  /** Converted words Taiwan and Hong Kong do not write (as they come out of the conversion). */
  drop?: readonly string[];
}

/**
 * Every Simplified word converted (duplicates merged), minus the drops, plus the additions. Throws when a
 * drop names a word the conversion does not produce or an addition is already there, so an override that
 * no longer fits fails instead of lingering. `where` names the list in the error.
 */
export function deriveList(where: string, hans: readonly string[], o: ListOverride | undefined): string[] {
  const words = [...new Set(hans.map(convertHan))];
  for (const d of o?.drop ?? []) {
    const at = words.indexOf(d);
    if (at < 0) throw new Error(`${where}: drop ${JSON.stringify(d)} is not among the converted words`);
    words.splice(at, 1);
  }
  for (const a of o?.add ?? []) {
    if (words.includes(a)) throw new Error(`${where}: add ${JSON.stringify(a)} is already derived`);
    words.push(a);
  }
  return words;
}
