import { clauseEnd, clauseStart, lastMatchAt, type Sentence, seq, span, type Token, words } from './en-text';
import { AGENT_ANY, AGENT_SUBJECT, NEGATION, OFFER, RESPONSIBILITY, THIRD_PARTY } from './en-words';
import type { ClauseHit } from './types';

// Deflection puts the failure with somebody else: "isn't on us", "the courier's problem", "set by the
// underwriters; I just pass them on". (A failure with nobody named is en-no-owner.ts.)

const DEF_ALT = "Let me take this up for you, and I'll tell you what happens next.";

const LEAD = words('so and but which because since as');
const OWNER_PRON = words('us me');
const MINIMISER = words('just only merely simply');
const CONDUIT = words('pass relay forward follow enforce apply quote read send deliver process handle do work');
const CONDUIT_ING = words('passing relaying forwarding following enforcing applying quoting doing');
const MESSENGER = words('messenger middleman go-between');
/** Roles that stay outside parties even as "our …": "our supplier", unlike "our warehouse team". */
const OUTSIDE_ROLE = words(
  'supplier suppliers partner partners courier couriers carrier carriers contractor contractors provider providers vendor vendors manufacturer insurer underwriter underwriters landlord',
);
const SETTER = words(
  'set calculated decided determined controlled handled made priced issued managed run fixed chosen assessed approved dictated imposed caused',
);
/** An outside party as the one who decides: "the admissions panel makes that call". */
const DECIDES = words(
  'makes decides sets handles controls runs owns approves determines chooses set decided made chose',
);
const CONTROL = words('control say influence authority power sway input involvement');
const NOT_ADJ = words("isn't wasn't aren't weren't not");

/** Clause start, skipping a leading connective so the span reads as the agent's claim. */
function claimStart(tokens: readonly Token[], i: number): number {
  let k = clauseStart(tokens, i);
  while (k < i && LEAD.has(tokens[k]!.w)) k++;
  return k;
}

function offerAfter(draft: string, from: number): boolean {
  return lastMatchAt(draft, OFFER) >= from;
}

/** "isn't on us", "wasn't on me": responsibility denied by name. */
function notOnUs(t: readonly Token[], i: number): number {
  if (!NOT_ADJ.has(t[i]!.w) && !(t[i]!.w === 'not' && t[i - 1]?.w.endsWith("'s"))) return -1;
  let k = i + 1;
  if (words('really exactly strictly').has(t[k]?.w ?? '')) k++;
  // "isn't on us", "isn't on our side"; "that's on us" (no negation) owns it and never reaches here.
  const on = seq(t, k, ['on', OWNER_PRON]);
  if (on > 0) return on;
  const side = seq(t, k, ['on', words('our my'), words('side end part')]);
  if (side > 0) return side;
  // "isn't something we handle", "not something I deal with"
  const thing = seq(t, k, ['something', words('we i'), words('handle handles deal cover control manage look')]);
  if (thing > 0) return thing;
  // "not really our department", "isn't my call"
  return seq(t, k, [words('our my'), RESPONSIBILITY]);
}

/** "we have no control over", "I have no say in", "we don't control", "the school has no say in". */
function noControl(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // The agent's own organisation named as a body ("the school", "our gym") disclaims like "we".
  if (words('the our this').has(t[i - 1]?.w ?? '') && words('has have had').has(t[i + 1]?.w ?? '')) {
    const k = seq(t, i + 1, [words('has have had'), words('no zero'), CONTROL]);
    return k > 0 ? k : seq(t, i + 1, [words('has have had'), words('no zero'), 'real', CONTROL]);
  }
  if (!AGENT_SUBJECT.has(w)) return -1;
  let k = seq(t, i + 1, ['have', 'no', CONTROL]);
  if (k < 0) k = seq(t, i + 1, [words("don't can't cannot"), 'control']);
  if (k < 0 && (t[i]!.w === "i've" || t[i]!.w === "we've")) k = seq(t, i + 1, ['no', CONTROL]);
  if (k < 0 && t[i]!.w === 'we' && t[i + 1]?.w === 'had') k = seq(t, i + 2, ['no', CONTROL]);
  return k;
}

