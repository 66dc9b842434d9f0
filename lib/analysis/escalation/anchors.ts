/**
 * Required substrings read off a pattern's source: every match of the pattern contains at least one of them.
 * Most messages carry no escalation intent, and one cheap test for "does any pattern's anchor occur" lets them
 * skip the large alternations altogether. Derived from the tables themselves, so a new cue brings its own
 * anchor and the gate can never be out of step with them; when a pattern has no literal it must contain
 * (a bare `\w+`), the reader says so and the gate stays open.
 */

import { literalFinder, literalWalker } from './literals';

/** A set of literals one of which every match contains, or null when nothing is certain. */
type Need = string[] | null;
/** Sets of literals every match contains one of each of (a conjunction of Needs); empty when nothing is certain. */
type Clauses = string[][];

/**
 * How rare a literal is by chance: a letter or digit counts 1, a Han character (or any other past ASCII) 2,
 * since one stands for about a word, and a space or punctuation mark half (a comma is everywhere).
 */
function rarity(l: string): number {
  let r = 0;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    r += c >= 0x80 ? 2 : (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0.5;
  }
  return r;
}

/**
 * How selective a set is: its least rare literal's rarity, since longer literals occur less often by chance, up
 * to six, past which a word is rare enough and a smaller set is worth more (fewer literals to look for).
 */
function score(n: Need): number {
  if (!n || n.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const s of n) min = Math.min(min, rarity(s));
  return Math.min(min, 6) - n.length / 100;
}

