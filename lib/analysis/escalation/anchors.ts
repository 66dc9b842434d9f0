/**
 * Required substrings read off a pattern's source: every match of the pattern contains at least one of them.
 * Most messages carry no escalation intent, and one cheap test for "does any pattern's anchor occur" lets them
 * skip the large alternations altogether. Derived from the tables themselves, so a new cue brings its own
 * anchor and the gate can never be out of step with them; when a pattern has no literal it must contain
 * (a bare `\w+`), the reader says so and the gate stays open.
 */

/** A set of literals one of which every match contains, or null when nothing is certain. */
type Need = string[] | null;

/** How selective a set is: its shortest literal's length (longer literals occur less often by chance). */
function score(n: Need): number {
  if (!n || n.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const s of n) min = Math.min(min, s.length);
  // Fewer alternatives break ties: a smaller set fires less.
  return min - n.length / 1000;
}

function better(a: Need, b: Need): Need {
  return score(b) > score(a) ? b : a;
}

const CLASS_ESCAPE = /[dDwWsSbBpPkK]/;

/** Parses a regex source (no flags that change matching) into what its matches must contain. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Need {
    const n = this.alternation();
    if (this.i < this.src.length) throw new Error(`unbalanced ) at ${this.i} in /${this.src}/`);
    return n;
  }

  private alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const out: string[] = [];
    for (const b of branches) {
      if (!b) return null;
      out.push(...b);
    }
    return out;
  }

  private sequence(): Need {
    let best: Need = null;
    let run = '';
    const flush = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.char !== undefined) {
        if (q === 'optional') {
          flush();
        } else {
          run += atom.char;
          if (q === 'repeated') flush();
        }
        continue;
      }
      flush();
      if (q !== 'optional') best = better(best, atom.need);
    }
    flush();
    return best;
  }

  /** One atom: a literal character, or a group, class or escape with what it needs (null: nothing). */
  private atom(): { char?: string; need: Need } {
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
      // A lookaround consumes nothing, so what it needs need not be inside the match.
      return { need: lookaround ? null : inner };
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { need: null };
    }
    if (c === '\\') {
      const e = s[this.i + 1]!;
      this.i += 2;
      if (CLASS_ESCAPE.test(e)) return { need: null };
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const hex = s.slice(this.i, this.i + len);
        this.i += len;
        return { char: String.fromCharCode(Number.parseInt(hex, 16)), need: null };
      }
      if (e === 'n') return { char: '\n', need: null };
      if (e === 't') return { char: '\t', need: null };
      if (e === 'r') return { char: '\r', need: null };
      // Backreferences and other letter escapes: assume nothing.
      if (/[0-9a-zA-Z]/.test(e)) return { need: null };
      return { char: e, need: null };
    }
    this.i++;
    if (c === '.' || c === '^' || c === '$') return { need: null };
    return { char: c, need: null };
  }

  /** The quantifier after an atom: none, one that allows zero, or one that requires at least one. */
  private quantifier(): 'one' | 'optional' | 'repeated' {
    const s = this.src;
    const c = s[this.i];
    let q: 'one' | 'optional' | 'repeated' = 'one';
    if (c === '?' || c === '*') {
      this.i++;
      q = 'optional';
    } else if (c === '+') {
      this.i++;
      q = 'repeated';
    } else if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(s.slice(this.i));
      if (!m) return 'one';
      this.i += m[0].length;
      const min = Number(m[1] || 0);
      q = min === 0 ? 'optional' : m[2] || Number(m[3]) !== 1 ? 'repeated' : 'one';
    } else return 'one';
    if (s[this.i] === '?') this.i++; // lazy
    return q;
  }
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
  // Longest first, so the literal found at a position is the longest one there; every other literal found there
  // is a prefix of it, so each literal also stands for the patterns owning its prefixes.
  const literals = [...owners.keys()].sort((a, b) => b.length - a.length);
  const standsFor = literals.map((l) => {
    const ks = new Set<number>();
    for (const [m, o] of owners) if (l.startsWith(m)) for (const k of o) ks.add(k);
    return Int32Array.from(ks);
  });
  const re = new RegExp(literals.map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g');
  const byLiteral = new Map(literals.map((l, i) => [l, standsFor[i]!]));
  return {
    mark(text, live) {
      live.fill(0);
      let n = 0;
      for (const k of always) {
        live[k] = 1;
        n++;
      }
      if (literals.length === 0) return n;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        for (const k of byLiteral.get(m[0])!) {
          if (live[k] === 0) {
            live[k] = 1;
            n++;
          }
        }
        re.lastIndex = m.index + 1;
      }
      return n;
    },
  };
}
