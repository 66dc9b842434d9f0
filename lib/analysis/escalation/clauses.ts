import { eachMatch } from '../../text/each-match';

/** A stretch of the message: [start, end) in UTF-16 code units of the text read. */
export interface Range {
  start: number;
  end: number;
}

// A dot followed by a letter or digit stays inside the sentence ($40.00, x.com). A line break ends one, except
// after a colon or before a numbered or bulleted item: a list belongs to the sentence that introduces it
// ("Please confirm:\n1. …\n2. the refund amount").
const SENTENCE =
  /(?:[^.!?。！？;；\n]|\.(?=\w)|(?<=(?:^|\n)[ \t]*\d{1,2})\.(?=\s)|\n(?=[ \t]*(?:\d{1,2}[.)]|[-*•])\s)|(?<=[:：][ \t]*)\n)+[.!?。！？;；…~～]*/g;
// Chat writers in Chinese put a space where a comma goes (退款一般几天到账 我提前规划一下): between Han characters
// a space separates clauses as a comma does.
const CLAUSE_BREAK = /[,，、:：]|\s[-–—]\s|(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;

function trimmed(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Sentences with their closing punctuation, so a question mark stays with its question. */
export function sentencesOf(text: string): Range[] {
  const out: Range[] = [];
  eachMatch(SENTENCE, text, (m) => {
    const r = trimmed(text, m.index, m.index + m[0].length);
    if (r) out.push(r);
  });
  return out;
}

/** The clause of `sentence` that holds position `at`: commas and colons separate clauses. */
export function clauseAt(text: string, sentence: Range, at: number): Range {
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BREAK.lastIndex = 0;
  const part = text.slice(sentence.start, sentence.end);
  eachMatch(CLAUSE_BREAK, part, (m) => {
    const p = sentence.start + m.index;
    if (p < at) start = p + m[0].length;
    else if (p >= at) {
      end = p;
      return true;
    }
  });
  return { start, end };
}

export function sentenceAt(sentences: readonly Range[], at: number): Range | undefined {
  for (const s of sentences) if (at >= s.start && at < s.end) return s;
  return undefined;
}

/**
 * UTF-16 units of a flag's sentence that a result quotes at most. A sentence is what the panel shows when a chip
 * is opened; a list of a thousand lines with no full stop reads as one sentence, and quoting all of it would put
 * 20 KB into every result line.
 */
export const MAX_SHOWN_SENTENCE = 600;

/**
 * The part of `sentence` quoted for a flag whose cue is `cue`: the whole sentence when it is short enough, else
 * a window of MAX_SHOWN_SENTENCE units around the cue, never starting on the low half of a surrogate pair.
 */
export function shownSentence(text: string, sentence: Range, cue: Range): Range {
  if (sentence.end - sentence.start <= MAX_SHOWN_SENTENCE) return sentence;
  const before = Math.floor((MAX_SHOWN_SENTENCE - Math.min(cue.end - cue.start, MAX_SHOWN_SENTENCE)) / 2);
  let start = Math.max(sentence.start, Math.min(cue.start - before, sentence.end - MAX_SHOWN_SENTENCE));
  const low = text.charCodeAt(start);
  if (low >= 0xdc00 && low <= 0xdfff) start++;
  let end = Math.min(sentence.end, start + MAX_SHOWN_SENTENCE);
  const high = text.charCodeAt(end - 1);
  if (high >= 0xd800 && high <= 0xdbff) end--;
  return { start, end };
}
