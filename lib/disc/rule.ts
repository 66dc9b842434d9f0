import type { DiscStyle } from '../types';

/** One lexical cue: a pattern whose every match is evidence for one style. */
export interface CueRule {
  style: DiscStyle;
  /** Rule id shown to the agent through describeCue, e.g. 'deadline'. */
  cue: string;
  weight: number;
  pattern: RegExp;
}

/** Patterns are written without flags; matching is always global and, for Latin text, case-insensitive. */
export function rule(style: DiscStyle, cue: string, weight: number, pattern: RegExp): CueRule {
  const flags = new Set([...pattern.flags, 'g', 'u']);
  return { style, cue, weight, pattern: new RegExp(pattern.source, [...flags].join('')) };
}
