/**
 * A cheap, exact pre-check for the cue rules. From each rule's source we list every string of 8 (else 6, 4, 3,
 * 2, 1) characters a match can start with, case-folded; a message holding none of them cannot match, so its
 * regex is not run. Most rules fail on most messages, and one pass over the text to note its pairs costs
 * less than the dozens of regex passes it saves. When a pattern is too open to list (\w, ., negated classes,
 * back-references), the rule has no pre-check and always runs: the answer is never changed, only skipped work.
 */

/** Case folding that /i and /iu agree on for the characters these rules use: ASCII letters, the Kelvin sign and long s. */
export function fold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c === 0x212a) return 0x6b;
  if (c === 0x17f) return 0x73;
  return c;
}

/** Hash of the first `n` folded characters at a position (n = 2, 3 or 4); each length hashes apart. */
function gramKey(h: number): number {
  return (h ^ (h >>> 15)) & TABLE_MASK;
}
/** 2^18 slots: a 20,000-character message fills under a third of them, a chat line a fraction of a percent. */
const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x9e3779b1);
}
const SEED = 0x6a09e667;

/** Past this many starting strings a rule is too open to be worth checking. */
const MAX_STARTS = 4096;

type Node =
  | { t: 'set'; chars: number[]; min: number; max: number }
  | { t: 'group'; alts: Node[][]; min: number; max: number }
  | { t: 'zero' }
  | { t: 'any' };

class Unknown extends Error {}

/** What \\s matches (the list JavaScript uses). */
const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const CONTROL: Readonly<Record<string, number>> = { n: 0x0a, t: 0x09, r: 0x0d, f: 0x0c, v: 0x0b };

function parse(src: string): Node[][] {
  let i = 0;
  const alts = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      const node = atom();
      out[out.length - 1]!.push(quantified(node));
    }
    return out;
  };
  const quantified = (node: Node): Node => {
    let min = 1;
    let max = 1;
    const q = src[i];
    if (q === '?' || q === '*' || q === '+') {
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : Number.POSITIVE_INFINITY;
      i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m) {
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
        i += m[0].length;
      }
    }
    if (src[i] === '?' && (min !== 1 || max !== 1)) i++;
    if (min === 1 && max === 1) return node;
    if (node.t === 'set' || node.t === 'group') return { ...node, min, max };
    return node.t === 'zero' ? node : { t: 'any' };
  };
  const atom = (): Node => {
    const ch = src[i]!;
    if (ch === '(') {
      i++;
      if (src.startsWith('?=', i) || src.startsWith('?!', i) || src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += src[i + 1] === '<' ? 3 : 2;
        alts();
        i++;
        return { t: 'zero' };
      }
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const inner = alts();
      i++;
      return { t: 'group', alts: inner, min: 1, max: 1 };
    }
    if (ch === '[') return charClass();
    if (ch === '^' || ch === '$') {
      i++;
      return { t: 'zero' };
    }
    if (ch === '.') {
      i++;
      return { t: 'any' };
    }
    if (ch === '\\') return escaped();
    i += ch.length;
    return { t: 'set', chars: [src.charCodeAt(i - 1)], min: 1, max: 1 };
  };
  const escaped = (): Node => {
    const e = src[i + 1]!;
    i += 2;
    if (e === 'b' || e === 'B') return { t: 'zero' };
    if (e === 'd') return { t: 'set', chars: range(0x30, 0x39), min: 1, max: 1 };
    if (e === 's') return { t: 'set', chars: WHITESPACE, min: 1, max: 1 };
    const control = CONTROL[e];
    if (control !== undefined) return { t: 'set', chars: [control], min: 1, max: 1 };
    if (e === 'u' || e === 'p' || e === 'P') {
      if (src[i] === '{') i = src.indexOf('}', i) + 1;
      else if (e === 'u') i += 4;
      return { t: 'any' };
    }
    // Any other letter or digit escape (\s, \w, \x41, a back-reference…) is not listed.
    if (/[0-9A-Za-z]/.test(e)) return { t: 'any' };
    return { t: 'set', chars: [e.charCodeAt(0)], min: 1, max: 1 };
  };
  const charClass = (): Node => {
    const end = classEnd(src, i);
    const body = src.slice(i + 1, end);
    i = end + 1;
    if (body.startsWith('^') || /\\[^-./$^\\[\]()|?*+{}!ntrfvd]/.test(body)) return { t: 'any' };
    const chars: number[] = body.includes('\\d') ? range(0x30, 0x39) : [];
    const plain = body
      .replace(/\\d/g, '')
      .replace(/\\([ntrfv])/g, (_, e: string) => String.fromCharCode(CONTROL[e]!))
      .replace(/\\(.)/g, '$1');
    const units = [...plain];
    for (let k = 0; k < units.length; k++) {
      const a = units[k]!.codePointAt(0)!;
      if (units[k + 1] === '-' && k + 2 < units.length) {
        const b = units[k + 2]!.codePointAt(0)!;
        if (b - a > 64) return { t: 'any' };
        chars.push(...range(a, b));
        k += 2;
      } else chars.push(a);
    }
    if (chars.some((c) => c > 0xffff)) return { t: 'any' };
    return { t: 'set', chars, min: 1, max: 1 };
  };
  const out = alts();
  if (i < src.length) throw new Unknown();
  return out;
}

