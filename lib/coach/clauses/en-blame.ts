import { clauseEnd, clauseStart, isEdge, type Sentence, seq, span, type Token, words } from './en-text';
import {
  ANIMATE,
  CONDITIONAL,
  FAILURE,
  FAULT_VERB,
  NEGATION,
  NEUTRAL_CAUSE_VERB,
  OFFER,
  PROBLEM_NOUN,
  REASSURE,
} from './en-words';
import type { ClauseHit } from './types';

// Blame is a causal link: a failure clause on one side, the customer as the doer on the other.
// "The battery died because you left it out", "You skipped the check-ups, so the filling failed".
// Without a failure outcome, "because you asked" and "you booked early, so you get a discount" stay clean.

const ALT = 'Here is what happened, and how we fix it:';
const CAUSE_MARK = words('because since as');
const CAUSE_PHRASE: readonly (readonly string[])[] = [
  ['because', 'of'],
  ['due', 'to'],
  ['thanks', 'to'],
  ['owing', 'to'],
];
/** Consequence connectives after a "you did X" clause. */
const CONSEQUENCE: readonly (readonly string[])[] = [
  ['which', 'is', 'why'],
  ['which', 'was', 'why'],
  ["that's", 'why'],
  ['that', 'is', 'why'],
  ['and', "that's", 'why'],
  ['and', 'so'],
  ['so'],
  ['hence'],
  ['no', 'wonder'],
  ['which', 'meant'],
  ['which', 'means'],
  ['which', 'caused'],
  ['and', 'then'],
];
/** "nobody was in", "no one answered" on the customer's side. */
const ABSENT = words('nobody noone');
const ABSENT_VERB = words('was were answered picked signed came responded replied opened collected showed turned');
const SOFTENER = words('just simply only still also probably clearly obviously actually then');
const BE_PAST = words('was were');
const BE_STATE = words("is are isn't aren't wasn't weren't");
/** What a customer's own thing can be called when it is blamed: "your router is ancient". */
const BAD_STATE = words(
  'old ancient outdated faulty broken incompatible cheap dirty wrong incorrect unsupported too invalid insufficient unpaid overdrawn',
);
/** After "because you": being, wanting and asking are reasons, not acts. */
const NOT_AN_ACT = words(
  "are were 're have had 've can could will would may might should need want wanted asked requested mentioned deserve told contacted paid chose",
);
/** "so naturally …", "so obviously …": the consequence presented as the customer's doing. */
const NATURALLY = words('naturally obviously inevitably predictably');
const LET_PAST = words('allowed left kept let');

// A named defect ("the stain set", "the crack spread") is a failure even with a neutral verb.
const isFailure = (w: string): boolean => FAILURE.has(w) || NEGATION.has(w) || PROBLEM_NOUN.has(w);
const isAdverb = (w: string): boolean => SOFTENER.has(w) || (w.length > 4 && w.endsWith('ly'));
const isPastVerb = (w: string): boolean =>
  !NEUTRAL_CAUSE_VERB.has(w) && (FAULT_VERB.has(w) || (w.length > 4 && w.endsWith('ed')));

function skipAdverbs(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && isAdverb(tokens[k]!.w)) k++;
  return k;
}

function hasFailure(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    if (isFailure(tokens[k]!.w)) return true;
    // "sent back", "bounced back"; a bare "back" ("you get it back") is good news.
    if (tokens[k]!.w === 'back' && words('sent bounced came').has(tokens[k - 1]?.w ?? '')) return true;
  }
  return false;
}

function conditionalBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = clauseStart(tokens, i); k < i; k++) if (CONDITIONAL.has(tokens[k]!.w)) return true;
  return false;
}

/**
 * "your dog was allowed …", "your son left …", "your router is ancient", "his card wasn't up to date":
 * the customer's side acted, or their thing is said to be at fault — not something that happened to it.
 */
