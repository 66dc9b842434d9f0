/**
 * Steps 2 and 3 of reading a message: each lexicon hit becomes weighted contributions to emotions (with the
 * negator or modifier in scope and the emphasis of how it was written), then the message-level rules reweigh
 * them (contrast, questions, punctuation runs, sarcasm, rhetorical questions).
 */
import * as packModule from './pack';
import type { Contribution } from './rules';
import * as rules from './rules';
import type { Hit, PunctRun, Scan } from './scan';

// Read once into module constants: under CommonJS (tsx, the eval) each access to an imported binding is a getter
// call, and these sit on the per-hit path.
const {
  applyContrast,
  applyQuestions,
  applyRhetorical,
  applySarcasm,
  EXPECTATION_FAILED,
  emphasis,
  FRUSTRATION,
  modifierInScope,
  negatedEmotion,
  negatedWeight,
  negatorInScope,
  punctuationContributions,
  questionContributions,
  SARCASM_MARKER,
} = rules;
const {
  ENTRY_ANGER,
  ENTRY_CONTRAST,
  ENTRY_NEGATOR,
  ENTRY_QUESTION,
  ENTRY_SARCASM,
  ENTRY_SCALE,
  ENTRY_URGENCY,
  packedWeight,
} = packModule;

export interface Scored {
  contribs: Contribution[];
  /** Masked profanity that carries anger (f***): abuse for the escalation reader. */
  masked: Hit[];
  sarcasmHits: Hit[];
  /** Sentences that are questions, by a question mark or a question word; null when none. */
  questions: Set<number> | null;
  /** Unit of the last contrast word ("but", 但是), or -1. */
  lastContrast: number;
  /** Summed urgency of the urgency cues. */
  urgency: number;
}

function contrib(hit: Hit, e: number, weight: number, cue: string, start: number): Contribution {
  return { start, end: hit.end, e, weight, cue, sentence: hit.sentence, unit: hit.unit };
}

/** What kind of word a plain hit is, from its first character: a Latin or Han word, or an emoji or emoticon. */
function cueOf(hit: Hit, text: string): string {
  const c = text.charCodeAt(hit.start);
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 'lexicon' : c >= 0x3400 && c <= 0x9fff ? 'lexicon' : 'emoji';
}

/** Step 2: every hit in order, with the last negator and modifier seen, to weighted contributions. */
export function scoreHits(s: Scan, text: string, mostlyCaps: boolean): Scored {
  const contribs: Contribution[] = [];
  const masked: Hit[] = [];
  const sarcasmHits: Hit[] = [];
  let questions = s.questions;
  let lastContrast = -1;
  let urgency = 0;
  let lastNeg: Hit | null = null;
  let lastMod: Hit | null = null;
  const hits = s.hits;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const e = hit.entry;
    const bits = e.bits;
    if (bits !== 0) {
      if (bits & ENTRY_QUESTION) {
        questions ??= new Set();
        questions.add(hit.sentence);
      }
      if (bits & ENTRY_CONTRAST) lastContrast = hit.unit;
      if (bits & ENTRY_URGENCY) urgency += e.urgency;
      if (bits & ENTRY_SARCASM) {
        sarcasmHits.push(hit);
        contribs.push(contrib(hit, FRUSTRATION, SARCASM_MARKER, 'sarcasm', hit.start));
      }
      if (hit.masked && bits & ENTRY_ANGER) masked.push(hit);
      if (bits & ENTRY_NEGATOR) lastNeg = hit;
      if (bits & ENTRY_SCALE) lastMod = hit;
    }
    const ei = e.ei;
    if (ei === undefined) {
      if (e.expected && negatorInScope(hit, lastNeg)) {
        contribs.push(contrib(hit, FRUSTRATION, EXPECTATION_FAILED, 'negation', lastNeg!.start));
      }
      continue;
    }
    const ew = e.ew!;
    const negated = negatorInScope(hit, lastNeg);
    const scaled = !negated && modifierInScope(hit, lastMod);
    let m = emphasis(hit, mostlyCaps);
    let cue = hit.stretched ? 'stretch' : hit.caps && !mostlyCaps ? 'caps' : cueOf(hit, text);
    let start = hit.start;
    if (negated) {
      cue = 'negation';
      start = lastNeg!.start;
    } else if (scaled) {
      const scale = lastMod!.entry.scale!;
      m *= scale;
      cue = scale > 1 ? 'intensifier' : 'downtoner';
      start = lastMod!.start;
    }
    const packed = e.emoCount;
    const count = packed > 0 ? packed : ei.length;
    for (let k = 0; k < count; k++) {
      let em: number;
      let w: number;
      if (packed > 0) {
        const code = k === 0 ? e.emo0 : e.emo1;
        em = code & 7;
        w = packedWeight(code) * m;
      } else {
        em = ei[k]!;
        w = ew[k]! * m;
      }
      if (negated) {
        const flipped = negatedEmotion(em);
        if (flipped >= 0) contribs.push(contrib(hit, flipped, negatedWeight(em, w), cue, start));
      } else {
        contribs.push(contrib(hit, em, w, cue, start));
      }
    }
  }
  return { contribs, masked, sarcasmHits, questions, lastContrast, urgency };
}

/** Step 3: the rules that read the message as a whole, in the order they compound. */
export function applyMessageRules(scored: Scored, puncts: readonly PunctRun[]): void {
  const { contribs, questions } = scored;
  applyContrast(contribs, scored.lastContrast);
  if (questions !== null) applyQuestions(contribs, questions);
  punctuationContributions(puncts, contribs);
  if (questions !== null) questionContributions(contribs, questions);
  applySarcasm(contribs, scored.sarcasmHits.length);
  applyRhetorical(contribs);
}
