import type { CompiledPack, Entry, WordNode } from './pack';
import { matchEnd, matchTrie, WORD_FILTER_MASK } from './pack';
import { SKIP } from './sanitize';

/** A lexicon entry found in the text. Positions are UTF-16 offsets into the scanned text. */
export interface Hit {
  start: number;
  end: number;
  entry: Entry;
  /** Word (English) or character (Chinese) position, so windows mean the same in both scripts. */
  unit: number;
  unitEnd: number;
  clause: number;
  sentence: number;
  caps: boolean;
  stretched: boolean;
  /** Masked profanity such as f*** matched by shape, not by lookup. */
  masked: boolean;
}

/** A run of ! ? 。 . or … of length ≥ 2 (a single ! is counted too, as a lighter cue). */
export interface PunctRun {
  start: number;
  end: number;
  kind: '!' | '?' | '.';
  length: number;
  sentence: number;
}

export interface Scan {
  hits: Hit[];
  puncts: PunctRun[];
  /** Sentence ids that end with a question mark. */
  questions: Set<number>;
  words: number;
  capsWords: number;
  units: number;
  sentences: number;
}

enum C {
  Bang = 0x21,
  Question = 0x3f,
  Dot = 0x2e,
  FullBang = 0xff01,
  FullQuestion = 0xff1f,
  FullStop = 0x3002,
  Ellipsis = 0x2026,
}

function isLetter(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}
function isMask(c: number): boolean {
  return c === 0x2a || c === 0x23 || c === 0x40 || c === 0x24 || c === 0x25;
}
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 1;
}
/** Characters that end a clause: negation and intensifiers do not reach across them. */
function isClauseBreak(c: number): boolean {
  return (
    c === 0x2c || c === 0x3b || c === 0x3a || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x3001 || c === 0x0a
  );
}
function isSentenceBreak(c: number): boolean {
  return (
    c === C.Bang ||
    c === C.Question ||
    c === C.Dot ||
    c === C.FullBang ||
    c === C.FullQuestion ||
    c === C.FullStop ||
    c === C.Ellipsis ||
    c === 0x0a
  );
}

interface Word {
  start: number;
  end: number;
  /** Lower-cased word, built on first use: most words are rejected by the hash filter without it. */
  lower: string | null;
  caps: boolean;
  masked: boolean;
  /** FNV-1a of the lower-cased word, computed while reading it (see wordHash in pack.ts). */
  hash: number;
  /** Only ASCII letters, digits and apostrophes, so `hash` is exact and the filter applies. */
  simple: boolean;
  hasSkip: boolean;
  upper: boolean;
  curly: boolean;
}

/** Reads a Latin word at i (letters, digits, inner apostrophes, mask symbols after a letter). */
function readWord(text: string, i: number): Word | null {
  const n = text.length;
  const c0 = text.charCodeAt(i);
  if (!isLetter(c0) && !isDigit(c0)) return null;
  let j = i;
  let masked = false;
  let hasSkip = false;
  let upper = 0;
  let lowerCount = 0;
  let curly = false;
  let simple = true;
  let h = 0x811c9dc5;
  while (j < n) {
    let c = text.charCodeAt(j);
    if (c >= 0x61 && c <= 0x7a) lowerCount++;
    else if (c >= 0x41 && c <= 0x5a) {
      upper++;
      c |= 0x20;
    } else if (isDigit(c)) {
      // part of the word
    } else if (isLetter(c)) simple = false;
    else if (c === 1) {
      hasSkip = true;
      simple = false;
      j++;
      continue;
    } else if (isApostrophe(c) && j > i && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
      if (c === 0x2019) {
        curly = true;
        c = 0x27;
      }
    } else if (isMask(c) && j > i && isLetter(c0)) {
      masked = true;
      simple = false;
    } else break;
    h = Math.imul(h ^ c, 0x01000193);
    j++;
  }
  const caps = upper >= 3 && lowerCount === 0;
  return { start: i, end: j, lower: null, caps, masked, hash: h >>> 0, simple, hasSkip, upper: upper > 0, curly };
}

