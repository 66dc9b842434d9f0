/** One rule repeating in a message (five "!" or three order numbers) is one habit, not five pieces of evidence. */
export const RULE_REPEAT_CAP = 2;
/** Rules whose repetition is itself the signal (many figures in one message) get their own ceiling. */
export const RULE_CAPS: Readonly<Record<string, number>> = { figure: 0.75 };

/** How much one rule (a style and cue id) may add in one message, given its heaviest cue there. */
export function ruleCap(cue: string, heaviest: number): number {
  return RULE_CAPS[cue] ?? RULE_REPEAT_CAP * heaviest;
}

/** What a cue adds after `used` was already added for its rule: the same sum the scores are built from. */
export function added(weight: number, cap: number, used: number): number {
  return Math.min(weight, Math.max(0, cap - used));
}

/**
 * After this many cues of one weight, a rule that has only that weight adds nothing more, so a shape cue
 * stops collecting matches there: ten thousand "!" cost what two do. Worked out with the very sums above.
 */
export function usefulRepeats(cue: string, weight: number): number {
  const cap = ruleCap(cue, weight);
  let used = 0;
  let n = 0;
  for (let add = added(weight, cap, used); add > 0; add = added(weight, cap, used)) {
    used += add;
    n++;
  }
  return n;
}
