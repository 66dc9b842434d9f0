import { EN_ABSOLUTE_ALT as ABS_ALT, EN_POLICY_ALT as POL_ALT } from '../en-shared';
import { clauseEnd, clauseStart, lastMatchAt, type Sentence, seq, span, type Token, words } from './en-text';
import {
  AGENT_SUBJECT,
  CONDITIONAL,
  GRANTS,
  NEG_MODAL,
  NEGATION,
  OFFER,
  RULE_NOUN,
  RULE_VERB,
  WANTED_PASSIVE,
} from './en-words';
import type { ClauseHit } from './types';

// A refusal is a negated modal whose subject is the agent's side or the thing the customer wants
// ("there's no way we can …", "licences can never be transferred"); a rule becomes the reason when
// a policy word is the subject of a saying or forbidding verb and the sentence restricts. Either is
// fine when the draft then turns to what the agent can do, or when the rule grants something.

const LEADING = words('look well so and but honestly sorry');
const MODAL = words('can could will would');
const NEVER_NOT = words('never not');
const COPULA = words('is are was were');
/** Warmth that shares the refusal's grammar: "we can't wait", "I can't imagine". */
const WARM_VERB = words(
  'wait thank apologise apologize stress imagine believe express emphasise emphasize say tell help find locate see open access view hear reach load speak comment',
);
/** Services a refusal withholds: "we don't do refunds". */
const WE_DONT = words(
  'do offer give accept allow provide issue make refund replace exchange ship deliver cover match reimburse',
);
/** What a customer is glad the agent will not do. */
const SPARED = words(
  'charge bill share sell spam contact disturb penalise penalize fine delete forget let happen leave ask need pass',
);
const WILL_NOT = words("won't not never");
const OPTION = words('option options facility means provision ability');
/** Odds a refusal rules out: "no chance of", "zero possibility that". */
const ODDS = words('chance chances possibility hope prospect likelihood');
const EMPHATIC = words('whatsoever whatever at really');
/** Outcomes a customer is relieved to hear ruled out. */
const FEARED = words(
  'charged billed fined penalised penalized lose losing lost affect affects affecting affected harm harming hurt ' +
    "hurting damage damaging happening again worse deleted cut disconnected you'll",
);
const WONT_SPARED = words('close cancel delete stop remove suspend disconnect cut lose raise increase');
const SOFT = words('simply just really absolutely unfortunately definitely sadly ever');
const RESTRICT = words(
  "only must cannot can't won't not never no non-refundable require requires required mandatory prohibit prohibits forbid forbids exclude excludes bar bars excluded banned prohibited forbidden " +
    // Penalties a rule imposes: "late coursework receives a mark of zero".
    'zero forfeit forfeits forfeited penalty penalties penalised penalized deducted void voids',
);

function guarded(draft: string, s: Sentence, i: number, end: number): boolean {
  if (s.question) return true;
  const t = s.tokens;
  for (let k = clauseStart(t, i); k < i; k++) if (CONDITIONAL.has(t[k]!.w)) return true;
  // The refusal turns to an alternative after it ("…, but I can …"); "no way we can bring it" is not one.
  const last = t[Math.min(Math.max(end, i + 1), t.length) - 1]!;
  return lastMatchAt(draft, OFFER) >= last.end;
}

function skipSoft(t: readonly Token[], i: number): number {
  let k = i;
  while (k < t.length && SOFT.has(t[k]!.w)) k++;
  return k;
}

/** Index after a negated modal starting at i ("can't", "can never", "will not"), or -1. */
function negModal(t: readonly Token[], i: number): number {
  const w = t[i]?.w ?? '';
  if (NEG_MODAL.has(w)) return i + 1;
  if (MODAL.has(w)) {
    const k = skipSoft(t, i + 1);
    if (NEVER_NOT.has(t[k]?.w ?? '')) return k + 1;
  }
  return -1;
}

