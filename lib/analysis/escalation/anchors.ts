/**
 * Required substrings read off a pattern's source: every match of the pattern contains at least one of them.
 * Most messages carry no escalation intent, and one cheap test for "does any pattern's anchor occur" lets them
 * skip the large alternations altogether. Derived from the tables themselves, so a new cue brings its own
 * anchor and the gate can never be out of step with them; when a pattern has no literal it must contain
 * (a bare `\w+`), the reader says so and the gate stays open.
 */

import { foldText, literalFinder, literalWalker } from './literals';

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
  /**
   * Marks live patterns in `live` (length = number of patterns, cleared first); returns how many. The text is read
   * as the rules' plain text: ASCII capitals as lower case, curly apostrophes as straight ones.
   */
  mark(text: string, live: Uint8Array): number;
  /**
   * After `mark`, for a live pattern: which one of the alternatives (alternativesOf) of its first regex may match,
   * when only one may; else -1. The others cannot match anywhere in the text, so that alternative alone finds
   * what the whole regex finds.
   */
  alternative(k: number): number;
}

const BACKREFERENCE = /\\[1-9]|\\k</;
const EMPTY_CLASS = /(?<!\\)\[\^?\]/;

/**
 * The top-level alternatives of a regex source as the index gates them (up to MAX_BRANCHES; past it, the whole
 * source as one).
 */
export function alternativesOf(src: string): string[] {
  // A backreference may name a group of another alternative: such a source stays whole. So does one with an
  // empty class ([] or [^]), which the reader below does not parse as JavaScript does.
  if (BACKREFERENCE.test(src) || EMPTY_CLASS.test(src)) return [src];
  const branches = branchesOf(src);
  return branches.length > MAX_BRANCHES ? [src] : branches;
}

/**
 * Past this many sets a branch is gated on its most selective ones only: every literal of every set is a path in
 * the finder's table, and past four sets the dev rows let through hardly fewer patterns.
 */
const MAX_CLAUSES = 4;
/**
 * A pattern's top-level alternatives are gated apart (each on every set it needs, not on the union of the
 * branches' best sets) up to this many: past it, the union of their sets stands for them all.
 */
const MAX_BRANCHES = 64;

/** The top-level alternatives of a regex source ("a|b(?:c|d)" → "a", "b(?:c|d)"). */
function branchesOf(src: string): string[] {
  // One group around the whole source is no sequence of its own: its alternatives are the source's.
  let s = src;
  while (s.startsWith('(?:') && closingOf(s, 0) === s.length - 1) s = s.slice(3, -1);
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** Where the group opened at `at` closes, or -1. */
function closingOf(s: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A set without the literals that contain another of it: wherever they occur, that one does too. */
function minimal(c: readonly string[]): string[] {
  const sorted = [...new Set(c)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const l of sorted) if (!out.some((x) => l.includes(x))) out.push(l);
  return out;
}

/**
 * What a part (one regex) of a pattern needs: for each top-level alternative, the sets of literals it needs,
 * most selective first; null when some alternative needs nothing certain.
 */
function partNeeds(src: string): string[][][] | null {
  const out: string[][][] = [];
  const alternatives = alternativesOf(src);
  for (const b of alternatives) {
    // An alternative the reader cannot parse is gated on nothing: the pattern stays live, never wrongly skipped.
    let cs: string[][];
    try {
      cs = clausesOf(b);
    } catch {
      return null;
    }
    if (cs.length === 0) return null;
    out.push(bySelectivity(cs.map(minimal)).slice(0, MAX_CLAUSES));
  }
  return out;
}

/** How selective a part is: its least selective alternative's best set. */
function partScore(p: readonly string[][][]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const b of p) min = Math.min(min, score(b[0]!));
  return min;
}

/**
 * A literal found so often by chance that stamping it at every occurrence costs more than it saves: ASCII and
 * less rare than three letters ("i", "to", " a", "."). In a set other than the one that names candidates, such a
 * literal is looked for in the text only when a candidate needs that set.
 */
function common(l: string): boolean {
  for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) >= 0x80) return false;
  return rarity(l) < 3;
}

/**
 * One set an alternative needs: its literals found by the pass (read off the stamps), and its common ones, looked
 * for in the text only when the others are absent.
 */
interface SetNeed {
  stamped: number[];
  searched: string[];
}

/**
 * Lists of sets, every one that gating reads, flat in typed arrays: list i holds sets listStart[i] up to
 * listStart[i + 1], set s the stamped literals setLits[setStart[s]] up to setLits[setStart[s + 1]] and searchedOf[s].
 * Read for every candidate of every message; as objects (a list of sets, each with its own typed array) each check
 * chased pointers across the heap: in the engine's profile the line reading a set's stamps cost half as much as the
 * whole pass that finds the literals. Flat, `mark` alone on the dev rows went 3.03 → 2.87 µs per English complaint,
 * 2.30 → 1.92 per GoEmotions row, 1.68 → 1.56 per 简体 row (best of 30 passes, same process load).
 */