const BY_THE_BOOK = words('right correctly properly perfectly');
const FAULT_NOUN = words('fault error mistake mistakes errors problem problems issue issues');
const OUR_SIDE = words('side end part');
const WENT_WRONG = words('went was is has had');

/**
 * "nothing on our side went wrong", "there was no error on our end", "we did nothing wrong":
 * the agent's side cleared by its own word, which leaves the failure with the customer or someone else.
 */
function clearedOurselves(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // "we did nothing wrong", "we've done nothing wrong", "we didn't do anything wrong", "our team made no mistake",
  // "our engineers did everything by the book"
  const ourBody = w === 'our' && /^[a-z]+$/.test(t[i + 1]?.w ?? '') && t[i + 1]!.w.length > 2;
  const who = ourBody ? i + 2 : AGENT_SUBJECT.has(w) ? i + 1 : -1;
  if (who > 0) {
    let k = who;
    if (words('have has').has(t[k]?.w ?? '')) k++;
    if (words('honestly really genuinely').has(t[k]?.w ?? '')) k++;
    const all = seq(t, k, [words('did done followed'), 'everything']);
    if (all > 0 && (BY_THE_BOOK.has(t[all]?.w ?? '') || seq(t, all, ['by', 'the', 'book']) > 0)) {
      return clauseEnd(t, all);
    }
    const did = seq(t, k, [words('did done'), 'nothing', 'wrong']);
    if (did > 0) return did;
    const didnt = seq(t, k, [words("didn't haven't hasn't"), words('do done'), 'anything', 'wrong']);
    if (didnt > 0) return didnt;
    return seq(t, k, ['made', 'no', FAULT_NOUN]);
  }
  // "Nobody here did anything wrong", "no one on our side made a mistake": the agent's people cleared.
  if (w === 'nobody' || (w === 'no' && t[i + 1]?.w === 'one')) {
    let k = w === 'no' ? i + 2 : i + 1;
    if (t[k]?.w === 'here') k++;
    else if (seq(t, k, [words('on at in'), words('our my'), words('side end team part')]) > 0) k += 3;
    else return -1;
    const did = seq(t, k, ['did', words('anything something'), 'wrong']);
    if (did > 0) return did;
    return seq(t, k, ['made', words('a any'), words('mistake error mistakes errors')]);
  }
  // "The fault lies entirely with the manufacturer", "responsibility rests with the courier"
  if (words('fault blame responsibility problem issue').has(w) && words('lies lay rests sits').has(t[i + 1]?.w ?? '')) {
    let k = i + 2;
    while (k < i + 4 && words('entirely squarely solely wholly firmly').has(t[k]?.w ?? '')) k++;
    if (t[k]?.w === 'with' && !AGENT_ANY.has(t[k + 1]?.w ?? '') && !words('you your').has(t[k + 1]?.w ?? '')) {
      return clauseEnd(t, k);
    }
  }
  // "it is really their call", "that's entirely their responsibility"
  if ((words('is was').has(w) && words('it that this').has(t[i - 1]?.w ?? '')) || words("it's that's").has(w)) {
    let k = i + 1;
    while (k < i + 3 && words('really entirely completely ultimately wholly solely').has(t[k]?.w ?? '')) k++;
    if (t[k]?.w === 'their' && RESPONSIBILITY.has(t[k + 1]?.w ?? '')) return k + 2;
  }
  // "there is nothing for us to apologise for": the agent's side declared to owe nothing.
  if (w === 'nothing' && seq(t, i + 1, ['for', words('us me'), 'to', words('apologise apologize answer')]) > 0) {
    return clauseEnd(t, i + 4);
  }
  // "There is nothing we could have done differently": hindsight used to clear the agent's side.
  if (w === 'nothing' && words('we i').has(t[i + 1]?.w ?? '') && words('could would').has(t[i + 2]?.w ?? '')) {
    const k = seq(t, i + 3, ['have', words('done changed handled prevented avoided')]);
    if (k > 0) return clauseEnd(t, k);
  }
  if (w !== 'nothing' && !(w === 'no' && FAULT_NOUN.has(t[i + 1]?.w ?? ''))) return -1;
  const end = Math.min(clauseEnd(t, i), i + 12);
  let ours = false;
  let wrong = w === 'no';
  for (let k = i + 1; k < end; k++) {
    const x = t[k]!.w;
    // "on your side" or "with your card" reassures the customer; only the agent's own side is cleared.
    if (words('your you').has(x)) return -1;
    if (words('our my').has(x) && (OUR_SIDE.has(t[k + 1]?.w ?? '') || t[k - 1]?.w === 'with')) ours = true;
    if (x === 'wrong' && WENT_WRONG.has(t[k - 1]?.w ?? '')) wrong = true;
    if (x === 'wrong' && t[k - 1]?.w === 'nothing') wrong = true;
    if (x === 'wrong' && t[k + 1]?.w === 'with') wrong = true;
  }
  return ours && wrong ? end : -1;
}

