import { eachMatch } from '../../text/each-match';
import type { EscalationStrength } from '../../types';
import { clauseAt, type Range } from './clauses';
import {
  ALL,
  APOLOGY,
  ASK_OPENER,
  COMPLAINT,
  CONDITIONAL,
  contextBits,
  DEMAND,
  PRAISE,
  QUESTION,
  REQUEST,
  RESOLVED,
  RHETORICAL,
  SELF_NEGATED,
  SUBJECT_OF_THREAT,
  TAKEN,
  THIRD_PARTY,
  THREAT,
} from './context-gate';
import { inOthersWords, inPasteIntro, SINGLE_CLOSE } from './others';
import type { Cue, LanguageCues, PairCue } from './types';

/** What the words around a cue say about it, computed once per sentence. */
export interface SentenceReading {
  range: Range;
  text: string;
  /** A question mark ends it. */
  asks: boolean;
  /** A polite opener (请问…) puts all of it in question, unless it goes on to a condition or a threat. */
  opened: boolean;
  question: boolean;
  rhetorical: boolean;
  request: boolean;
  thirdParty: boolean;
  praise: boolean;
  complaint: boolean;
  resolved: boolean;
  conditional: boolean;
  /** Which context patterns may match in the sentence or any part of it (context-gate.ts). */
  may: number;
}

export function readSentence(text: string, range: Range, t: LanguageCues): SentenceReading {
  const s = text.slice(range.start, range.end);
  const may = contextBits(t, s);
  const asks = /[?？]/.test(s);
  const conditional = (may & CONDITIONAL) !== 0 && t.conditional.test(s);
  // A condition after a polite opener is a hypothetical asked about (咨询一下，如果提前解约违约金怎么算), unless it
  // goes on to what the writer will do (请问，如果不退我就投诉可以吗).
  const opener = (may & ASK_OPENER) !== 0 && (t.askOpener?.test(s) ?? false);
  return {
    range,
    text: s,
    asks,
    opened: opener && (!conditional || (t.ownConsequence !== undefined && !t.ownConsequence.test(s))),
    question: asks || ((may & QUESTION) !== 0 && t.question.test(s)),
    rhetorical: (may & RHETORICAL) !== 0 && t.rhetorical.test(s),
    request: (may & REQUEST) !== 0 && t.request.test(s),
    thirdParty: (may & THIRD_PARTY) !== 0 && t.thirdParty.test(s),
    praise: (may & PRAISE) !== 0 && t.praise.test(unquotedPraise(s)),
    complaint: (may & COMPLAINT) !== 0 && t.complaint.test(s),
    resolved: (may & RESOLVED) !== 0 && t.resolved.test(s),
    conditional,
    may,
  };
}

/**
 * The context patterns that may match in text[from, to): the sentence's, when that stretch lies within it (what
 * is absent from the sentence is absent from every part of it), else all.
 */
function mayIn(sentence: SentenceReading, from: number, to: number): number {
  return from >= sentence.range.start && to <= sentence.range.end ? sentence.may : ALL;
}

/** Whole-message facts: the polarity the engine read, and whether the message says the matter is over. */
export interface MessageReading {
  /** -1..1, the engine's valence for the message. */
  valence: number;
  resolved: boolean;
  /** An insult aimed at someone is among the message's cues: however it scores, the message is not a warm one. */
  insults?: boolean;
}

const A_NOT_A = /(\p{Script=Han})[不唔冇]\1/gu;
const HAS_ANY = /有(?:冇|[没沒]有?)/g;

/** The stretch before a cue that a negation can reach: from the last new subject or consequence in its clause. */
function scopeBefore(text: string, clause: Range, cueStart: number, cueEnd: number, t: LanguageCues): string {
  // An A-not-A question (能不能, 是不是, 可唔可以) asks; its 不 negates nothing.
  // 有冇 / 有没有 (is there any…) asks too.
  const before = text.slice(clause.start, cueStart).replace(A_NOT_A, '$1').replace(HAS_ANY, '有');
  // The breaks are read with the cue after them, so one can look at what it joins ("no need to escalate or get a
  // manager": that "or" joins two things not wanted; "…or I'll" opens a consequence).
  const upTo = before + text.slice(cueStart, cueEnd);
  let from = 0;
  t.scopeBreak.lastIndex = 0;
  eachMatch(t.scopeBreak, upTo, (m) => {
    if (m.index + m[0].length <= before.length) from = m.index + m[0].length;
  });
  return before.slice(from);
}

