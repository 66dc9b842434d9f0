import type { DiscCue, DiscStyle } from '../types';
import * as caps from './caps';
import * as prefix from './prefix';

// Read once: run as CommonJS (tsx, the batch command), each use of an imported binding is a getter call.
const { usefulRepeats } = caps;
const { fold, startStrings } = prefix;

// One pass over the text notes its lengths, sentences, question marks and which characters it holds; each
// pattern below then runs only when the characters it needs are there, and stops collecting once its cue can
// add nothing more (caps.ts). So every step is linear: a 1 MB paste of "!?" or emoji costs a thousand times a
// 1 KB one, not a million, and never grows the call stack.
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
const EXCLAMATION = /[!！]+/g;
const FIGURE = /\d+(?:[.,:/-]\d+)*/g;
/** "Is it per user or shared?", "是按月还是按年?": weighing precise alternatives. */
const EITHER_OR_EN =
  /\b(?:is|are|was|were|does|do|did|will|would|should|can) (?:it|that|this|they|these|the(?: [\w-]+){1,3}|an? [\w-]+)\b[^?.!\n]{1,60}?\bor\b(?! not\b)[^?.!\n]{1,60}\?/gi;
const EITHER_OR_ZH = /[^。!！?？\n]{1,30}?(?:还是|還是)([^,，。!！?？\n]{1,25})[?？]/g;
/** The most characters EITHER_OR_ZH reads before its 还是 / 還是 (its {1,30}). */
const EITHER_OR_ZH_LEAD = 30;
/** Quoting a label, a clause or a screen: '…', "…", “…”, 「…」. */
const QUOTE = /(?<![A-Za-z])'[^'\n]{3,60}'(?![A-Za-z])|"[^"\n]{3,60}"|“[^”\n]{2,60}”|「[^」\n]{2,60}」|‘[^’\n]{3,60}’/g;
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)、]|[-•*·][ \t]|[（(]\d{1,2}[)）]|[①-⑩]|第[一二三四五六七八九十]+[，,、:：])/gmu;
const GREETING_WORDS = '(?:hi|hello|dear|good (?:morning|afternoon|evening)|您好|你好|早上好|午安|早安)(?![a-z])';
const GREETING = new RegExp(`^\\s*${GREETING_WORDS}`, 'iu');
const SIGN_OFF =
  /(?:thanks? (?:you )?in advance|kind regards|best regards|best wishes|many thanks|thank you(?: (?:very|so) much)?|谢谢|謝謝|感谢|感謝|祝好|順頌商祺)[\s!！.。,，~～]*$/iu;
/** Replies that carry no style, e.g. "ok thanks": they must not count as terse. */
const ACKNOWLEDGEMENT_WORDS =
  '(?:ok(?:ay)?|sure|yes|no|thanks?(?: you)?|got it|great|fine|alright|好的?|嗯+|收到|谢谢|謝謝|可以|行|對|对|是的?)[\\s!！.。,，~～]*(?:thanks?(?: you)?|谢谢|謝謝)?[\\s!！.。,，~～]*$';
const ACKNOWLEDGEMENT = new RegExp(`^\\s*${ACKNOWLEDGEMENT_WORDS}`, 'iu');
/** A sign-off is looked for in this many characters before the trailing punctuation; the longest is 21. */
const SIGN_OFF_WINDOW = 40;
/** An acknowledgement is short by definition; longer texts are not tested against it. */
const ACKNOWLEDGEMENT_MAX = 60;

/**
 * The code units a match of `words` (case-insensitive) can begin with, as a table, read from the pattern by
 * prefix.ts: both patterns above open with ^\\s*, so the text's first non-space must be one of them, and most
 * messages are spared the regex. Every unit when the pattern cannot be listed.
 */
function opening(words: string): Uint8Array {
  const firsts = new Set((startStrings(words) ?? []).map((w) => w.charCodeAt(0)));
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (firsts.size === 0 || firsts.has(fold(c))) t[c] = 1;
  return t;
}
const GREETING_OPENS = opening(GREETING_WORDS);
const ACKNOWLEDGEMENT_OPENS = opening(ACKNOWLEDGEMENT_WORDS);

/** How many matches of each repeatable shape cue can still add to the score. */
const KEEP = {
  emoji: usefulRepeats('emoji', 1.0),
  exclamation: usefulRepeats('exclamation', 0.4),
  list: usefulRepeats('list', 0.8),
  figure: usefulRepeats('figure', 0.25),
  eitherOr: usefulRepeats('either-or', 1.0),
  quote: usefulRepeats('quote', 0.8),
};

