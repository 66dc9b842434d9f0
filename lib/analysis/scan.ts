import type { CompiledPack, Entry, FlatTrie, WordNode } from './pack';
import { WordIndex } from './pack';
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
  /** Sentence ids that end with a question mark; null when there are none (most messages: no Set to build). */
  questions: Set<number> | null;
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

/** The word being read. Two are reused for every word of every message (see W0, W1): no allocation. */
class Word {
  start = 0;
  end = 0;
  /** Lower-cased word, built on first use: most words are rejected without it. */
  lower: string | null = null;
  caps = false;
  masked = false;
  /** FNV-1a of the lower-cased word, computed while reading it (see wordHash in pack.ts). */
  hash = 0;
  /** Only ASCII letters, digits and apostrophes, so `hash` is exact and the index can compare in place. */
  simple = true;
  hasSkip = false;
  upper = false;
  curly = false;
  /** Three of the same lower-cased character in a row ("sooo"); exact for simple words only. */
  run = false;
}
let W0 = new Word();
let W1 = new Word();

/** Reads a Latin word at i (letters, digits, inner apostrophes, mask symbols after a letter) into `w`. */
function readWord(text: string, i: number, w: Word): boolean {
  const n = text.length;
  const c0 = text.charCodeAt(i);
  if (!isLetter(c0) && !isDigit(c0)) return false;
  let j = i;
  let masked = false;
  let hasSkip = false;
  let upper = 0;
  let lowerCount = 0;
  let curly = false;
  let simple = true;
  let h = 0x811c9dc5;
  let run = false;
  let p1 = -1;
  let p2 = -2;
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
    if (c === p1 && c === p2) run = true;
    p2 = p1;
    p1 = c;
    j++;
  }
  w.run = run;
  w.start = i;
  w.end = j;
  w.lower = null;
  w.caps = upper >= 3 && lowerCount === 0;
  w.masked = masked;
  w.hash = h >>> 0;
  w.simple = simple;
  w.hasSkip = hasSkip;
  w.upper = upper > 0;
  w.curly = curly;
  return true;
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

/** The word's node in the first pack that has it. */
function lookupWord(index: WordIndex, packs: readonly CompiledPack[], text: string, w: Word): WordNode | undefined {
  if (w.simple) return index.find(text, w.start, w.end, w.hash);
  return lookup(packs, lowerOf(text, w));
}

/** False when no pack can hold the word (the hash filter says so); true when it might, or cannot tell. */
function mayHold(index: WordIndex, w: Word): boolean {
  return !w.simple || index.mayHold(w.hash);
}

/** The same for a word continuing a phrase. */
function mayFollow(index: WordIndex, w: Word): boolean {
  return !w.simple || index.mayFollow(w.hash);
}

/**
 * Whether a word can be laughter at all: every LAUGH alternative starts with a, h, l, j or x, and a word
 * whose first character is not ASCII never lower-cases to one of them.
 */
function mayLaugh(c0: number): boolean {
  const c = c0 | 0x20;
  return c0 < 0x80 && (c === 0x61 || c === 0x68 || c === 0x6c || c === 0x6a || c === 0x78);
}

const LAUGH = /^(?:a?ha){2,}h?$|^(?:he){2,}h?$|^(?:lo)+l$|^lmf?a+o+$|^(?:ja){2,}$|^(?:xa){2,}$/;

/** The letters LAUGH is written with (a e f h j l m o x), one bit each from a. */
const LAUGH_LETTERS = 0b100000000101101010110001;

/**
 * False when a simple word (ASCII letters, digits, apostrophes) has a character LAUGH never uses: "have", "like",
 * "about" are ruled out in place, without the lower-cased copy and the regex run that most such words cost.
 */
function laughLetters(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const d = (text.charCodeAt(k) | 0x20) - 0x61;
    if (d < 0 || d > 25 || ((LAUGH_LETTERS >>> d) & 1) === 0) return false;
  }
  return true;
}

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
  /** The `latin` packs' merged word index; built and cached per `latin` array when absent. */
  index?: WordIndex;
}

const indexes = new WeakMap<readonly CompiledPack[], WordIndex>();