// …and in English an insult as the object of a preposition ("I am not explaining this to a halfwit"): the "not"
// belongs to the verb before it.
const MODIFIED = /^.*(?:[的嘅]|[这這呢那一][群帮幫班些]|[个個]|派|[叫换換]|\b(?:to|with|from|by|for)\s+$)/;

const DECIDED = /准[备備]|打算|[决決]定|已[经經]|我就|我[会會](?![不唔])/;

const PAST = /^[^，,。]{0,4}(?:之前|以前|上次|去年|那次|前年|[当當]时|上[个個]月)/;
// A time long enough ago that the matter has had time to end: "last year", "back in 2019", "two years ago".
const LONG_AGO =
  /\b(?:last year|back in (?:19|20)\d\d|in (?:19|20)\d\d|(?:a|one|two|three|four|five|several|a few|many|\d+) years? ago|years ago|a while (?:back|ago)|some time ago|(?:back )?when i first)\b|(?:之前|以前|去年|前年|几年前|幾年前|早年|那次|上次)/;
const TOPIC_REFUSED =
  /^\p{Script=Han}[^，,。！？!?\n]*?我(?:[们們哋])?(?:就|也|都|是|可|才|绝对|絕對)?(?:不|[没沒]|唔|冇)(?:[会會]|想|要|再|打算|准[备備]|準備|是)?\p{Script=Han}{1,2}$/u;
const NEXT_SENTENCE = /^[^.!?。！？\n]*[.!?。！？]*/;

/**
 * A cue told as long past, then said to be over in the very next sentence ("Last year I had to go through Small Claims
 * over the wardrobe… It was settled in the end and the refund came through, so no hard feelings."): background.
 */
function overNext(text: string, sentence: SentenceReading, t: LanguageCues): boolean {
  if (!LONG_AGO.test(sentence.text)) return false;
  const next = NEXT_SENTENCE.exec(text.slice(sentence.range.end).replace(/^[\s.!?。！？]+/, ''))?.[0] ?? '';
  if (next === '') return false;
  if (t.threat.test(next) || t.conditional.test(next)) return false;
  return (t.forgiven?.test(next) ?? false) || (t.resolved.test(next) && !t.complaint.test(next));
}

const CONSEQUENCE = /^(?:or\b|otherwise|不然|否[则則]|要不|要么|要嘛|唔[係系]|的[话話](?![费費题題语語筒]))/;

/**
 * Where a cue stands in a conditional sentence: in the condition ("if the refund isn't here…", 再不退款),
 * in the consequence ("…I'll cancel", 我就退订), or neither.
 */
export function conditionalPart(
  sentence: SentenceReading,
  cueStart: number,
  cueEnd: number,
  t: LanguageCues,
): 'if' | 'then' | null {
  if (!sentence.conditional) return null;
  const upTo = sentence.text.slice(0, cueEnd - sentence.range.start);
  const m = upTo.match(t.conditional);
  if (!m || m.index === undefined) {
    // The condition may close after the cue (不退钱我就…, unless you refund me I'll…): the cue is in it.
    const whole = sentence.text.match(t.conditional);
    const at = cueStart - sentence.range.start;
    if (
      whole?.index !== undefined &&
      at >= whole.index &&
      cueEnd - sentence.range.start <= whole.index + whole[0].length
    )
      return 'if';
    return 'then';
  }
  // "…or I", "otherwise", 不然, 否则 open the consequence itself: what follows is threatened, not a condition.
  if (CONSEQUENCE.test(m[0])) return 'then';
  const afterIf = upTo.slice(m.index + m[0].length, cueStart - sentence.range.start);
  return ((sentence.may & THREAT) !== 0 && t.threat.test(afterIf)) || /[,，]/.test(afterIf) ? 'then' : 'if';
}

/**
 * Whether the clause before a cue has someone other than the writer as its subject ("my friend said she
 * cancelled", 朋友说她注销过): the last subject named before the cue decides.
 */