/** "I just pass them on", "I'm only the messenger", "we simply follow what they send". */
function conduit(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if ((w === 'i' || w === 'we') && MINIMISER.has(t[i + 1]?.w ?? '') && CONDUIT.has(t[i + 2]?.w ?? '')) {
    return clauseEnd(t, i + 2);
  }
  if ((w === "i'm" || w === "we're") && MINIMISER.has(t[i + 1]?.w ?? '')) {
    if (CONDUIT_ING.has(t[i + 2]?.w ?? '')) return clauseEnd(t, i + 2);
    if (t[i + 2]?.w === 'the' && MESSENGER.has(t[i + 3]?.w ?? '')) return i + 4;
  }
  return -1;
}

/** "that's the courier's problem", "it's the bank's call". */
function theirProblem(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if (!w.endsWith("'s") || !THIRD_PARTY.has(w.slice(0, -2))) return -1;
  if (!RESPONSIBILITY.has(t[i + 1]?.w ?? '')) return -1;
  // "This isn't the courier's fault — it's ours" owns it.
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATION.has(t[k]!.w)) return -1;
  return i + 2;
}

const HANDOFF = words('sort fix decide handle answer deal resolve explain look investigate');
const QUESTION_NOUN = words('question matter one issue problem');

/** "for the developer to sort out", "a question for the insurer": the task handed to an outside party. */
function forThem(t: readonly Token[], i: number): number {
  if (t[i]!.w !== 'for') return -1;
  let k = i + 1;
  if (t[k]?.w === 'the' || t[k]?.w === 'your') k++;
  const who = t[k]?.w ?? '';
  if (!THIRD_PARTY.has(who) && !(who.endsWith("'s") && THIRD_PARTY.has(who.slice(0, -2)))) return -1;
  if (t[k + 1]?.w === 'to' && HANDOFF.has(t[k + 2]?.w ?? '')) return clauseEnd(t, k);
  if (QUESTION_NOUN.has(t[i - 1]?.w ?? '')) return k + 1;
  return -1;
}

/** "that's on them", "that's on the venue": the failure placed with an outside party. */
function onThem(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if (!(w === 'is' || w === 'was' || (w.endsWith("'s") && w !== "let's"))) return -1;
  if (t[i + 1]?.w !== 'on') return -1;
  if (t[i + 2]?.w === 'them') return i + 3;
  if (t[i + 2]?.w === 'the' && THIRD_PARTY.has(t[i + 3]?.w ?? '')) return i + 4;
  // "on the airport's side"
  const owner = t[i + 3]?.w ?? '';
  if (t[i + 2]?.w === 'the' && owner.endsWith("'s") && THIRD_PARTY.has(owner.slice(0, -2))) {
    return words('side end').has(t[i + 4]?.w ?? '') ? i + 5 : -1;
  }
  return -1;
}

