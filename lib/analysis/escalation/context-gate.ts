/**
 * The context patterns a clause is read with (question, praise, resolved, idioms, deadlines…) are long
 * alternations, and most of them find nothing in a given sentence. One pass of an anchor index over the sentence
 * says which of them may match there; the others are not run. Exact: a pattern is skipped only when a literal
 * every match of it contains is absent, and what is absent from a sentence is absent from every part of it.
 */
import { type AnchorIndex, anchorIndex } from './anchors';
import type { LanguageCues } from './types';

/** The patterns gated, one bit each in the masks below. */
const KEYS = [
  'question',
  'askOpener',
  'rhetorical',
  'request',
  'thirdParty',
  'praise',
  'complaint',
  'resolved',
  'conditional',
  'idiom',
  'deadline',
  'deadlineLoose',
  'taken',
  'threat',
  'demand',
  'selfNegated',
  'apology',
  'subjectOfThreat',
] as const satisfies readonly (keyof LanguageCues)[];

export const QUESTION = 1 << 0;
export const ASK_OPENER = 1 << 1;
export const RHETORICAL = 1 << 2;
export const REQUEST = 1 << 3;
export const THIRD_PARTY = 1 << 4;
export const PRAISE = 1 << 5;
export const COMPLAINT = 1 << 6;
export const RESOLVED = 1 << 7;
export const CONDITIONAL = 1 << 8;
export const IDIOM = 1 << 9;
export const DEADLINE = 1 << 10;
export const DEADLINE_LOOSE = 1 << 11;
export const TAKEN = 1 << 12;
export const THREAT = 1 << 13;
export const DEMAND = 1 << 14;
export const SELF_NEGATED = 1 << 15;
export const APOLOGY = 1 << 16;
export const SUBJECT_OF_THREAT = 1 << 17;

/** Every bit: what a text not read by the gate may match. */
export const ALL = (1 << KEYS.length) - 1;

interface Gate {
  index: AnchorIndex;
  live: Uint8Array;
}

const gates = new WeakMap<LanguageCues, Gate>();

function gateOf(t: LanguageCues): Gate {
  let g = gates.get(t);
  if (!g) {
    // Only plain patterns are gated: a flag ('i' matches capitals the gate reads lowered; 'g' keeps a position a
    // skipped test would not move) leaves the pattern always live, as does an absent one. '' needs nothing.
    const sources = KEYS.map((k) => {
      const re = t[k];
      return re && re.flags === '' ? re.source : '';
    });
    g = { index: anchorIndex(sources), live: new Uint8Array(KEYS.length) };
    gates.set(t, g);
  }
  return g;
}

/**
 * Which of `t`'s context patterns may match in `text` or any part of it (text read as the rules' plain text), as
 * a mask of the bits above: a pattern whose bit is clear cannot match there.
 */
export function contextBits(t: LanguageCues, text: string): number {
  const g = gateOf(t);
  if (g.index.mark(text, g.live) === 0) return 0;
  let bits = 0;
  for (let k = 0; k < KEYS.length; k++) if (g.live[k] === 1) bits |= 1 << k;
  return bits;
}