function someoneElse(text: string, clause: Range, cueStart: number, sentence: Range, t: LanguageCues): boolean {
  // A clause that opens on a verb of saying with no subject of its own (我同事被多扣了钱，说要去黑猫投诉) was said by
  // whoever the sentence named before it, so the subjects are read from the sentence's start.
  const from = t.saidBy?.test(text.slice(clause.start, clause.end)) ? sentence.start : clause.start;
  // Read over the whole clause, so a subject's own lookahead sees past the cue (她妈的 is a swear, not "she").
  const whole = text.slice(from, clause.end);
  const at = cueStart - from;
  let other = -1;
  let self = -1;
  eachMatch(t.other, whole, (m) => {
    if (m.index < at) other = m.index;
  });
  if (other < 0) return false;
  if (t.forSelf?.test(text.slice(Math.max(0, clause.start - 40), clause.end)) || t.forSelfMessage?.test(text))
    return false;
  eachMatch(t.self, whole, (m) => {
    if (m.index < at) self = m.index;
  });
  return other > self;
}

/** Where the sentence last turns ("but", 但是) before a cue: 0 when it does not. */
function turnBefore(sentence: SentenceReading, cueStart: number, t: LanguageCues): number {
  let from = 0;
  eachMatch(t.contrast, sentence.text.slice(0, cueStart - sentence.range.start), (m) => {
    from = m.index + m[0].length;
  });
  return from;
}

/**
 * Someone else's request or word earlier in the sentence does not reach past a turn back to the writer ("my brother
 * says he'll sue, but I just want my refund", 我老公说要告你们，但我只想退款): after the last turn before the cue, the
 * writer is the subject again, and no third party is named there.
 */
function ownAfterTurn(sentence: SentenceReading, cueStart: number, t: LanguageCues): boolean {
  const turn = turnBefore(sentence, cueStart, t);
  if (turn === 0) return false;
  const after = sentence.text.slice(turn);
  t.self.lastIndex = 0;
  const subject = t.self.exec(after);
  t.self.lastIndex = 0;
  if (!subject || subject.index > 3) return false;
  return !t.thirdParty.test(after);
}

// A request made outright, then a thanks that only signs it off (praisedAround).
const OPENS_ON_CUE = /^\s*(?:(?:pls|plz|please|just|so|ok|okay|now|can\s+you|could\s+you|hi|hey|hello)[\s,]+)*$/;
const SIGN_OFF =
  /[\s,.;!-]*\b(?:thanks|thx|thnx|tnx|ty|cheers|thank\s+(?:you|u))(?:\s+(?:so\s+much|very\s+much|a\s+lot|in\s+advance))?(?:[\s!.,:)]*$|(?=\s*,))/;

/**
 * Praise that speaks for the cue: in its sentence, after any turn ("kind, but…") that comes before the cue,
 * and not inside the cue itself ("would love this story" is part of a threat to go to the press).
 */
function praisedAround(
  sentence: SentenceReading,
  cueStart: number,
  cueEnd: number,
  turn: number,
  t: LanguageCues,
  imperative: boolean,
) {
  if (!sentence.praise) return false;
  const s = sentence.text;
  const before = s.slice(turn, cueStart - sentence.range.start);
  const rest = `${before} ${s.slice(cueEnd - sentence.range.start)}`;
  // A thanks that only signs off a request made outright ("cancel my plan thx", "pls refund it, ty") is manners, not
  // praise; after a report ("the refund came through, thank you") it is the praise.
  return t.praise.test(unquotedPraise(imperative && OPENS_ON_CUE.test(before) ? rest.replace(SIGN_OFF, '') : rest));
}

