import { clauseEnd, clauseStart, type Sentence, seq, span, type Token, words } from './en-text';
import { AGENT_SUBJECT, OFFER, ORDINAL, SAID, TIMES } from './en-words';
import type { ClauseHit } from './types';

// A repeat turned into a reproach: "for the third time", "as I've explained twice already", "like I keep saying".

const REPEAT_ALT = 'To make this easier to find:';
const GOOD_NEWS =
  /\b(?:(?:has|have)\s+(?:now\s+|already\s+)?(?:gone\s+out|been\s+(?:sent|refunded|approved|processed|fixed|booked|credited|released|shipped))|(?:is|are)\s+on\s+(?:its|their|the)\s+way|went\s+out)\b/;

const AS_FILLER = words("i we i've we've i'd we'd have had has been was already previously also clearly before");
const AGENT_PERFECT = words("i've we've");
const KEEP_SAYING = words('saying telling repeating explaining mentioning');
const AS_FILLER_AGAIN = words('already previously before');
const AGAIN_MARK = words('before earlier previously already above twice');
const SAID_OBJECT = words('this that it you to about the same question point thing');
const PERFECT_ADVERB = words('already now honestly literally');
/** How many times, as a reproach: "three times", "several times", "countless times". */
const COUNT = words('2 3 4 5 6 two three four five six several many multiple countless numerous');

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
    while (k < i + 4 && PERFECT_ADVERB.has(t[k]?.w ?? '')) k++;
    if (!SAID.has(t[k]?.w ?? '')) return -1;
    k++;
    // "explained this to you", "answered the same question": up to four object words before the count.
    for (let n = 0; n < 4 && SAID_OBJECT.has(t[k]?.w ?? ''); n++) k++;
    const x = t[k]?.w ?? '';
    if (x === 'twice' || x === 'repeatedly') return k + 1;
    if (TIMES.has(x) && k > i + 3) return k + 1;
    if (seq(t, k, ['more', 'than', 'once']) > 0) return k + 3;
    const count = seq(t, k, ['a', words('dozen few couple'), 'times']);
    if (count > 0) return count;
    if (COUNT.has(x) && t[k + 1]?.w === 'times') return k + 2;
  }
  // "This has been explained to you on several occasions", "it was mentioned twice already"
  if (words('this that it').has(w) && words('has was had').has(t[i + 1]?.w ?? '')) {
    let k = t[i + 2]?.w === 'been' ? i + 3 : i + 2;
    if (t[k]?.w === 'already') k++;
    if (SAID.has(t[k]?.w ?? '')) {
      const end = clauseEnd(t, k);
      for (let n = k + 1; n < Math.min(end, k + 8); n++) {
        const x = t[n]!.w;
        if (x === 'twice' || x === 'repeatedly' || seq(t, n, ['more', 'than', 'once']) > 0) return end;
        if (COUNT.has(x) && words('times occasions').has(t[n + 1]?.w ?? '')) return end;
      }
    }
  }
  // "this is the third time I'm explaining", "the fourth time we've had to say it"
  if (ORDINAL.has(w) && w !== 'last' && t[i + 1]?.w === 'time' && words("i'm we're").has(t[i + 2]?.w ?? '')) {
    const v = t[i + 3]?.w ?? '';
    if (KEEP_SAYING.has(v)) return i + 4;
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

export function findRepeatReproach(sentences: readonly Sentence[]): ClauseHit[] {
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    // "Once again, I'm sorry" and "thanks again" are warmth, not reproach.
    if (/\b(?:sorry|apologi[sz]e|apologies|thank|thanks)\b/.test(s.text)) continue;
    const t = s.tokens;
    // Pointing back on the way to good news ("as I said on the phone, the refund has gone out") helps too.
    const acts = OFFER.test(s.text) || GOOD_NEWS.test(s.text);
    for (let i = 0; i < t.length; i++) {
      const end = repeated(t, i, acts);
      if (end < 0) continue;
      out.push({ ...span(t, i, end), alternative: REPEAT_ALT });
      i = end;
    }
  }
  return out;
}
