import { clauseEnd, clauseStart, type Sentence, seq, span, type Token, words } from './en-text';
import {
  AGENT_SUBJECT,
  ANIMATE,
  FEELING_VERB,
  INTERJECTION,
  MOCK_PRAISE,
  NOTICE_VERB,
  OFFER,
  ONLY,
  ORDINAL,
  OTHERS,
  PEOPLE,
  PROBLEM_NOUN,
  SAID,
  SHRINK,
  SMALL,
  TIMES,
} from './en-words';
import type { ClauseHit } from './types';

// Dismissal shrinks the problem ("it's hardly a disaster", "only a little sensitivity"), holds others up
// as the norm ("most patients wouldn't even mention it"), or turns a repeat into a reproach ("for the third
// time", "as I've explained twice already"). Sarcasm says praise or sympathy and means the opposite.

const SHRINK_ALT = 'I understand why this matters to you.';
const REPEAT_ALT = 'To make this easier to find:';
const SARCASM_ALT = "I'm sorry this happened — here is what I can do.";

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
  // "most patients wouldn't even mention it", "most people manage to read it without any trouble"
  if (OTHERS.has(w) && PEOPLE.has(t[i + 1]?.w ?? '')) {
    if (NOTICE_NEG.has(t[i + 2]?.w ?? '')) {
      const v = t[i + 3]?.w === 'even' ? i + 4 : i + 3;
      if (NOTICE_VERB.has(t[v]?.w ?? '')) return clauseEnd(t, v);
    }
    if (words('manage managed cope coped').has(t[i + 2]?.w ?? '')) return clauseEnd(t, i + 2);
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

const AS_FILLER = words("i we i've we've i'd we'd have had has been was already previously also clearly before");
const AGENT_PERFECT = words("i've we've");
const KEEP_SAYING = words('saying telling repeating explaining mentioning');
const AS_FILLER_AGAIN = words('already previously before');
const AGAIN_MARK = words('before earlier previously already above twice');
const SAID_OBJECT = words('this that it you');

function repeated(t: readonly Token[], i: number, acts: boolean): number {
  const w = t[i]!.w;
  // "for the third time", "for the umpteenth time"
  if (w === 'for') {
    const k = seq(t, i + 1, ['the', ORDINAL, 'time']);
    if (k > 0) return k;
  }
  // "Once again, …" / "Again, …" opening a statement.
  if (i === 0) {
    const k = w === 'once' || w === 'yet' ? 1 : 0;
    if (t[k]?.w === 'again' && words(', : — –').has(t[k + 1]?.w ?? '')) return k + 1;
    if (seq(t, 0, ['once', 'more']) > 0 && words(', : — –').has(t[2]?.w ?? '')) return 2;
  }
  // "as already mentioned", "as I've explained twice already" — the agent's own earlier words, not "as you said".
  if (w === 'as' && i === clauseStart(t, i)) {
    let k = i + 1;
    while (k < i + 4 && AS_FILLER.has(t[k]?.w ?? '')) k++;
    // A bare "as stated in our terms" cites a document; the agent's own earlier words or "already" make it a reproach.
    if (k > i + 1 && SAID.has(t[k]?.w ?? '')) {
      // "As I mentioned on the phone, …, I've attached the receipt" points back on the way to helping,
      // unless "already", "twice" or "before" makes the repeat the point.
      const pointed = AS_FILLER_AGAIN.has(t[k - 1]!.w) || AGAIN_MARK.has(t[k + 1]?.w ?? '');
      if (pointed || !acts) return clauseEnd(t, k);
    }
    if (SAID.has(t[k]?.w ?? '') && AGAIN_MARK.has(t[k + 1]?.w ?? '')) return clauseEnd(t, k);
  }
  // "Let me spell it out for you", "I'm not going to explain this again"
  if (w === 'spell' && t[i + 1]?.w === 'it' && t[i + 2]?.w === 'out') return i + 3;
  if (
    (w === "i'm" || w === "we're") &&
    seq(t, i + 1, ['not', 'going', 'to', words('explain repeat say go')]) > 0 &&
    t.slice(i + 5, i + 9).some((x) => x.w === 'again')
  ) {
    return clauseEnd(t, i);
  }
  // "I already answered that in my last message"
  if ((w === 'i' || w === 'we') && t[i + 1]?.w === 'already' && SAID.has(t[i + 2]?.w ?? '')) return clauseEnd(t, i);
  // "like I keep saying", "as I keep telling you"
  if ((w === 'i' || w === 'we') && t[i + 1]?.w === 'keep' && KEEP_SAYING.has(t[i + 2]?.w ?? '')) return i + 3;
  // "I've gone through the timeline with you several times now"
  if (AGENT_PERFECT.has(w) && words('gone been walked').has(t[i + 1]?.w ?? '')) {
    const end = clauseEnd(t, i);
    for (let k = i + 2; k < Math.min(end, i + 12); k++) {
      const x = t[k]!.w;
      if (x === 'twice' || x === 'repeatedly' || seq(t, k, ['more', 'than', 'once']) > 0) return end;
      if (/^(?:\d+|two|three|four|five|several|many|multiple|countless)$/.test(x) && t[k + 1]?.w === 'times')
        return end;
    }
  }
  // "I've already told you twice", "we have explained this three times"
  if (AGENT_PERFECT.has(w) || (AGENT_SUBJECT.has(w) && t[i + 1]?.w === 'have')) {
    let k = AGENT_PERFECT.has(w) ? i + 1 : i + 2;
    if (t[k]?.w === 'already') k++;
    if (!SAID.has(t[k]?.w ?? '')) return -1;
    k++;
    if (SAID_OBJECT.has(t[k]?.w ?? '')) k++;
    if (SAID_OBJECT.has(t[k]?.w ?? '')) k++;
    const x = t[k]?.w ?? '';
    if (x === 'twice' || x === 'repeatedly') return k + 1;
    if (TIMES.has(x) && k > i + 3) return k + 1;
    if (seq(t, k, ['more', 'than', 'once']) > 0) return k + 3;
    if (/^(?:\d+|two|three|four|five|several|many|multiple)$/.test(x) && t[k + 1]?.w === 'times') return k + 2;
  }
  // "this is the third time I've explained"
  if (ORDINAL.has(w) && w !== 'last' && t[i + 1]?.w === 'time') {
    const who = t[i + 2]?.w ?? '';
    if (AGENT_PERFECT.has(who) || who === 'i') {
      const v = t[i + 3]?.w === 'have' || t[i + 3]?.w === 'already' ? i + 4 : i + 3;
      if (SAID.has(t[v]?.w ?? '')) return v + 1;
    }
  }
  return -1;
}

function isName(draft: string, tok: Token, first: boolean): boolean {
  const ch = draft[tok.start]!;
  return !first && ch >= 'A' && ch <= 'Z';
}

/** "our battery didn't enjoy your winter holiday": feelings given to a thing, to mock the complaint. */
function personified(draft: string, t: readonly Token[], i: number): number {
  if (!words('our the your its this that').has(t[i]!.w)) return -1;
  let k = i + 1;
  let nouns = 0;
  while (
    nouns < 3 &&
    k < t.length &&
    !FEELING_VERB.has(t[k]!.w) &&
    !words("didn't doesn't did does wasn't").has(t[k]!.w)
  ) {
    if (ANIMATE.has(t[k]!.w) || AGENT_SUBJECT.has(t[k]!.w) || isName(draft, t[k]!, k === 0)) return -1;
    if (t[k]!.w === ',' || t[k]!.w === 'you') return -1;
    k++;
    nouns++;
  }
  if (nouns === 0) return -1;
  // Only the denied feeling reads as mockery; "our chefs loved your review" may be sincere.
  if (words("didn't doesn't wasn't").has(t[k]?.w ?? '')) k++;
  else if (words('did does').has(t[k]?.w ?? '') && t[k + 1]?.w === 'not') k += 2;
  else return -1;
  if (!FEELING_VERB.has(t[k]?.w ?? '')) return -1;
  if (!words('your the being our a its').has(t[k + 1]?.w ?? '')) return -1;
  return clauseEnd(t, k);
}

const LOFTY = words('high exacting lofty impeccable refined discerning demanding royal exalted');
const MOCK_PITY = words('terrible awful dreadful tragic shocking unexpected unusual');
const STANDARD = words('standards expectations taste tastes');
const INTENSE = words('very extremely incredibly rather so truly');
const PRAISE2: ReadonlySet<string> = new Set([
  'great job',
  'good job',
  'nice work',
  'nice job',
  'well done',
  'good work',
]);
const POLITELY = words('nicely politely kindly sweetly');
const KIND = words('nice kind good sweet');
const DURATION = words('seconds minutes hours days');

function mockPraise(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // "your very high standards": praise of the customer's taste used as a jab.
  if (w === 'your') {
    const k = INTENSE.has(t[i + 1]?.w ?? '') ? i + 2 : i + 1;
    if (LOFTY.has(t[k]?.w ?? '') && STANDARD.has(t[k + 1]?.w ?? '')) return k + 2;
  }
  // "thanks for your patience, all three minutes of it"
  if (w === 'all' && DURATION.has(t[i + 2]?.w ?? '') && seq(t, i + 3, ['of', 'it']) > 0) return i + 5;
  // "since you asked so nicely"
  if (words('asked put').has(w) && t[i + 1]?.w !== undefined && seq(t, i + 1, ['so', POLITELY]) > 0) return i + 3;
  if (w === 'asked' && seq(t, i + 1, ['it', 'so', POLITELY]) > 0) return i + 4;
  // "nice of you to finally check", "good of you to bother"
  if (
    KIND.has(w) &&
    seq(t, i + 1, ['of', 'you', 'to']) > 0 &&
    words('finally bother eventually').has(t[i + 4]?.w ?? '')
  ) {
    return clauseEnd(t, i);
  }
  // "Lucky you, getting the only broken bike"
  if (i === 0 && w === 'lucky' && t[1]?.w === 'you' && t[2]?.w === ',' && (t[3]?.w ?? '').endsWith('ing')) {
    return clauseEnd(t, 3);
  }
  // "great job finding the one pharmacy with no stock"
  if (PRAISE2.has(`${w} ${t[i + 1]?.w ?? ''}`) && (t[i + 2]?.w ?? '').endsWith('ing')) {
    const k = seq(t, i + 3, ['the', words('one only single first')]);
    if (k > 0) return clauseEnd(t, k);
  }
  // "the most urgent thing in the world"
  if (w === 'most' && seq(t, i + 2, ['thing', 'in', 'the', words('world universe')]) > 0) return i + 6;
  // "we live to make your evenings miserable"
  if (w === 'we' && t[i + 1]?.w === 'live' && t[i + 2]?.w === 'to') return clauseEnd(t, i);
  // "Shocking, I know, but …", "Spoiler: …"
  if (i === 0 && words('shocking surprise spoiler newsflash amazingly').has(w) && t[1]?.w === ',') {
    if (seq(t, 2, ['i', 'know']) > 0) return 4;
  }
  // "such entertainment", "glad we could amuse you"
  if (w === 'such' && words('entertainment amusement').has(t[i + 1]?.w ?? '')) return i + 2;
  // "Oh, how terrible, …", "How tragic."
  if (w === 'how' && MOCK_PITY.has(t[i + 1]?.w ?? '') && (t[i + 2] === undefined || t[i + 2]!.w === ',')) return i + 2;
  // "our website is out to get you", "Well, aren't you a detective."
  if (seq(t, i, ['out', 'to', 'get', 'you']) > 0) return i + 4;
  if (w === "aren't" && t[i + 1]?.w === 'you' && words('a the').has(t[i + 2]?.w ?? '')) return clauseEnd(t, i);
  // "your patience, what little there was"
  if (w === 'what' && t[i + 1]?.w === 'little' && words('there you').has(t[i + 2]?.w ?? '')) return clauseEnd(t, i);
  // "I'll alert the media", "stop the presses"
  if (seq(t, i, [words('alert call'), 'the', words('media press newspapers')]) > 0) return i + 3;
  if (seq(t, i, ['stop', 'the', 'presses']) > 0) return i + 3;
  // "Oh please, …"
  if (i === 0 && w === 'oh' && t[1]?.w === 'please' && t[2]?.w === ',') return 2;
  // "Wow, what a shock, another complaint"
  if (w === 'what' && t[i + 1]?.w === 'a' && words('shock surprise').has(t[i + 2]?.w ?? '')) {
    if (t[i + 3] === undefined || t[i + 3]!.w === ',') return i + 3;
  }
  // "I'm sure the tree planted itself": a thing given agency to mock the complaint.
  if (i === 0 && (w === "i'm" || w === 'apparently') && (w !== "i'm" || t[1]?.w === 'sure')) {
    for (let k = 2; k < Math.min(t.length, 14); k++) {
      if (words('itself themselves').has(t[k]!.w) && /ed$/.test(t[k - 1]!.w)) return k + 1;
    }
  }
  // "Oh yes, the flood was definitely our doing": fault owned in a tone that means the opposite.
  if (i === 0 && (INTERJECTION.has(w) || w === 'sure' || w === 'yes') && (t[1]?.w === 'yes' || t[1]?.w === ',')) {
    for (let k = 2; k < Math.min(t.length, 14) - 2; k++) {
      if (words('definitely obviously clearly totally surely').has(t[k]!.w) && t[k + 1]?.w === 'our') {
        if (words('doing fault plan idea').has(t[k + 2]?.w ?? '')) return k + 3;
      }
    }
  }
  // "Well, congratulations on …", "Oh, bravo"
  // "Well, congratulations on the new puppy!" is sincere: the mock form praises an act of the customer's.
  if (i === 0 && INTERJECTION.has(w) && t[1]?.w === ',' && MOCK_PRAISE.has(t[2]?.w ?? '')) {
    const next = t[3]?.w ?? '';
    const act = (next === 'on' || next === 'for') && (t[4]?.w ?? '').endsWith('ing');
    if (act || next === 'you' || next === "you've" || (next === ',' && (t[4]?.w ?? '').startsWith('you'))) {
      return clauseEnd(t, 2);
    }
  }
  // "Well, I'm thrilled you finally read it": relief that the customer caught up, after a knowing interjection.
  if (i === 0 && INTERJECTION.has(w) && t[1]?.w === ',') {
    for (let k = 2; k < Math.min(t.length, 12); k++) {
      if ((t[k]!.w === 'you' || t[k]!.w === "you've") && t[k + 1]?.w === 'finally') return clauseEnd(t, k + 1);
      if (t[k]!.w === 'at' && t[k + 1]?.w === 'last') return k + 2;
    }
  }
  // "congratulations on finding the one weekend we're closed"
  if (MOCK_PRAISE.has(w) && t[i + 1]?.w === 'on' && (t[i + 2]?.w ?? '').endsWith('ing')) {
    const k = seq(t, i + 3, ['the', words('one only single first')]);
    if (k > 0) return clauseEnd(t, k);
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

export function findRepeatReproach(sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    // "Once again, I'm sorry" and "thanks again" are warmth, not reproach.
    if (/\b(?:sorry|apologi[sz]e|apologies|thank|thanks)\b/.test(s.text)) continue;
    const t = s.tokens;
    const acts = OFFER.test(s.text);
    for (let i = 0; i < t.length; i++) {
      const end = repeated(t, i, acts);
      if (end < 0) continue;
      out.push({ ...span(t, i, end), alternative: REPEAT_ALT });
      i = end;
    }
  }
  return out;
}

export function findSarcasm(draft: string, sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      let end = mockPraise(t, i);
      let from = i;
      if (end < 0) {
        end = personified(draft, t, i);
        // The whole sympathy clause is the sarcasm: "Oh, I'm so sorry our battery didn't enjoy …".
        from = 0;
      }
      if (end < 0) continue;
      out.push({ ...span(t, from, end), alternative: SARCASM_ALT });
      break;
    }
  }
  return out;
}