/** Index after the code point at `i`, so a zero-length match never splits a surrogate pair. */
export function nextCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

// What each code unit is, as bits, so the one pass reads one table entry per character.
const SPACE = 1;
const WORD = 2;
const CJK = 4;
/** Ends a sentence: . ! ? 。 ！ ？ ; ； and a line break. */
const END = 8;
/** A line break as ^ in a multiline pattern sees one. */
const BREAK = 16;
/** Can open a list line (after spaces and tabs): a digit, - • * ·, （ (, ①–⑩, 第. */
const LIST = 32;
/** Opens a quotation: " “ 「 ‘ (an apostrophe only off a letter, which read() checks). */
const QUOTE_MARK = 64;
/** \p{Extended_Pictographic} in the BMP (©, ☀, ⭐ …), or half of a surrogate pair (astral emoji). */
const PICTOGRAPHIC = 128;
const DIGIT = 256;
const BANG = 512;
const QUESTION = 1024;
/** May follow a sign-off at the end: spaces and ! ！ . 。 , ， ~ ～. */
const TRAIL = 2048;
/** Ends one of the sign-off phrases (regards, thanks, thank you, much, advance, 谢谢, 謝謝, 祝好, 順頌商祺). */
const SIGN_OFF_LAST = 4096;
/** 还 or 還, which with 是 after it opens a Chinese either-or. */
const HAI = 8192;

const CHAR_CLASS = (() => {
  const t = new Uint16Array(0x10000);
  const mark = (chars: string, f: number) => {
    for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)]! |= f;
  };
  const span = (from: number, to: number, f: number) => {
    for (let c = from; c <= to; c++) t[c]! |= f;
  };
  mark(' \u00a0\u3000\ufeff\u2028\u2029\u1680\u202f\u205f', SPACE);
  span(0x09, 0x0d, SPACE);
  span(0x2000, 0x200a, SPACE);
  span(0x30, 0x39, WORD | LIST | DIGIT);
  span(0x41, 0x5a, WORD);
  span(0x61, 0x7a, WORD);
  // An apostrophe opens a quotation only off a letter (QUOTE's lookbehind): read() looks at the one before.
  mark("'", WORD);
  span(0x3400, 0x9fff, CJK);
  span(0xf900, 0xfaff, CJK);
  mark('.!?。！？;；\n', END);
  mark('\n\r\u2028\u2029', BREAK);
  mark('-•*·（(第', LIST);
  span(0x2460, 0x2469, LIST);
  mark('"“「‘', QUOTE_MARK);
  mark('!！', BANG);
  mark('?？', QUESTION);
  for (let c = 0; c < 0x10000; c++) if (t[c]! & SPACE) t[c]! |= TRAIL;
  mark('!！.。,，~～', TRAIL);
  // /iu also folds ſ (long s) to s.
  mark('sSſeEuUhH谢謝好祺', SIGN_OFF_LAST);
  mark('还還', HAI);
  span(0xd800, 0xdfff, PICTOGRAPHIC);
  // One scan over every other BMP character finds the pictographic ones (testing each would cost 20 ms).
  let all = '';
  for (let c = 0; c < 0xd800; c += 0x800) all += String.fromCharCode(...Array.from({ length: 0x800 }, (_, k) => c + k));
  for (let c = 0xe000; c < 0x10000; c += 0x800)
    all += String.fromCharCode(...Array.from({ length: 0x800 }, (_, k) => c + k));
  for (const m of all.matchAll(/\p{Extended_Pictographic}/gu)) t[m[0].charCodeAt(0)]! |= PICTOGRAPHIC;
  return t;
})();

/** What one pass over a message found. Reused from message to message. */
interface Reading {
  /** The text without leading and trailing spaces, as [start, end). */
  start: number;
  end: number;
  units: number;
  sentences: number;
  /** Sum of the sentences' lengths in units, added sentence by sentence. */
  sentenceUnits: number;
  questions: number;
  firstQuestion: number;
  lastQuestion: number;
  /** Start of the first sentence ending after the first question mark, or -1. */
  questionSentence: number;
  exclamation: boolean;
  pictographic: boolean;
  digit: boolean;
  listLine: boolean;
  quoteMark: boolean;
  questionMark: boolean;
  or: boolean;
  /** 还是 or 還是 occurs. */
  haiShi: boolean;
  /** Where the first 还是 / 還是 starts, or -1. */
  haiShiAt: number;
}