// A word or two in quote marks: 有多“耐用”, 你們家的「售後服務」, your “excellent” service.
const SCARE_QUOTED = /[“「『"‘][^”」』"’\n]{1,12}[”」』"’]/g;

/**
 * The text with its scare-quoted words blanked: praise in quote marks is the customer mocking it ("那我去小红书好好夸夸
 * 你们…有多“耐用”"), not praise. A longer quote is someone's words and keeps its place.
 */
function unquotedPraise(s: string): string {
  return /[“「『"‘]/.test(s) ? s.replace(SCARE_QUOTED, (m) => ' '.repeat(m.length)) : s;
}

// A cue whose own wording is negative ("won't be renewing", 不续费了): a negation inside it is the intent.
const NEGATOR = /n'\?t|n't|\bnot\b|\bnever\b|\bno longer\b|不|[没沒]|唔|冇/;
const negative = new WeakMap<Cue | PairCue, boolean>();
function negativeByDesign(cue: Cue | PairCue): boolean {
  let n = negative.get(cue);
  if (n === undefined) {
    n = 're' in cue ? NEGATOR.test(cue.re.source) : NEGATOR.test(cue.what.source) || NEGATOR.test(cue.act.source);
    negative.set(cue, n);
  }
  return n;
}

// Quotation marks around a cue make it a name or someone's words: a product (“杀虫”喷雾, 「跳樓貨」), a line quoted
// from our own replies (“已升级处理”), a child's essay. A short quote only: a long one may be the customer's post.
// Title marks too (《杀手之王》, 《一封律师函》): a word inside a title names the work. A title that is where the
// customer will go (上《东张西望》, 投给《新闻直通车》, 《1818黄金眼》见) is read by the verb outside it (the media
// pairs, zh-pairs.ts), whose span starts at the mark, so this never vetoes it.
const OPENING = '“「『"《〈';
const CLOSING: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '《': '》', '〈': '〉' };
// Closing marks that cannot also open (a straight quote can): meeting one first means the cue is after a quote.
const CLOSE_ONLY = '”」』》〉';
const QUOTE_REACH = 24;

// A speech verb right before a quote's opening mark: what follows is the words reported.
const SPEECH_BEFORE =
  /(?:告知|[说說]|[讲講]|[话話]|回[复覆]|答[复覆]|表示|[称稱]|[写寫]|\btold (?:me|us)|\bsaid|\bsays|\bwrote|\breplied)[:：,，\s]*$/i;

function quoted(text: string, sentence: SentenceReading, start: number, end: number): boolean {
  // A cue that reaches into a quote opened after a speech verb (每次均被告知「已轉交相關部門」): what it names is inside
  // the words reported, however the cue's own span began.
  for (let i = start + 1; i < end; i++) {
    const c = text[i]!;
    if (c !== '「' && c !== '“' && c !== '『') continue;
    // Most of the cue inside: "找客服，说“" names the contact made, outside the quote.
    if (
      end - i > i - start &&
      SPEECH_BEFORE.test(text.slice(Math.max(sentence.range.start, i - 8), i)) &&
      text.indexOf(CLOSING[c]!, end) >= end
    )
      return true;
    break;
  }
  const from = Math.max(sentence.range.start, start - QUOTE_REACH);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i]!;
    if (CLOSE_ONLY.includes(c)) return false;
    if (c === "'" || c === '‘') {
      // A single quote opens a name only after a space or a colon (a tile called 'Dispute a transaction'); inside a
      // word it is an apostrophe.
      if (i > 0 && !/[\s:(]/.test(text[i - 1]!)) continue;
      const close = SINGLE_CLOSE.exec(text.slice(end, Math.min(sentence.range.end + 1, i + QUOTE_REACH + 1)));
      return close !== null;
    }
    if (!OPENING.includes(c)) continue;
    const close = text.indexOf(CLOSING[c]!, end);
    return close >= end && close - i <= QUOTE_REACH && close <= sentence.range.end + 1;
  }
  return false;
}

const PERFECT = /已|already|i'?ve|i have/i;

/**
 * The sentence lets a past act go (LanguageCues.forgiven), and asks for nothing before it and threatens nothing:
 * "refund the 100 and it's water under the bridge" (退一百块钱，这事就算过去了) is a demand with a promise after it.
 */
function forgiven(sentence: SentenceReading, t: LanguageCues): boolean {
  const m = t.forgiven?.exec(sentence.text);
  if (!m) return false;
  if ((sentence.may & THREAT) !== 0 && t.threat.test(sentence.text)) return false;
  if ((sentence.may & CONDITIONAL) !== 0 && t.conditional.test(sentence.text)) return false;
  return !((sentence.may & DEMAND) !== 0 && t.demand.test(sentence.text.slice(0, m.index)));
}

/**
 * The writer is, by their own opening words, the kind of body the flag names (我们是一家律师事务所…, 这边是某银行信用卡
 * 中心…, 我们是晚报广告部…): their firm, their bank's disputes or their paper are their trade, not a threat. For
 * lawyers and the press only a cue that names the trade is theirs (发票抬头写律所全称); what they do to us (我所将提起
 * 诉讼) still reads. A bank's talk of disputes is its own business throughout.
 */
