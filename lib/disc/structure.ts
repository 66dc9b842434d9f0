import type { DiscStyle } from '../types';

/** A cue found from the shape of a message rather than its words. */
export interface ShapeCue {
  style: DiscStyle;
  cue: string;
  weight: number;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
}

// Every step here is one pass over the text (or a bounded window of it): a 1 MB paste of "!?" or emoji must
// cost a thousand times a 1 KB one, not a million, and never grow the call stack.
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
const EXCLAMATION = /[!！]+/g;
const FIGURE = /\d+(?:[.,:/-]\d+)*/g;
/** "Is it per user or shared?", "是按月还是按年?": weighing precise alternatives. */
const EITHER_OR_EN =
  /\b(?:is|are|was|were|does|do|did|will|would|should|can) (?:it|that|this|they|these|the(?: [\w-]+){1,3}|an? [\w-]+)\b[^?.!\n]{1,60}?\bor\b(?! not\b)[^?.!\n]{1,60}\?/gi;
const EITHER_OR_ZH = /[^。!！?？\n]{1,30}?(?:还是|還是)([^,，。!！?？\n]{1,25})[?？]/g;
/** Quoting a label, a clause or a screen: '…', "…", “…”, 「…」. */
const QUOTE = /(?<![A-Za-z])'[^'\n]{3,60}'(?![A-Za-z])|"[^"\n]{3,60}"|“[^”\n]{2,60}”|「[^」\n]{2,60}」|‘[^’\n]{3,60}’/g;
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)、]|[-•*·][ \t]|[（(]\d{1,2}[)）]|[①-⑩]|第[一二三四五六七八九十]+[，,、:：])/gmu;
const SENTENCE_END = /[.!?。！？;；\n]+/g;
const GREETING = /^\s*(?:hi|hello|dear|good (?:morning|afternoon|evening)|您好|你好|早上好|午安|早安)(?![a-z])/iu;
const SIGN_OFF =
  /(?:thanks? (?:you )?in advance|kind regards|best regards|best wishes|many thanks|thank you(?: (?:very|so) much)?|谢谢|謝謝|感谢|感謝|祝好|順頌商祺)[\s!！.。,，~～]*$/iu;
/** Replies that carry no style, e.g. "ok thanks": they must not count as terse. */
const ACKNOWLEDGEMENT =
  /^\s*(?:ok(?:ay)?|sure|yes|no|thanks?(?: you)?|got it|great|fine|alright|好的?|嗯+|收到|谢谢|謝謝|可以|行|對|对|是的?)[\s!！.。,，~～]*(?:thanks?(?: you)?|谢谢|謝謝)?[\s!！.。,，~～]*$/iu;
/** A sign-off is looked for in this many characters before the trailing punctuation; the longest is 21. */
const SIGN_OFF_WINDOW = 40;
const SIGN_OFF_TRAIL = /[\s!！.。,，~～]/;
/** An acknowledgement is short by definition; longer texts are not tested against it. */
const ACKNOWLEDGEMENT_MAX = 60;

/** Index after the code point at `i`, so a zero-length match never splits a surrogate pair. */
export function nextCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Rough length in "words": Latin words plus CJK characters (a Chinese word averages about 1.6 characters). */
export function lengthUnits(text: string, start = 0, end = text.length): number {
  let latin = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x27;
    if (word && !inWord) latin++;
    inWord = word;
    if (isCjk(c)) cjk++;
  }
  return latin + cjk / 1.6;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f
  );
}

function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (hasNonSpace(text, last, m.index)) out.push(trimSpan(text, last, end));
    last = end;
  }
  if (hasNonSpace(text, last, text.length)) out.push(trimSpan(text, last, text.length));
  return out;
}

function trimSpan(text: string, start: number, end: number): Sentence {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Pushes one cue per match, in a loop: spreading a million matches into push() overflows the stack. */
function pushSpans(out: ShapeCue[], text: string, re: RegExp, style: DiscStyle, cue: string, weight: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex = nextCodePoint(text, re.lastIndex);
      continue;
    }
    out.push({ style, cue, weight, start: m.index, end: m.index + m[0].length });
  }
}

function countMatches(text: string, re: RegExp, atLeast: number): boolean {
  re.lastIndex = 0;
  let n = 0;
  while (n < atLeast && re.exec(text) !== null) n++;
  return n >= atLeast;
}

/**
 * Shape cues for one message. `lexicalStyles` holds the styles already evidenced by words, because a short
 * message only reads as brisk when nothing else in it points elsewhere.
 */
