/**
 * Required substrings read off a pattern's source: every match of the pattern contains at least one of them.
 * Most messages carry no escalation intent, and one cheap test for "does any pattern's anchor occur" lets them
 * skip the large alternations altogether. Derived from the tables themselves, so a new cue brings its own
 * anchor and the gate can never be out of step with them; when a pattern has no literal it must contain
 * (a bare `\w+`), the reader says so and the gate stays open.
 */

/** A set of literals one of which every match contains, or null when nothing is certain. */
type Need = string[] | null;

/**
 * How selective a set is: its shortest literal's length, since longer literals occur less often by chance, up to
 * six characters, past which a word is rare enough and a smaller set is worth more (fewer literals to look for).
 */
function score(n: Need): number {
  if (!n || n.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const s of n) min = Math.min(min, s.length);
  return Math.min(min, 6) - n.length / 100;
}

function better(a: Need, b: Need): Need {
  return score(b) > score(a) ? b : a;
}

const CLASS_ESCAPE = /[dDwWsSbBpPkK]/;

/** Past this many spellings an alternation is not worth listing. */
const MAX_SPELLINGS = 48;
/** A run is not joined to what follows when that would make more spellings than this. */
const MAX_CROSS = 8;

/**
 * What a piece of a pattern needs: `need`, a set of literals one of which every match contains (null: nothing
 * certain), and `exact`, when the piece matches only a few fixed strings, those strings (so neighbours can be
 * joined to them: `sh[i*]t` needs "shit" or "sh*t", not merely "sh").
 */
interface Piece {
  need: Need;
  exact: string[] | null;
}

const ZERO_WIDTH: Piece = { need: null, exact: [''] };