/** "we only bake what the app sends us", "I can only do what the system allows": the agent as a mere conduit. */
function onlyWhatTheySay(t: readonly Token[], i: number): number {
  if (!MINIMISER.has(t[i]!.w) || i === 0) return -1;
  let k = i + 1;
  if (!/^[a-z]+$/.test(t[k]?.w ?? '') || t[k + 1]?.w !== 'what') return -1;
  k += 2;
  const who = t[k]?.w ?? '';
  if (who === 'the' || who === 'they' || who === "they're") return clauseEnd(t, k);
  return -1;
}

/** "…, not from us", "…, not with our firm" closing the sentence; "sits with the registry". */
function notFromUs(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if (words('sits lies rests').has(w) && t[i + 1]?.w === 'with' && t[i + 2]?.w === 'the') return clauseEnd(t, i);
  if (w !== 'not' || t[i - 1]?.w !== ',') return -1;
  let k = words('from by with').has(t[i + 1]?.w ?? '') ? i + 2 : i + 1;
  if (t[k]?.w === 'our' || t[k]?.w === 'my') k++;
  return (OWNER_PRON.has(t[k]?.w ?? '') || t[k - 1]?.w === 'our' || t[k - 1]?.w === 'my') && k + 1 === t.length
    ? k + 1
    : -1;
}

/** "the warehouse team dropped the ball, not customer service"; "the developer would be the one to ask". */
function pointsElsewhere(t: readonly Token[], i: number): number {
  const named = (to: number) => t.slice(0, to).some((x) => THIRD_PARTY.has(x.w));
  if (t[i]!.w === 'not' && t[i - 1]?.w === ',' && t.length - i <= 4 && named(i)) return t.length;
  // "the ticketing company runs that, we don't"
  if (
    words('we i').has(t[i]!.w) &&
    t[i - 1]?.w === ',' &&
    words("don't didn't").has(t[i + 1]?.w ?? '') &&
    i + 2 === t.length
  ) {
    if (named(i)) return i + 2;
  }
  if (seq(t, i, ['the', words('one ones person people'), 'to', words('ask contact speak')]) > 0 && named(i)) {
    return i + 4;
  }
  return -1;
}

/** "complaints go to her directly", "we followed the landlord's instructions to the letter", "a known issue with the maker's firmware". */
function elsewhereOrByTheBook(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if (words('go goes').has(w) && t[i + 1]?.w === 'to' && words('her him them').has(t[i + 2]?.w ?? '')) {
    return t[i + 3]?.w === 'directly' ? i + 4 : i + 3;
  }
  if ((w === 'we' || w === 'i') && t[i + 1]?.w === 'followed') {
    const end = clauseEnd(t, i);
    for (let k = i + 2; k < Math.min(end, i + 14); k++) {
      if (seq(t, k, ['to', 'the', 'letter']) > 0) return k + 3;
      if (words('exactly correctly properly').has(t[k]!.w)) return k + 1;
    }
  }
  if (w === 'known' && words('issue problem fault bug').has(t[i + 1]?.w ?? '') && t[i + 2]?.w === 'with') {
    const owner = t[i + 4]?.w ?? '';
    if (t[i + 3]?.w === 'the' && owner.endsWith("'s") && THIRD_PARTY.has(owner.slice(0, -2))) return clauseEnd(t, i);
  }
  return -1;
}

