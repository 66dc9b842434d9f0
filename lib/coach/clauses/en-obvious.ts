import { clauseEnd, clauseStart, lastMatchAt, type Sentence, seq, span, type Token, words } from './en-text';
import { CONDITIONAL, NEGATION, OFFER } from './en-words';
import type { ClauseHit } from './types';

// Talking down: what the customer asked is framed as something everybody already knows, or their complaint as
// something the agent cannot even see. "Surely everyone knows refunds take a few days", "Anyone who has flown
// before would know that", "Most people would simply read the FAQ", "I don't see why this is such a problem".
// ("That's just how banks work" is the phrase rule en-pol-just-how-it-is.)

const OBVIOUS_ALT = "Here's how it works, since it isn't obvious:";

/** Everybody, as the norm the customer is measured against. */
const EVERYONE = words('everyone everybody anyone anybody');
const MOST = words('most all');
const PEOPLE = words(
  'people customers users drivers guests owners travellers travelers patients clients adults person one customer user driver owner parent parents adult',
);
/** Knowing verbs, as the universal subject's present or modal form. */
const KNOWS = words('knows know understands understand realises realizes realise realize');
const WOULD = words('would should ought');
const HEDGE = words('surely obviously of course basically');
const JUST = words('just simply');
const EASILY = words('easily effortlessly blindfolded');
const COMMON = words('common basic general');
/** What the customer's complaint is called when the agent cannot see it: "why this is such a problem". */
const FUSS = words('problem issue deal fuss matter complaint upset hassle');
const KNOWLEDGE = words('knowledge sense');

function negatedBefore(t: readonly Token[], i: number): boolean {
  // "Not everyone knows …", "few people realise …"
  const prev = t[i - 1]?.w ?? '';
  return NEGATION.has(prev) || prev === 'few' || prev === 'hardly';
}

function conditional(t: readonly Token[], i: number): boolean {
  for (let k = clauseStart(t, i); k < i; k++) if (CONDITIONAL.has(t[k]!.w)) return true;
  return false;
}

/** Index after the move starting at token i, or -1. */
function talksDown(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // "everyone knows", "anyone would know", "surely anybody realises"
  let subj = -1;
  if (EVERYONE.has(w)) subj = i + 1;
  // "any reasonable person would know", "any sensible driver knows"
  else if (w === 'any' && PEOPLE.has(t[i + 2]?.w ?? '') && t[i + 1]!.w !== ',') subj = i + 3;
  else if ((MOST.has(w) || w === 'every') && PEOPLE.has(t[i + 1]?.w ?? '')) subj = i + 2;
  if (subj > 0 && !negatedBefore(t, i)) {
    let k = subj;
    // "anyone who has flown before knows": a short relative clause sits between subject and verb.
    if (t[k]?.w === 'who') {
      const stop = Math.min(clauseEnd(t, k), k + 7);
      while (k < stop && !KNOWS.has(t[k]!.w) && !WOULD.has(t[k]!.w)) k++;
    }
    // "Anyone with a smartphone can do this in seconds": ease held up against the customer.
    if (t[k]?.w === 'with') {
      const stop = Math.min(clauseEnd(t, k), k + 5);
      while (k < stop && t[k]!.w !== 'can') k++;
    }
    if (t[k]?.w === 'can') {
      const end = clauseEnd(t, k);
      for (let n = k + 1; n < Math.min(end, k + 8); n++) {
        if (EASILY.has(t[n]!.w) || (t[n]!.w === 'in' && words('seconds minutes moments').has(t[n + 1]?.w ?? ''))) {
          return end;
        }
      }
    }
    if (WOULD.has(t[k]?.w ?? '')) {
      k++;
      // "most people would simply read the FAQ first": what others would just do, held up as the norm.
      if (JUST.has(t[k]?.w ?? '') && /^[a-z]+$/.test(t[k + 1]?.w ?? '')) return clauseEnd(t, k);
    }
    // "every parent knows how upsetting that is" shares a feeling; it does not talk down.
    if (KNOWS.has(t[k]?.w ?? '') && t[k + 1]?.w !== 'how') return clauseEnd(t, k);
  }
  // "I really do not see why this is such a problem", "we don't see what the big deal is"
  if (words('i we').has(w)) {
    let k = i + 1;
    while (k < i + 3 && words('really honestly just genuinely still').has(t[k]?.w ?? '')) k++;
    const not = t[k]?.w === "don't" || t[k]?.w === "can't" ? k + 1 : seq(t, k, [words('do can'), 'not']);
    if (not > 0 && t[not]?.w === 'see' && words('why what how').has(t[not + 1]?.w ?? '')) {
      const end = clauseEnd(t, not);
      for (let n = not + 2; n < Math.min(end, not + 10); n++) if (FUSS.has(t[n]!.w)) return end;
    }
  }
  // "it's common knowledge that …", "that's basic common sense"
  if (COMMON.has(w) && KNOWLEDGE.has(t[i + 1]?.w ?? '')) return clauseEnd(t, i);
  return -1;
}

export function findCommonKnowledge(draft: string, sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    // "Does everyone know …?" asks; it does not talk down.
    if (s.question) continue;
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const end = talksDown(t, i);
      if (end < 0 || conditional(t, i)) continue;
      // "That's just how the app works, but I can switch it off for you" explains on the way to helping.
      if (lastMatchAt(draft, OFFER) >= t[i]!.start) break;
      let from = clauseStart(t, i);
      while (from < i && !HEDGE.has(t[from]!.w) && t[from]!.w !== 'of') from++;
      if (from < i && t[from]!.w === 'of') from = Math.max(clauseStart(t, i), from - 1);
      out.push({ ...span(t, from, end), alternative: OBVIOUS_ALT });
      break;
    }
  }
  return out;
}