function cross(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Parses a regex source (no flags that change matching) into what its matches must contain. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Need {
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
    let need: string[] | null = [];
    let exact: string[] | null = [];
    for (const b of branches) {
      need = need && b.need ? [...need, ...b.need] : null;
      exact = exact && b.exact ? [...exact, ...b.exact] : null;
    }
    if (exact && exact.length > MAX_SPELLINGS) exact = null;
    return { need, exact: exact ? [...new Set(exact)] : null };
  }

  private sequence(): Piece {
    let best: Need = null;
    let run: string[] = [''];
    let whole = true;
    const flush = () => {
      if (!run.includes('')) best = better(best, run);
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
      if (min >= 1) best = better(best, atom.need);
    }
    const exact = whole ? run : null;
    flush();
    return { need: best, exact };
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
      if (CLASS_ESCAPE.test(e)) return { need: null, exact: null };
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
      if (/[0-9a-zA-Z]/.test(e)) return { need: null, exact: null };
      return literal(e);
    }
    this.i++;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.') return { need: null, exact: null };
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
    if (!listable || chars.length === 0 || chars.length > 8) return { need: null, exact: null };
    return { need: null, exact: [...new Set(chars)] };
  }

  /** The bounds of the quantifier after an atom (1, 1 when there is none). */
  private quantifier(): { min: number; max: number } {
    const s = this.src;
    const c = s[this.i];
    let q = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(s.slice(this.i));
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

function literal(c: string): Piece {
  return { need: [c], exact: [c] };
}

/** What every match of `source` contains (one of these), or null when nothing is certain. */
export function anchorsOf(source: string): string[] | null {
  const need = new Reader(source).read();
  return need && need.length > 0 && need.every((s) => s.length > 0) ? need : null;
}

/**
 * Which patterns may match a text, found in one pass: a pattern whose anchors are all absent cannot match.
 * Patterns without a certain anchor are always live.
 */
export interface AnchorIndex {
  /** Marks live patterns in `live` (length = number of patterns, cleared first); returns how many. */
  mark(text: string, live: Uint8Array): number;
}

/** Past this many Latin literals, a table finds them by regex (see anchorIndex). */
const REGEX_PAST = 200;
const TABLE = 1 << 16;
const NON_ASCII = /[^\x00-\x7f]/;
const MASK = TABLE - 1;
function hash2(s: string, i: number): number {
  return (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1)) & MASK;
}
function hash3(c: number, h2: number): number {
  return (Math.imul(h2 + 1, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
}

export function anchorIndex(sources: readonly string[]): AnchorIndex {
  const owners = new Map<string, number[]>();
  const always: number[] = [];
  sources.forEach((src, k) => {
    const a = anchorsOf(src);
    if (!a) always.push(k);
    else
      for (const s of a) {
        const o = owners.get(s) ?? [];
        if (!o.includes(k)) o.push(k);
        owners.set(s, o);
      }
  });
  // A literal that contains another standing for at least the same patterns adds nothing: wherever it occurs,
  // the shorter one does too. Its substrings are looked up rather than every pair of literals compared (that was
  // most of the tables' start-up). Which are dropped does not depend on order: a literal dropped for a shorter
  // one passes its patterns on, and whatever contains it contains that one too.
  const all = new Map(owners);
  const lengths = [...new Set([...all.keys()].map((l) => l.length))].sort((a, b) => a - b);
  for (const [l, o] of all) {
    let redundant = false;
    for (const len of lengths) {
      if (len >= l.length || redundant) break;
      for (let i = 0; i + len <= l.length; i++) {
        const p = all.get(l.slice(i, i + len));
        if (p && o.every((k) => p.includes(k))) {
          redundant = true;
          break;
        }
      }
    }
    if (redundant) owners.delete(l);
  }
  // Every literal is looked up at each position of the text, then compared whole: one pass finds every literal
  // that occurs, overlapping ones included. A regex alternation of them all, re-run from each match position,
  // cost more (a match array per hit, every alternative tried at each position). Literals are filed by a hash of
  // their first three characters (two or one for shorter ones), so a position reads a few table slots and
  // compares only the literals filed there: by first letters alone, common ones ("re", "co") hold dozens.
  //
  // A table with many Latin literals (English) still finds those by one regex: V8 scans a Latin alternation
  // faster than this loop reads every letter of English text (nearly every letter starts some literal). Longest
  // first, so the literal found at a position is the longest one there; every other literal found there is a
  // prefix of it, so each literal also stands for the patterns owning its prefixes.
  const latin = [...owners.keys()].filter((l) => l.charCodeAt(0) < 128).sort((a, b) => b.length - a.length);
  const byRegex = latin.length > REGEX_PAST;
  const standsFor = new Map<string, Int32Array>();
  if (byRegex) {
    // Prefixes of each literal, looked up rather than every pair compared.
    const set = new Set(latin);
    for (const l of latin) {
      const ks = new Set<number>();
      for (let j = 1; j <= l.length; j++) {
        const m = l.slice(0, j);
        if (set.has(m)) for (const k of owners.get(m)!) ks.add(k);
      }
      standsFor.set(l, Int32Array.from(ks));
    }
  }
  const re = byRegex ? new RegExp(latin.map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g') : null;
  type Entry = { literal: string; owners: Int32Array };
  const entries: Entry[] = [...owners]
    .filter(([literal]) => !byRegex || literal.charCodeAt(0) >= 128)
    .map(([literal, o]) => ({ literal, owners: Int32Array.from(o) }));
  const firsts = new Uint8Array(65536);
  const ones: (Entry[] | undefined)[] = new Array(TABLE).fill(undefined);
  const twos: (Entry[] | undefined)[] = new Array(TABLE).fill(undefined);
  const threes: (Entry[] | undefined)[] = new Array(TABLE).fill(undefined);
  for (const e of entries) {
    const l = e.literal;
    firsts[l.charCodeAt(0)] = 1;
    const table = l.length === 1 ? ones : l.length === 2 ? twos : threes;
    const h =
      l.length === 1 ? l.charCodeAt(0) & MASK : l.length === 2 ? hash2(l, 0) : hash3(l.charCodeAt(2), hash2(l, 0));
    const list = table[h];
    if (list) list.push(e);
    else table[h] = [e];
  }
  const asciiFirst = entries.some((e) => e.literal.charCodeAt(0) < 128);
  const mark = (ks: Int32Array, live: Uint8Array): number => {
    let n = 0;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j]!;
      if (live[k] === 0) {
        live[k] = 1;
        n++;
      }
    }
    return n;
  };
  const alwaysLive = Int32Array.from(always);
  return {
    mark(text, live) {
      live.fill(0);
      let n = mark(alwaysLive, live);
      if (re) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          n += mark(standsFor.get(m[0])!, live);
          re.lastIndex = m.index + 1;
        }
      }
      if (entries.length === 0) return n;
      const len = text.length;
      // When every literal left starts past ASCII (English's £, €), ASCII text holds none of them.
      const from = asciiFirst ? 0 : text.search(NON_ASCII);
      if (from < 0) return n;
      for (let i = from; i < len; i++) {
        const c = text.charCodeAt(i);
        if (firsts[c] === 0) continue;
        let list = ones[c & MASK];
        if (list) for (const e of list) if (e.literal.charCodeAt(0) === c) n += mark(e.owners, live);
        if (i + 1 >= len) continue;
        const h = hash2(text, i);
        list = twos[h];
        if (list) for (const e of list) if (text.startsWith(e.literal, i)) n += mark(e.owners, live);
        if (i + 2 >= len) continue;
        list = threes[hash3(text.charCodeAt(i + 2), h)];
        if (list) for (const e of list) if (text.startsWith(e.literal, i)) n += mark(e.owners, live);
      }
      return n;
    },
  };
}
