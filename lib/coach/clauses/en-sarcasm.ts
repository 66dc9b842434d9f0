import { clauseEnd, type Sentence, seq, span, type Token, words } from './en-text';
import { AGENT_SUBJECT, ANIMATE, FEELING_VERB, INTERJECTION, MOCK_PRAISE, ORDINAL } from './en-words';
import type { ClauseHit } from './types';

// Sarcasm says praise or sympathy and means the opposite: "Well, congratulations on finding the one weekend
// we're closed", "sorry our battery didn't enjoy your holiday", "your very high standards".

const SARCASM_ALT = "I'm sorry this happened — here is what I can do.";

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
const KIND = words(
  'nice kind good sweet thoughtful considerate generous lovely wonderful gracious decent big brilliant great clever smart',
);
/** What happens to the customer rather than what they do: "glad you finally got it" is sincere. */
const BEFELL_YOU = words('got received heard had saw found won');
const GLAD = words('good nice great lovely glad pleased relieved thrilled delighted');
const TIME_UNIT = words('minutes hours days weeks months years minute hour day week month year');
const LATER = words('after later late past beyond');
const LATE_WORD = words('finally eventually belatedly');

/**
 * Praise of the customer's act turned by its timing: "… three weeks after the warranty ran out", "… a month late",
 * "… long after the deadline". Returns the index after the time phrase, or -1. Reads only the rest of the clause
 * (a semicolon or sentence end stops it), so a sincere thanks followed by our own timeline stays apart.
 */
function lateness(t: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(t.length, from + 20); k++) {
    const x = t[k]!.w;
    if (LATE_WORD.has(x) || seq(t, k, ['at', 'last']) > 0) return clauseEnd(t, k);
    if (TIME_UNIT.has(x) && LATER.has(t[k + 1]?.w ?? '')) return clauseEnd(t, k + 1);
    if (x === 'long' && words('after past').has(t[k + 1]?.w ?? '')) return clauseEnd(t, k + 1);
    // "… on the right day this time", "… for once": praise that counts the customer's earlier misses.
    if (seq(t, k, ['this', 'time']) > 0 && t[k + 2]?.w !== 'of') return k + 2;
    if (seq(t, k, ['for', 'once']) > 0) return k + 2;
  }
  return -1;
}
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
  // "nice of you to finally check", "good of you to bother", "kind of you to tell us … three weeks after it expired"
  if (KIND.has(w) && seq(t, i + 1, ['of', 'you', 'to']) > 0) {
    if (words('finally bother eventually').has(t[i + 4]?.w ?? '')) return clauseEnd(t, i);
    const late = lateness(t, i + 4);
    if (late > 0) return late;
  }
  // "Good to see you finally read our email", "glad you've eventually checked": relief that the customer caught up.
  if (i === 0 && GLAD.has(w)) {
    const end = clauseEnd(t, i);
    for (let k = 1; k < Math.min(end, 8); k++) {
      if (!words("you you've").has(t[k]!.w)) continue;
      const adv = t[k + 1]?.w === 'have' ? k + 2 : k + 1;
      const late = words('finally eventually').has(t[adv]?.w ?? '') ? adv + 1 : -1;
      if (late > 0 && !BEFELL_YOU.has(t[late]?.w ?? '')) return end;
    }
  }
  // "Thanks so much for reading the instructions at last": thanks turned by "finally"/"at last" on the customer's act.
  if (i === 0 && (w === 'thanks' || (w === 'thank' && t[1]?.w === 'you'))) {
    let k = w === 'thank' ? 2 : 1;
    while (k < 5 && words('so very much ever').has(t[k]?.w ?? '')) k++;
    // "Thanks a lot for the fifth email today": counting the customer's messages turns the thanks.
    if (seq(t, k, ['a', 'lot']) > 0) k += 2;
    if (
      seq(t, k, ['for', 'the', ORDINAL, words('email emails message messages call calls reminder chaser time')]) > 0
    ) {
      if (t[k + 2]!.w !== 'second' || t[k + 3]!.w !== 'time') return clauseEnd(t, k);
    }
    if (t[k]?.w === 'for') {
      const end = clauseEnd(t, k);
      for (let n = k + 1; n < Math.min(end, k + 14); n++) {
        if (words('finally eventually').has(t[n]!.w) || seq(t, n, ['at', 'last']) > 0) return end;
      }
    }
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
  // "Oh good, another urgent request."
  if (
    i === 0 &&
    INTERJECTION.has(w) &&
    words('good great wonderful lovely fantastic brilliant marvellous').has(t[1]?.w ?? '')
  ) {
    if (t[2]?.w === ',' && t[3]?.w === 'another') return clauseEnd(t, 3);
  }
  // "Oh please, …"
  if (i === 0 && w === 'oh' && t[1]?.w === 'please' && t[2]?.w === ',') return 2;
  // "Wow, what a shock, another complaint"
  if (w === 'what' && t[i + 1]?.w === 'a' && words('shock surprise').has(t[i + 2]?.w ?? '')) {
    if (t[i + 3] === undefined || t[i + 3]!.w === ',') return i + 3;
  }
  // "I am sure the package just grew legs and walked off": a lost thing given legs to mock the complaint.
  const sure = w === "i'm" && t[1]?.w === 'sure' ? 2 : w === 'i' && seq(t, 1, ['am', 'sure']) > 0 ? 3 : -1;
  if (i === 0 && sure > 0) {
    for (let k = sure; k < Math.min(t.length, sure + 8); k++) {
      if (ANIMATE.has(t[k]!.w) || t[k]!.w === 'you') break;
      if (seq(t, k, [words('grew sprouted'), 'legs']) > 0) return clauseEnd(t, k);
      if (words('walked wandered ran flew').has(t[k]!.w) && words('off away').has(t[k + 1]?.w ?? '')) {
        return clauseEnd(t, k);
      }
    }
  }
  // "our courier could not read your mind", "the laws of physics": an impossible standard mocks the request.
  if (seq(t, i, ['read', words('your their'), words('mind minds')]) > 0) return i + 3;
  if (seq(t, i, ['laws', 'of', words('physics nature')]) > 0) return i + 3;
  if (seq(t, i, ['mind', words('reader readers')]) > 0) return i + 2;
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