function yourSideActed(tokens: readonly Token[], i: number): boolean {
  const end = Math.min(clauseEnd(tokens, i), i + 6);
  for (let k = i + 1; k < end; k++) {
    const w = tokens[k]!.w;
    if (BE_STATE.has(w)) {
      const next = tokens[k + 1]?.w ?? '';
      return BAD_STATE.has(next) || (w.endsWith("n't") && next !== 'delivered' && next !== 'sent');
    }
    if (BE_PAST.has(w)) return LET_PAST.has(tokens[k + 1]?.w ?? '');
    if (BAD_STATE.has(w)) return true;
    if (FAULT_VERB.has(w) && !NEGATION.has(w)) return true;
  }
  return false;
}

/** Manner words that say the customer's act was done wrong: "late", "without the hub", "incorrectly". */
const WRONGLY = words('late wrong wrongly incorrectly improperly carelessly without too twice early');

function doneWrongly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (WRONGLY.has(tokens[k]!.w)) return true;
  return false;
}

const LEFT_AS = words('dirty unlocked open unattended unpaid outside damaged empty');

function leftBadly(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8) - 2; k++) {
    if (BE_PAST.has(t[k]!.w) && t[k + 1]?.w === 'left' && LEFT_AS.has(t[k + 2]?.w ?? '')) return true;
  }
  return false;
}

function yoursFailed(t: readonly Token[], from: number, to: number): boolean {
  let yours = false;
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const w = t[k]!.w;
    if (w === 'your') yours = true;
    // Only a denial ("didn't match", "wasn't signed"): "your card expired" is news, not a fault.
    else if (yours && NEGATION.has(w)) return true;
    else if (w === 'we' || w === 'i' || w === 'our') return false;
  }
  return false;
}

/** Forms of "have" that start the customer's ongoing act: "you had the heater … running", "you've been feeding". */
const HAVE = words("had have 've you've you'd");
const YOU_SUBJECT = words("you you've you'd");
const NOT_ING = words('nothing something anything thing during morning evening ceiling building bring string king');
const isIng = (w: string): boolean => w.length > 4 && w.endsWith('ing') && !NOT_ING.has(w);

/**
 * "you had the heater, kettle and dryer all running", "you've been giving him scraps", "you'd left it charging":
 * having something going, or having been doing it, is an act even though "have" alone is not.
 */
function keptGoing(t: readonly Token[], from: number): number {
  let k = from;
  if (words('keep keeps kept').has(t[k]?.w ?? '') && isIng(t[k + 1]?.w ?? '')) return clauseEnd(t, k);
  if (t[k - 1]?.w !== "you've" && t[k - 1]?.w !== "you'd") {
    if (!HAVE.has(t[k]?.w ?? '')) return -1;
    k++;
  }
  if (t[k]?.w === 'been' && isIng(t[k + 1]?.w ?? '')) return clauseEnd(t, k);
  // "the treats you keep giving her"
  if (words('keep keeps kept').has(t[k]?.w ?? '') && isIng(t[k + 1]?.w ?? '')) return clauseEnd(t, k);
  // "you've kept him in", "you had ignored it": a perfect with the customer's own act.
  if (isPastVerb(t[k]?.w ?? '')) return clauseEnd(t, k);
  // A listed object may carry commas ("the heater, kettle and dryer"), so this look-ahead crosses them.
  for (let n = k; n < Math.min(t.length, k + 12); n++) {
    const x = t[n]!.w;
    if ((isIng(x) && t[n - 1]?.w !== 'for') || LEFT_AS.has(x)) return clauseEnd(t, n);
    if (words('because so but and').has(x) && t[n - 1]?.w === ',') return -1;
  }
  return -1;
}

/** Outcomes named as good news: the cause clause then explains a benefit. */
const BENEFIT = words(
  'upgraded discount discounted free faster quicker sooner earlier ahead priority bonus credit credited saved ' +
    'qualified approved refunded waived extra cheaper reward rewarded points eligible prioritised prioritized accepted ' +
    'confirmed full spotless',
);
const LESS = words('down lower reduced cut');
/** Money the customer pays: "your bill went down" is good news, unlike "the site went down". */
const COST = words('bill bills price prices cost costs rate rates premium premiums fee fees payment payments charges');

