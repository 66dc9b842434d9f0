import type { CompiledPack, Entry } from './pack';
import { matchTrie } from './pack';
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

const enum C {
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
  lower: string;
  caps: boolean;
  masked: boolean;
}

/** Reads a Latin word at i (letters, digits, inner apostrophes, mask symbols after a letter). */
function readWord(text: string, i: number): Word | null {
  const n = text.length;
  const c0 = text.charCodeAt(i);
  if (!isLetter(c0) && !isDigit(c0)) return null;
  let j = i + 1;
  let masked = false;
  let hasSkip = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isLetter(c) || isDigit(c)) j++;
    else if (c === 1) {
      hasSkip = true;
      j++;
    } else if (isApostrophe(c) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) j++;
    else if (isMask(c) && isLetter(c0)) {
      masked = true;
      j++;
    } else break;
  }
  let raw = text.slice(i, j);
  if (hasSkip) raw = raw.split(SKIP).join('');
  let lower = raw.toLowerCase();
  if (lower.indexOf('\u2019') !== -1) lower = lower.replace(/\u2019/g, "'");
  const caps = raw.length >= 3 && raw !== lower && raw === raw.toUpperCase() && isLetter(c0);
  return { start: i, end: j, lower, caps, masked };
}

/** Collapses letter runs of 3+ to two, then to one: "sooo" → "soo", "so". */
function destretch(w: string): string[] {
  if (!/(\w)\1\1/.test(w)) return [];
  return [w.replace(/(\w)\1{2,}/g, '$1$1'), w.replace(/(\w)\1{2,}/g, '$1')];
}

/** Cheap suffix stripping for misses; only tried when the exact word is not in the pack. */
function stems(w: string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (n > 3 && w.endsWith("'s")) out.push(w.slice(0, -2));
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (n > 4 && w.endsWith('es')) out.push(w.slice(0, -2));
  if (n > 4 && w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (n > 5 && w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (n > 4 && w.endsWith('ly')) out.push(w.slice(0, -2));
  if (n > 5 && w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (n > 5 && w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

function lookup(packs: readonly CompiledPack[], key: string): Entry | undefined {
  for (const p of packs) {
    const e = p.words.get(key);
    if (e) return e;
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

export function scan(text: string, opts: ScanOptions): Scan {
  const hits: Hit[] = [];
  const puncts: PunctRun[] = [];
  const questions = new Set<number>();
  const maxPhrase = Math.max(...opts.latin.map((p) => p.maxPhrase));
  const n = text.length;
  let unit = 0;
  let clause = 0;
  let sentence = 0;
  let words = 0;
  let capsWords = 0;
  let i = 0;
  const push = (start: number, end: number, entry: Entry, units: number, w?: Word, stretched = false) => {
    hits.push({
      start,
      end,
      entry,
      unit,
      unitEnd: unit + units,
      clause,
      sentence,
      caps: w?.caps ?? false,
      stretched,
      masked: w?.masked ?? false,
    });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a) {
        clause++;
        sentence++;
      }
      i++;
      continue;
    }
    const w = readWord(text, i);
    if (w) {
      words++;
      if (w.caps) capsWords++;
      // Longest phrase first: gather the following words separated only by spaces or hyphens.
      let matched = false;
      if (maxPhrase > 1) {
        const seq: Word[] = [w];
        let k = w.end;
        while (seq.length < maxPhrase) {
          let m = k;
          while (m < n && (text.charCodeAt(m) === 0x20 || text.charCodeAt(m) === 0x2d)) m++;
          if (m === k) break;
          const next = readWord(text, m);
          if (!next) break;
          seq.push(next);
          k = next.end;
        }
        for (let len = seq.length; len >= 2; len--) {
          let key = seq[0]!.lower;
          for (let q = 1; q < len; q++) key += ` ${seq[q]!.lower}`;
          const e = lookup(opts.latin, key);
          if (e) {
            const last = seq[len - 1]!;
            push(w.start, last.end, e, len, w);
            for (let q = 1; q < len; q++) if (seq[q]!.caps) capsWords++;
            words += len - 1;
            unit += len;
            i = last.end;
            matched = true;
            break;
          }
        }
      }
      if (matched) continue;
      let e = lookup(opts.latin, w.lower);
      let stretched = false;
      if (!e) {
        for (const d of destretch(w.lower)) {
          e = lookup(opts.latin, d);
          if (e) {
            stretched = true;
            break;
          }
        }
      }
      if (!e && w.masked) {
        const p = unmask(w.lower, opts.profanity);
        if (p) e = lookup(opts.latin, p);
      }
      if (!e && w.lower.length > 3) {
        for (const s of stems(w.lower)) {
          e = lookup(opts.latin, s);
          if (e) break;
        }
      }
      if (e) push(w.start, w.end, e, 1, w, stretched);
      unit++;
      i = w.end;
      continue;
    }
    // Han, emoji, emoticons: longest trie entry from here.
    const m = matchTrie(opts.trie.trie, text, i);
    if (m) {
      let hanCount = 0;
      for (let k = i; k < m.end; k++) if (isHan(text.charCodeAt(k))) hanCount++;
      push(i, m.end, m.entry, Math.max(1, hanCount));
      unit += Math.max(1, hanCount);
      if (m.entry.contrast) clause++;
      i = m.end;
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
      // A dot between digits or letters (3.5, e.g) is not punctuation.
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