class NeedLists {
  private readonly listAt: number[] = [0];
  private readonly setAt: number[] = [0];
  private readonly lits: number[] = [];
  readonly searchedOf: string[][] = [];
  listStart = new Int32Array(0);
  setStart = new Int32Array(0);
  setLits = new Int32Array(0);
  /** How many common literals set s has (searchedOf[s].length), read without touching the arrays. */
  searchedCount = new Int32Array(0);

  /** Adds a list (its sets in the order given); returns its id. */
  add(needs: readonly SetNeed[]): number {
    for (const n of needs) {
      for (const l of n.stamped) this.lits.push(l);
      this.setAt.push(this.lits.length);
      this.searchedOf.push(n.searched);
    }
    this.listAt.push(this.searchedOf.length);
    return this.listAt.length - 2;
  }

  /** Lays the lists out in their typed arrays, once every list is added. */
  seal(): void {
    this.listStart = Int32Array.from(this.listAt);
    this.setStart = Int32Array.from(this.setAt);
    this.setLits = Int32Array.from(this.lits);
    this.searchedCount = Int32Array.from(this.searchedOf, (x) => x.length);
  }
}

/**
 * `sources` are patterns, or groups of patterns that count only together (a pair's two parts, which must both
 * occur): a group is live when every part may match.
 *
 * One pass over the text finds which literals occur (literals.ts); a literal only stamps itself, unless it is in
 * the best set of an alternative of a pattern's most selective part, where it also names that alternative as a
 * candidate. After the pass each candidate is checked: every set it needs has a literal in the text, and so has
 * some alternative of each other part. A pattern is thus gated on everything certain about it, not on its best
 * set alone, while the common literals of its other sets ("i", "to") are looked for only for the few candidates.
 */
