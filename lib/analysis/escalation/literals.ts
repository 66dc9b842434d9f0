/**
 * Every literal of a set that occurs in a text, found in one pass over it. For a set of few distinct characters
 * (English), an Aho–Corasick automaton over the literals' code units, with every transition in one table; for
 * Chinese, a trie walked from each position (literalWalker). English cue tables need over a thousand literals,
 * and nearly every letter of English text starts one of them, so a regex alternation re-run from each match
 * (what this replaces) tried a trie branch at almost every position; here each character costs one table read.
 *
 * Only the full table is fast: with rows for shallow states only and failure links below them, the branch on
 * "which kind of state" mispredicted on most letters (measured 8 ns a character at depth 3, 4.7 fully dense).
 * The English table is about 30,600 states × 52 classes of 16 bits, about 3.2 MB (measured in the twelfth session).
 */

/**
 * The escalation reader's plain text, one code unit at a time: ASCII capitals lowered and curly apostrophes
 * straight (only these, so offsets hold). A literal with a capital or a curly apostrophe is never found.
 */
export function foldUnit(c: number): number {
  if (c <= 0x5a) return c >= 0x41 ? c + 32 : c;
  return c === 0x2018 || c === 0x2019 ? 0x27 : c;
}

// The same fold over a whole text: one pass and one copy, none when neither a capital nor a curly quote occurs.
const FOLDED = /[A-Z’‘]/;
const FOLD_RUNS = /[A-Z’‘]+/g;
const CURLY = /[’‘]/g;
const fold = (s: string) => s.toLowerCase().replace(CURLY, "'");
// Pure ASCII text (most English) is lowered natively: there toLowerCase changes A-Z only.
const NON_ASCII = /[^\x00-\x7f]/;

/** `text` read through foldUnit: the escalation reader's plain text, with the same offsets. */
export function foldText(text: string): string {
  if (!FOLDED.test(text)) return text;
  return NON_ASCII.test(text) ? text.replace(FOLD_RUNS, fold) : text.toLowerCase();
}

/** Above this many states the ids no longer fit the table's 16 bits. */
const MAX_STATES = 65536;

export interface LiteralFinder {
  /**
   * Calls `found(owners)` once for each state reached whose literals (those ending there, itself or by suffix)
   * have not been reported yet in this text: together, the owners of every literal that occurs. The text is read
   * folded as the escalation reader's plain text is (foldUnit), so the reader need not copy it first.
   */
  find(text: string, found: (owners: Int32Array) => void): void;
  /**
   * The same without a call per state: the states reached whose literals were not yet reported in this text go
   * into `reached` (returns how many), and state r's owners are `owners[ownersStart[r]]` up to
   * `owners[ownersStart[r + 1]]`. `reached` may be a new array after the call.
   */
  reach(text: string): number;
  reached: Int32Array;
  readonly owners: Int32Array;
  readonly ownersStart: Int32Array;
}

/** Every state's owners in one array: a state's own typed array each scattered them over the heap. */
function flatten(report: readonly Int32Array[]): { owners: Int32Array; ownersStart: Int32Array } {
  const ownersStart = new Int32Array(report.length + 1);
  for (let r = 0; r < report.length; r++) ownersStart[r + 1] = ownersStart[r]! + report[r]!.length;
  const owners = new Int32Array(ownersStart[report.length]!);
  for (let r = 0; r < report.length; r++) owners.set(report[r]!, ownersStart[r]!);
  return { owners, ownersStart };
}

/** A finder's `find`, on top of its `reach`. */
function findVia(f: LiteralFinder, text: string, found: (owners: Int32Array) => void): void {
  const n = f.reach(text);
  const reached = f.reached;
  for (let i = 0; i < n; i++) {
    const r = reached[i]!;
    found(f.owners.subarray(f.ownersStart[r]!, f.ownersStart[r + 1]!));
  }
}

/**
 * The part both finders share: `report[r]` is loud state r's owners, and `walk` reads a text and lists in
 * `reached` the loud states it reaches whose `reported` slot is not yet `run`, marking them (each state reports
 * once per text). `onePerChar`: a text reaches at most one state per character, which bounds `reached`.
 */
function finderOver(
  report: readonly Int32Array[],
  onePerChar: boolean,
  walk: (text: string, reported: Int32Array, run: number, reached: Int32Array) => number,
): LiteralFinder {
  const loudStates = report.length;
  // The text being read when a state's literals were last reported.
  const reported = new Int32Array(loudStates);
  let run = 0;
  const flat = flatten(report);
  const finder: LiteralFinder = {
    owners: flat.owners,
    ownersStart: flat.ownersStart,
    reached: new Int32Array(16),
    find: (text, found) => findVia(finder, text, found),
    reach(text) {
      run = (run + 1) | 0;
      if (run === 0) {
        reported.fill(0);
        run = 1;
      }
      // Room for every state the text can reach, made up front.
      const room = onePerChar ? Math.min(text.length, loudStates) : loudStates;
      if (finder.reached.length < room) finder.reached = new Int32Array(Math.max(room, finder.reached.length * 2));
      return walk(text, reported, run, finder.reached);
    },
  };
  return finder;
}

