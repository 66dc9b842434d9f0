import type { DiscStyle } from '../types';
import { isHanUnit, requiredScript, type Script } from './needs';
import { listStarts, neededStrings } from './prefix';

/** One lexical cue: a pattern whose every match is evidence for one style. */
export interface CueRule {
  style: DiscStyle;
  /** Rule id shown to the agent through describeCue, e.g. 'deadline'. */
  cue: string;
  weight: number;
  pattern: RegExp;
  /** A script every match contains: the rule is skipped for text without it. */
  needs: Script | null;
  /**
   * Folded strings every match starts with (see prefix.ts), when they are distinctive enough to try the rule
   * only where they occur; null when they cannot be listed or one is a single common character.
   */
  starts: readonly string[] | null;
  /** Those of `starts` that only open a match where no ASCII letter, digit or _ comes right before. */
  wordStarts: readonly string[] | null;
  /** When `starts` is null: folded strings every match contains, so a text without them is skipped; or null. */
  needles: readonly string[] | null;
  /** `pattern` and `fast`, sticky: tried only at the places where one of `starts` occurs (see starts.ts). */
  stickyPattern: RegExp;
  stickyFast: RegExp | null;
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
  const flags = [...new Set([...pattern.flags, 'g', 'u'])];
  const fast = fastSafe(pattern.source);
  const listed = listStarts(pattern.source);
  const starts = listed?.strings ?? null;
  // A lone Latin letter, digit or space opens too many places to try the regex at each.
  const distinctive = starts?.every((x) => x.length > 1 || isHanUnit(x.charCodeAt(0))) === true;
  const make = (extra: string, u: boolean) =>
    new RegExp(pattern.source, [...flags.filter((f) => u || f !== 'u'), ...extra].join(''));
  return {
    style,
    cue,
    weight,
    pattern: make('', true),
    fast: fast ? make('', false) : null,
    stickyPattern: make('y', true),
    stickyFast: fast ? make('y', false) : null,
    needs: requiredScript(pattern.source),
    starts: distinctive ? starts : null,
    wordStarts: distinctive ? listed!.wordStarts : null,
    needles: distinctive ? null : neededStrings(pattern.source),
  };
}
