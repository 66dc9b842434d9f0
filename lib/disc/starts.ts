import * as prefix from './prefix';

/**
 * Every place in a text where some cue rule can start a match, found in one pass. The rules' start strings
 * (prefix.ts) sit in two tries, read one code unit at a time, folded as prefix.ts fold() does: word starts,
 * walked only from a place with no ASCII letter, digit or _ right before it (most English cues open with \b),
 * and all the others, with the needles, walked from every place. A rule is then tried only at its own places
 * (a sticky regex), instead of every rule's regex scanning the whole text. The tries and the buffers are built
 * once and reused: messages are read one at a time.
 */

/** Every code unit folded (prefix.ts fold()): a table read costs less than the branches on text. */
const FOLDED = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = prefix.fold(c);
  return t;
})();

/** ASCII letters, digits and _: a place right after one is not a word start. */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

// Bits of a root table entry (see StartIndex.roots).
const NODE_MASK = 0x7fff;
const WORD_NODE = NODE_MASK << 15;
const IS_WORD = 1 << 30;

/** What the index reads of a rule: where its matches start, or failing that what they must contain. */
export interface Anchors {
  starts: readonly string[] | null;
  /** Those of `starts` that only open a match where no ASCII letter, digit or _ comes right before. */
  wordStarts: readonly string[] | null;
  needles: readonly string[] | null;
}

/**
 * A rule is tried place by place while it has fewer places than one per this many characters after the first:
 * each try costs about what the regex engine spends scanning a few characters itself. Past that (a long run
 * of digits) the engine scans instead, from the first place, and further places are not even noted.
 */
const DENSE_PLACES = 4;

/** Trie nodes 0 and 1 are the two roots; their children are read from the root tables instead. */
const WORD_ROOT = 0;
const ANY_ROOT = 1;

/**
 * After scan(): the rules worth running, ascending, in active[0..activeCount): those with a place to start a
 * match, those with a needle in the text, and those with neither list (always run). For each with start
 * strings, firstPlace[r] is the first place a match can start, and unless dense[r], all its places, ascending
 * and distinct, are positions[begin[r]..end[r]).
 */
export class StartIndex {
  /** Rule indexes, ascending; only the first activeCount are this scan's. */
  readonly active: Int32Array;
  activeCount = 0;
  readonly begin: Int32Array;
  readonly end: Int32Array;
  positions = new Int32Array(256);
  readonly firstPlace: Int32Array;
  /** 1 when the rule's places are too many to try one by one (see DENSE_PLACES). */
  readonly dense: Uint8Array;
  /** What scan() saw besides the places: Han characters, and whether the text is "plain" (see CueRule.fast). */
  han = false;
  plain = true;

  /**
   * Per code unit, the first step of each trie (0: no string starts with it), the other trie's node in bits 0-14
   * and the word-start trie's in bits 15-29, and IS_WORD: one read answers all the main loop asks.
   */
  private readonly roots = new Int32Array(0x10000);
  /** Other steps, open addressing on the key node << 16 | code unit (0: empty; keys of real nodes are never 0). */
  private readonly slotKey: Int32Array;
  private readonly slotNext: Uint16Array;
  private readonly mask: number;
  /** Per node, a bit for each (code unit & 31) some child is reached by: most misses need no table read. */
  private readonly childBits: Int32Array;
  /** Per node, the rules with a string ending there, and whether that string is a needle. */
  private readonly outFrom: Int32Array;
  private readonly outRule: Int32Array;
  private readonly outNeedle: Uint8Array;
  /** Scan number at which each rule was last found active, and its last place noted in this scan. */
  private readonly seen: Int32Array;
  private readonly lastPlace: Int32Array;
  /** Rules with neither start strings nor needles: active in every scan. */
  private readonly always: Int32Array;
  private scans = 0;
  private hits = 0;
  private crowd = 0;
  private hitRule = new Int32Array(256);
  private hitPos = new Int32Array(256);