function refusal(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // "nothing more we can offer", "there is absolutely nothing else I can do"
  if (w === 'nothing') {
    const k = words('more else').has(t[i + 1]?.w ?? '') ? i + 2 : i + 1;
    // "nothing we could have done" looks back to clear the agent (the deflection reader's call).
    if (words('we i').has(t[k]?.w ?? '') && words('can could').has(t[k + 1]?.w ?? '') && t[k + 2]?.w !== 'have') {
      return clauseEnd(t, i);
    }
  }
  // "That's a hard no"
  if (seq(t, i, ['hard', 'no']) > 0) return i + 2;
  // "Absolutely not." as the whole answer
  // "Absolutely not, the tickets are non-transferable."
  if (i === 0 && words('absolutely definitely certainly').has(w) && t[1]?.w === 'not') {
    if (t.length === 2 || t[2]!.w === ',') return 2;
  }
  // "there's no changing the address", "that option doesn't exist"
  const gerund = t[i + 2]?.w ?? '';
  if (w === "there's" && t[i + 1]?.w === 'no' && gerund.endsWith('ing') && gerund.length > 5) return clauseEnd(t, i);
  if (words("doesn't don't").has(w) && t[i + 1]?.w === 'exist') return i + 2;
  // "A refund is completely out of the question" (but "nothing is out of the question" opens every door).
  if (seq(t, i, ['out', 'of', 'the', 'question']) > 0 && i > 0) {
    let k = i - 1;
    while (k > 0 && (SOFT.has(t[k]!.w) || t[k]!.w.endsWith('ly'))) k--;
    const be = t[k]!.w;
    const copula = COPULA.has(be) || (be.endsWith("'s") && be !== "let's");
    if (copula && !NEGATION.has(t[k - 1]?.w ?? '') && !NEGATION.has(t[k + 1]?.w ?? '')) return i + 4;
  }
  // "Under no circumstances will we …"
  if (seq(t, i, ['under', 'no', 'circumstances']) > 0) return clauseEnd(t, i);
  // "That's not happening.", "That's never going to happen."
  // "That is simply not happening", "it's just not going to happen"
  const be = words("that's it's").has(w) ? i + 1 : words('that it this').has(w) && t[i + 1]?.w === 'is' ? i + 2 : -1;
  if (be > 0) {
    const k = skipSoft(t, be);
    if (t[k]?.w === 'not' && t[k + 1]?.w === 'happening') return k + 2;
    // "That is never going to be possible", "it's not going to happen"
    const going = NEVER_NOT.has(t[k]?.w ?? '') ? seq(t, k + 1, ['going', 'to']) : -1;
    if (going > 0 && t[going]?.w === 'happen') return going + 1;
    if (going > 0 && seq(t, going, ['be', words('possible doable allowed')]) > 0) return going + 2;
  }
  if (words("that's it's").has(w) && NEVER_NOT.has(t[i + 1]?.w ?? '') && seq(t, i + 2, ['going', 'to', 'happen']) > 0) {
    return i + 5;
  }
  // "there's zero chance of a refund", "no possibility whatsoever of moving it", "not a hope that …"
  const odds = words('zero no').has(w) ? i + 1 : seq(t, i, ['not', 'a']);
  if (odds > 0 && ODDS.has(t[odds]?.w ?? '')) {
    let k = odds + 1;
    while (k < odds + 3 && EMPHATIC.has(t[k]?.w ?? '')) k++;
    if (t[k - 1]?.w === 'at' && t[k]?.w === 'all') k++;
    // "no chance you'll be charged twice" reassures: what is ruled out is something the customer fears.
    const end = clauseEnd(t, i);
    const spares = t.slice(k, end).some((x) => FEARED.has(x.w));
    if (words('of that for').has(t[k]?.w ?? '') && !spares) return end;
    // "Not a chance, the course is full." — the odds alone as the whole answer.
    if (i === 0 && (k >= t.length || t[k]!.w === ',')) return k;
  }
  // "there's no way we can bring it forward"
  // "There is simply no option to pause the plan", "there's no facility for that"
  const there = seq(t, i, [words("there's there"), ...(w === 'there' ? ['is'] : [])]);
  if (there > 0) {
    const k = skipSoft(t, there);
    if (t[k]?.w === 'no' && OPTION.has(t[k + 1]?.w ?? '') && words('to for').has(t[k + 2]?.w ?? '')) {
      return clauseEnd(t, k);
    }
  }
  let noWay = seq(t, i, [words("there's there"), ...(w === 'there' ? ['is'] : []), 'no']);
  if (noWay > 0 && words('possible real other earthly').has(t[noWay]?.w ?? '')) noWay++;
  noWay = noWay > 0 && t[noWay]?.w === 'way' ? noWay + 1 : -1;
  if (noWay > 0) {
    const who = t[noWay]?.w === 'for' ? noWay + 1 : noWay;
    if (words('we i us me').has(t[who]?.w ?? '') || t[who]?.w === 'to') return clauseEnd(t, who);
    return -1;
  }
  // "we can't", "our team will never", "I simply cannot"
  if (AGENT_SUBJECT.has(w) || (w === 'our' && t[i + 1]?.w === 'team')) {
    const after = skipSoft(t, w === 'our' ? i + 2 : i + 1);
    // "we don't do partial refunds", "we do not offer exchanges"
    const dont = t[after]?.w === "don't" ? after + 1 : seq(t, after, ['do', 'not']);
    if (dont > 0 && WE_DONT.has(t[dont]?.w ?? '') && !words('out away').has(t[dont + 1]?.w ?? '')) {
      return clauseEnd(t, dont);
    }
    const m = negModal(t, after);
    if (m < 0) return -1;
    // "we couldn't have asked for more" looks back; "we can't be blamed" disclaims (the deflection readers' call).
    // "we won't be able to replace it" and "we won't be moving your date" refuse like "we can't replace it".
    let v = seq(t, m, ['be', 'able', 'to']) > 0 ? m + 3 : m;
    const ing = t[m + 1]?.w ?? '';
    if (t[m]?.w === 'be' && ing.endsWith('ing') && ing.length > 5) {
      const stem = ing.slice(0, -3);
      if (SPARED.has(stem) || SPARED.has(`${stem}e`) || WONT_SPARED.has(stem) || WONT_SPARED.has(`${stem}e`)) return -1;
      v = m + 1;
      return clauseEnd(t, v);
    }
    if (t[v]?.w === 'have' || t[v]?.w === 'be') return -1;
    // "we won't charge you", "we can't wait": a promise or warmth, not a closed door.
    if (WARM_VERB.has(t[v]?.w ?? '') || SPARED.has(t[v]?.w ?? '')) return -1;
    // "we won't close your account" promises; "we can't close it" refuses.
    if (WILL_NOT.has(t[m - 1]!.w) && WONT_SPARED.has(t[v]?.w ?? '')) return -1;
    return clauseEnd(t, m);
  }
  // "licences can never be transferred", "slots can't be swapped", "deposits are not refunded"
  const m = negModal(t, i);
  if (m > 0 && t[m]?.w === 'be' && WANTED_PASSIVE.has(t[m + 1]?.w ?? '')) return m + 2;
  if (COPULA.has(w) && NEVER_NOT.has(t[i + 1]?.w ?? '') && WANTED_PASSIVE.has(t[i + 2]?.w ?? '')) return i + 3;
  return -1;
}

