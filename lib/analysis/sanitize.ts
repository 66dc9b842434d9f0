/**
 * Makes untrusted page text safe to scan without changing its length, so evidence offsets stay valid in
 * the original: markup, control characters, lone surrogates and invisible format characters become spaces
 * (zero-width characters inside a word become SKIP, which the scanner ignores without breaking the word).
 */
import { SCRIPT_OF, type ScriptCounts } from './language';

export const SKIP = '\u0001';

/**
 * SCRIPT_OF as two bitmaps (Simplified-only, Traditional-only): 16 KB instead of 64 KB, so the per-character
 * read stays in cache; module constants, since under CommonJS (tsx) every read of an import is a getter call.
 */
const HANS_BITS = new Uint32Array(2048);
const HANT_BITS = new Uint32Array(2048);
for (let c = 0; c < 65536; c++) {
  if (SCRIPT_OF[c] === 1) HANS_BITS[c >>> 5]! |= 1 << (c & 31);
  else if (SCRIPT_OF[c] === 2) HANT_BITS[c >>> 5]! |= 1 << (c & 31);
}

export interface Sanitized {
  text: string;
  /** Readable characters (letters, digits, Han, emoji) left after cleaning. */
  readable: number;
  /** Characters that looked like binary junk (controls, U+FFFD, lone surrogates). */
  junk: number;
  /** Characters from scripts no pack reads (Arabic, Hebrew, Cyrillic, …). */
  foreign: number;
  /** Script counts for language detection, gathered in the same pass. */
  counts: ScriptCounts;
}

function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f;
}

const TAG = /<\/?[a-zA-Z][^<>]{0,500}>|<!--[\s\S]{0,2000}?-->/g;

export function sanitize(input: string): Sanitized {
  let text = input;
  // Markup is blanked in place (same length) only when it looks like HTML, so "<3" and "a < b" survive.
  if (text.indexOf('<') !== -1 && /<\/?[a-zA-Z][^<>]*>/.test(text)) {
    text = text.replace(TAG, (m) => ' '.repeat(m.length));
  }
  let dirty = false;
  let readable = 0;
  let junk = 0;
  let foreign = 0;
  let han = 0;
  let hans = 0;
  let hant = 0;
  let latinWords = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const letter = c < 0x80 && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (letter) {
      if (!inWord) latinWords++;
      inWord = true;
      readable++;
      continue;
    }
    inWord = false;
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) readable++;
      else if (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        dirty = true;
        junk++;
      } else if (c === 0x7f) dirty = true;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      // Common Han first (same branch as below): most of a Chinese message, past the rarer checks.
      readable++;
      han++;
      const bit = 1 << (c & 31);
      if (HANS_BITS[c >>> 5]! & bit) hans++;
      else if (HANT_BITS[c >>> 5]! & bit) hant++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        readable++;
        i++;
      } else {
        dirty = true;
        junk++;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      dirty = true;
      junk++;
    } else if (isZeroWidth(c) || isBidiControl(c) || c < 0xa0) {
      dirty = true;
    } else if (c === 0xfffd) {
      dirty = true;
      junk++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      readable++;
      han++;
      const bit = 1 << (c & 31);
      if (HANS_BITS[c >>> 5]! & bit) hans++;
      else if (HANT_BITS[c >>> 5]! & bit) hant++;
    } else if ((c >= 0x0590 && c <= 0x08ff) || (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0e00 && c <= 0x0e7f)) {
      foreign++;
    } else if (c >= 0xc0 && c < 0x250) {
      readable++;
    }
  }
  if (dirty) text = rebuild(text);
  return { text, readable, junk, foreign, counts: { han, hans, hant, latinWords } };
}

function rebuild(text: string): string {
  const n = text.length;
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) parts[i] = c === 0x0a || c === 0x0d || c === 0x09 ? text[i]! : ' ';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        parts[i] = text[i]!;
        parts[i + 1] = text[i + 1]!;
        i++;
      } else parts[i] = ' ';
    } else if (c >= 0xdc00 && c <= 0xdfff) parts[i] = ' ';
    else if (isZeroWidth(c)) parts[i] = SKIP;
    else if (isBidiControl(c) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) parts[i] = ' ';
    else parts[i] = text[i]!;
  }
  return parts.join('');
}
