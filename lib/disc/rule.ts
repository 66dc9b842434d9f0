import type { DiscStyle } from '../types';
import { requiredScript, type Script } from './needs';
import { startGrams } from './prefix';

/** One lexical cue: a pattern whose every match is evidence for one style. */
export interface CueRule {
  style: DiscStyle;
  /** Rule id shown to the agent through describeCue, e.g. 'deadline'. */
  cue: string;
  weight: number;
  pattern: RegExp;
  /** A script every match contains: the rule is skipped for text without it. */
  needs: Script | null;
  /** Hashed strings every match starts with; null when they cannot be listed (see prefix.ts). */
  grams: Uint32Array | null;
  /**
   * The same pattern without the u flag, for text that is all BMP and has no Kelvin sign or long s: there
   * both compile to the same matches, and V8 runs this one about three times faster. Null when the source
   * needs u (\p{…}, \u{…}) or holds a character that has case variants beyond ASCII letters.
   */
  fast: RegExp | null;
}

/** Sources where dropping u changes nothing on plain text (see CueRule.fast). */
function fastSafe(source: string): boolean {
  if (/\\[pPu]\{|\\[pP]/.test(source)) return false;
  for (const ch of source) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (ch.length > 1 || ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return false;
  }
  return true;
}

/** Patterns are written without flags; matching is always global and, for Latin text, case-insensitive. */
export function rule(style: DiscStyle, cue: string, weight: number, pattern: RegExp): CueRule {
  const flags = new Set([...pattern.flags, 'g', 'u']);
  return {
    style,
    cue,
    weight,
    pattern: new RegExp(pattern.source, [...flags].join('')),
    fast: fastSafe(pattern.source) ? new RegExp(pattern.source, [...flags].filter((f) => f !== 'u').join('')) : null,
    needs: requiredScript(pattern.source),
    grams: startGrams(pattern.source),
  };
}