function ownTrade(text: string, flag: string, start: number, end: number, t: LanguageCues): boolean {
  const writer =
    flag === 'legal'
      ? t.writerLaw
      : flag === 'chargeback'
        ? t.writerBank
        : flag === 'public'
          ? t.writerPress
          : undefined;
  if (!writer?.test(text)) return false;
  const noun = flag === 'legal' ? t.lawNoun : flag === 'public' ? t.pressNoun : undefined;
  return !noun || noun.test(text.slice(start, end));
}

/** Whether the cue at `start` lies inside the writer's words for where they work (see `workplace`). */
function atWork(text: string, range: Range, start: number, t: LanguageCues): boolean {
  const w = t.workplace;
  if (!w) return false;
  const sentence = text.slice(range.start, range.end);
  let inside = false;
  eachMatch(w, sentence, (m) => {
    const from = range.start + m.index;
    if (from > start) return true;
    inside = start < from + m[0].length;
    return inside;
  });
  return inside;
}

// How far after a cue a message may take it back: the rest of its paragraph, not a whole long email.
const WITHDRAW_REACH = 80;

/**
 * A threat the message takes back after stating it (本来想找12315投诉的，后来你们退了款，就算了; 差评写好了准备发，
 * 结果…改成五星了): the cue's sentence says it was only meant (本来, 原本, 准备, 差点, 刚才说要), and something after
 * the cue says it was dropped or no longer needed. A turn before the cue (本来想算了，但…我还是要投诉) starts a new
 * intent, so "only meant" is looked for after it; a drop said as a condition (如果今天解决了就算了) drops nothing.
 */
function withdrawnAfter(
  text: string,
  sentence: SentenceReading,
  clause: Range,
  start: number,
  end: number,
  t: LanguageCues,
): boolean {
  if (!t.meantTo || !t.dropped) return false;
  const upTo = Math.max(end, clause.end);
  if (!t.meantTo.test(text.slice(sentence.range.start, upTo))) return false;
  if (!t.meantTo.test(text.slice(sentence.range.start + turnBefore(sentence, start, t), upTo))) return false;
  const after = text.slice(end, end + WITHDRAW_REACH);
  let dropped = false;
  eachMatch(t.dropped, after, (m) => {
    // The drop's own clause, up to it: a condition there (如果…解决了就算了) makes it one, and someone's word for
    // it (你们说处理好了) is not the writer's.
    const lead = after.slice(0, m.index);
    const own = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('。')) + 1);
    if (!t.conditional.test(own) && !(t.hearsay?.test(own) ?? false)) dropped = true;
    return dropped;
  });
  return dropped;
}

/**
 * Harm as the escalation model reads it, once readCue has vetoed the model's strongest n-gram: threatened unless the
 * sentence is someone else's, or the words are quoted. A threat of violence or self-harm is often said in the
 * negative ("it won't be in one piece when I leave", "I don't want to be here anymore"), so a negator before the
 * n-gram does not undo it as it undoes a cue. Called by learned/raise.ts only when the model is sure of the harm
 * (HARM_UNNEGATED there, with its figures).
 */
export function readHarm(
  text: string,
  start: number,
  end: number,
  sentence: SentenceReading,
): EscalationStrength | null {
  if (sentence.thirdParty || quoted(text, sentence, start, end) || inOthersWords(text, start, end)) return null;
  return 'threatened';
}

/**
 * Reads one cue in its sentence: null when the customer is not doing what the cue names (a question about how
 * it works, a negated intent, a resolved past event, someone else's request, praise), else the strength.
 */