function bySelectivity(cs: Clauses): Clauses {
  return cs
    .map((c) => [c, score(c)] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
}

const CLASS_ESCAPE = /[dDwWsSbBpPkK]/;

/** Past this many spellings an alternation is not worth listing. */
const MAX_SPELLINGS = 48;
/** A run is not joined to what follows when that would make more spellings than this. */
const MAX_CROSS = 8;
/**
 * An alternation's clauses join one clause of each branch: the best of each, then the second best of each, and so
 * on up to this many (every such union holds, so any choice of them is sound).
 */
const MAX_JOINED = 3;

/**
 * What a piece of a pattern needs: `need`, a set of literals one of which every match contains (null: nothing
 * certain), and `exact`, when the piece matches only a few fixed strings, those strings (so neighbours can be
 * joined to them: `sh[i*]t` needs "shit" or "sh*t", not merely "sh").
 */
interface Piece {
  need: Clauses;
  exact: string[] | null;
}

const ZERO_WIDTH: Piece = { need: [], exact: [''] };
const ANYTHING: Piece = { need: [], exact: null };

function cross(a: readonly string[], b: readonly string[]): string[] {
  // One spelling after a run (each literal character of a pattern): no set needed, since `a` (a run, made here) has
  // no duplicates and neither has each of them with the same ending.
  if (b.length === 1) {
    const y = b[0]!;
    const out: string[] = new Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i]! + y;
    return out;
  }
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Parses a regex source (no flags that change matching) into what its matches must contain. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Clauses {
    const p = this.alternation();
    if (this.i < this.src.length) throw new Error(`unbalanced ) at ${this.i} in /${this.src}/`);
    return p.need;
  }

  private alternation(): Piece {
    const branches: Piece[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    // Past MAX_SPELLINGS (counted before duplicates go) the list is dropped, so it stops growing there: copying
    // it once per branch was quadratic in the long alternations of the cue tables.
    let exact: string[] | null = [];
    for (const b of branches) {
      if (!b.exact || exact.length + b.exact.length > MAX_SPELLINGS) {
        exact = null;
        break;
      }
      for (const x of b.exact) exact.push(x);
    }
    // A branch that needs nothing certain lets the whole alternation match without any literal.
    const need: Clauses = [];
    if (branches.every((b) => b.need.length > 0)) {
      // Each branch's primary set first: the first union is what the branches need at best.
      const ranked = branches.map((b) => [b.need[0]!, ...bySelectivity(b.need.slice(1))]);
      const most = Math.min(MAX_JOINED, Math.max(...ranked.map((r) => r.length)));
      // One set per union, filled in place (no flattened copy of every branch's literals first).
      for (let j = 0; j < most; j++) {
        const union = new Set<string>();
        for (const r of ranked) for (const l of r[Math.min(j, r.length - 1)]!) union.add(l);
        need.push([...union]);
      }
    }
    return { need, exact: exact ? [...new Set(exact)] : null };
  }

  private sequence(): Piece {
    const need: Clauses = [];
    // The primary set: the most selective of the runs and of each required atom's own primary.
    let best = -1;
    // The best set's score, kept rather than recomputed at each atom (a set can hold hundreds of literals).
    let bestScore = 0;
    const primary = (c: string[]) => {
      need.push(c);
      const sc = score(c);
      if (best < 0 || sc > bestScore) {
        best = need.length - 1;
        bestScore = sc;
      }
    };
    let run: string[] = [''];
    let whole = true;
    const flush = () => {
      if (!run.includes('')) primary(run);
      run = [''];
      whole = false;
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.exact && max === 1) {
        const spellings = min === 0 ? [...atom.exact, ''] : atom.exact;
        if (run.length > 1 && run.length * spellings.length > MAX_CROSS) flush();
        run = cross(run, spellings);
        continue;
      }
      if (atom.exact && min >= 1) {
        // Repeated: the first repetition joins the run, and the run ends there.
        if (run.length > 1 && run.length * atom.exact.length > MAX_CROSS) flush();
        run = cross(run, atom.exact);
        flush();
        continue;
      }
      flush();
      if (min >= 1 && atom.need.length > 0) {
        primary(atom.need[0]!);
        need.push(...atom.need.slice(1));
      }
    }
    const exact = whole ? run : null;
    flush();
    if (best > 0) need.unshift(...need.splice(best, 1));
    return { need, exact };
  }

  /** One atom: a literal, a group, a class or an escape. */
  private atom(): Piece {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s[this.i] === '?') {
        const kind = s.slice(this.i, this.i + 3);
        if (kind.startsWith('?:')) this.i += 2;
        else if (kind === '?<=' || kind === '?<!') {
          this.i += 3;
          lookaround = true;
        } else if (kind.startsWith('?=') || kind.startsWith('?!')) {
          this.i += 2;
          lookaround = true;
        } else if (kind.startsWith('?<')) {
          // A named group: skip its name.
          this.i = s.indexOf('>', this.i) + 1;
        } else throw new Error(`unknown group at ${this.i} in /${s}/`);
      }
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error(`unclosed group in /${s}/`);
      this.i++;
      // A lookaround consumes nothing: the text around it stays joined, and what it looks at is not matched.
      return lookaround ? ZERO_WIDTH : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = s[this.i + 1]!;
      this.i += 2;
      if (e === 'b' || e === 'B') return ZERO_WIDTH;
      if (CLASS_ESCAPE.test(e)) return ANYTHING;
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const hex = s.slice(this.i, this.i + len);
        this.i += len;
        return literal(String.fromCharCode(Number.parseInt(hex, 16)));
      }
      if (e === 'n') return literal('\n');
      if (e === 't') return literal('\t');
      if (e === 'r') return literal('\r');
      // Backreferences and other letter escapes: assume nothing.
      if (/[0-9a-zA-Z]/.test(e)) return ANYTHING;
      return literal(e);
    }
    this.i++;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.') return ANYTHING;
    return literal(c);
  }

  /** A class of a few listed characters is that many spellings; a range, a negation or an escape is not read. */
  private charClass(): Piece {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let listable = !negated;
    let first = true;
    while (this.i < s.length && (s[this.i] !== ']' || first)) {
      first = false;
      const c = s[this.i]!;
      if (c === '\\') {
        const e = s[this.i + 1]!;
        if (/[0-9a-zA-Z]/.test(e)) listable = false;
        else chars.push(e);
        this.i += 2;
        continue;
      }
      if (c === '-' && chars.length > 0 && s[this.i + 1] !== ']') listable = false;
      chars.push(c);
      this.i++;
    }
    this.i++;
    if (!listable || chars.length === 0 || chars.length > 8) return ANYTHING;
    return { need: [], exact: [...new Set(chars)] };
  }

  /** The bounds of the quantifier after an atom (1, 1 when there is none). */
  private quantifier(): Bounds {
    const s = this.src;
    const c = s[this.i];
    let q = ONCE;
    if (c === '?') q = OPTIONAL;
    else if (c === '*') q = ANY_COUNT;
    else if (c === '+') q = SOME;
    else if (c === '{') {
      QUANTIFIER.lastIndex = this.i;
      const m = QUANTIFIER.exec(s);
      if (!m) return q;
      this.i += m[0].length;
      const min = Number(m[1] || 0);
      const max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
      if (s[this.i] === '?') this.i++;
      return { min, max };
    } else return q;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy
    return q;
  }
}

/** A quantifier's bounds; the common ones shared (read, never changed), not made for every atom of every pattern. */
interface Bounds {
  readonly min: number;
  readonly max: number;
}
const ONCE: Bounds = { min: 1, max: 1 };
const OPTIONAL: Bounds = { min: 0, max: 1 };
const ANY_COUNT: Bounds = { min: 0, max: Number.POSITIVE_INFINITY };
const SOME: Bounds = { min: 1, max: Number.POSITIVE_INFINITY };
/** `{n}`, `{n,}`, `{n,m}`, read where the reader stands (sticky) rather than on a copy of the rest of the source. */
const QUANTIFIER = /\{(\d*)(,?)(\d*)\}/y;