export function shapeCues(text: string, lexicalStyles: ReadonlySet<DiscStyle>): ShapeCue[] {
  const out: ShapeCue[] = [];
  const whole = trimSpan(text, 0, text.length);
  if (whole.start === whole.end) return out;
  const units = lengthUnits(text);
  const sentences = splitSentences(text);
  const acknowledgement = whole.end - whole.start <= ACKNOWLEDGEMENT_MAX && ACKNOWLEDGEMENT.test(text);

  // D: brisk, no small talk.
  const otherStyles = lexicalStyles.has('I') || lexicalStyles.has('S') || lexicalStyles.has('C');
  if (!acknowledgement && !otherStyles && units <= 12 && !GREETING.test(text)) {
    out.push({ style: 'D', cue: 'short-message', weight: 0.8, ...whole });
  }
  if (sentences.length >= 3) {
    let sum = 0;
    for (const s of sentences) sum += lengthUnits(text, s.start, s.end);
    if (sum / sentences.length <= 4 && !lexicalStyles.has('S') && !lexicalStyles.has('I'))
      out.push({ style: 'D', cue: 'terse-sentences', weight: 0.8, ...whole });
  }

  // I: emoji and exclamation (exclamation stays light: upset customers of every style use it).
  pushSpans(out, text, EMOJI, 'I', 'emoji', 1.0);
  pushSpans(out, text, EXCLAMATION, 'I', 'exclamation', 0.4);

  // S: courteous frame.
  const greeting = text.match(GREETING);
  if (greeting?.index !== undefined && greeting[0].trim()) {
    const start = greeting.index + greeting[0].search(/\S/);
    out.push({ style: 'S', cue: 'greeting', weight: 0.3, start, end: greeting.index + greeting[0].length });
  }
  if (units > 6) {
    // A sign-off ends the message, give or take trailing punctuation: matching only there keeps a long text
    // from retrying the phrase list at every position.
    let tail = text.length;
    while (tail > 0 && SIGN_OFF_TRAIL.test(text[tail - 1]!)) tail--;
    const from = Math.max(0, tail - SIGN_OFF_WINDOW);
    const signOff = text.slice(from).match(SIGN_OFF);
    if (signOff?.index !== undefined) {
      const start = from + signOff.index;
      out.push({ style: 'S', cue: 'sign-off', weight: 0.4, start, end: start + signOff[0].length });
    }
  }

  // C: lists, many questions at once.
  const listFrom = out.length;
  pushSpans(out, text, LIST_ITEM, 'C', 'list', 0.8);
  for (let k = listFrom; k < out.length; k++) {
    const t = trimSpan(text, out[k]!.start, out[k]!.end);
    out[k]!.start = t.start;
    out[k]!.end = t.end;
  }
  if (countMatches(text, FIGURE, 2)) pushSpans(out, text, FIGURE, 'C', 'figure', 0.25);
  pushSpans(out, text, EITHER_OR_EN, 'C', 'either-or', 1.0);
  // Its lazy 30-character lead is tried at every position: only run it when 还是 / 還是 is there at all.
  EITHER_OR_ZH.lastIndex = text.includes('还是') || text.includes('還是') ? 0 : text.length;
  for (let m = EITHER_OR_ZH.exec(text); m !== null; m = EITHER_OR_ZH.exec(text)) {
    // 能还是不能 / 过了还是没过 is a demand for a yes or no, not a weighing of details.
    if (/^[不没沒]/.test(m[1] ?? '')) continue;
    // 我是等一等还是再按一次? asks what to do, which the lexicon reads as a request for guidance.
    if (/^\s*(?:我|要我)/.test(m[0])) continue;
    out.push({ style: 'C', cue: 'either-or', weight: 1.0, start: m.index, end: m.index + m[0].length });
  }
  pushSpans(out, text, QUOTE, 'C', 'quote', 0.8);
  manyQuestions(text, sentences, out);
  return out;
}

/** Three or more question marks: one cue from the sentence holding the first to the last mark. */
function manyQuestions(text: string, sentences: readonly Sentence[], out: ShapeCue[]): void {
  let first = -1;
  let last = -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3f && c !== 0xff1f) continue;
    if (first < 0) first = i;
    last = i;
    n++;
  }
  if (n < 3) return;
  let from = first;
  for (const s of sentences) {
    if (s.end > first) {
      from = s.start;
      break;
    }
  }
  out.push({ style: 'C', cue: 'many-questions', weight: 0.8, start: from, end: last + 1 });
}