/**
 * `owners(l)` is what literal l stands for. Returns null when the literals use more than 255 distinct code units
 * (a class per code unit must fit a byte) or make too many states; the caller then finds them another way.
 */
export function literalFinder(
  literals: readonly string[],
  owners: (literal: string) => Int32Array,
): LiteralFinder | null {
  // Code unit → class (1..K-1); 0 for a code unit no literal contains, which always leads back to the root.
  const classOf = new Uint8Array(65536);
  let k = 1;
  for (const l of literals) {
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (classOf[c] !== 0) continue;
      if (k === 256) return null;
      classOf[c] = k++;
    }
  }
  const K = k;
  // The class of each code unit of the text, read folded: a capital reads as its lower case letter.
  const textClass = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) textClass[c] = classOf[foldUnit(c)]!;

  // The trie, then its states in breadth-first order: a state's failure state is shallower, so comes first. Built
  // straight into the transition table (a child is never the root, so 0 there means none yet; 16 bits, as state ids
  // fit them or the finder is not made), sized for the most states the literals can make, with each state's
  // children also listed in the order they were made, the order the states are numbered in below. A Map per state
  // (some 30,000 for the English cues) was most of building the finder, which every thread does on its first
  // English message.
  let most = 1;
  for (const l of literals) most += l.length;
  most = Math.min(most, MAX_STATES);
  const next = new Uint16Array(most * K);
  const firstKid = new Int32Array(most);
  const lastKid = new Int32Array(most);
  const sibling = new Int32Array(most);
  const kidClass = new Uint8Array(most);
  const ends: (Int32Array | null)[] = [null];
  let n = 1;
  for (const l of literals) {
    let s = 0;
    for (let i = 0; i < l.length; i++) {
      const c = classOf[l.charCodeAt(i)]!;
      let t = next[s * K + c]!;
      if (t === 0) {
        if (n === MAX_STATES) return null;
        t = n++;
        ends.push(null);
        next[s * K + c] = t;
        kidClass[t] = c;
        if (firstKid[s] === 0) firstKid[s] = t;
        else sibling[lastKid[s]!] = t;
        lastKid[s] = t;
      }
      s = t;
    }
    ends[s] = owners(l);
  }
  const order = new Int32Array(n);
  let queued = 1;
  for (let h = 0; h < queued; h++) for (let t = firstKid[order[h]!]!; t !== 0; t = sibling[t]!) order[queued++] = t;
  const fail = new Int32Array(n);
  const outs: (Int32Array | null)[] = new Array(n).fill(null);
  for (let h = 0; h < n; h++) {
    const s = order[h]!;
    if (s !== 0) {
      // A missing transition goes where the failure state's does (the root's to itself): the failure state's row,
      // complete already, copied over this one, and the children written back.
      const row = s * K;
      const failRow = fail[s]! * K;
      next.copyWithin(row, failRow, failRow + K);
      for (let t = firstKid[s]!; t !== 0; t = sibling[t]!) {
        const c = kidClass[t]!;
        fail[t] = next[failRow + c]!;
        next[row + c] = t;
      }
    }
    // Most states end no literal and inherit none: no set for them (thousands of states, built on first use).
    const own = ends[s]?.length ? ends[s]! : null;
    const via = s === 0 ? null : outs[fail[s]!];
    if (!via) outs[s] = own;
    else if (!own) outs[s] = via;
    else {
      const merged = new Set<number>(own);
      for (const o of via) merged.add(o);
      outs[s] = new Int32Array(merged);
    }
  }
  // States that report literals get the highest ids, so "reports something" is one comparison in the loop.
  const id = new Int32Array(n);
  let quiet = 0;
  for (let h = 0; h < n; h++) if (!outs[order[h]!]) id[order[h]!] = quiet++;
  let loud = quiet;
  for (let h = 0; h < n; h++) if (outs[order[h]!]) id[order[h]!] = loud++;
  const delta = new Uint16Array(n * K);
  const report: Int32Array[] = new Array(n - quiet);
  for (let s = 0; s < n; s++) {
    const row = id[s]! * K;
    for (let c = 0; c < K; c++) delta[row + c] = id[next[s * K + c]!]!;
    if (outs[s]) report[id[s]! - quiet] = outs[s]!;
  }
  return finderOver(report, true, (text, reported, run, reached) => {
    let nr = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = delta[s * K + textClass[text.charCodeAt(i)]!]!;
      if (s < quiet) continue;
      const r = s - quiet;
      if (reported[r] === run) continue;
      reported[r] = run;
      reached[nr++] = r;
    }
    return nr;
  });
}

/**
 * The same for literals of many characters (Chinese uses about a thousand distinct ones, too many for a row per
 * state): a trie walked from every position of the text. The first character is looked up directly; each next
 * one in a hash table of (node, character) edges. Chinese literals are mostly two or three characters, so a walk
 * rarely goes past the second.
 */