function literal(c: string): Piece {
  return { need: [[c]], exact: [c] };
}

/**
 * What every match of `source` contains: one literal of each set, most selective set first (empty when nothing is
 * certain). A pattern needing a pronoun and a body part is gated on both, so the common pronoun alone does not
 * open it.
 */
export function clausesOf(source: string): string[][] {
  const [first, ...rest] = new Reader(source).read();
  if (!first) return [];
  // A set met again keeps its first place and takes the later copy. Sets are compared by their sorted literals
  // only when two have the same size: sorting every set, hundreds of literals for the large ones, was a good part
  // of reading the Chinese tables on first use.
  const out: string[][] = [];
  const keys: (string | null)[] = [];
  const keyOf = (c: readonly string[]) => [...c].sort().join('\u0000');
  for (const c of [first, ...bySelectivity(rest)]) {
    if (c.length === 0 || !c.every((s) => s.length > 0)) continue;
    let key: string | null = null;
    let at = -1;
    for (let j = 0; j < out.length && at < 0; j++) {
      if (out[j]!.length !== c.length) continue;
      key ??= keyOf(c);
      keys[j] ??= keyOf(out[j]!);
      if (keys[j] === key) at = j;
    }
    if (at >= 0) out[at] = c;
    else {
      out.push(c);
      keys.push(key);
    }
  }
  return out;
}

/** The most selective set of literals one of which every match of `source` contains, or null when none is certain. */
export function anchorsOf(source: string): string[] | null {
  return clausesOf(source)[0] ?? null;
}

/**
 * Which patterns may match a text, found in one pass: a pattern whose anchors are all absent cannot match.
 * Patterns without a certain anchor are always live.
 */
export interface AnchorIndex {
  /** Marks live patterns in `live` (length = number of patterns, cleared first); returns how many. */
  mark(text: string, live: Uint8Array): number;
}

/**
 * Past this many sets a pattern is gated on its most selective ones only: each set is found by scanning for its
 * literals, and the least selective ("i", 了) are found nearly everywhere while ruling out little.
 */
const MAX_CLAUSES = 6;
/** A part's best set this selective (four letters, two Han characters) lets a pair skip its other part's common words. */
const EXTRA_MIN = 4;
/**
 * Beyond each part's most selective set, a pattern is gated on another only when that one is rare enough (three
 * letters): a shorter literal ("id" in "did", "a") is found at so many places that marking its patterns costs
 * more than the regex runs it saves. Measured on the English dev rows with the automaton (literals.ts): every
 * set, 2.0 -> 0.6 patterns left to run per row but readEscalation 3.6 -> 4.6 µs; three letters, 1.4 patterns and
 * 3.6 -> 3.2 µs; four (before the automaton, when each literal cost a lookup), 2.0 patterns.
 */
const REST_MIN = 3;
const COMMON_BELOW = 2;

const isLatin = (l: string) => l.charCodeAt(0) < 128;

function gatedOn(parts: readonly Clauses[]): Clauses {
  const ranked = parts;
  // Each part's best set always (a pair is not opened by one part's words alone), then the other rare ones.
  let firsts = ranked.flatMap((r) => r.slice(0, 1));
  // A part whose best is a word of a letter or two ("i", "we", "i'd" read as "id") is found in nearly every
  // English message: when another part needs a rare word, that word alone gates the pair.
  if (firsts.some((c) => score(c) >= EXTRA_MIN))
    firsts = firsts.filter((c) => score(c) >= COMMON_BELOW || !c.every(isLatin));
  const others = bySelectivity(ranked.flatMap((r) => r.slice(1)));
  const rest = others.filter((c) => score(c) >= REST_MIN);
  // One more set of single Han characters: found by the character table, where a hit costs little, and 把 with
  // 了 rules out far more than 了 alone (the Chinese tables let through half as many messages).
  const han = others.filter((c) => score(c) < REST_MIN && !c.some(isLatin)).slice(0, 1);
  return firsts.concat(rest.slice(0, Math.max(0, MAX_CLAUSES - firsts.length)), han);
}

/** A hash of the first two code units of l's substring at `at` of `len` units (one when len is 1). */
function headOf(l: string, at: number, len: number): number {
  const c0 = l.charCodeAt(at);
  return len === 1 ? c0 : ((c0 << 5) ^ (l.charCodeAt(at + 1) * 0x9e5) ^ 0x8000) & 0xffff;
}