export function wordIndexFor(latin: readonly CompiledPack[]): WordIndex {
  let index = indexes.get(latin);
  if (!index) {
    index = new WordIndex(latin);
    indexes.set(latin, index);
  }
  return index;
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
  // Most words starting with h or w (how, was, with) fail on the second letter: skip the three compares.
  const c1 = text.charCodeAt(i + 1);
  if (c1 !== 0x74 && c1 !== 0x77) return false;
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

/** Set by matchTrie: the end of the longest match. A module variable avoids an allocation per match. */
let matchEnd = 0;

/**
 * Longest entry starting at `i`, whose code unit `c0` starts some entry (see FlatTrie.starts), or undefined.
 * Kept in this module: a call into another module costs a getter per call when the code runs as CommonJS.
 */
function matchTrie(t: FlatTrie, text: string, i: number, c0: number): Entry | undefined {
  const w0 = c0 >>> 5;
  let node = t.rootNode[t.startRank[w0]! + popcount(t.starts[w0]! & ((1 << (c0 & 31)) - 1))]!;
  let best = t.entries[node];
  if (best !== undefined) matchEnd = i + 1;
  const n = text.length;
  const edges = t.edges;
  const shift = t.edgeShift;
  const mask = (edges.length >>> 1) - 1;
  const hasChildren = t.hasChildren;
  for (let j = i + 1; j < n; j++) {
    if (hasChildren[node] === 0) break;
    const key = (node << 16) | text.charCodeAt(j);
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    let child = -1;
    for (;;) {
      const k = edges[slot * 2]!;
      if (k === key) {
        child = edges[slot * 2 + 1]!;
        break;
      }
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    if (child < 0) break;
    node = child;
    const e = t.entries[node];
    if (e !== undefined) {
      best = e;
      matchEnd = j + 1;
    }
  }
  return best;
}

/** Records a trie match [i, end); returns its width in units (Han characters, or 1 for a symbol). */
function trieHit(
  hits: Hit[],
  entry: Entry,
  text: string,
  i: number,
  end: number,
  unit: number,
  clause: number,
  sentence: number,
): number {
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
  return units;
}

/**
 * False when no entry can start at c followed by c1 (NaN past the end): c starts none, or c is not an entry
 * alone and no longer entry begins with the pair. True means the walk must look.
 */
function mayStart(t: FlatTrie, c: number, c1: number): boolean {
  const w = c >>> 5;
  const bit = 1 << (c & 31);
  if ((t.starts[w]! & bit) === 0) return false;
  if ((t.single[w]! & bit) !== 0) return true;
  const b = Math.imul((c << 16) | c1, 0x9e3779b1) >>> 16;
  return (t.pairs[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** Set bits in x (the trie's start rank). Local for the same reason as matchTrie. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

export function scan(text: string, opts: ScanOptions): Scan {
  const hits: Hit[] = [];
  const puncts: PunctRun[] = [];
  let questions: Set<number> | null = null;
  const latin = opts.latin;
  const index = opts.index ?? wordIndexFor(latin);
  const trie = opts.trie.flat;
  /** Start of the word W1 holds from the phrase lookahead, or -1. */
  let spareAt = -1;
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
    // Common Han characters first, in full: none of the checks below the trie applies to one.
    if (c >= 0x4e00 && c <= 0x9fff) {
      const entry = mayStart(trie, c, text.charCodeAt(i + 1)) ? matchTrie(trie, text, i, c) : undefined;
      if (entry) {
        const end = matchEnd;
        unit += trieHit(hits, entry, text, i, end, unit, clause, sentence);
        if (entry.contrast) clause++;
        i = end;
      } else {
        unit++;
        i++;
      }
      continue;
    }
    // @handles and links name things; their words (@Uber_Support, /help/care) are not the writer's mood.
    if (c === 0x40 || ((c === 0x68 || c === 0x77) && isLinkAt(text, i))) {
      i = skipToken(text, i + 1);
      continue;
    }
    if (c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39) : isLetter(c)) {
      // The phrase lookahead may have read this word already (after "the", "i", "not"): take that reading.
      if (spareAt === i) {
        const t = W0;
        W0 = W1;
        W1 = t;
      } else {
        readWord(text, i, W0);
      }
      spareAt = -1;
      const w = W0;
      words++;
      if (w.caps) capsWords++;
      const node = mayHold(index, w) ? lookupWord(index, latin, text, w) : undefined;
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
        const nw = W1;
        while (cur?.next) {
          const m = nextWordStart(text, k);
          if (m < 0) break;
          if (!readWord(text, m, nw)) break;
          spareAt = m;
          if (!mayFollow(index, nw)) break;
          cur = nw.simple ? index.follow(cur, text, nw.start, nw.end, nw.hash) : cur.next.get(lowerOf(text, nw));
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
      if (!entry && w.end - w.start >= 3 && (w.simple ? w.run : hasRun(lowerOf(text, w)))) {
        for (const d of destretch(lowerOf(text, w))) {
          entry = lookup(latin, d)?.entry;
          if (entry) {
            stretched = true;
            break;
          }
        }
      }
      // Laughter has no fixed length: hahahah, hehehe, lolol, lmaooo all read as "haha".
      if (
        !entry &&
        w.end - w.start >= 4 &&
        mayLaugh(c) &&
        (!w.simple || laughLetters(text, w.start, w.end)) &&
        LAUGH.test(lowerOf(text, w))
      ) {
        entry = lookup(latin, 'haha')?.entry;
      }
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
    const entry = mayStart(trie, c, text.charCodeAt(i + 1)) ? matchTrie(trie, text, i, c) : undefined;
    if (entry) {
      const end = matchEnd;
      unit += trieHit(hits, entry, text, i, end, unit, clause, sentence);
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
      if (qs > 0) {
        questions ??= new Set();
        questions.add(sentence);
      }
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
