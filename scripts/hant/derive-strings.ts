import { convertHan } from './derive-rules';

/** One group of Traditional texts that share a reason for differing from the converted Simplified text. */
export interface StringOverrideGroup {
  /** What is regional about them: Taiwan wording, punctuation, register. */
  why: string;
  /** The Traditional text by key (message name or template id), where it is not the converted Simplified text. */
  texts: Readonly<Record<string, string>>;
}

/**
 * Every Simplified text converted, then replaced by its override. Throws when an override names a key the
 * Simplified side lacks, names a key twice, or equals the conversion (it would hide a later change to zh-Hans
 * for nothing), so an override that no longer fits fails loudly. `where` names the overrides in the error.
 */
export function deriveStrings(
  where: string,
  hans: Readonly<Record<string, string>>,
  groups: readonly StringOverrideGroup[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(hans)) out[key] = convertHan(text);
  const seen = new Set<string>();
  for (const g of groups) {
    for (const [key, text] of Object.entries(g.texts)) {
      if (!(key in hans)) throw new Error(`${where}: override for ${key}, which zh-Hans does not have`);
      if (seen.has(key)) throw new Error(`${where}: ${key} is overridden twice`);
      if (text === out[key]) throw new Error(`${where}: override for ${key} equals the conversion; remove it`);
      seen.add(key);
      out[key] = text;
    }
  }
  return out;
}