/**
 * `sources` are patterns, or groups of patterns that count only together (a pair's two parts, which must both
 * occur): a group is live when every part may match, and is gated on the most selective sets of all its parts.
 */
export function anchorIndex(sources: readonly (string | readonly string[])[]): AnchorIndex {
  // Literals are filed under the sets ("clauses") they belong to; a pattern is live once each of its sets has a
  // literal in the text.
  const owners = new Map<string, number[]>();
  const always: number[] = [];
  const clauseOf: number[] = [];
  const needs = new Uint8Array(sources.length);
  sources.forEach((src, k) => {
    const cs = gatedOn(typeof src === 'string' ? [clausesOf(src)] : src.map(clausesOf));
    if (cs.length === 0) always.push(k);
    needs[k] = cs.length;
    for (const c of cs) {
      const id = clauseOf.length;
      clauseOf.push(k);
      for (const s of c) {
        const o = owners.get(s);
        if (o === undefined) owners.set(s, [id]);
        else if (!o.includes(id)) o.push(id);
      }
    }
  });
  // A literal that contains another standing for at least the same patterns adds nothing: wherever it occurs,
  // the shorter one does too. Its substrings are looked up rather than every pair of literals compared (that was
  // most of the tables' start-up). Which are dropped does not depend on order: a literal dropped for a shorter
  // one passes its patterns on, and whatever contains it contains that one too.
  const all = new Map(owners);
  const lengths = [...new Set([...all.keys()].map((l) => l.length))].sort((a, b) => a - b);
  // Which literals' first two code units (hashed; one for a one-unit literal) occur: a substring whose own do not
  // is no literal, and is skipped without being cut out and looked up (most are, and the copies were most of
  // this step's time and garbage). Collisions only let a substring through to the lookup.
  const heads = new Uint8Array(65536);
  for (const l of all.keys()) heads[headOf(l, 0, l.length)] = 1;
  for (const [l, o] of all) {
    let redundant = false;
    for (const len of lengths) {
      if (len >= l.length || redundant) break;
      for (let i = 0; i + len <= l.length; i++) {
        if (heads[headOf(l, i, len)] === 0) continue;
        const p = all.get(l.slice(i, i + len));
        if (p && o.every((k) => p.includes(k))) {
          redundant = true;
          break;
        }
      }
    }
    if (redundant) owners.delete(l);
  }
  // One pass over the text finds every literal that occurs, overlapping ones included (literals.ts). English
  // literals use a few dozen characters: an automaton with a table row per state, one read per character (nearly
  // every letter of English text starts some literal, so a regex alternation of them, re-run from each match,
  // tried a branch at almost every position). Chinese ones use about a thousand: a trie walked from each position.
  // An array-like copy: Int32Array.from goes through the iterator, a few times slower over thousands of literals.
  const standsFor = (l: string) => new Int32Array(owners.get(l)!);
  const literals = [...owners.keys()];
  const finder = literalFinder(literals, standsFor) ?? literalWalker(literals, standsFor);
  const clauseOwner = Int32Array.from(clauseOf);
  // What each clause and pattern has seen in the current text, valid where its stamp is the text's: no arrays
  // to clear for every message.
  const seen = new Int32Array(clauseOf.length);
  const got = new Uint8Array(sources.length);
  const gotStamp = new Int32Array(sources.length);
  let stamp = 0;
  const mark = (ks: Int32Array, live: Uint8Array): number => {
    let n = 0;
    for (let j = 0; j < ks.length; j++) {
      const c = ks[j]!;
      if (seen[c] === stamp) continue;
      seen[c] = stamp;
      const k = clauseOwner[c]!;
      const g = gotStamp[k] === stamp ? got[k]! + 1 : 1;
      gotStamp[k] = stamp;
      got[k] = g;
      if (g === needs[k]) {
        live[k] = 1;
        n++;
      }
    }
    return n;
  };
  const alwaysLive = Int32Array.from(always);
  // The finder's callback, made once (a closure per text would be allocated on every message).
  let current: Uint8Array = new Uint8Array(0);
  let found = 0;
  const markCurrent = (ks: Int32Array) => {
    found += mark(ks, current);
  };
  return {
    mark(text, live) {
      live.fill(0);
      stamp = (stamp + 1) | 0;
      if (stamp === 0) {
        seen.fill(0);
        gotStamp.fill(0);
        stamp = 1;
      }
      let n = 0;
      for (let j = 0; j < alwaysLive.length; j++) {
        live[alwaysLive[j]!] = 1;
        n++;
      }
      current = live;
      found = 0;
      finder.find(text, markCurrent);
      n += found;
      return n;
    },
  };
}