function benefitBefore(t: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 20); k < i; k++) {
    const x = t[k]!.w;
    if (BENEFIT.has(x)) return true;
    // "your bill went down", "the premium was reduced"; a pay-out reduced is a loss.
    if (LESS.has(x) && t.slice(Math.max(0, k - 4), k).some((y) => COST.has(y.w))) return true;
  }
  return false;
}
/** People as the subject of the outcome: "the vet called because you left your number" reports, it does not blame. */
const PERSON = words('engineer technician agent courier driver vet doctor nurse dentist team staff someone somebody');
const IRREGULAR_EVENT = words(
  'went came fell ran blew broke split shut cut sent got hit tore wore stuck bent burnt sank shrank froze spilt withheld kept held',
);

/**
 * The clause before "because" reports an event (a past verb, or "is peeling") that befell a thing, with no
 * benefit named and no person doing it.
 */
function befell(t: readonly Token[], i: number): boolean {
  let event = false;
  for (let k = Math.max(0, i - 20); k < i; k++) {
    const x = t[k]!.w;
    // "you" as the subject reports the customer's own act; "keeps logging you out" is something done to them.
    const prev = t[k - 1]?.w ?? ',';
    const subject = isEdge(prev) || words('and so but then').has(prev);
    if (PERSON.has(x) || ANIMATE.has(x) || (x === 'you' && subject) || x === 'we' || x === 'i') return false;
    if (x.endsWith('ed') || IRREGULAR_EVENT.has(x)) event = true;
    if (words('is are keeps kept').has(x) && isIng(t[k + 1]?.w ?? '')) event = true;
  }
  return event;
}

/** "<failure> because you …" and "<failure> due to your …"; "after you …" only when the outcome is a failure. */
function causeAfterFailure(s: Sentence, helpsAfter: boolean, out: ClauseHit[]): void {
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    let after = -1;
    if (CAUSE_MARK.has(t[i]!.w)) after = i + 1;
    else if (t[i]!.w === 'after' && t[i + 1]?.w === 'you' && hasFailure(t, i - 30, i)) after = i + 1;
    else
      for (const p of CAUSE_PHRASE) {
        const k = seq(t, i, p);
        if (k > 0 && t[k]?.w === 'your') after = k;
      }
    if (after < 0) continue;
    // "not because you did anything wrong" exonerates.
    if (NEGATION.has(t[i - 1]!.w)) continue;
    let who = skipAdverbs(t, after);
    if (t[who]?.w === 'no' && t[who + 1]?.w === 'one') who++;
    const w = t[who]?.w === 'one' && t[who - 1]?.w === 'no' ? 'noone' : t[who]?.w;
    let blamed = false;
    // After "because", "you" + any verb is the customer acting; only being, wanting and asking are not acts.
    // "because you only requested it yesterday": the minimiser makes even a neutral act the fault.
    // The span runs to the end of the act, past the commas of a listed object.
    let actEnd = clauseEnd(t, who);
    if (w === 'you') {
      const going = keptGoing(t, who + 1);
      if (going > 0) actEnd = Math.max(actEnd, going);
      // "because you were grinding your teeth": an ongoing act, though "were" alone is being, not doing.
      const doing = words('were are').has(t[who + 1]?.w ?? '') && isIng(t[who + 2]?.w ?? '');
      blamed =
        t[who + 1]?.w === 'only' || !NOT_AN_ACT.has(t[skipAdverbs(t, who + 1)]?.w ?? 'are') || going > 0 || doing;
    } else if (w === "you've" || w === "you'd") {
      const going = keptGoing(t, who + 1);
      actEnd = Math.max(actEnd, going);
      blamed = going > 0;
    }
    // "because nobody was in when the engineer called": the customer's absence as the cause.
    // ("nobody else has reported it" compares; it does not name an absence.)
    else if (
      ABSENT.has(w ?? '') &&
      ABSENT_VERB.has(t[who + 1]?.w ?? '') &&
      !t.slice(who, clauseEnd(t, who)).some((x) => x.w === 'we' || x.w === 'i')
    ) {
      out.push({ ...span(t, i, clauseEnd(t, who)), alternative: ALT });
      continue;
    } else if (w === 'your' || w === 'his' || w === 'her' || w === 'their') {
      blamed = after > i + 1 || yourSideActed(t, who);
    }
    // "because the flat was left dirty": the state the customer left things in.
    // The state is the fault itself, so no failure outcome is needed ("your deposit was kept because …").
    if (!blamed && w !== 'you' && leftBadly(t, who, clauseEnd(t, who))) {
      out.push({ ...span(t, i, clauseEnd(t, who)), alternative: ALT });
      continue;
    }
    // "because the name on your doorbell didn't match": the customer's thing, failing, as the cause.
    if (!blamed && w !== 'you') blamed = yoursFailed(t, who, clauseEnd(t, who));
    if (!blamed) continue;
    // "because you returned the car late" blames through the manner even when the outcome sounds neutral.
    // An open outcome ("your order was split", "the breaker tripped") counts when it is an event that befell
    // the customer's side and no benefit is named; "upgraded because you booked early" rewards.
    // An open outcome must carry the sentence's point: the cause closes it and nothing is offered after
    // ("…, and it will arrive tomorrow" or a fix in the next sentence explains on the way to helping).
    const open = YOU_SUBJECT.has(w ?? '') && !helpsAfter && actEnd >= t.length && befell(t, i);
    const wrongly = doneWrongly(t, who + 1, clauseEnd(t, who));
    if (!hasFailure(t, i - 30, i) && !wrongly && !open) continue;
    // "Your deposit was returned in full because you left the flat spotless" explains a benefit.
    if (!wrongly && benefitBefore(t, i)) continue;
    out.push({ ...span(t, i, actEnd), alternative: ALT });
  }
}

