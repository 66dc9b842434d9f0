/**
 * Every place in a text where some cue rule can start a match, found in one pass: an Aho–Corasick automaton
 * over all rules' start strings (prefix.ts), read one code unit at a time, folded as prefix.ts fold() does.
 * A word start (most English cues open with \b) only counts where no ASCII letter, digit or _ comes before it.
 * A rule is then tried only at its own places (a sticky regex), instead of every rule's regex scanning the
 * whole text. The automaton and the buffers are built once and reused: messages are read one at a time.
 */

/** What the index reads of a rule: where its matches start, or failing that what they must contain. */
export interface Anchors {
  starts: readonly string[] | null;
  /** Those of `starts` that only open a match where no ASCII letter, digit or _ comes right before. */
  wordStarts: readonly string[] | null;
  needles: readonly string[] | null;
}

/** Marks a needle in the automaton's outputs, where a start string has its length. */
const NEEDLE = -1;

/**
 * A rule is tried place by place while it has fewer places than one per this many characters after the first:
 * each try costs about what the regex engine spends scanning a few characters itself. Past that (a long run
 * of digits) the engine scans instead, from the first place, and further places are not even noted.
 */
const DENSE_PLACES = 4;

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

  /** Root transitions by code unit (0 = stay at the root): most characters lead nowhere, and this is one read. */
  private readonly root = new Uint16Array(0x10000);
  /** Other transitions, open addressing on the key node << 16 | code unit (0: empty, as the root is not here). */
  private readonly slotKey: Int32Array;
  private readonly slotNext: Uint16Array;
  private readonly mask: number;
  /** Per node, a bit for each (code unit & 31) some child is reached by: most misses need no table read. */
  private readonly childBits: Int32Array;
  private readonly fail: Int32Array;
  /** Per node, the (rule, length) pairs of every start string ending there, its own and its suffixes'. */
  private readonly outFrom: Int32Array;
  private readonly outRule: Int32Array;
  private readonly outLength: Int32Array;
  /** 1 when the output's string is a word start. */
  private readonly outWord: Uint8Array;
  private readonly ruleCount: number;
  /** Scan number at which each rule was last found active. */
  private readonly seen: Int32Array;
  /** Rules with neither start strings nor needles: active in every scan. */
  private readonly always: Int32Array;
  private scans = 0;
  private hitRule = new Int32Array(256);
  private hitPos = new Int32Array(256);

  constructor(rules: readonly Anchors[]) {
    this.ruleCount = rules.length;
    this.begin = new Int32Array(this.ruleCount);
    this.end = new Int32Array(this.ruleCount);
    this.seen = new Int32Array(this.ruleCount);
    this.firstPlace = new Int32Array(this.ruleCount);
    this.dense = new Uint8Array(this.ruleCount);
    this.active = new Int32Array(this.ruleCount);
    this.always = Int32Array.from(rules.flatMap((r, k) => (r.starts === null && r.needles === null ? [k] : [])));

    const children: Map<number, number>[] = [new Map()];
    const own: [rule: number, length: number, word: number][][] = [[]];
    rules.forEach(({ starts, wordStarts, needles }, rule) => {
      const strings = starts ?? needles ?? [];
      const atWord = new Set(wordStarts);
      for (const s of strings) {
        let node = 0;
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
        if (!own[node]!.some(([r]) => r === rule))
          own[node]!.push([rule, starts ? s.length : NEEDLE, starts && atWord.has(s) ? 1 : 0]);
      }
    });

    const nodes = children.length;
    const fail = new Int32Array(nodes);
    const order: number[] = [];
    const queue: number[] = [];
    for (const [c, child] of children[0]!) {
      this.root[c] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      order.push(node);
      for (const [c, child] of children[node]!) {
        let f = fail[node]!;
        while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
        const to = children[f]!.get(c);
        fail[child] = to !== undefined && to !== child ? to : 0;
        queue.push(child);
      }
    }
    this.fail = fail;

    // A node's outputs are its own plus its failure node's (already complete: failure nodes are shallower).
    const outputs: [number, number, number][][] = Array.from({ length: nodes }, () => []);
    for (const node of order) outputs[node] = [...own[node]!, ...outputs[fail[node]!]!];
    this.outFrom = new Int32Array(nodes + 1);
    const total = outputs.reduce((n, o) => n + o.length, 0);
    this.outRule = new Int32Array(total);
    this.outLength = new Int32Array(total);
    this.outWord = new Uint8Array(total);
    let at = 0;
    for (let node = 0; node < nodes; node++) {
      this.outFrom[node] = at;
      for (const [rule, length, word] of outputs[node]!) {
        this.outRule[at] = rule;
        this.outLength[at] = length;
        this.outWord[at] = word;
        at++;
      }
    }
    this.outFrom[nodes] = at;

    // Keys pack the node into 15 bits; past that, the text would need a wider table.
    if (nodes >= 0x8000) throw new Error(`Too many start-string nodes for the transition table: ${nodes}`);
    let edges = 0;
    for (let node = 1; node < nodes; node++) edges += children[node]!.size;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.slotKey = new Int32Array(size);
    this.slotNext = new Uint16Array(size);
    this.childBits = new Int32Array(nodes);
    for (let node = 1; node < nodes; node++) {
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
    const { begin, firstPlace } = this;
    const len = text.length;
    // Past this many places a rule is dense whatever its first place: stop noting them.
    const crowd = Math.floor(len / DENSE_PLACES) + 1;
    let activeCount = 0;
    for (let k = 0; k < this.always.length; k++) {
      const r = this.always[k]!;
      seen[r] = scan;
      begin[r] = 0;
      active[activeCount++] = r;
    }
    const root = this.root;
    const rootQuiet = this.outFrom[1] === 0;
    const outFrom = this.outFrom;
    const outRule = this.outRule;
    const outLength = this.outLength;
    const outWord = this.outWord;
    let hits = 0;
    let han = false;
    let plain = true;
    let node = 0;
    for (let i = 0; i < len; i++) {
      const raw = text.charCodeAt(i);
      let c = raw;
      if (raw >= 0x2e80) {
        if (raw <= 0x9fff || (raw >= 0xf900 && raw <= 0xfaff)) han = true;
        else if (raw >= 0xd800 && raw <= 0xdfff) plain = false;
      } else if (raw <= 0x5a) {
        if (raw >= 0x41) c = raw + 32;
        else if (raw >= 0x30 && raw <= 0x39) c = 0x30;
      } else if (raw === 0x212a) {
        c = 0x6b;
        plain = false;
      } else if (raw === 0x17f) {
        c = 0x73;
        plain = false;
      }
      if (node === 0) {
        // Most characters start nothing: one table read, and then (no start string being empty) no outputs.
        node = root[c]!;
        if (node === 0 && rootQuiet) continue;
      } else node = this.step(node, c);
      const last = outFrom[node + 1]!;
      for (let o = outFrom[node]!; o < last; o++) {
        // A word start right after a letter, digit or _ cannot open a match there.
        if (outWord[o] === 1) {
          const before = i - outLength[o]!;
          if (before >= 0 && isWordUnit(text.charCodeAt(before))) continue;
        }
        const r = outRule[o]!;
        if (seen[r] !== scan) {
          seen[r] = scan;
          begin[r] = 0;
          firstPlace[r] = len;
          active[activeCount++] = r;
        }
        const length = outLength[o]!;
        if (length === NEEDLE) continue;
        const place = i + 1 - length;
        if (place < firstPlace[r]!) firstPlace[r] = place;
        // begin[] counts the rule's hits until group() turns the counts into offsets.
        const n = begin[r]!;
        if (n > crowd) continue;
        begin[r] = n + 1;
        if (hits === this.hitRule.length) this.grow();
        this.hitRule[hits] = r;
        this.hitPos[hits] = place;
        hits++;
      }
    }
    this.han = han;
    this.plain = plain;
    this.activeCount = activeCount;
    for (let a = 0; a < activeCount; a++) {
      const r = active[a]!;
      this.dense[r] = begin[r]! * DENSE_PLACES >= len - firstPlace[r]! ? 1 : 0;
    }
    this.group(hits);
  }

  /** The node after `node` (not the root) on code unit c: failure links followed until one has a child by c. */
  private step(from: number, c: number): number {
    const { root, fail, childBits, slotKey, slotNext, mask } = this;
    let node = from;
    while (node !== 0) {
      // The bit mask answers most misses without a table read.
      if ((childBits[node]! >>> (c & 31)) & 1) {
        const key = (node << 16) | c;
        let slot = slotOf(key) & mask;
        let k = slotKey[slot]!;
        while (k !== key && k !== 0) {
          slot = (slot + 1) & mask;
          k = slotKey[slot]!;
        }
        if (k === key) return slotNext[slot]!;
      }
      node = fail[node]!;
    }
    return root[c]!;
  }

  /** Sorts the active rules, then buckets the hits by rule, each bucket ascending and without repeats. */
  private group(hits: number): void {
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
    const hitRule = this.hitRule;
    const hitPos = this.hitPos;
    for (let h = 0; h < hits; h++) {
      const r = hitRule[h]!;
      const p = hitPos[h]!;
      // Hits come in order of where their string ends; strings of one rule differ in length by at most 7,
      // so an insertion sort moves each position a few places at most.
      const from = begin[r]!;
      const to = end[r]!;
      let k = to;
      while (k > from && positions[k - 1]! > p) k--;
      if (k > from && positions[k - 1] === p) continue;
      for (let j = to; j > k; j--) positions[j] = positions[j - 1]!;
      positions[k] = p;
      end[r] = to + 1;
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

/** ASCII letters, digits and _. */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function slotOf(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
