/**
 * Which script a pattern cannot match without, read from its source, so a rule whose matches cannot be listed
 * (starts.ts) is still not run over a message without Han when it is written for Chinese. Conservative: when a
 * part of the pattern is unclear (escapes, classes, optional or lookaround groups), it is taken to need nothing,
 * so the answer can only skip a rule that could never have matched.
 */
export type Script = 'han' | 'latin' | 'digit';

/** Han as the lexicons write it: CJK radicals to unified ideographs, and compatibility ideographs. */
export function isHanUnit(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** ASCII letters, and the two non-ASCII letters that /k/iu and /s/iu also match (Kelvin sign, long s). */
export function isLatinUnit(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x212a || c === 0x17f;
}

function isDigitUnit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The script every match of `source` must contain, or null. */
export function requiredScript(source: string): Script | null {
  const parts = topAlternatives(source);
  for (const s of ['han', 'latin', 'digit'] as const) if (parts.every((p) => requires(p, s))) return s;
  return null;
}

/** Splits a regex source at its top-level `|` (also used by the zh-Hant derivation, scripts/hant/derive-disc.ts). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j;
  }
  return source.length;
}

function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (ch === '[') j = classEnd(source, j);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return j;
  }
  return source.length;
}

/** True when the atom ending before `i` may be skipped: `?`, `*` or `{0…}` follows it. */
function optionalAt(source: string, i: number): boolean {
  const ch = source[i];
  return ch === '?' || ch === '*' || (ch === '{' && source[i + 1] === '0');
}

/** Does every match of this one alternative consume a character of `script`, outside optional parts? */
function requires(part: string, script: Script): boolean {
  const test = script === 'han' ? isHanUnit : script === 'latin' ? isLatinUnit : isDigitUnit;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (ch === '\\') {
      // \d needs an ASCII digit; other escapes (\b, \p{…}, \u…) are never counted; skip a braced tail whole.
      if (script === 'digit' && part[i + 1] === 'd' && !optionalAt(part, i + 2)) return true;
      if (part[i + 2] === '{') i = part.indexOf('}', i) >>> 0 || part.length;
      else i++;
      continue;
    }
    if (ch === '[') {
      i = classEnd(part, i);
      continue;
    }
    if (ch === '{') {
      // A quantifier's digits ({4,}) are not text to match.
      const q = /^\{\d+(?:,\d*)?\}/.exec(part.slice(i, i + 12));
      if (q) {
        i += q[0].length - 1;
        continue;
      }
    }
    if (ch === '(') {
      const end = groupEnd(part, i);
      const head = part.slice(i + 1, i + 4);
      const look = head.startsWith('?=') || head.startsWith('?!') || head.startsWith('?<=') || head.startsWith('?<!');
      if (!look && !optionalAt(part, end + 1)) {
        const inner = part.slice(i + 1 + (head.startsWith('?:') ? 2 : 0), end);
        const named = /^\?<[A-Za-z]\w*>/.exec(inner);
        const body = named ? inner.slice(named[0].length) : inner;
        if (topAlternatives(body).every((p) => requires(p, script))) return true;
      }
      i = end;
      continue;
    }
    if (test(ch.charCodeAt(0)) && !optionalAt(part, i + 1)) return true;
  }
  return false;
}