/** "You skipped the check-ups, so of course the filling failed." */
function youThenConsequence(s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.w !== 'you') continue;
    // Only "you" as the subject at a clause start: not "for you", "thank you".
    const prev = t[i - 1]?.w;
    if (prev !== undefined && !isEdge(prev) && !words('look well honestly and but').has(prev)) continue;
    if (conditionalBefore(t, i)) continue;
    const verb = skipAdverbs(t, i + 1);
    if (!isPastVerb(t[verb]?.w ?? '')) continue;
    for (let k = verb + 1; k < t.length && k < verb + 25; k++) {
      let next = -1;
      for (const c of CONSEQUENCE) {
        next = seq(t, k, c);
        if (next > 0) break;
      }
      if (next < 0) continue;
      const effectEnd = clauseEnd(t, next);
      if (seq(t, next, ['of', 'course']) > 0 || NATURALLY.has(t[next]?.w ?? '') || hasFailure(t, next, effectEnd)) {
        out.push({ ...span(t, i, effectEnd), alternative: ALT });
      }
      break;
    }
  }
}

const TOLD = words('told advised warned asked instructed reminded');

/** "like we told you to", "as we advised you": the failure framed as the customer not doing as told. */
function asWeToldYou(s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (w !== 'like' && w !== 'as') continue;
    const k = seq(t, i + 1, [words('we i'), TOLD, 'you']);
    if (k < 0) continue;
    // Only as the reason something failed, not "as we told you on the phone, the refund is on its way".
    if (!hasFailure(t, 0, i)) continue;
    out.push({ ...span(t, i, clauseEnd(t, k)), alternative: ALT });
  }
}

/** "the wait is on you", "that one's on you": responsibility placed with the customer. */
function onYou(s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.w !== 'on' || t[i + 1]?.w !== 'you') continue;
    const next = t[i + 2]?.w;
    if (next !== undefined && next !== ',' && next !== 'to') continue;
    const be = t[i - 1]!.w;
    const copula = be === 'is' || be === 'was' || (be.endsWith("'s") && be !== "let's");
    if (!copula) continue;
    // "this isn't on you" reassures.
    if (t.slice(Math.max(0, i - 3), i).some((x) => NEGATION.has(x.w) || x.w.endsWith("n't"))) continue;
    out.push({ ...span(t, clauseStart(t, i), i + 2), alternative: ALT });
  }
}

const RESULT_VERB = words('broke caused damaged ruined killed did made cracked blocked');
const NOT_DONE_BY_YOU = words("never didn't");
const EXPERIENCE = words('received got heard saw had needed wanted get receive hear see have need want miss missed');