/** Tags that close the door on any further ask: "…, end of story", "No exceptions." */
const FINALITY: readonly (readonly string[])[] = [
  ['end', 'of', 'story'],
  ['end', 'of', 'discussion'],
  ['end', 'of', 'conversation'],
  ['full', 'stop'],
  ['no', 'exceptions'],
  ['no', 'ifs'],
  ["that's", 'final'],
  ['and', 'that', 'is', 'final'],
  ['period'],
];

function finality(t: readonly Token[], i: number): number {
  for (const f of FINALITY) {
    const k = seq(t, i, f);
    // Only as a tag closing the sentence: "the period of the loan" is not one.
    if (k > 0 && k === t.length && (i === 0 || t[i - 1]!.w === ',' || f.length > 1)) return k;
  }
  return -1;
}

export function findRefusal(draft: string, sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    // "It will never happen again" promises; it does not refuse.
    if (/\bagain\b/.test(s.text)) continue;
    const t = s.tokens;
    // A rule as the subject makes it a policy move, which the rule reader names.
    if (t.some((x) => RULE_NOUN.has(x.w))) continue;
    for (let i = 0; i < t.length; i++) {
      const end = refusal(t, i);
      if (end < 0) continue;
      if (!guarded(draft, s, i, end)) {
        // Leading stance words ("Obviously, …") are another move; leave them to their own rule.
        let from = clauseStart(t, i);
        while (from < i && (LEADING.has(t[from]!.w) || t[from]!.w.endsWith('ly'))) from++;
        out.push({ ...span(t, from, Math.max(end, i + 1)), alternative: ABS_ALT });
      }
      break;
    }
  }
  // Finality tags close any sentence, refusal or not.
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const end = finality(t, i);
      if (end > 0 && !guarded(draft, s, i, end)) out.push({ ...span(t, i, end), alternative: ABS_ALT });
    }
  }
  return out;
}

