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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z0-9']+/g;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
const EXCLAMATION = /[!！]+/g;
const QUESTION = /[?？]/g;
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

/** Rough length in "words": Latin words plus CJK characters (a Chinese word averages about 1.6 characters). */
export function lengthUnits(text: string): number {
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  const cjk = text.match(CJK)?.length ?? 0;
  return latin + cjk / 1.6;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (text.slice(last, m.index).trim()) out.push(trimSpan(text, last, end));
    last = end;
  }
  if (text.slice(last).trim()) out.push(trimSpan(text, last, text.length));
  return out;
}

function trimSpan(text: string, start: number, end: number): Sentence {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function spans(text: string, re: RegExp, style: DiscStyle, cue: string, weight: number): ShapeCue[] {
  return [...text.matchAll(re)].map((m) => ({ style, cue, weight, start: m.index, end: m.index + m[0].length }));
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
  const acknowledgement = ACKNOWLEDGEMENT.test(text);

  // D: brisk, no small talk.
  const otherStyles = lexicalStyles.has('I') || lexicalStyles.has('S') || lexicalStyles.has('C');
  if (!acknowledgement && !otherStyles && units <= 12 && !GREETING.test(text)) {
    out.push({ style: 'D', cue: 'short-message', weight: 0.8, ...whole });
  }
  if (sentences.length >= 3) {
    const avg = sentences.reduce((n, s) => n + lengthUnits(text.slice(s.start, s.end)), 0) / sentences.length;
    if (avg <= 4 && !lexicalStyles.has('S') && !lexicalStyles.has('I'))
      out.push({ style: 'D', cue: 'terse-sentences', weight: 0.8, ...whole });
  }

  // I: emoji and exclamation (exclamation stays light: upset customers of every style use it).
  out.push(...spans(text, EMOJI, 'I', 'emoji', 1.0));
  out.push(...spans(text, EXCLAMATION, 'I', 'exclamation', 0.4));

  // S: courteous frame.
  const greeting = text.match(GREETING);
  if (greeting?.index !== undefined && greeting[0].trim()) {
    const start = greeting.index + greeting[0].search(/\S/);
    out.push({ style: 'S', cue: 'greeting', weight: 0.3, start, end: greeting.index + greeting[0].length });
  }
  const signOff = text.match(SIGN_OFF);
  if (signOff?.index !== undefined && units > 6) {
    out.push({
      style: 'S',
      cue: 'sign-off',
      weight: 0.4,
      start: signOff.index,
      end: signOff.index + signOff[0].length,
    });
  }

  // C: lists, many questions at once.
  out.push(...spans(text, LIST_ITEM, 'C', 'list', 0.8).map((c) => trimCue(text, c)));
  const figures = [...text.matchAll(FIGURE)];
  if (figures.length >= 2) out.push(...spans(text, FIGURE, 'C', 'figure', 0.25));
  out.push(...spans(text, EITHER_OR_EN, 'C', 'either-or', 1.0));
  for (const m of text.matchAll(EITHER_OR_ZH)) {
    // 能还是不能 / 过了还是没过 is a demand for a yes or no, not a weighing of details.
    if (/^[不没沒]/.test(m[1] ?? '')) continue;
    // 我是等一等还是再按一次? asks what to do, which the lexicon reads as a request for guidance.
    if (/^\s*(?:我|要我)/.test(m[0])) continue;
    out.push({ style: 'C', cue: 'either-or', weight: 1.0, start: m.index, end: m.index + m[0].length });
  }
  out.push(...spans(text, QUOTE, 'C', 'quote', 0.8));
  const questions = [...text.matchAll(QUESTION)];
  if (questions.length >= 3) {
    const first = questions[0]!;
    const lastQ = questions[questions.length - 1]!;
    const from = sentences.find((s) => s.end > first.index)?.start ?? first.index;
    out.push({ style: 'C', cue: 'many-questions', weight: 0.8, start: from, end: lastQ.index + 1 });
  }
  return out;
}

function trimCue(text: string, c: ShapeCue): ShapeCue {
  const t = trimSpan(text, c.start, c.end);
  return { ...c, start: t.start, end: t.end };
}