function lowerOf(text: string, w: Word): string {
  if (w.lower !== null) return w.lower;
  let raw = text.slice(w.start, w.end);
  if (w.hasSkip) raw = raw.split(SKIP).join('');
  let lower = w.upper || !w.simple ? raw.toLowerCase() : raw;
  if (w.curly) lower = lower.replace(/\u2019/g, "'");
  w.lower = lower;
  return lower;
}

/** False when no pack can hold the word (the hash filter says so); true when it might, or cannot tell. */
function mayHold(packs: readonly CompiledPack[], w: Word): boolean {
  if (!w.simple) return true;
  const bit = w.hash & WORD_FILTER_MASK;
  for (let k = 0; k < packs.length; k++) if (packs[k]!.filter[bit] === 1) return true;
  return false;
}

const LAUGH = /^(?:a?ha){2,}h?$|^(?:he){2,}h?$|^(?:lo)+l$|^lmf?a+o+$|^(?:ja){2,}$|^(?:xa){2,}$/;

/** True when the word has a run of three or more of the same letter ("sooo"). */
function hasRun(w: string): boolean {
  for (let k = 2; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === w.charCodeAt(k - 1) && c === w.charCodeAt(k - 2)) return true;
  }
  return false;
}

/** Collapses letter runs of 3+ to two, then to one: "sooo" → "soo", "so". */
function destretch(w: string): string[] {
  return [w.replace(/(\w)\1{2,}/g, '$1$1'), w.replace(/(\w)\1{2,}/g, '$1')];
}

function lookup(packs: readonly CompiledPack[], key: string): WordNode | undefined {
  for (let k = 0; k < packs.length; k++) {
    const node = packs[k]!.words.get(key);
    if (node !== undefined) return node;
  }
  return undefined;
}

export interface ScanOptions {
  /** Packs consulted for Latin words, first match wins. */
  latin: readonly CompiledPack[];
  /** Pack whose trie reads Han characters, emoji and emoticons. */
  trie: CompiledPack;
  /** Known profanity, for matching masked forms like f*** or sh*t. */
  profanity: readonly string[];
}

/** Masked word ↔ profanity: same length, the visible letters in the same places. */
export function unmask(word: string, profanity: readonly string[]): string | null {
  for (const p of profanity) {
    if (p.length !== word.length) continue;
    let ok = true;
    let shown = 0;
    for (let k = 0; k < p.length; k++) {
      const c = word.charCodeAt(k);
      if (isMask(c)) continue;
      if (c !== p.charCodeAt(k)) {
        ok = false;
        break;
      }
      shown++;
    }
    if (ok && shown >= 1 && shown < p.length) return p;
  }
  return null;
}

/** Skips spaces and hyphens between the words of a phrase; returns the next word's start or -1. */
function nextWordStart(text: string, k: number): number {
  let m = k;
  const n = text.length;
  while (m < n) {
    const c = text.charCodeAt(m);
    if (c !== 0x20 && c !== 0x2d) break;
    m++;
  }
  return m === k || m >= n ? -1 : m;
}

function isLinkAt(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

/** End of a handle or link: up to the next space or CJK character. */
function skipToken(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c <= 0x20 || c === 0x3000 || c === 0x5b || isHan(c) || c >= 0xff00) break;
    j++;
  }
  return j;
}

