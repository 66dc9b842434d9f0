/**
 * Where a cue rule can match. From each rule's source we list every string of 8 (else 6, 4, 3, 2, 1) characters
 * a match can start with, case-folded. A match can only start where one of them occurs in the text, so the
 * rule's regex is tried only there (starts.ts finds them all in one pass), never scanned over the whole text.
 * When a pattern is too open to list (\w, ., negated classes, back-references), the rule has no list and its
 * regex scans the text as before: the answer is never changed, only skipped work.
 */

/**
 * Case folding that /i and /iu agree on for the characters these rules use (ASCII letters, the Kelvin sign and
 * long s), and every ASCII digit read as 0: "\\d{8}" is then one string to look for, not a hundred million.
 */
export function fold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c === 0x212a) return 0x6b;
  if (c === 0x17f) return 0x73;
  return c;
}

/** Past this many starting strings a rule is too open to be worth checking. */
const MAX_STARTS = 256;

type Node =
  | { t: 'set'; chars: number[]; min: number; max: number }
  | { t: 'group'; alts: Node[][]; min: number; max: number }
  /**
   * Matches nothing. `edge`: the character before it is never an ASCII letter, digit or _ (^, or a lookbehind
   * ending on such a character); `boundary`: it is \b.
   */
  | { t: 'zero'; edge?: boolean; boundary?: boolean }
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
        const behind = src.startsWith('?<=', i);
        i += src[i + 1] === '<' ? 3 : 2;
        const inner = alts();
        i++;
        return { t: 'zero', edge: behind && inner.every(endsOffWord) };
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
      return { t: 'zero', edge: ch === '^' };
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
    if (e === 'b' || e === 'B') return { t: 'zero', boundary: e === 'b' };
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
    // Escaped characters stand for themselves, so an escaped "-" (as in [年\\-/.]) never makes a range.
    const units: { c: number; escaped: boolean }[] = [];
    const chars: number[] = [];
    for (let k = 0; k < body.length; k++) {
      if (body[k] !== '\\') {
        const c = body.codePointAt(k)!;
        units.push({ c, escaped: false });
        if (c > 0xffff) k++;
        continue;
      }
      const e = body[++k]!;
      if (e === 'd') chars.push(...range(0x30, 0x39));
      else units.push({ c: CONTROL[e] ?? e.charCodeAt(0), escaped: true });
    }
    for (let k = 0; k < units.length; k++) {
      const a = units[k]!.c;
      const dash = units[k + 1];
      if (dash && dash.c === 0x2d && !dash.escaped && k + 2 < units.length) {
        const b = units[k + 2]!.c;
        if (b - a > 64 || b < a) return { t: 'any' };
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

/** ASCII letters, digits and _, and what /iu also folds to a letter (Kelvin sign, long s): \\w in every mode. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x212a || c === 0x17f
  );
}

/**
 * Whether a lookbehind alternative always ends on a character that is not a word character, or at a line's start:
 * read from its end, through optional sets, to a set it must match or a ^. Anything else (a group, ., a letter)
 * is taken to say nothing.
 */
function endsOffWord(alt: readonly Node[]): boolean {
  for (let k = alt.length - 1; k >= 0; k--) {
    const n = alt[k]!;
    if (n.t === 'zero') return n.edge === true;
    if (n.t !== 'set' || n.chars.some(isWordChar)) return false;
    if (n.min >= 1) return true;
  }
  return false;
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

/** What is left of a pattern to match, as a linked list: putting a node in front costs one cell, not a copy. */
interface Seq {
  node: Node;
  next: Seq | null;
}

function seqOf(nodes: readonly Node[], next: Seq | null): Seq | null {
  let seq = next;
  for (let k = nodes.length - 1; k >= 0; k--) seq = { node: nodes[k]!, next: seq };
  return seq;
}

const ENDS_HERE: ReadonlySet<string> = new Set(['']);

/**
 * Every folded string of up to `need` characters a match of `seq` can start with. A string stops short where the
 * match may end or where the pattern turns too open to list (., \\w, a negated class): what it holds so far is
 * still how the match begins. An empty string means some match begins with nothing that can be listed.
 * Throws Unknown past MAX_STARTS strings: no caller wants that many.
 */
function starts(seq: Seq | null, need: number, budget: { n: number }): ReadonlySet<string> {
  if (need === 0 || seq === null) return ENDS_HERE;
  const head = seq.node;
  const rest = seq.next;
  if (--budget.n < 0) throw new Unknown();
  if (head.t === 'zero') return starts(rest, need, budget);
  if (head.t === 'any') return ENDS_HERE;
  const out = new Set<string>();
  if (head.min === 0) for (const s of starts(rest, need, budget)) add(out, s);
  if (head.max === 0) return out;
  const again: Seq | null =
    head.max > 1 ? { node: { ...head, min: Math.max(0, head.min - 1), max: head.max - 1 }, next: rest } : rest;
  if (head.t === 'set') {
    const tails = starts(again, need - 1, budget);
    for (const c of new Set(head.chars.map(fold))) {
      const first = String.fromCharCode(c);
      for (const s of tails) add(out, first + s);
    }
  } else {
    for (const alt of head.alts) for (const s of starts(seqOf(alt, again), need, budget)) add(out, s);
  }
  return out;
}

/**
 * Adds a starting string, giving up past MAX_STARTS. A function of its own, not a closure made on each call of
 * starts(): under tsx (the batch command) every closure made is also named by a defineProperty call, and that was
 * about half of what listing the rules' starts cost each thread that loads lib/disc.
 */
function add(out: Set<string>, s: string): void {
  out.add(s);
  if (out.size > MAX_STARTS) throw new Unknown();
}

/**
 * The longer the better: an alternative whose matches start with one of a few 8-character strings ("no rush ",
 * "whenever") rarely passes, where its first 4 ("not ", "when") are in half of all mail.
 */
const GRAM_LENGTHS = [1, 2, 3, 4, 6, 8] as const;
/** An alternative opening in more ways than this is listed at a shorter length. */
const MAX_KEYS_PER_ALTERNATIVE = 256;

/**
 * The strings `seq` begins with at the longest length that lists them in few strings, or null. Lengths are
 * tried shortest first: a longer length never lists fewer strings, so the first too many ends the search,
 * and no enumeration grows past MAX_STARTS.
 */
function listed(nodes: readonly Node[]): ReadonlySet<string> | null {
  const seq = seqOf(nodes, null);
  let best: ReadonlySet<string> | null = null;
  for (const n of GRAM_LENGTHS) {
    let found: ReadonlySet<string>;
    try {
      found = starts(seq, n, { n: 20_000 });
    } catch (e) {
      if (e instanceof Unknown || e instanceof RangeError) break;
      throw e;
    }
    if (found.has('')) return null;
    if (found.size > MAX_KEYS_PER_ALTERNATIVE) break;
    best = found;
  }
  return best;
}

/**
 * The top-level alternatives, with a lone group opened up: \\b(?:a|b c)\\b is the alternatives a and b c, so each
 * is listed (or searched for needles) on its own. Anchors and lookarounds match nothing, so they can go.
 */
function alternativesOf(source: string): Node[][] | null {
  let alts: Node[][];
  try {
    alts = parse(source);
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
  return alts.flatMap(openGroup);
}

/** An alternative, or the alternatives of its lone group (see alternativesOf). */
function openGroup(alt: Node[]): Node[][] {
  const consuming = alt.filter((n) => n.t !== 'zero');
  const only = consuming[0];
  if (consuming.length === 1 && only?.t === 'group' && only.min === 1 && only.max === 1) {
    // What stands before the group (\b, ^, a lookbehind) still holds where each inner alternative starts.
    const lead = alt.slice(0, alt.indexOf(only));
    return only.alts.flatMap((inner) => openGroup([...lead, ...inner]));
  }
  return [alt];
}

/** A rule's start strings, and those of them that only begin a match where no ASCII letter, digit or _ precedes. */
export interface Starts {
  strings: string[];
  wordStarts: string[];
}

/** Whether a match of `alt` starting with `first` (folded) has no ASCII letter, digit or _ right before it. */
function startsOffWord(alt: readonly Node[], first: number): boolean {
  for (const n of alt) {
    if (n.t !== 'zero') return false;
    // \b before a word character: the one before is not one.
    if (n.edge || (n.boundary && isWordChar(first))) return true;
  }
  return false;
}

/**
 * The folded strings every match of a rule starts with (each top-level alternative listed at the longest length
 * that gives few strings), or null when some alternative cannot be listed. A string is a word start when every
 * alternative that lists it opens with \\b (and the string with a word character), ^, or a lookbehind that
 * ends off a word.
 */
export function listStarts(source: string): Starts | null {
  const alts = alternativesOf(source);
  if (alts === null) return null;
  const all = new Set<string>();
  const anywhere = new Set<string>();
  for (const alt of alts) {
    const found = listed(alt);
    if (found === null) return null;
    for (const s of found) {
      all.add(s);
      if (!startsOffWord(alt, s.charCodeAt(0))) anywhere.add(s);
    }
  }
  return { strings: [...all], wordStarts: [...all].filter((s) => !anywhere.has(s)) };
}

export function startStrings(source: string): string[] | null {
  return listStarts(source)?.strings ?? null;
}

/** Rarer is better: a set whose shortest string is longer, then one with fewer strings. */
function rarer(a: ReadonlySet<string>, b: ReadonlySet<string> | null): boolean {
  if (b === null) return true;
  const shortest = (s: ReadonlySet<string>) => Math.min(...[...s].map((x) => x.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.size < b.size);
}

/**
 * Strings every match of a rule contains somewhere, or null when some alternative has none that can be listed.
 * Each top-level alternative is a sequence that every match walks through whole, so the strings the match can
 * go on with from any point of it are contained in the match; the rarest such set is kept. A text holding none
 * of them cannot match. `[A-Z]{0,4}\\d{8,}` starts with any letter, but always holds eight digits.
 */
export function neededStrings(source: string): string[] | null {
  const alts = alternativesOf(source);
  if (alts === null) return null;
  const out = new Set<string>();
  for (const alt of alts) {
    let best: ReadonlySet<string> | null = null;
    for (let i = 0; i < alt.length; i++) {
      const found = listed(alt.slice(i));
      if (found !== null && rarer(found, best)) best = found;
    }
    if (best === null) return null;
    for (const s of best) out.add(s);
  }
  return [...out];
}