export function readCue(
  text: string,
  cue: Cue | PairCue,
  start: number,
  end: number,
  sentence: SentenceReading,
  message: MessageReading,
  t: LanguageCues,
): EscalationStrength | null {
  const { kind } = cue;
  const clause = clauseAt(text, sentence.range, start);
  const safety = kind === 'harm';
  const proxy = !!cue.proxy;
  if (sentence.thirdParty && !proxy && !ownAfterTurn(sentence, start, t)) return null;
  if (quoted(text, sentence, start, end) || inOthersWords(text, start, end)) return null;
  // "Pasting our chat:", 贴返个group俾你睇: the line that hands over a chat does nothing to us.
  if (!safety && inPasteIntro(text, start, end)) return null;
  if (ownTrade(text, cue.flag, start, end, t) || atWork(text, sentence.range, start, t)) return null;
  if (cue.flag === 'abuse' && (t.selfAimed?.test(text.slice(Math.max(clause.start, start - 12), start)) ?? false))
    return null;
  // Someone else's act is reported, not threatened; a threat of harm is answered whoever makes it.
  if (!safety && !proxy && someoneElse(text, clause, start, sentence.range, t)) return null;
  if (
    !negativeByDesign(cue) &&
    (mayIn(sentence, start, end) & SELF_NEGATED) !== 0 &&
    t.selfNegated.test(text.slice(start, end))
  )
    return null;

  let part = conditionalPart(sentence, start, end, t);
  // A cue that opens on its own subject after a condition with no comma ("if this isn't sorted by Friday I'm
  // cancelling") is the consequence, and the condition's negation is not its own.
  let opens = false;
  if (part === 'if') {
    t.scopeBreak.lastIndex = 0;
    opens =
      (t.scopeBreak.exec(text.slice(start, end))?.index === 0 &&
        !(
          (mayIn(sentence, Math.max(sentence.range.start, start - 8), start) & CONDITIONAL) !== 0 &&
          t.conditional.test(text.slice(Math.max(sentence.range.start, start - 8), start))
        )) ||
      ((mayIn(sentence, end, sentence.range.end) & SUBJECT_OF_THREAT) !== 0 &&
        (t.subjectOfThreat?.test(text.slice(end, sentence.range.end)) ?? false));
    if (opens) part = 'then';
  }
  // "If nobody calls me back tonight…" sets the condition for a threat; it does not say anyone was chased.
  if (cue.flag === 'repeat-contact' && part === 'if') return null;
  if (cue.flag === 'repeat-contact' && (sentence.may & APOLOGY) !== 0 && t.apology?.test(sentence.text)) return null;
  let scope = scopeBefore(text, clause, start, end, t);
  // An insult noun after a modifier (不办事的饭桶, 唔好再派個廢柴, 这群废物) is not negated by the modifier's 不.
  if (cue.flag === 'abuse') scope = scope.replace(MODIFIED, '');
  // Reluctance is no refusal when the sentence goes on to say the writer is being pushed to it ("I really don't want to
  // involve lawyers, but you're leaving me no choice").
  const negated = !opens && t.negation.test(scope) && !(t.forced?.test(text.slice(end, sentence.range.end)) ?? false);
  // "If you don't refund me…" negates the refund only to demand it.
  if (negated && !(part === 'if' && kind === 'ask')) return null;
  // A topic put first, then refused by the writer (差评我就不给了, 律师我是不会请的): the negator stands between the pair's
  // parts. Only the writer's own refusal: in 你们店长不出来 the negation is the condition's.
  if ('what' in cue && !negativeByDesign(cue) && TOPIC_REFUSED.test(text.slice(start, end))) return null;

  const clauseText = text.slice(clause.start, clause.end);
  const inClause = mayIn(sentence, clause.start, clause.end);
  // The cue names a policy asked about, not a demand (退款规则, 赔偿标准是怎样的, 拒付一般是什么流程): the words
  // right after it make it the topic. Another cue in the message (按规则就该退，给我退了) still reads on its own.
  if (
    !safety &&
    kind !== 'said' &&
    ((t.policyAfter?.test(text.slice(end, Math.min(end + 12, sentence.range.end))) ?? false) ||
      ((t.policyBefore?.test(text.slice(Math.max(sentence.range.start, start - 40), start)) ?? false) &&
        !t.threat.test(clauseText) &&
        !t.demand.test(t.infoAsk ? clauseText.replace(t.infoAsk, ' ') : clauseText)))
  )
    return null;
  if (!safety && withdrawnAfter(text, sentence, clause, start, end, t)) return null;
  if (!safety && (t.selfCorrected?.test(text.slice(end, end + 12)) ?? false)) return null;
  if (!safety && kind !== 'said') {
    // A report of something done stays a statement when a question follows it in the same sentence.
    const reported =
      (inClause & TAKEN) !== 0 &&
      t.taken.test(clauseText) &&
      !/[?？]/.test(clauseText) &&
      !((inClause & CONDITIONAL) !== 0 && t.conditional.test(clauseText)) &&
      // 係咪买咗七日内都可以退: the past inside a yes/no question is part of what is asked.
      !(t.yesNo?.test(clauseText) ?? false);
    // Without a question mark, the cue's own clause must ask: "let me know how to export my data, I'm leaving"
    // asks in one clause and states in the other.
    // A decision stated in its own clause before the question (准备换联通，号码怎么转？) is not asked about.
    const decided = DECIDED.test(clauseText) && !/[?？]/.test(clauseText) && !t.conditional.test(clauseText);
    const asking =
      (sentence.asks && !decided) ||
      sentence.opened ||
      (sentence.question && (inClause & QUESTION) !== 0 && t.question.test(clauseText));
    if (asking && !sentence.rhetorical && !reported && !(kind === 'ask' && sentence.request)) return null;
  }
  if (!safety && (cue.flag !== 'abuse' || ('undirected' in cue && cue.undirected))) {
    // An ultimatum ("sorted by Friday or I go to the ombudsman") names the fix it wants, not one it got.
    // The cue's own clause saying it is over (补偿收到了, 拒付我已经撤销了) settles it whatever the message's tone:
    // an apology or a sigh of relief reads as negative valence.
    // A sentence that opens on the past (之前…拒付过, 去年那次…) and says it ended settles it too, whatever the tone.
    const pastAndOver = PAST.test(sentence.text) && t.resolved.test(sentence.text) && !t.complaint.test(sentence.text);
    const settled =
      part !== 'then' &&
      // The message's "resolved" must come with a warm message: a neutral one ("the light was back on") is no sign.
      ((!sentence.complaint &&
        ((sentence.resolved && message.valence >= 0) || (message.resolved && message.valence > 0))) ||
        ((inClause & RESOLVED) !== 0 &&
          t.resolved.test(clauseText) &&
          !((inClause & COMPLAINT) !== 0 && t.complaint.test(clauseText))) ||
        pastAndOver ||
        forgiven(sentence, t) ||
        overNext(text, sentence, t));
    const turn = turnBefore(sentence, start, t);
    const praised = !sentence.complaint && praisedAround(sentence, start, end, turn, t, kind === 'ask');
    // A warm message lowers what a bare mention means, not what a sentence threatens or demands outright.
    // A request put as a question ("could I speak to someone senior? thanks in advance x") is still asked for
    // however warmly the message signs off, unless the message praises anywhere ("Who's your manager? She was
    // so helpful").
    const warm =
      kind !== 'act' &&
      !(kind === 'ask' && sentence.request && !sentence.praise && !t.praise.test(text)) &&
      turn === 0 &&
      message.valence >= 0.5 &&
      !message.insults &&
      !sentence.complaint &&
      !((sentence.may & THREAT) !== 0 && t.threat.test(sentence.text)) &&
      !((sentence.may & DEMAND) !== 0 && t.demand.test(sentence.text));
    if (settled || praised || warm) return null;
  }

  const strength = strengthOf(text, cue, start, clause, sentence, part, t);
  return strength && t.veto?.(text, cue.flag, strength, start, sentence.range) ? null : strength;
}

