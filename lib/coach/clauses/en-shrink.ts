import { clauseEnd, clauseStart, type Sentence, seq, span, type Token, words } from './en-text';
import { NOTICE_VERB, ONLY, OTHERS, PEOPLE, PROBLEM_NOUN, SHRINK, SMALL } from './en-words';
import type { ClauseHit } from './types';

// Dismissal that shrinks the problem ("it's hardly a disaster", "only a little sensitivity") or holds others
// up as the norm ("most patients wouldn't even mention it").

const SHRINK_ALT = 'I understand why this matters to you.';

const COPULA = words("is was are were it's that's this's there's 's");
const isCopula = (w: string): boolean => COPULA.has(w) || w.endsWith("'s");
/** A lateness or count that a minimiser shrinks: "only a few days late". */
const CATASTROPHE = words('crisis disaster catastrophe emergency tragedy drama');
const SMALL_FAILURE = words('late delayed missing');
/** "hardly ideal", "hardly your fault": the shrink word sides with the customer. */
const SIDES_WITH = words('your ideal acceptable fair surprising surprise good right ok okay reasonable great what');
const NOTICE_NEG = words("wouldn't don't didn't never won't hardly barely rarely");

function minimised(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // "hardly a disaster", "barely noticeable": the shrink word alone does it after a copula or before notice.
  if (SHRINK.has(w)) {
    if (SIDES_WITH.has(t[i + 1]?.w ?? '')) return -1;
    if (i > 0 && isCopula(t[i - 1]!.w)) return clauseEnd(t, i);
    if (words('notice noticeable visible matters matter worth see tell spot feel').has(t[i + 1]?.w ?? '')) {
      return clauseEnd(t, i);
    }
    return -1;
  }
  // "it's only a little sensitivity", "the scratch is just cosmetic", "it's only a few days late"
  if (ONLY.has(w) && i > 0 && isCopula(t[i - 1]!.w)) {
    const end = clauseEnd(t, i);
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      const x = t[k]!.w;
      if (PROBLEM_NOUN.has(x) || SMALL_FAILURE.has(x)) return end;
    }
  }
  // "a minor inconvenience at most"
  if (seq(t, i, ['at', words('most worst')]) > 0 && i + 2 === t.length && t.slice(0, i).some((x) => SMALL.has(x.w))) {
    return i + 2;
  }
  // "most patients wouldn't even mention it", "most guests don't even use the gym", "most people manage to …"
  if (OTHERS.has(w) && PEOPLE.has(t[i + 1]?.w ?? '')) {
    if (NOTICE_NEG.has(t[i + 2]?.w ?? '') && t[i + 3]?.w === 'even') return clauseEnd(t, i + 3);
    if (NOTICE_NEG.has(t[i + 2]?.w ?? '')) {
      const v = t[i + 3]?.w === 'even' ? i + 4 : i + 3;
      if (NOTICE_VERB.has(t[v]?.w ?? '')) return clauseEnd(t, v);
    }
    if (words('manage managed cope coped').has(t[i + 2]?.w ?? '')) return clauseEnd(t, i + 2);
  }
  // "a one-star review over a cold coffee seems a bit much": the customer's reaction judged excessive.
  if (seq(t, i, [words('seems sounds is feels'), 'a', 'bit', words('much excessive extreme dramatic')]) > 0) {
    return clauseEnd(t, i);
  }
  // "A tiny bit of condensation is perfectly normal": the problem made small, then called normal.
  if (w === 'a' && i === 0 && SMALL.has(t[1]?.w ?? '') && words('bit amount touch').has(t[2]?.w ?? '')) {
    const end = clauseEnd(t, i);
    for (let k = 3; k < Math.min(end, 10); k++) {
      if (isCopula(t[k]!.w)) {
        let n = k + 1;
        while (n < k + 3 && /ly$/.test(t[n]?.w ?? '')) n++;
        if (words('normal nothing fine expected harmless').has(t[n]?.w ?? '')) return end;
        break;
      }
    }
  }
  // "making this into a bigger thing than it is", "a bigger deal than it needs to be"
  if (words('bigger larger').has(w) && words('thing deal issue problem fuss').has(t[i + 1]?.w ?? '')) {
    if (seq(t, i + 2, ['than', words('it this that')]) > 0) return clauseEnd(t, i);
  }
  // "making a big thing out of a few crumbs", "a mountain out of a molehill"
  if (words('making make made').has(w)) {
    const k = t[i + 1]?.w === 'such' ? i + 2 : i + 1;
    if (seq(t, k, ['a', 'big', words('thing deal')]) > 0 && t[k + 3]?.w === 'out') return clauseEnd(t, k);
    if (seq(t, k, ['a', 'mountain', 'out', 'of']) > 0) return clauseEnd(t, k);
  }
  // "it's a cake, not a crisis": the problem set against a catastrophe nobody claimed.
  if (w === 'not' && t[i - 1]?.w === ',' && t[i + 1]?.w === 'a' && CATASTROPHE.has(t[i + 2]?.w ?? '')) {
    return i + 3;
  }
  // "a few days isn't bad", "that wasn't so bad"
  if (words("isn't wasn't").has(w) || (w === 'not' && isCopula(t[i - 1]?.w ?? ''))) {
    const k = words('that so too').has(t[i + 1]?.w ?? '') ? i + 2 : i + 1;
    if (t[k]?.w === 'bad' && (k + 1 === t.length || t[k + 1]?.w === ',')) return clauseEnd(t, i);
  }
  // "one late train out of hundreds"
  if (
    w === 'out' &&
    t[i + 1]?.w === 'of' &&
    /^(?:hundreds|thousands|millions|\d{2,}|dozens)$/.test(t[i + 2]?.w ?? '')
  ) {
    for (let k = Math.max(0, i - 4); k < i; k++) if (words('one a').has(t[k]!.w)) return i + 3;
  }
  // "It's a tiny smudge on a long dress, honestly."
  if (SMALL.has(w) && PROBLEM_NOUN.has(t[i + 1]?.w ?? '') && words('honestly really').has(t[t.length - 1]!.w)) {
    return clauseEnd(t, i);
  }
  // "I don't see what the fuss is about", "why all the fuss"
  if (
    w === 'fuss' &&
    words('the all').has(t[i - 1]?.w ?? '') &&
    t.slice(Math.max(0, i - 4), i).some((x) => words('what why').has(x.w))
  ) {
    return clauseEnd(t, i);
  }
  // "no reason to get this upset", "no need to be so emotional"
  if (
    w === 'no' &&
    words('reason need').has(t[i + 1]?.w ?? '') &&
    t[i + 2]?.w === 'to' &&
    words('get be').has(t[i + 3]?.w ?? '')
  ) {
    const k = words('this so that').has(t[i + 4]?.w ?? '') ? i + 5 : i + 4;
    if (words('upset angry emotional worked annoyed cross').has(t[k]?.w ?? '')) return clauseEnd(t, i);
  }
  // "everyone else seems to manage fine"
  if (words('everyone everybody').has(w) && t[i + 1]?.w === 'else') {
    for (let k = i + 2; k < Math.min(t.length, i + 5); k++)
      if (words('manage manages managed cope copes').has(t[k]!.w)) return clauseEnd(t, k);
  }
  // "a cosmetic mark that doesn't affect performance"
  if (
    words("doesn't won't").has(w) &&
    t[i + 1]?.w === 'affect' &&
    words('performance function functionality use how').has(t[i + 2]?.w ?? '')
  ) {
    if (!t.some((x) => x.w === 'sorry')) return clauseEnd(t, i);
  }
  // "it's nothing new", "par for the course"
  if (seq(t, i, ['nothing', 'new']) > 0 && i + 2 === t.length) return i + 2;
  if (seq(t, i, ['par', 'for', 'the', 'course']) > 0) return i + 4;
  // "you seem to be overthinking this", "you're overcomplicating it"
  if ((w === 'you' || w === "you're") && i + 1 < t.length) {
    let k = i + 1;
    if (seq(t, k, ['seem', 'to', 'be']) > 0) k += 3;
    else if (t[k]?.w === 'are') k++;
    const x = t[k]?.w ?? '';
    if (x.startsWith('over') && x.endsWith('ing') && x.length > 9) return clauseEnd(t, k);
  }
  // "For the record, I did reply yesterday."
  if (i === 0 && seq(t, 0, ['for', 'the', 'record']) > 0) return 3;
  // "It's buffering for a few seconds, that's all."
  if (w === "that's" && t[i - 1]?.w === ',' && t[i + 1]?.w === 'all' && i + 2 === t.length) return i + 2;
  // "plenty of couples would be happy with that room"
  if (words('plenty lots').has(w) && t[i + 1]?.w === 'of' && PEOPLE.has(t[i + 2]?.w ?? '')) {
    if (words("would wouldn't 'd").has(t[i + 3]?.w ?? '')) return clauseEnd(t, i);
  }
  // "not the end of the world", "such a fuss over a small thing"
  const eow = seq(t, i, ['not', 'the', 'end', 'of', 'the', 'world']);
  if (eow > 0) return eow;
  if (w === 'fuss' && t[i - 1]?.w !== 'no' && words('a such make making made').has(t[i - 1]?.w ?? '')) {
    return clauseEnd(t, i);
  }
  if (words('over about').has(w)) {
    let k = i + 1;
    if (t[k]?.w === 'such') k++;
    if (t[k]?.w === 'a') k++;
    if (SMALL.has(t[k]?.w ?? '') && words('thing things detail details issue matter').has(t[k + 1]?.w ?? '')) {
      return k + 2;
    }
  }
  return -1;
}

export function findShrinking(sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    if (s.question) continue;
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const end = minimised(t, i);
      if (end < 0) continue;
      out.push({ ...span(t, clauseStart(t, i), Math.max(end, i + 1)), alternative: SHRINK_ALT });
      i = end;
    }
  }
  return out;
}