export function scan(text: string, opts: ScanOptions): Scan {
  const hits: Hit[] = [];
  const puncts: PunctRun[] = [];
  const questions = new Set<number>();
  const latin = opts.latin;
  const n = text.length;
  let unit = 0;
  let clause = 0;
  let sentence = 0;
  let words = 0;
  let capsWords = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 1) {
      i++;
      continue;
    }
    if (c === 0x0a) {
      clause++;
      sentence++;
      i++;
      continue;
    }
    // @handles and links name things; their words (@Uber_Support, /help/care) are not the writer's mood.
    if (c === 0x40 || ((c === 0x68 || c === 0x77) && isLinkAt(text, i))) {
      i = skipToken(text, i + 1);
      continue;
    }
    if (c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39) : isLetter(c)) {
      const w = readWord(text, i)!;
      words++;
      if (w.caps) capsWords++;
      const node = mayHold(latin, w) ? lookup(latin, lowerOf(text, w)) : undefined;
      let entry: Entry | undefined = node?.entry;
      let end = w.end;
      let len = 1;
      let caps = w.caps;
      // Phrases: follow the word trie while the next words continue an entry; keep the longest.
      if (node?.next) {
        let cur: WordNode | undefined = node;
        let k = w.end;
        let count = 1;
        let allCaps = w.caps;
        while (cur?.next) {
          const m = nextWordStart(text, k);
          if (m < 0) break;
          const nw = readWord(text, m);
          if (!nw || !mayHold(latin, nw)) break;
          cur = cur.next.get(lowerOf(text, nw));
          if (!cur) break;
          count++;
          k = nw.end;
          allCaps &&= nw.caps;
          if (cur.entry) {
            entry = cur.entry;
            end = nw.end;
            len = count;
            caps = allCaps;
          }
        }
      }
      let stretched = false;
      if (!entry && w.end - w.start >= 3 && hasRun(lowerOf(text, w))) {
        for (const d of destretch(lowerOf(text, w))) {
          entry = lookup(latin, d)?.entry;
          if (entry) {
            stretched = true;
            break;
          }
        }
      }
      // Laughter has no fixed length: hahahah, hehehe, lolol, lmaooo all read as "haha".
      if (!entry && w.end - w.start >= 4 && LAUGH.test(lowerOf(text, w))) entry = lookup(latin, 'haha')?.entry;
      if (!entry && w.masked) {
        const p = unmask(lowerOf(text, w), opts.profanity);
        if (p) entry = lookup(latin, p)?.entry;
      }
      if (entry) {
        hits.push({
          start: i,
          end,
          entry,
          unit,
          unitEnd: unit + len,
          clause,
          sentence,
          caps,
          stretched,
          masked: w.masked,
        });
        words += len - 1;
      }
      unit += len;
      i = end;
      continue;
    }
    // Han, emoji, emoticons: longest trie entry from here.
    const entry = matchTrie(opts.trie, text, i);
    if (entry) {
      const end = matchEnd;
      let hanCount = 0;
      for (let k = i; k < end; k++) if (isHan(text.charCodeAt(k))) hanCount++;
      const units = hanCount > 0 ? hanCount : 1;
      hits.push({
        start: i,
        end,
        entry,
        unit,
        unitEnd: unit + units,
        clause,
        sentence,
        caps: false,
        stretched: false,
        masked: false,
      });
      unit += units;
      if (entry.contrast) clause++;
      i = end;
      continue;
    }
    if (isHan(c)) {
      unit++;
      i++;
      continue;
    }
    if (isSentenceBreak(c)) {
      let j = i + 1;
      let bangs = c === C.Bang || c === C.FullBang ? 1 : 0;
      let qs = c === C.Question || c === C.FullQuestion ? 1 : 0;
      let dots = c === C.Dot || c === C.FullStop ? 1 : c === C.Ellipsis ? 3 : 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === C.Bang || d === C.FullBang) bangs++;
        else if (d === C.Question || d === C.FullQuestion) qs++;
        else if (d === C.Dot || d === C.FullStop) dots++;
        else if (d === C.Ellipsis) dots += 3;
        else break;
        j++;
      }
      // A dot inside a token (3.5, e.g, a URL) is not punctuation.
      if (c === C.Dot && j === i + 1 && i + 1 < n && !isSpace(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      if (qs > 0) questions.add(sentence);
      if (bangs > 0) puncts.push({ start: i, end: j, kind: '!', length: bangs, sentence });
      if (qs >= 2) puncts.push({ start: i, end: j, kind: '?', length: qs, sentence });
      if (dots >= 3) puncts.push({ start: i, end: j, kind: '.', length: dots, sentence });
      clause++;
      sentence++;
      i = j;
      continue;
    }
    if (isClauseBreak(c)) clause++;
    i++;
  }
  return { hits, puncts, questions, words, capsWords, units: unit, sentences: sentence + 1 };
}