const RULE_LEAD = words('under per by against');
const RULE_DET = words('our the company these those its their your my');
const RULE_ADVERB = words('clearly simply explicitly specifically strictly just only also very quite');

function restricts(t: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(t.length, from + 30); k++) {
    if (RESTRICT.has(t[k]!.w) || NEGATION.has(t[k]!.w)) return true;
    if ((t[k]!.w === 'have' || t[k]!.w === 'has') && t[k + 1]?.w === 'to') return true;
    if (t[k]!.w === 'rule' && t[k + 1]?.w === 'out') return true;
  }
  return false;
}

/** A colon within a few words after the rule noun: the rule then spelled out. */
function findColon(t: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(t.length, from + 5); k++) if (t[k]!.w === ':') return k;
  return -1;
}

function ruleAsReason(t: readonly Token[], i: number): number {
  if (!RULE_NOUN.has(t[i]!.w)) return -1;
  // "under our terms, …", "against the rules", "according to the policy"
  let d = i - 1;
  if (d >= 0 && RULE_DET.has(t[d]!.w)) d--;
  const lead = d >= 0 ? t[d]!.w : '';
  if (RULE_LEAD.has(lead) || (lead === 'to' && t[d - 1]?.w === 'according')) {
    return restricts(t, i + 1) || lead === 'against' ? i + 1 : -1;
  }
  // "Regulations are regulations.", "Policy is policy."
  if (words('is are').has(t[i + 1]?.w ?? '') && t[i + 2]?.w === t[i]!.w) return i + 3;
  // "House rules: dogs must leave by 6pm.", "It's in the contract you signed: no pets."
  const colon = findColon(t, i + 1);
  if (colon > 0) return restricts(t, colon + 1) ? clauseEnd(t, colon + 1) : -1;
  // "our terms clearly say …", "the regulations don't allow …", "the conditions of sale state …"
  let k = i + 1;
  if (seq(t, k, ['and', 'conditions']) > 0) k += 2;
  if (t[k]?.w === 'of') k += t[k + 1]?.w === 'the' ? 3 : 2;
  const verbFrom = k;
  while (k < verbFrom + 2 && RULE_ADVERB.has(t[k]?.w ?? '')) k++;
  if (!RULE_VERB.has(t[k]?.w ?? '')) return -1;
  return restricts(t, k) ? clauseEnd(t, k) : -1;
}

export function findRuleAsReason(draft: string, sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    if (GRANTS.test(s.text)) continue;
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const end = ruleAsReason(t, i);
      if (end < 0) continue;
      if (!guarded(draft, s, i, end)) {
        // "According to our guidelines" / "Under the terms" lead the span; otherwise the rule's clause does.
        let from = i;
        while (from > 0 && (RULE_DET.has(t[from - 1]!.w) || RULE_LEAD.has(t[from - 1]!.w))) from--;
        if (from > 1 && t[from - 1]!.w === 'to' && t[from - 2]!.w === 'according') from -= 2;
        if (from === i) from = clauseStart(t, i);
        out.push({ ...span(t, from, Math.max(end, clauseEnd(t, i))), alternative: POL_ALT });
      }
      break;
    }
  }
  return out;
}
