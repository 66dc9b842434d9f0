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
}

/** Patterns are written without flags; matching is always global and, for Latin text, case-insensitive. */
export function rule(style: DiscStyle, cue: string, weight: number, pattern: RegExp): CueRule {
  const flags = new Set([...pattern.flags, 'g', 'u']);
  return {
    style,
    cue,
    weight,
    pattern: new RegExp(pattern.source, [...flags].join('')),
    needs: requiredScript(pattern.source),
    grams: startGrams(pattern.source),
  };
}