const READING: Reading = {
  start: 0,
  end: 0,
  units: 0,
  sentences: 0,
  sentenceUnits: 0,
  questions: 0,
  firstQuestion: -1,
  lastQuestion: -1,
  questionSentence: -1,
  exclamation: false,
  pictographic: false,
  digit: false,
  listLine: false,
  quoteMark: false,
  questionMark: false,
  or: false,
  haiShi: false,
  haiShiAt: -1,
};

/**
 * Reads the text once. A sentence is what lies between runs of sentence-ending characters, with its ending
 * run, trimmed of spaces, and counted when it holds anything but spaces; a Latin word never crosses a
 * sentence end, so the whole text's length is the sum of its pieces'.
 */
function read(text: string): Reading {
  const r = READING;
  const classes = CHAR_CLASS;
  const len = text.length;
  let seen = 0;
  let latin = 0;
  let cjk = 0;
  let inWord = false;
  let sentences = 0;
  let sentenceUnits = 0;
  let questions = 0;
  let firstQuestion = -1;
  let lastQuestion = -1;
  let questionSentence = -1;
  let listLine = false;
  let or = false;
  let first = -1;
  let lastNonSpace = -1;
  // The piece being read: its first non-space (or -1) and its counts so far.
  let pieceFirst = -1;
  let pieceLatin = 0;
  let pieceCjk = 0;
  let lineStart = true;
  let prevO = false;
  let haiShiAt = -1;
  let apostropheQuote = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const f = classes[c]!;
    if (f & END) {
      // A run of sentence ends closes the piece before it.
      let runEnd = i;
      for (let g = f; g & END; g = runEnd < len ? classes[text.charCodeAt(runEnd)]! : 0) {
        seen |= g;
        if (g & QUESTION) {
          if (firstQuestion < 0) firstQuestion = runEnd;
          lastQuestion = runEnd;
          questions++;
        }
        if (!(g & SPACE)) {
          if (first < 0) first = runEnd;
          lastNonSpace = runEnd;
        }
        runEnd++;
      }
      if (pieceFirst >= 0) {
        sentences++;
        sentenceUnits += pieceLatin + pieceCjk / 1.6;
        if (questionSentence < 0 && firstQuestion >= 0) {
          let end = runEnd;
          while (end > pieceFirst && classes[text.charCodeAt(end - 1)]! & SPACE) end--;
          if (end > firstQuestion) questionSentence = pieceFirst;
        }
      }
      // Only "\n" among the sentence ends is a line break; a list may open the next line.
      lineStart = text.charCodeAt(runEnd - 1) === 0x0a;
      pieceFirst = -1;
      pieceLatin = 0;
      pieceCjk = 0;
      inWord = false;
      prevO = false;
      i = runEnd;
      continue;
    }
    seen |= f;
    if (!(f & SPACE)) {
      if (first < 0) first = i;
      lastNonSpace = i;
      if (pieceFirst < 0) pieceFirst = i;
    }
    if (f & WORD) {
      if (!inWord) {
        latin++;
        pieceLatin++;
        inWord = true;
      }
      const lower = c | 0x20;
      if (c === 0x27 && !apostropheQuote) apostropheQuote = i === 0 || !isLetter(text.charCodeAt(i - 1));
      if (prevO && lower === 0x72) or = true;
      prevO = lower === 0x6f;
    } else {
      inWord = false;
      prevO = false;
      if (f & CJK) {
        cjk++;
        pieceCjk++;
        if (c === 0x662f && haiShiAt < 0 && i > 0 && classes[text.charCodeAt(i - 1)]! & HAI) haiShiAt = i - 1;
      }
    }
    if (lineStart && c !== 0x20 && c !== 0x09) {
      if (f & LIST) listLine = true;
      lineStart = false;
    }
    if (f & BREAK) lineStart = true;
    i++;
  }
  if (pieceFirst >= 0) {
    sentences++;
    sentenceUnits += pieceLatin + pieceCjk / 1.6;
    if (questionSentence < 0 && firstQuestion >= 0) {
      let end = len;
      while (end > pieceFirst && classes[text.charCodeAt(end - 1)]! & SPACE) end--;
      if (end > firstQuestion) questionSentence = pieceFirst;
    }
  }
  r.start = Math.max(first, 0);
  r.end = first < 0 ? 0 : lastNonSpace + 1;
  r.units = latin + cjk / 1.6;
  r.sentences = sentences;
  r.sentenceUnits = sentenceUnits;
  r.questions = questions;
  r.firstQuestion = firstQuestion;
  r.lastQuestion = lastQuestion;
  r.questionSentence = questionSentence;
  r.exclamation = (seen & BANG) !== 0;
  r.pictographic = (seen & PICTOGRAPHIC) !== 0;
  r.digit = (seen & DIGIT) !== 0;
  r.listLine = listLine;
  r.quoteMark = (seen & QUOTE_MARK) !== 0 || apostropheQuote;
  r.questionMark = questions > 0;
  r.or = or;
  r.haiShi = haiShiAt >= 0;
  r.haiShiAt = haiShiAt;
  return r;
}