/** "your phone is your own problem", "I'm not the person to ask". */
function yourOwnProblem(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if (w === 'your' && (t[i + 1]?.w === 'own' || isCopulaToken(t[i - 1]?.w ?? ''))) {
    const k = t[i + 1]?.w === 'own' ? i + 2 : i + 1;
    if (!words('problem responsibility concern lookout').has(t[k]?.w ?? '')) return -1;
    for (let j = Math.max(0, i - 3); j < i; j++) if (NEGATION.has(t[j]!.w) || t[j]!.w.endsWith("n't")) return -1;
    return k + 1;
  }
  if ((w === "i'm" || w === 'i') && seq(t, w === 'i' ? i + 1 : i, [...(w === 'i' ? ['am'] : []), 'not', 'the']) > 0) {
    const k = seq(t, w === 'i' ? i + 1 : i, [...(w === 'i' ? ['am'] : []), 'not', 'the']);
    const n = t[k]?.w === 'right' ? k + 1 : k;
    if (words('person one team').has(t[n]?.w ?? '') && words('to for who').has(t[n + 1]?.w ?? ''))
      return clauseEnd(t, n);
  }
  return -1;
}

const isCopulaToken = (w: string): boolean => words("is was are were it's that's").has(w) || w.endsWith("'s");

const GOOD_NEWS_WORD = words('good great news approval approved refund offer discount');
const SOURCE_WORD = words('system end side doing');
const SPEAK = words('speak comment answer');
const EXTERNAL = words('outsourced subcontracted external');
const PASS_VERB = words('gives give sends send tells tell provides provide allows allow lets let');

/** "came from your employer's system", "comes from the bank's side": the fault sourced elsewhere. */
function cameFrom(t: readonly Token[], i: number): number {
  if (!words('came come comes originated').has(t[i]!.w)) return -1;
  const from = words('straight directly').has(t[i + 1]?.w ?? '') ? i + 2 : i + 1;
  if (t[from]?.w !== 'from') return -1;
  // "came from the bank's side", or with no article: "came from head office" (but good news may come from anyone)
  const bare = words('head management hq corporate upstairs').has(t[from + 1]?.w ?? '');
  if (!bare && !words('the your').has(t[from + 1]?.w ?? '')) return -1;
  if (t.slice(Math.max(0, i - 6), i).some((x) => GOOD_NEWS_WORD.has(x.w))) return -1;
  const first = bare ? from + 1 : from + 2;
  for (let k = first; k < Math.min(t.length, from + 5); k++) {
    const w = t[k]!.w;
    if (AGENT_ANY.has(w)) return -1;
    if (THIRD_PARTY.has(w) || (w.endsWith("'s") && THIRD_PARTY.has(w.slice(0, -2)))) return clauseEnd(t, k);
    if (SOURCE_WORD.has(w) && t[k - 1]!.w.endsWith("'s")) return k + 1;
  }
  return -1;
}

/** "I can't speak for them", "is outsourced": the agent disowns the part of the service that failed. */
function notOurs(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  if (words('i we').has(w) && words("can't cannot").has(t[i + 1]?.w ?? '') && SPEAK.has(t[i + 2]?.w ?? '')) {
    return clauseEnd(t, i);
  }
  if (words('is are was were').has(w) && EXTERNAL.has(t[i + 1]?.w ?? '')) return i + 2;
  return -1;
}

/** "we can only work with the information the insurer gives us". */
function onlyTheirInput(t: readonly Token[], i: number): number {
  if (!words('we i').has(t[i]!.w)) return -1;
  let k = i + 1;
  if (words('can could').has(t[k]?.w ?? '')) k++;
  if (!MINIMISER.has(t[k]?.w ?? '')) return -1;
  const end = clauseEnd(t, k);
  for (let j = k + 1; j < Math.min(end, k + 10); j++) {
    if ((THIRD_PARTY.has(t[j]!.w) || t[j]!.w === 'they') && PASS_VERB.has(t[j + 1]?.w ?? '')) return end;
  }
  return -1;
}