export function literalWalker(literals: readonly string[], owners: (literal: string) => Int32Array): LiteralFinder {
  // Nodes are numbered as made; 0 is the root. Edges go in an open-addressed table sized to stay under half full.
  // The root's children in a Map of their own; every other edge in one Map keyed by node and code unit together
  // (a Map per node was most of building the walker), and listed flat in the order made: [node, code unit, child].
  const edges: number[] = [];
  const rootKids = new Map<number, number>();
  const kidOf = new Map<number, number>();
  const ends: (Int32Array | null)[] = [null];
  let n = 1;
  for (const l of literals) {
    if (l.length === 0) continue;
    let s = 0;
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      const key = s * 65536 + c;
      let t = s === 0 ? rootKids.get(c) : kidOf.get(key);
      if (t === undefined) {
        t = n++;
        ends.push(null);
        if (s === 0) rootKids.set(c, t);
        else {
          kidOf.set(key, t);
          edges.push(s, c, t);
        }
      }
      s = t;
    }
    ends[s] = owners(l);
  }
  // Nodes that report literals get the highest ids, so "reports something" is one comparison.
  const id = new Int32Array(n);
  let quiet = 0;
  for (let s = 0; s < n; s++) if (!ends[s]) id[s] = quiet++;
  let loud = quiet;
  for (let s = 0; s < n; s++) if (ends[s]) id[s] = loud++;
  const report: Int32Array[] = new Array(n - quiet);
  for (let s = 0; s < n; s++) if (ends[s]) report[id[s]! - quiet] = ends[s]!;
  // The root's children by code unit, found through one bit per code unit (8 KB) and the rank of that bit in a
  // list of the starting ones: a 65,536-slot table (256 KB) spread the Han range's reads over 84 KB of lines that
  // other tables then pushed out of cache.
  const starts = new Uint32Array(2048);
  for (const c of rootKids.keys()) starts[c >>> 5]! |= 1 << (c & 31);
  const startRank = new Int32Array(2048);
  for (let w = 1; w < 2048; w++) startRank[w] = startRank[w - 1]! + popcount(starts[w - 1]!);
  const rootNode = new Int32Array(rootKids.size);
  for (const [c, t] of rootKids)
    rootNode[startRank[c >>> 5]! + popcount(starts[c >>> 5]! & ((1 << (c & 31)) - 1))] = id[t]!;
  let bits = 4;
  while (1 << bits < (edges.length / 3) * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const shift = 32 - bits;
  const keyNode = new Int32Array(size).fill(-1);
  const keyChar = new Int32Array(size);
  const value = new Int32Array(size);
  for (let e = 0; e < edges.length; e += 3) {
    const s = edges[e]!;
    const c = edges[e + 1]!;
    const t = edges[e + 2]!;
    let h = edgeSlot(id[s]!, c, shift);
    while (keyNode[h] !== -1) h = (h + 1) & mask;
    keyNode[h] = id[s]!;
    keyChar[h] = c;
    value[h] = id[t]!;
  }
  // Per node, one bit per child character's low five bits: most next characters have none, and one bit test
  // says so without probing the edge table.
  const childBits = new Int32Array(n);
  for (let e = 0; e < edges.length; e += 3) childBits[id[edges[e]!]!]! |= 1 << (edges[e + 1]! & 31);
  // A walk from each position reports the nodes it passes, each once per text: more than one per character.
  return finderOver(report, false, (text, reported, run, reached) => {
    const len = text.length;
    let nr = 0;
    for (let i = 0; i < len; i++) {
      const c0 = foldUnit(text.charCodeAt(i));
      const w0 = c0 >>> 5;
      const bits = starts[w0]!;
      if (((bits >>> (c0 & 31)) & 1) === 0) continue;
      let s = rootNode[startRank[w0]! + popcount(bits & ((1 << (c0 & 31)) - 1))]!;
      for (let j = i + 1; s !== 0; j++) {
        if (s >= quiet) {
          const r = s - quiet;
          if (reported[r] !== run) {
            reported[r] = run;
            reached[nr++] = r;
          }
        }
        if (j >= len) break;
        const c = foldUnit(text.charCodeAt(j));
        if (((childBits[s]! >>> (c & 31)) & 1) === 0) break;
        let h = edgeSlot(s, c, shift);
        let t = 0;
        for (let k = keyNode[h]!; k !== -1; k = keyNode[h]!) {
          if (k === s && keyChar[h] === c) {
            t = value[h]!;
            break;
          }
          h = (h + 1) & mask;
        }
        s = t;
      }
    }
    return nr;
  });
}

/** A multiplicative hash's top bits (its low bits would depend on the low bits of node and c only). */
function edgeSlot(node: number, c: number, shift: number): number {
  return Math.imul(node ^ Math.imul(c, 0x85ebca6b), 0x9e3779b1) >>> shift;
}

/** Set bits in x (a start's rank). */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}