function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && CHAR_CLASS[text.charCodeAt(s)]! & SPACE) s++;
  return s;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && CHAR_CLASS[text.charCodeAt(e - 1)]! & SPACE) e--;
  return e;
}

/** Bit per style, for the styles the wording already evidenced. */
export const STYLE_BIT: Readonly<Record<DiscStyle, number>> = { D: 1, I: 2, S: 4, C: 8 };

/** Collects one message's shape cues into the caller's list, in the order the scoring expects. */
class Collector {
  constructor(
    readonly out: DiscCue[],
    readonly messageIndex: number,
  ) {}

  push(style: DiscStyle, cue: string, weight: number, start: number, end: number): DiscCue {
    const c: DiscCue = { style, cue, weight, start, end, messageIndex: this.messageIndex, text: '' };
    this.out.push(c);
    return c;
  }

  /** Up to `keep` matches of `re`, each as a cue; `skip` drops a match without counting it. */
  spans(
    text: string,
    re: RegExp,
    style: DiscStyle,
    cue: string,
    weight: number,
    keep: number,
    skip?: (start: number, end: number) => boolean,
  ): void {
    re.lastIndex = 0;
    let kept = 0;
    while (kept < keep) {
      const m = re.exec(text);
      if (m === null) break;
      if (!m[0]) {
        re.lastIndex = nextCodePoint(text, re.lastIndex);
        continue;
      }
      const end = m.index + m[0].length;
      if (skip?.(m.index, end)) continue;
      this.push(style, cue, weight, m.index, end);
      kept++;
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether FIGURE finds two numbers or more, without running it: a digit opens a match unless it goes on a run
 * of digits, or follows one of . , : / - right after a digit (FIGURE's greedy match has taken it then).
 */
export function twoFigures(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (isDigit(before)) continue;
    const joined = before === 0x2e || before === 0x2c || before === 0x3a || before === 0x2f || before === 0x2d;
    if (joined && i > 1 && isDigit(text.charCodeAt(i - 2))) continue;
    if (++n === 2) return true;
  }
  return false;
}

/** The longest part EITHER_OR_ZH allows between 还是 / 還是 and its question mark (its {1,25}). */
const EITHER_OR_ZH_TAIL = 25;

/**
 * Whether some 还是 / 還是 from `from` on is followed by 1 to 25 characters other than , ， 。 ! ！ ? ？ and a line
 * break, then ? or ？: every match of EITHER_OR_ZH holds such a run, and most 还是 ("still") have none.
 */
export function askedAfterHaiShi(text: string, from: number): boolean {
  for (let h = from; h + 1 < text.length; h++) {
    if (!(CHAR_CLASS[text.charCodeAt(h)]! & HAI) || text.charCodeAt(h + 1) !== 0x662f) continue;
    const last = Math.min(text.length - 1, h + 2 + EITHER_OR_ZH_TAIL);
    for (let k = h + 2; k <= last; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x3f || c === 0xff1f) {
        if (k > h + 2) return true;
        break;
      }
      if (c === 0x2c || c === 0xff0c || c === 0x3002 || c === 0x21 || c === 0xff01 || c === 0x0a) break;
    }
  }
  return false;
}

/**
 * Shape cues for one message, appended to `out` as evidence of message `messageIndex`. `lexicalStyles` holds
 * the styles already evidenced by words (STYLE_BIT), because a short message only reads as brisk when nothing
 * else in it points elsewhere. `amounts` marks characters already read as an amount or a date: a number
 * there is not counted again as a bare figure. Only matches that can still add to the score are collected.
 */
export function shapeCues(
  text: string,
  lexicalStyles: number,
  messageIndex: number,
  out: DiscCue[],
  amounts: Uint8Array | null,
): void {
  const r = read(text);
  if (r.start === r.end) return;
  const cues = new Collector(out, messageIndex);
  const { units } = r;
  const opens = text.charCodeAt(r.start);
  const acknowledgement =
    r.end - r.start <= ACKNOWLEDGEMENT_MAX && ACKNOWLEDGEMENT_OPENS[opens] === 1 && ACKNOWLEDGEMENT.test(text);
  const greeting = GREETING_OPENS[opens] === 1 ? GREETING.exec(text) : null;

  // D: brisk, no small talk.
  const otherStyles = (lexicalStyles & (STYLE_BIT.I | STYLE_BIT.S | STYLE_BIT.C)) !== 0;
  if (!acknowledgement && !otherStyles && units <= 12 && greeting === null) {
    cues.push('D', 'short-message', 0.8, r.start, r.end);
  }
  if (r.sentences >= 3) {
    if (r.sentenceUnits / r.sentences <= 4 && (lexicalStyles & (STYLE_BIT.S | STYLE_BIT.I)) === 0)
      cues.push('D', 'terse-sentences', 0.8, r.start, r.end);
  }

  // I: emoji and exclamation (exclamation stays light: upset customers of every style use it).
  if (r.pictographic) cues.spans(text, EMOJI, 'I', 'emoji', 1.0, KEEP.emoji);
  if (r.exclamation) cues.spans(text, EXCLAMATION, 'I', 'exclamation', 0.4, KEEP.exclamation);

  // S: courteous frame.
  if (greeting?.[0].trim()) {
    const start = greeting.index + greeting[0].search(/\S/);
    cues.push('S', 'greeting', 0.3, start, greeting.index + greeting[0].length);
  }
  if (units > 6) {
    // A sign-off ends the message, give or take trailing punctuation: matching only there keeps a long text
    // from retrying the phrase list at every position.
    let tail = text.length;
    while (tail > 0 && CHAR_CLASS[text.charCodeAt(tail - 1)]! & TRAIL) tail--;
    // Every phrase ends on one of a few characters, right before the trailing punctuation.
    if (tail > 0 && CHAR_CLASS[text.charCodeAt(tail - 1)]! & SIGN_OFF_LAST) {
      const from = Math.max(0, tail - SIGN_OFF_WINDOW);
      const signOff = text.slice(from).match(SIGN_OFF);
      if (signOff?.index !== undefined) {
        const start = from + signOff.index;
        cues.push('S', 'sign-off', 0.4, start, start + signOff[0].length);
      }
    }
  }

  // C: lists, many questions at once.
  if (r.listLine) {
    const listFrom = out.length;
    cues.spans(text, LIST_ITEM, 'C', 'list', 0.8, KEEP.list);
    for (let k = listFrom; k < out.length; k++) {
      const c = out[k]!;
      const start = trimStart(text, c.start, c.end);
      c.end = trimEnd(text, start, c.end);
      c.start = start;
    }
  }
  if (r.digit && twoFigures(text)) {
    const skip = amounts === null ? undefined : (start: number, end: number) => overlaps(amounts, start, end);
    cues.spans(text, FIGURE, 'C', 'figure', 0.25, KEEP.figure, skip);
  }
  if (r.questionMark && r.or) cues.spans(text, EITHER_OR_EN, 'C', 'either-or', 1.0, KEEP.eitherOr);
  // Its lazy lead of up to EITHER_OR_ZH_LEAD characters is tried at every position: only run it when 还是 / 還是
  // is there at all (most messages: not even one exec call), and from where a match using the first of them
  // could start (none starts earlier).
  const zhEitherOr = r.haiShi && askedAfterHaiShi(text, r.haiShiAt);
  if (zhEitherOr) EITHER_OR_ZH.lastIndex = Math.max(0, r.haiShiAt - EITHER_OR_ZH_LEAD);
  for (let zh = 0; zhEitherOr && zh < KEEP.eitherOr; ) {
    const m = EITHER_OR_ZH.exec(text);
    if (m === null) break;
    // 能还是不能 / 过了还是没过 is a demand for a yes or no, not a weighing of details.
    if (/^[不没沒]/.test(m[1] ?? '')) continue;
    // 我是等一等还是再按一次? asks what to do, which the lexicon reads as a request for guidance.
    if (/^\s*(?:我|要我)/.test(m[0])) continue;
    cues.push('C', 'either-or', 1.0, m.index, m.index + m[0].length);
    zh++;
  }
  if (r.quoteMark) cues.spans(text, QUOTE, 'C', 'quote', 0.8, KEEP.quote);
  // Three or more question marks: one cue from the sentence holding the first to the last mark.
  if (r.questions >= 3) {
    const from = r.questionSentence >= 0 ? r.questionSentence : r.firstQuestion;
    cues.push('C', 'many-questions', 0.8, from, r.lastQuestion + 1);
  }
}

/** Whether any character in [start, end) is marked. */
export function overlaps(map: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (map[i]) return true;
  return false;
}