/** "between you and them", "between you and the bank": the agent steps out of the dispute. */
function betweenYouAndThem(t: readonly Token[], i: number): number {
  if (t[i]!.w !== 'between' || t[i + 1]?.w !== 'you' || t[i + 2]?.w !== 'and') return -1;
  const who = t[i + 3]?.w ?? '';
  if (who === 'them' || who === 'they') return i + 4;
  if ((who === 'the' || who === 'your') && THIRD_PARTY.has(t[i + 4]?.w ?? '')) return i + 5;
  return -1;
}

/** "We don't run the printers, the council does": a denial with the outside party named as the doer. */
function theyDo(t: readonly Token[], i: number): number {
  if (t[i]!.w !== 'the' || !THIRD_PARTY.has(t[i + 1]?.w ?? '')) return -1;
  if (!words('does do did').has(t[i + 2]?.w ?? '') || i + 3 < t.length) return -1;
  for (let k = 0; k < i; k++) if (NEGATION.has(t[k]!.w) || t[k]!.w.endsWith("n't")) return i + 3;
  return -1;
}

/** "Renewal prices are calculated by the underwriters": the decision is placed with an outside party. */
function setByThem(t: readonly Token[], i: number): number {
  // "The admissions panel makes that call", "the venue sets the rules"
  // ("Our company sets the prices" is the agent's side speaking, not a hand-off.)
  const before = i === 0 ? '' : t[i - 1]!.w;
  if (
    THIRD_PARTY.has(t[i]!.w) &&
    DECIDES.has(t[i + 1]?.w ?? '') &&
    !NEGATION.has(before) &&
    !words('our my').has(before)
  ) {
    return clauseEnd(t, i);
  }
  if (!SETTER.has(t[i]!.w) || t[i + 1]?.w !== 'by') return -1;
  for (let k = i + 2; k < Math.min(t.length, i + 6); k++) {
    if (THIRD_PARTY.has(t[k]!.w)) return k + 1;
    // "imposed by our supplier" still names an outside party; "set by our team" does not.
    if (AGENT_ANY.has(t[k]!.w) && !(t[k]!.w === 'our' && OUTSIDE_ROLE.has(t[k + 1]?.w ?? ''))) return -1;
  }
  return -1;
}

export function findDeflection(draft: string, sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    if (s.question) continue;
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      let end = notOnUs(t, i);
      if (end < 0) {
        end = theirProblem(t, i);
        if (end < 0) end = noControl(t, i);
        if (end < 0) end = clearedOurselves(t, i);
        if (end < 0) end = conduit(t, i);
        if (end < 0) end = setByThem(t, i);
        if (end < 0) end = forThem(t, i);
        if (end < 0) end = betweenYouAndThem(t, i);
        if (end < 0) end = onThem(t, i);
        if (end < 0) end = notFromUs(t, i);
        if (end < 0) end = cameFrom(t, i);
        if (end < 0) end = notOurs(t, i);
        if (end < 0) end = onlyTheirInput(t, i);
        if (end < 0) end = yourOwnProblem(t, i);
        if (end < 0) end = pointsElsewhere(t, i);
        if (end < 0) end = elsewhereOrByTheBook(t, i);
        if (end < 0) end = onlyWhatTheySay(t, i);
        if (end < 0 && i > 0) end = theyDo(t, i);
        if (end > 0 && t[end - 1]?.w === 'does' && end === t.length && THIRD_PARTY.has(t[end - 2]?.w ?? '')) {
          // The whole contrast is the move: "The library doesn't run the printers, the council does".
          if (!offerAfter(draft, t[i]!.start)) out.push({ ...span(t, 0, end), alternative: DEF_ALT });
          break;
        }
        // A named outside party is fine when the agent then acts: "set by the passport office, but I've flagged it".
        if (end > 0 && offerAfter(draft, t[i]!.start)) end = -1;
      }
      if (end < 0) continue;
      out.push({ ...span(t, claimStart(t, i), Math.max(end, clauseEnd(t, i))), alternative: DEF_ALT });
      i = end;
    }
  }
  return out;
}