/** "You overfilled it; that's what broke the drum." — the next sentence names the customer's act as the cause. */
function thatsWhat(prev: Sentence | undefined, s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  const k = seq(t, 0, [words("that's this"), ...(t[0]?.w === 'this' ? ['is'] : []), 'what']);
  if (k < 0 || !RESULT_VERB.has(t[k]?.w ?? '')) return;
  if (prev?.tokens[0]?.w !== 'you' || !isPastVerb(prev.tokens[skipAdverbs(prev.tokens, 1)]?.w ?? '')) return;
  out.push({ ...span(t, 0, t.length), alternative: ALT });
}

/** "You clearly never tested the backup": an omission laid at the customer's door. */
function youNever(s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  if (t[0]?.w !== 'you') return;
  const adv = skipAdverbs(t, 1);
  if (!NOT_DONE_BY_YOU.has(t[adv]?.w ?? '')) return;
  const verb = t[adv + 1]?.w ?? '';
  // "You never received the email" reports what happened to the customer; only an act of theirs is blamed.
  const stressed = adv > 1;
  if (EXPERIENCE.has(verb) || !(stressed || (t[adv]!.w === 'never' && verb.endsWith('ed')))) return;
  out.push({ ...span(t, 0, clauseEnd(t, adv + 1)), alternative: ALT });
}

const SOURCE_LEAD = words('from by via through');

/**
 * "got the virus from a link you clicked", "the upset stomach is almost certainly from the table scraps you've
 * been giving him", "the rattle is probably down to the cheap cables you fitted": the customer's act inside a
 * relative clause as the source.
 */
function fromWhatYouDid(s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    let det = -1;
    if (SOURCE_LEAD.has(t[i]!.w)) det = i + 1;
    else if (t[i]!.w === 'down' && t[i + 1]?.w === 'to') det = i + 2;
    if (det < 0 || !words('a an the that those these all').has(t[det]?.w ?? '')) continue;
    let you = -1;
    for (let k = det + 2; k < Math.min(clauseEnd(t, det), det + 6); k++) {
      if (YOU_SUBJECT.has(t[k]!.w)) {
        you = k;
        break;
      }
    }
    if (you < 0) continue;
    const going = keptGoing(t, you + 1);
    const acted = t[you]!.w === 'you' ? isPastVerb(t[you + 1]?.w ?? '') || going > 0 : going > 0;
    // Only a named problem has a source to blame: "your parcel is from the shop you ordered from" is news.
    if (!acted || !hasFailure(t, 0, i)) continue;
    out.push({ ...span(t, i, Math.max(clauseEnd(t, you + 1), going)), alternative: ALT });
  }
}

/** "If you'd scrolled down, you'd have found the answer": the counterfactual as a reproach. */
function ifYouHad(s: Sentence, out: ClauseHit[]): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.w !== 'if') continue;
    const had = t[i + 1]?.w === "you'd" ? i + 2 : seq(t, i + 1, ['you', 'had']);
    if (had < 0 || !(t[had]?.w ?? '').endsWith('ed')) continue;
    for (let k = had + 1; k < Math.min(t.length, had + 14); k++) {
      const w = t[k]!.w;
      const would = (w === "you'd" || w === "it'd" || w === "we'd") && t[k + 1]?.w === 'have';
      if (would || (w === 'would' && t[k + 1]?.w === 'have')) {
        out.push({ ...span(t, i, clauseEnd(t, k)), alternative: ALT });
        return;
      }
    }
  }
}

export function findCustomerAsCause(sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  // The last sentence where the agent offers or does something: blame before it is on the way to a fix.
  let lastOffer = -1;
  for (let n = 0; n < sentences.length; n++) if (OFFER.test(sentences[n]!.text)) lastOffer = n;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    if (s.question || REASSURE.test(s.text)) continue;
    thatsWhat(sentences[n - 1], s, out);
    youNever(s, out);
    ifYouHad(s, out);
    fromWhatYouDid(s, out);
    causeAfterFailure(s, n <= lastOffer, out);
    youThenConsequence(s, out);
    asWeToldYou(s, out);
    onYou(s, out);
  }
  return out;
}
