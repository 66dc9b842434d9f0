/**
 * Every place in a text where some cue rule can start a match, found in one pass: an Aho–Corasick automaton
 * over all rules' start strings (prefix.ts), read one code unit at a time, folded as prefix.ts fold() does. A rule is then tried only
 * at its own places (a sticky regex), instead of every rule's regex scanning the whole text. The automaton
 * and the buffers are built once and reused, because messages are read one at a time.
 */

/** What the index reads of a rule: where its matches start, or failing that what they must contain. */
export interface Anchors {
  starts: readonly string[] | null;
  needles: readonly string[] | null;
}

/** Marks a needle in the automaton's outputs, where a start string has its length. */
const NEEDLE = -1;

/**
 * After scan(): per rule with start strings, its candidate start positions, ascending and distinct, in
 * positions[begin[r]..end[r]); per rule with needles, whether one occurs (hasNeedle).
 */
export class StartIndex {
  readonly begin: Int32Array;
  readonly end: Int32Array;
  positions = new Int32Array(256);
  /** What scan() saw besides the places: Han characters, and whether the text is "plain" (see CueRule.fast). */
  han = false;
  plain = true;

  /** Root transitions by code unit (0 = stay at the root): most characters lead nowhere, and this is one read. */
  private readonly root = new Int32Array(0x10000);
  /** Other transitions, open addressing on (node, code unit). */
  private readonly slotNode: Int32Array;
  private readonly slotChar: Uint16Array;
  private readonly slotNext: Int32Array;
  private readonly mask: number;
  private readonly fail: Int32Array;
  /** Per node, the (rule, length) pairs of every start string ending there, its own and its suffixes'. */
  private readonly outFrom: Int32Array;
  private readonly outRule: Int32Array;
  private readonly outLength: Int32Array;
  private readonly ruleCount: number;
  /** Scan number at which each rule last had a needle in the text. */
  private readonly needleSeen: Int32Array;
  private scans = 0;
  private hitRule = new Int32Array(256);
  private hitPos = new Int32Array(256);

  constructor(rules: readonly Anchors[]) {
    this.ruleCount = rules.length;
    this.begin = new Int32Array(this.ruleCount);
    this.end = new Int32Array(this.ruleCount);
    this.needleSeen = new Int32Array(this.ruleCount);

    const children: Map<number, number>[] = [new Map()];
    const own: [rule: number, length: number][][] = [[]];
    rules.forEach(({ starts, needles }, rule) => {
      const strings = starts ?? needles ?? [];
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
        if (!own[node]!.some(([r]) => r === rule)) own[node]!.push([rule, starts ? s.length : NEEDLE]);
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
    const outputs: [number, number][][] = Array.from({ length: nodes }, () => []);
    for (const node of order) outputs[node] = [...own[node]!, ...outputs[fail[node]!]!];
    this.outFrom = new Int32Array(nodes + 1);
    const total = outputs.reduce((n, o) => n + o.length, 0);
    this.outRule = new Int32Array(total);
    this.outLength = new Int32Array(total);
    let at = 0;
    for (let node = 0; node < nodes; node++) {
      this.outFrom[node] = at;
      for (const [rule, length] of outputs[node]!) {
        this.outRule[at] = rule;
        this.outLength[at] = length;
        at++;
      }
    }
    this.outFrom[nodes] = at;

    let edges = 0;
    for (let node = 1; node < nodes; node++) edges += children[node]!.size;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.slotNode = new Int32Array(size).fill(-1);
    this.slotChar = new Uint16Array(size);
    this.slotNext = new Int32Array(size);
    for (let node = 1; node < nodes; node++) {
      for (const [c, child] of children[node]!) {
        let slot = slotOf(node, c) & this.mask;
        while (this.slotNode[slot] !== -1) slot = (slot + 1) & this.mask;
        this.slotNode[slot] = node;
        this.slotChar[slot] = c;
        this.slotNext[slot] = child;
      }
    }
  }

  private step(node: number, c: number): number {
    const slotNode = this.slotNode;
    const mask = this.mask;
    let slot = slotOf(node, c) & mask;
    for (;;) {
      const n = slotNode[slot]!;
      if (n === -1) return -1;
      if (n === node && this.slotChar[slot] === c) return this.slotNext[slot]!;
      slot = (slot + 1) & mask;
    }
  }

  hasNeedle(rule: number): boolean {
    return this.needleSeen[rule] === this.scans;
  }

  /** Reads the text once; afterwards begin/end/positions hold every rule's candidate starts. */
  scan(text: string): void {
    const needleSeen = this.needleSeen;
    if (++this.scans === 0x7fffffff) {
      needleSeen.fill(0);
      this.scans = 1;
    }
    const scan = this.scans;
    const root = this.root;
    const fail = this.fail;
    const outFrom = this.outFrom;
    const outRule = this.outRule;
    const outLength = this.outLength;
    let hits = 0;
    let han = false;
    let plain = true;
    let node = 0;
    const len = text.length;
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
      for (;;) {
        if (node === 0) {
          node = root[c]!;
          break;
        }
        const next = this.step(node, c);
        if (next !== -1) {
          node = next;
          break;
        }
        node = fail[node]!;
      }
      const last = outFrom[node + 1]!;
      for (let o = outFrom[node]!; o < last; o++) {
        const length = outLength[o]!;
        if (length === NEEDLE) {
          needleSeen[outRule[o]!] = scan;
          continue;
        }
        if (hits === this.hitRule.length) this.grow();
        this.hitRule[hits] = outRule[o]!;
        this.hitPos[hits] = i + 1 - length;
        hits++;
      }
    }
    this.han = han;
    this.plain = plain;
    this.group(hits);
  }

  /** Buckets the hits by rule (counting sort), each bucket ascending and without repeats. */
  private group(hits: number): void {
    const { begin, end } = this;
    begin.fill(0);
    const hitRule = this.hitRule;
    const hitPos = this.hitPos;
    for (let h = 0; h < hits; h++) begin[hitRule[h]!]!++;
    let at = 0;
    for (let r = 0; r < this.ruleCount; r++) {
      const n = begin[r]!;
      begin[r] = at;
      end[r] = at;
      at += n;
    }
    if (this.positions.length < at) this.positions = new Int32Array(at * 2);
    const positions = this.positions;
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

function slotOf(node: number, c: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
  return h ^ (h >>> 15);
}