  constructor(rules: readonly Anchors[]) {
    const count = rules.length;
    this.begin = new Int32Array(count);
    this.end = new Int32Array(count);
    this.seen = new Int32Array(count);
    this.lastPlace = new Int32Array(count);
    this.firstPlace = new Int32Array(count);
    this.dense = new Uint8Array(count);
    this.active = new Int32Array(count);
    this.always = Int32Array.from(rules.flatMap((r, k) => (r.starts === null && r.needles === null ? [k] : [])));

    const children: Map<number, number>[] = [new Map(), new Map()];
    const own: [rule: number, needle: number][][] = [[], []];
    const insert = (root: number, s: string, rule: number, needle: number) => {
      let node = root;
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        let next = children[node]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[node]!.set(c, next);
        }
        node = next;
      }
      if (!own[node]!.some(([r]) => r === rule)) own[node]!.push([rule, needle]);
    };
    rules.forEach(({ starts, wordStarts, needles }, rule) => {
      const atWord = new Set(wordStarts);
      for (const s of starts ?? []) insert(atWord.has(s) ? WORD_ROOT : ANY_ROOT, s, rule, 0);
      if (starts === null) for (const s of needles ?? []) insert(ANY_ROOT, s, rule, 1);
    });

    const nodes = children.length;
    // The root table packs a node into 15 bits; past that, it would need a wider one.
    if (nodes > NODE_MASK) throw new Error(`Too many start-string nodes for the root table: ${nodes}`);
    // The root tables are read by the code unit as it stands, every case of a letter leading where its fold does.
    for (let raw = 0; raw < 0x10000; raw++) {
      const word = children[WORD_ROOT]!.get(FOLDED[raw]!) ?? 0;
      const any = children[ANY_ROOT]!.get(FOLDED[raw]!) ?? 0;
      this.roots[raw] = (isWordUnit(raw) ? IS_WORD : 0) | (word << 15) | any;
    }

    this.outFrom = new Int32Array(nodes + 1);
    const total = own.reduce((n, o) => n + o.length, 0);
    this.outRule = new Int32Array(total);
    this.outNeedle = new Uint8Array(total);
    let at = 0;
    for (let node = 0; node < nodes; node++) {
      this.outFrom[node] = at;
      for (const [rule, needle] of own[node]!) {
        this.outRule[at] = rule;
        this.outNeedle[at] = needle;
        at++;
      }
    }
    this.outFrom[nodes] = at;

    let edges = 0;
    for (let node = 2; node < nodes; node++) edges += children[node]!.size;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.slotKey = new Int32Array(size);
    this.slotNext = new Uint16Array(size);
    this.childBits = new Int32Array(nodes);
    for (let node = 2; node < nodes; node++) {
      for (const [c, child] of children[node]!) {
        this.childBits[node]! |= 1 << (c & 31);
        const key = (node << 16) | c;
        let slot = slotOf(key) & this.mask;
        while (this.slotKey[slot] !== 0) slot = (slot + 1) & this.mask;
        this.slotKey[slot] = key;
        this.slotNext[slot] = child;
      }
    }
  }

  /** Reads the text once; afterwards active, begin, end and positions describe it (see the class). */
  scan(text: string): void {
    const seen = this.seen;
    if (++this.scans === 0x7fffffff) {
      seen.fill(0);
      this.scans = 1;
    }
    const scan = this.scans;
    const active = this.active;
    const len = text.length;
    // Past this many places a rule is dense whatever its first place: stop noting them.
    this.crowd = Math.floor(len / DENSE_PLACES) + 1;
    this.hits = 0;
    this.activeCount = 0;
    for (let k = 0; k < this.always.length; k++) {
      const r = this.always[k]!;
      seen[r] = scan;
      this.begin[r] = 0;
      active[this.activeCount++] = r;
    }
    const roots = this.roots;
    let han = false;
    let plain = true;
    let afterWord = 0;
    for (let i = 0; i < len; i++) {
      const raw = text.charCodeAt(i);
      if (raw >= 0x80) {
        if (raw >= 0x2e80 && (raw <= 0x9fff || (raw >= 0xf900 && raw <= 0xfaff))) han = true;
        else if ((raw >= 0xd800 && raw <= 0xdfff) || raw === 0x212a || raw === 0x17f) plain = false;
      }
      const entry = roots[raw]!;
      if (afterWord === 0 && (entry & WORD_NODE) !== 0) this.walk(text, (entry & WORD_NODE) >>> 15, i, scan);
      if ((entry & NODE_MASK) !== 0) this.walk(text, entry & NODE_MASK, i, scan);
      afterWord = entry & IS_WORD;
    }
    this.han = han;
    this.plain = plain;
    const { begin, firstPlace } = this;
    for (let a = 0; a < this.activeCount; a++) {
      const r = active[a]!;
      this.dense[r] = begin[r]! * DENSE_PLACES >= len - firstPlace[r]! ? 1 : 0;
    }
    this.group();
  }

  /** Follows the trie from `from` (reached by the code unit at `at`) as far as the text goes along it. */
  private walk(text: string, from: number, at: number, scan: number): void {
    const { childBits, slotKey, slotNext, mask } = this;
    const len = text.length;
    let node = from;
    for (let j = at + 1; ; j++) {
      if (this.outFrom[node]! !== this.outFrom[node + 1]!) this.note(node, at, scan);
      if (j === len) return;
      const c = FOLDED[text.charCodeAt(j)]!;
      // The bit mask answers most misses without a table read.
      if (!((childBits[node]! >>> (c & 31)) & 1)) return;
      const key = (node << 16) | c;
      let slot = slotOf(key) & mask;
      let k = slotKey[slot]!;
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = slotKey[slot]!;
      }
      if (k !== key) return;
      node = slotNext[slot]!;
    }
  }

  /** Notes `at` as a place of each rule with a string ending at `node`; a needle only makes its rule active. */
  private note(node: number, at: number, scan: number): void {
    const { seen, begin, lastPlace, outRule, outNeedle } = this;
    const last = this.outFrom[node + 1]!;
    for (let o = this.outFrom[node]!; o < last; o++) {
      const r = outRule[o]!;
      if (seen[r] !== scan) {
        seen[r] = scan;
        begin[r] = 0;
        // Places come in ascending order: the first noted is the first.
        this.firstPlace[r] = at;
        lastPlace[r] = -1;
        this.active[this.activeCount++] = r;
      }
      if (outNeedle[o] || lastPlace[r] === at) continue;
      lastPlace[r] = at;
      // begin[] counts the rule's places until group() turns the counts into offsets.
      const n = begin[r]!;
      if (n > this.crowd) continue;
      begin[r] = n + 1;
      if (this.hits === this.hitRule.length) this.grow();
      this.hitRule[this.hits] = r;
      this.hitPos[this.hits] = at;
      this.hits++;
    }
  }

  /** Sorts the active rules, then buckets the places by rule (already ascending and distinct within a rule). */
  private group(): void {
    const { active, activeCount, begin, end } = this;
    for (let a = 1; a < activeCount; a++) {
      const r = active[a]!;
      let k = a;
      while (k > 0 && active[k - 1]! > r) {
        active[k] = active[k - 1]!;
        k--;
      }
      active[k] = r;
    }
    let at = 0;
    for (let a = 0; a < activeCount; a++) {
      const r = active[a]!;
      const n = begin[r]!;
      begin[r] = at;
      end[r] = at;
      at += n;
    }
    if (this.positions.length < at) this.positions = new Int32Array(at * 2);
    const positions = this.positions;
    const { hitRule, hitPos, hits } = this;
    for (let h = 0; h < hits; h++) {
      const r = hitRule[h]!;
      positions[end[r]!++] = hitPos[h]!;
    }
  }

  private grow(): void {
    const rule = new Int32Array(this.hitRule.length * 2);
    rule.set(this.hitRule);
    this.hitRule = rule;
    const pos = new Int32Array(this.hitPos.length * 2);
    pos.set(this.hitPos);
    this.hitPos = pos;
  }
}

function slotOf(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