function strengthOf(
  text: string,
  cue: Cue | PairCue,
  start: number,
  clause: Range,
  sentence: SentenceReading,
  part: 'if' | 'then' | null,
  t: LanguageCues,
): EscalationStrength | null {
  const { kind } = cue;
  const inClause = mayIn(sentence, clause.start, clause.end);
  const clauseText = text.slice(clause.start, clause.end);
  if (kind === 'said') return 'taken';
  if (kind === 'harm') return 'threatened';
  const perfect = (t.perfect ?? PERFECT).test(clauseText);
  const done =
    (inClause & TAKEN) !== 0 &&
    t.taken.test(clauseText) &&
    (perfect ||
      (!((inClause & THREAT) !== 0 && t.threat.test(clauseText)) &&
        !((inClause & DEMAND) !== 0 && t.demand.test(clauseText))));
  if (kind === 'act') return done ? 'taken' : (cue.strength ?? 'threatened');
  // `ask`: only ending the relationship is something the customer can already have done or can threaten.
  if (cue.flag === 'churn') {
    if (done) return 'taken';
    if (part === 'then') return 'threatened';
    const before = text.slice(clause.start, start);
    if ((mayIn(sentence, clause.start, start) & THREAT) !== 0 && t.threat.test(before)) return 'threatened';
  }
  return cue.strength ?? 'demanded';
}