export function anchorIndex(sources: readonly (string | readonly string[])[]): AnchorIndex {
  const ids = new Map<string, number>();
  const idOf = (l: string) => {
    let i = ids.get(l);
    if (i === undefined) {
      i = ids.size;
      ids.set(l, i);
    }
    return i;
  };
  // Sets without common literals first: they are read off the stamps alone.
  const needsOf = (sets: readonly string[][]): SetNeed[] =>
    sets
      .map((c) => ({
        stamped: c.filter((l) => !common(l)).map((l) => idOf(l)),
        searched: c.filter(common),
      }))
      .sort((a, b) => a.searched.length - b.searched.length);
  const lists = new NeedLists();
  // Alternatives ("branches") of the trigger part of every pattern, numbered together: what each needs beyond its
  // trigger set, and its pattern's other parts (each a list of alternatives).
  const branchNeeds: number[] = [];
  const branchPattern: number[] = [];
  // Each alternative's place among its regex's, or -1 when that regex is not the pattern's first.
  const branchPlace: number[] = [];
  // Per pattern, its other parts (partStart[k] up to partStart[k + 1]); per part, the need lists of its alternatives
  // (partAlts[altStart[p]] up to partAlts[altStart[p + 1]]).
  const partAt: number[] = [0];
  const altAt: number[] = [0];
  const partAlts: number[] = [];
  const triggers = new Map<number, number[]>();
  const always: number[] = [];
  sources.forEach((src, k) => {
    const parts: string[][][][] = [];
    // Which regex of the pattern each gated part is (a part that needs nothing certain is not gated).
    const partOf: number[] = [];
    (typeof src === 'string' ? [src] : src).forEach((part, j) => {
      const p = partNeeds(part);
      if (p) {
        parts.push(p);
        partOf.push(j);
      }
    });
    if (parts.length === 0) {
      always.push(k);
      partAt.push(altAt.length - 1);
      return;
    }
    let best = 0;
    for (let j = 1; j < parts.length; j++) if (partScore(parts[j]!) > partScore(parts[best]!)) best = j;
    const others = parts.filter((_, j) => j !== best).map((p) => p.map(needsOf));
    for (const alts of others) {
      for (const a of alts) partAlts.push(lists.add(a));
      altAt.push(partAlts.length);
    }
    partAt.push(altAt.length - 1);
    parts[best]!.forEach((b, place) => {
      const id = branchNeeds.length;
      branchNeeds.push(lists.add(needsOf(b.slice(1))));
      branchPattern.push(k);
      branchPlace.push(partOf[best] === 0 ? place : -1);
      for (const l of b[0]!) {
        const lid = idOf(l);
        const t = triggers.get(lid);
        if (t === undefined) triggers.set(lid, [id]);
        else if (t[t.length - 1] !== id) t.push(id);
      }
    });
  });
  const literals = [...ids.keys()];
  // Which alternatives each literal names as candidates, all in one array.
  const triggerStart = new Int32Array(literals.length + 1);
  for (let l = 0; l < literals.length; l++) triggerStart[l + 1] = triggerStart[l]! + (triggers.get(l)?.length ?? 0);
  const triggerOf = new Int32Array(triggerStart[literals.length]!);
  for (const [l, t] of triggers) triggerOf.set(t, triggerStart[l]!);
  // English literals use a few dozen characters: an automaton with a table row per state, one read per character.
  // Chinese ones use about a thousand: a trie walked from each position.
  const standsFor = (l: string) => Int32Array.of(ids.get(l)!);
  const finder = literalFinder(literals, standsFor) ?? literalWalker(literals, standsFor);
  const { owners, ownersStart } = finder;
  const seen = new Int32Array(literals.length);
  const chosen = new Int32Array(branchNeeds.length);
  const liveStamp = new Int32Array(sources.length);
  // Per pattern in the current text: whether its other parts were read (and passed: 1, failed: 2), and the place of
  // the one alternative found so far that may match (-1: more than one, or not known).
  const othersStamp = new Int32Array(sources.length);
  const othersPass = new Uint8Array(sources.length);
  const single = new Int32Array(sources.length).fill(-1);
  const candidates = new Int32Array(branchNeeds.length);
  let stamp = 0;
  // The text being marked, and its plain form once a searched set needs it.
  let text = '';
  let plain: string | null = null;
  lists.seal();
  const { listStart, setStart, setLits, searchedCount, searchedOf } = lists;
  const branchList = Int32Array.from(branchNeeds);
  const partStart = Int32Array.from(partAt);
  const altStart = Int32Array.from(altAt);
  const altList = Int32Array.from(partAlts);
  // Plain loops, no callbacks: a closure made per call was most of the gate's garbage.
  const met = (list: number) => {
    for (let s = listStart[list]!, sEnd = listStart[list + 1]!; s < sEnd; s++) {
      let any = false;
      for (let i = setStart[s]!, iEnd = setStart[s + 1]!; i < iEnd && !any; i++) any = seen[setLits[i]!] === stamp;
      if (any) continue;
      if (searchedCount[s] === 0) return false;
      const searched = searchedOf[s]!;
      plain ??= foldText(text);
      for (let i = 0; i < searched.length && !any; i++) any = plain.includes(searched[i]!);
      if (!any) return false;
    }
    return true;
  };
  const alwaysLive = Int32Array.from(always);
  return {
    mark(t, live) {
      live.fill(0);
      stamp = (stamp + 1) | 0;
      if (stamp === 0) {
        seen.fill(0);
        chosen.fill(0);
        liveStamp.fill(0);
        stamp = 1;
      }
      let n = 0;
      for (let j = 0; j < alwaysLive.length; j++) {
        live[alwaysLive[j]!] = 1;
        n++;
      }
      let nc = 0;
      const nr = finder.reach(t);
      const reached = finder.reached;
      for (let i = 0; i < nr; i++) {
        const r = reached[i]!;
        for (let j = ownersStart[r]!, end = ownersStart[r + 1]!; j < end; j++) {
          const l = owners[j]!;
          if (seen[l] === stamp) continue;
          seen[l] = stamp;
          for (let x = triggerStart[l]!, xEnd = triggerStart[l + 1]!; x < xEnd; x++) {
            const b = triggerOf[x]!;
            if (chosen[b] === stamp) continue;
            chosen[b] = stamp;
            candidates[nc++] = b;
          }
        }
      }
      if (nc === 0) return n;
      text = t;
      plain = null;
      for (let i = 0; i < nc; i++) {
        const b = candidates[i]!;
        const k = branchPattern[b]!;
        // A live pattern's other candidates are still read: how many of its alternatives may match matters.
        if ((liveStamp[k] === stamp && single[k]! < 0) || !met(branchList[b]!)) continue;
        if (othersStamp[k] !== stamp) {
          othersStamp[k] = stamp;
          let ok = true;
          for (let j = partStart[k]!, jEnd = partStart[k + 1]!; j < jEnd && ok; j++) {
            ok = false;
            for (let a = altStart[j]!, aEnd = altStart[j + 1]!; a < aEnd && !ok; a++) ok = met(altList[a]!);
          }
          othersPass[k] = ok ? 1 : 2;
        }
        if (othersPass[k] !== 1) continue;
        if (liveStamp[k] === stamp) {
          single[k] = -1;
          continue;
        }
        liveStamp[k] = stamp;
        single[k] = branchPlace[b]!;
        live[k] = 1;
        n++;
      }
      // Not kept past the call: a long message would stay alive until the next one.
      text = '';
      plain = null;
      return n;
    },
    alternative(k) {
      return liveStamp[k] === stamp ? single[k]! : -1;
    },
  };
}