function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j;
  }
  throw new Unknown();
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let c = a; c <= b; c++) out.push(c);
  return out;
}

/** Every folded string of `need` characters a match of `seq` (then `rest`) can start with. */
function starts(seq: readonly Node[], need: number, budget: { n: number }): Set<string> {
  if (need === 0) return new Set(['']);
  if (seq.length === 0) throw new Unknown(); // a match could be shorter than a pair
  const [head, ...rest] = seq as [Node, ...Node[]];
  if (--budget.n < 0) throw new Unknown();
  if (head.t === 'zero') return starts(rest, need, budget);
  if (head.t === 'any') throw new Unknown();
  const out = new Set<string>();
  if (head.min === 0) for (const s of starts(rest, need, budget)) out.add(s);
  if (head.max === 0) return out;
  const again: Node[] = head.max > 1 ? [{ ...head, min: 0, max: head.max - 1 }] : [];
  const one = { ...head, min: 1, max: 1 } as Node;
  if (one.t === 'set') {
    const tails = starts([...again, ...rest], need - 1, budget);
    for (const c of new Set(one.chars.map(fold))) for (const s of tails) out.add(String.fromCharCode(c) + s);
  } else if (one.t === 'group') {
    for (const alt of one.alts) for (const s of starts([...alt, ...again, ...rest], need, budget)) out.add(s);
  }
  if (out.size > MAX_STARTS) throw new Unknown();
  return out;
}

/**
 * Longest first: an alternative whose matches start with one of a few 8-character strings ("no rush ",
 * "whenever") rarely passes, where its first 4 ("not ", "when") are in half of all mail.
 */
const GRAM_LENGTHS = [8, 6, 4, 3, 2, 1] as const;
const LONGEST = 8;
/** Which lengths are noted, by length. */
const NOTED = [false, true, true, true, true, false, true, false, true];
/** An alternative opening in more ways than this is listed at a shorter length. */
const MAX_KEYS_PER_ALTERNATIVE = 256;

/**
 * The hashed starting strings of a rule's matches, each top-level alternative at the longest length that
 * lists it in few strings, or null when some alternative cannot be listed.
 */
export function startGrams(source: string): Uint32Array | null {
  let nodes: Node[][];
  try {
    nodes = parse(source);
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
  const keys = new Set<number>();
  for (const alt of nodes) {
    let listed = false;
    for (const n of GRAM_LENGTHS) {
      let found: Set<string>;
      try {
        found = starts(alt, n, { n: 20_000 });
      } catch (e) {
        if (e instanceof Unknown || e instanceof RangeError) continue;
        throw e;
      }
      if (found.size > MAX_KEYS_PER_ALTERNATIVE) continue;
      for (const s of found) {
        let h = SEED;
        for (let k = 0; k < n; k++) h = step(h, s.charCodeAt(k));
        keys.add(gramKey(h));
      }
      listed = true;
      break;
    }
    if (!listed) return null;
  }
  return Uint32Array.from(keys);
}

/** The 1- to 8-character strings present in a text (lengths 1, 2, 3, 4, 6 and 8), as a stamped table reused from message to message. */
export class GramTable {
  private readonly seen = new Uint16Array(1 << TABLE_BITS);
  private stamp = 0;

  fill(text: string): void {
    if (++this.stamp === 0xffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const seen = this.seen;
    const stamp = this.stamp;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      // Each prefix's hash extends the one before, so every length costs one pass of LONGEST steps.
      let h = SEED;
      const top = Math.min(LONGEST, len - i);
      for (let n = 1; n <= top; n++) {
        h = step(h, fold(text.charCodeAt(i + n - 1)));
        if (NOTED[n]) seen[gramKey(h)] = stamp;
      }
    }
  }

  any(keys: Uint32Array): boolean {
    const seen = this.seen;
    const stamp = this.stamp;
    for (let k = 0; k < keys.length; k++) if (seen[keys[k]!] === stamp) return true;
    return false;
  }
}
