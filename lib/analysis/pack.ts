import type { ContentLanguage, Emotion, EscalationFlag } from '../types';
import { EMOTIONS } from '../types';

/**
 * A language pack as written by hand: plain data, no logic. Each emotion maps weight → terms so the
 * file reads like a word list. English terms may be phrases (space-separated, lower case); Chinese terms
 * are matched over characters. Latin-script or digit terms in a Chinese pack (TMD, 12315) go to the word
 * lookup instead of the character trie.
 */
export interface PackSource {
  id: ContentLanguage;
  emotions: Record<Emotion, Record<number, readonly string[]>>;
  negators: readonly string[];
  /** term → multiplier (> 1). */
  intensifiers: Record<string, number>;
  /** term → multiplier (< 1). */
  downtoners: Record<string, number>;
  /** The clause after one of these weighs more than the clause before. */
  contrast: readonly string[];
  /** Cheap sarcasm markers: they turn nearby praise or thanks into frustration. */
  sarcasm: readonly string[];
  /** Words that make a sentence a question without a question mark. */
  questionWords: readonly string[];
  /**
   * Escalation vocabulary by flag. It no longer raises flags (lib/analysis/escalation reads intent clause by
   * clause); the scanner still uses the phrases, which swallow the words inside them ("my money back"), and
   * the language detector reads their characters as script evidence.
   */
  escalation: Partial<Record<EscalationFlag, readonly string[]>>;
  /** Urgency cues (asap, 马上); value 0..1. */
  urgency: Record<string, number>;
  /** Terms that look like cues but are not (不错 starts with 不): they block a shorter, wrong match. */
  stop: readonly string[];
  /**
   * What a customer expects to happen (work, arrive, 到, 退): neutral alone, frustration when negated
   * ("won't print", "hasn't shipped", 没到账, 不退).
   */
  expected?: readonly string[];
}

/**
 * One lexicon entry. A class with every field set up front keeps one hidden class for all entries, so the
 * scoring loop's property reads stay monomorphic (measured: plain objects built field by field cost ~10%).
 */
export class Entry {
  /**
   * Which fields are set (ENTRY_* bits), built once at compile time: the scoring loop reads this one small
   * integer instead of touching every field (a double field is a separate heap box).
   */
  bits = 0;
  /**
   * `ei`/`ew` packed into small integers when an entry has one or two emotions whose weights survive the
   * round trip (see packEmotion): the scoring loop then reads no arrays, whose elements live elsewhere in
   * memory. 0 when not packed.
   */
  emoCount = 0;
  emo0 = 0;
  emo1 = 0;
  emotions: Partial<Record<Emotion, number>> | undefined = undefined;
  negator = false;
  /** Multiplier for the next emotion cue (intensifier > 1, downtoner < 1); 0 when none. */
  scale = 0;
  contrast = false;
  sarcasm = false;
  question = false;
  flags: EscalationFlag[] | undefined = undefined;
  urgency = 0;
  /** An expected outcome: frustration when negated. */
  expected = false;
  /** `emotions` as parallel arrays of EMOTIONS indices and weights, built once at compile time. */
  ei: number[] | undefined = undefined;
  ew: number[] | undefined = undefined;
}

/** Emotion index in the low 3 bits, weight in millionths above them; -1 when the weight does not survive. */
function packEmotion(k: number, w: number): number {
  const units = Math.round(w * 1e6);
  if (units <= 0 || units >= 1 << 26 || units / 1e6 !== w) return -1;
  return units * 8 + k;
}

/** The weight of a packed emotion, exactly the original number (packEmotion checked the round trip). */
export function packedWeight(code: number): number {
  return (code >>> 3) / 1e6;
}

export const ENTRY_QUESTION = 1;
export const ENTRY_CONTRAST = 2;
export const ENTRY_URGENCY = 4;
export const ENTRY_SARCASM = 8;
export const ENTRY_FLAGS = 16;
export const ENTRY_NEGATOR = 32;
export const ENTRY_SCALE = 64;
/** emotions.anger is set (masked profanity with it is abuse). */
export const ENTRY_ANGER = 128;

function bitsOf(e: Entry): number {
  return (
    (e.question ? ENTRY_QUESTION : 0) |
    (e.contrast ? ENTRY_CONTRAST : 0) |
    (e.urgency ? ENTRY_URGENCY : 0) |
    (e.sarcasm ? ENTRY_SARCASM : 0) |
    (e.flags ? ENTRY_FLAGS : 0) |
    (e.negator ? ENTRY_NEGATOR : 0) |
    (e.scale ? ENTRY_SCALE : 0) |
    (e.emotions?.anger ? ENTRY_ANGER : 0)
  );
}

/** English words form a trie of words, so phrases are matched without building string keys. */
let wordNodes = 0;
export class WordNode {
  /** Unique per node, so a WordIndex can key phrase continuations by (node, next word). */
  readonly id = wordNodes++;
  entry: Entry | undefined = undefined;
  next: Map<string, WordNode> | undefined = undefined;
  constructor(entry?: Entry) {
    this.entry = entry;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

export interface CompiledPack {
  id: ContentLanguage;
  /** Latin-script words; phrases continue through `next`. */
  words: Map<string, WordNode>;
  /** Everything else (Han characters, emoji, emoticons), matched code unit by code unit. */
  trie: TrieNode;
  /** The same trie flattened into typed arrays for matching (see flatten). */
  flat: FlatTrie;
}

/**
 * A trie in typed arrays: the first character is ranked in a start bitmap, each deeper step is one probe in
 * a hash table of (parent, character) → child. Chosen over Intl.Segmenter: on the 2,674 Chinese dev rows the trie scan ran ~23×
 * faster (244k vs 10.5k rows/s) and found 1.8× more lexicon entries, because the segmenter's words do not
 * line up with compounds such as 太过分 or 没问题 (scripts/eval-lib/segmenter-compare.ts).
 */
export interface FlatTrie {
  /** One bit per code unit that starts an entry: 8 KB that stay in cache. */
  starts: Uint32Array;
  /** Set bits in `starts` before each of its words, so a start's rank indexes `rootNode`. */
  startRank: Uint16Array;
  /** Node of each starting code unit, in code order: 3 KB instead of a 256 KB table over all of them. */
  rootNode: Int32Array;
  entries: (Entry | undefined)[];
  /** Code units that are an entry on their own (one bit each). */
  single: Uint32Array;
  /**
   * A 64K-bit filter over the first two code units of every longer entry (see pairBit): when a start is not
   * an entry alone and its pair is not here, no entry matches there, so the walk is skipped.
   */
  pairs: Uint32Array;
  /** 1 when the node has children. */
  hasChildren: Uint8Array;
  /**
   * Every parent → child step in one open-addressing table: slot → [(parent << 16) | code unit, child], -1
   * for an empty slot. One probe per character instead of a binary search over three arrays.
   */
  edges: Int32Array;
  /** 32 − log2(slots), for the multiplicative hash (see edgeSlotOf). */
  edgeShift: number;
}

/** Bit of a two-code-unit prefix in FlatTrie.pairs; the scanner inlines the same expression. */
export function pairBit(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> 16;
}

/** Slot of a trie step key; the scanner inlines the same expression. */
export function edgeSlotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

function flatten(trie: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [];
  const ids = new Map<TrieNode, number>();
  const visit = (n: TrieNode) => {
    ids.set(n, nodes.length);
    nodes.push(n);
    for (const c of n.next.values()) visit(c);
  };
  for (const c of trie.next.values()) visit(c);
  const starts = new Uint32Array(2048);
  for (const code of trie.next.keys()) starts[code >>> 5]! |= 1 << (code & 31);
  const startRank = new Uint16Array(2048);
  for (let w = 1; w < 2048; w++) startRank[w] = startRank[w - 1]! + popcount(starts[w - 1]!);
  const rootNode = new Int32Array(trie.next.size);
  const byCode = [...trie.next].sort((a, b) => a[0] - b[0]);
  byCode.forEach(([, n], rank) => {
    rootNode[rank] = ids.get(n)!;
  });
  const total = nodes.reduce((a, n) => a + n.next.size, 0);
  let bits = 8;
  while (1 << bits < total * 2) bits++;
  const edgeShift = 32 - bits;
  const mask = (1 << bits) - 1;
  const edges = new Int32Array((1 << bits) * 2).fill(-1);
  const hasChildren = new Uint8Array(nodes.length);
  nodes.forEach((n, id) => {
    if (n.next.size > 0) hasChildren[id] = 1;
    for (const [code, c] of n.next) {
      const key = (id << 16) | code;
      let slot = edgeSlotOf(key, edgeShift);
      while (edges[slot * 2] !== -1) slot = (slot + 1) & mask;
      edges[slot * 2] = key;
      edges[slot * 2 + 1] = ids.get(c)!;
    }
  });
  if (nodes.length >= 1 << 15) throw new Error('trie too large for 16-bit step keys');
  const single = new Uint32Array(2048);
  const pairs = new Uint32Array(2048);
  for (const [c0, n] of trie.next) {
    if (n.entry) single[c0 >>> 5]! |= 1 << (c0 & 31);
    for (const c1 of n.next.keys()) {
      const b = pairBit(c0, c1);
      pairs[b >>> 5]! |= 1 << (b & 31);
    }
  }
  return {
    starts,
    startRank,
    rootNode,
    entries: nodes.map((n) => n.entry),
    single,
    pairs,
    hasChildren,
    edges,
    edgeShift,
  };
}

const LATIN_TERM = /^[a-z0-9' *.-]+$/i;

function entryFor(pack: CompiledPack, term: string): Entry {
  if (LATIN_TERM.test(term)) {
    const parts = term
      .toLowerCase()
      .trim()
      .split(/[\s-]+/);
    let map = pack.words;
    let node: WordNode | undefined;
    for (const part of parts) {
      node = map.get(part);
      if (!node) {
        node = new WordNode();
        map.set(part, node);
      }
      if (part !== parts[parts.length - 1]) {
        node.next ??= new Map();
        map = node.next;
      }
    }
    node!.entry ??= new Entry();
    return node!.entry;
  }
  let node = pack.trie;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map() };
      node.next.set(c, child);
    }
    node = child;
  }
  node.entry ??= new Entry();
  return node.entry;
}

/**
 * The word filter's buckets per half: 2^19 bits for the words that start an entry and as many for the words that
 * continue a phrase. Kept apart because the common small words that only continue phrases ("the", "my", "to")
 * would otherwise pass every first-word check and cost a table probe each.
 */
export const WORD_FILTER_MASK = (1 << 19) - 1;

/** FNV-1a over UTF-16 code units; the scanner computes the same value while reading a word. */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Regular inflections of single English words that carry an emotion (annoy → annoys, annoyed, annoying),
 * added at compile time so a lookup is one Map access. Existing entries are never overwritten.
 */
export function inflections(w: string): string[] {
  if (!/^[a-z]{3,}$/.test(w)) return [];
  // No -er: it makes nouns of too many words (numb → number).
  const out = [`${w}s`, `${w}ed`, `${w}ing`, `${w}ly`, `${w}est`, `${w}ness`];
  const last = w[w.length - 1]!;
  if (last === 'e') out.push(`${w}d`, `${w.slice(0, -1)}ing`, `${w}st`);
  if (last === 'y') {
    const b = w.slice(0, -1);
    out.push(`${b}ied`, `${b}ies`, `${b}ily`, `${b}iest`, `${b}iness`);
  }
  if (/[sxz]$|[cs]h$/.test(w)) out.push(`${w}es`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(w)) out.push(`${w}${last}ed`, `${w}${last}ing`);
  return out;
}

function finish(pack: CompiledPack): void {
  const extra: [string, WordNode][] = [];
  // An inflected form may already be a node only as the first word of a phrase ("killed" from "killed it"):
  // it still gets the base word's entry, or adding a phrase would silently drop the single word.
  const heads: [WordNode, Entry][] = [];
  for (const [w, node] of pack.words) {
    const e = node.entry;
    if (!e?.emotions && !e?.expected) continue;
    for (const f of inflections(w)) {
      const existing = pack.words.get(f);
      if (!existing) extra.push([f, new WordNode(e)]);
      else if (!existing.entry) heads.push([existing, e]);
    }
  }
  for (const [f, node] of extra) if (!pack.words.has(f)) pack.words.set(f, node);
  for (const [node, e] of heads) node.entry ??= e;
  // Inflected forms share their base word's entry: derive each entry's fields once, not once per form.
  const done = new Set<Entry>();
  const visit = (e: Entry | undefined) => {
    if (!e || done.has(e)) return;
    done.add(e);
    e.bits = bitsOf(e);
    if (!e.emotions) return;
    e.ei = [];
    e.ew = [];
    EMOTIONS.forEach((em, k) => {
      const w = e.emotions?.[em];
      if (w) {
        e.ei!.push(k);
        e.ew!.push(w);
      }
    });
    const codes = e.ei.map((k, q) => packEmotion(k, e.ew![q]!));
    if (codes.length >= 1 && codes.length <= 2 && !codes.includes(-1)) {
      e.emoCount = codes.length;
      e.emo0 = codes[0]!;
      e.emo1 = codes[1] ?? 0;
    } else {
      e.emoCount = 0;
    }
  };
  const walkWords = (m: Map<string, WordNode>) => {
    for (const n of m.values()) {
      visit(n.entry);
      if (n.next) walkWords(n.next);
    }
  };
  walkWords(pack.words);
  const walkTrie = (n: TrieNode) => {
    visit(n.entry);
    for (const c of n.next.values()) walkTrie(c);
  };
  walkTrie(pack.trie);
}

/** Builds the lookup structures once per pack; the source objects are never mutated. */
export function compilePack(src: PackSource, shared: readonly Partial<PackSource>[] = []): CompiledPack {
  const pack: CompiledPack = {
    id: src.id,
    words: new Map(),
    trie: { next: new Map() },
    flat: flatten({ next: new Map() }),
  };
  for (const s of [...shared, src]) {
    for (const term of s.stop ?? []) entryFor(pack, term);
    if (s.emotions) {
      for (const [emotion, byWeight] of Object.entries(s.emotions) as [Emotion, Record<number, readonly string[]>][]) {
        for (const [w, terms] of Object.entries(byWeight)) {
          for (const term of terms) {
            const e = entryFor(pack, term);
            e.emotions = { ...e.emotions, [emotion]: Math.max(e.emotions?.[emotion] ?? 0, Number(w)) };
          }
        }
      }
    }
    for (const term of s.negators ?? []) entryFor(pack, term).negator = true;
    for (const [term, m] of Object.entries(s.intensifiers ?? {})) entryFor(pack, term).scale = m;
    for (const [term, m] of Object.entries(s.downtoners ?? {})) entryFor(pack, term).scale = m;
    for (const term of s.contrast ?? []) entryFor(pack, term).contrast = true;
    for (const term of s.sarcasm ?? []) entryFor(pack, term).sarcasm = true;
    for (const term of s.questionWords ?? []) entryFor(pack, term).question = true;
    for (const [flag, terms] of Object.entries(s.escalation ?? {}) as [EscalationFlag, readonly string[]][]) {
      for (const term of terms) {
        const e = entryFor(pack, term);
        e.flags = [...(e.flags ?? []), flag];
      }
    }
    for (const [term, u] of Object.entries(s.urgency ?? {})) entryFor(pack, term).urgency = u;
    for (const term of s.expected ?? []) entryFor(pack, term).expected = true;
  }
  finish(pack);
  pack.flat = flatten(pack.trie);
  return pack;
}

/**
 * The word lookups of several packs (first pack wins, as in a Map lookup per pack) merged into one open-
 * addressing table over the scanner's word hash. A plain ASCII word is then found by comparing the text in
 * place: no substring, no lower-case copy, no string hashing. Built once per list of packs.
 */
export class WordIndex {
  /** Slot → [hash, node id + 1]; node id + 1 of 0 marks an empty slot. */
  readonly table: Int32Array;
  readonly mask: number;
  readonly keys: string[] = [];
  readonly nodes: WordNode[] = [];
  /** Slot → [word hash, parent node id, edge + 1]; edge + 1 of 0 marks an empty slot. */
  readonly edgeTable: Int32Array;
  readonly edgeMask: number;
  readonly edgeKeys: string[] = [];
  readonly edgeNodes: WordNode[] = [];
  /**
   * One bit per bucket of word hashes, in two halves: the first for the words that start an entry (`find`), the
   * second for the words that continue a phrase (`follow`). 0 means no such word hashes there, so the scanner
   * skips looking up most words.
   */
  readonly filter: Uint32Array;

  constructor(packs: readonly CompiledPack[]) {
    // Each word is hashed once, for its table slot and its filter bit together: at start-up this runs before
    // the first message is read, mostly in the interpreter, so every pass over 14,000 words shows.
    const filter = new Uint32Array((WORD_FILTER_MASK + 1) >>> 4);
    const mark = (b: number) => {
      filter[b >>> 5]! |= 1 << (b & 31);
    };
    const seen = new Set<string>();
    const hashes: number[] = [];
    for (const p of packs) {
      for (const [w, node] of p.words) {
        if (seen.has(w)) continue;
        seen.add(w);
        const h = wordHash(w) | 0;
        mark(h & WORD_FILTER_MASK);
        hashes.push(h);
        this.keys.push(w);
        this.nodes.push(node);
      }
    }
    let size = 1024;
    while (size < this.keys.length * 1.25) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    for (let id = 0; id < hashes.length; id++) {
      const h = hashes[id]!;
      let slot = h & this.mask;
      while (this.table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = h;
      this.table[slot * 2 + 1] = id + 1;
    }
    // Phrase continuations (node, next word) → next node, for every node in the packs, same probing. Their
    // words are every word below the first of a phrase: they mark the filter's second half.
    const edges: [WordNode, string, WordNode][] = [];
    const walk = (m: Map<string, WordNode>) => {
      for (const parent of m.values()) {
        if (!parent.next) continue;
        for (const [w, child] of parent.next) edges.push([parent, w, child]);
        walk(parent.next);
      }
    };
    for (const p of packs) walk(p.words);
    let edgeSize = 256;
    while (edgeSize < edges.length * 2) edgeSize *= 2;
    this.edgeMask = edgeSize - 1;
    this.edgeTable = new Int32Array(edgeSize * 3);
    for (let k = 0; k < edges.length; k++) {
      const [parent, w, child] = edges[k]!;
      const h = wordHash(w) | 0;
      mark(WORD_FILTER_MASK + 1 + (h & WORD_FILTER_MASK));
      let slot = edgeSlot(parent.id, h) & this.edgeMask;
      while (this.edgeTable[slot * 3 + 2] !== 0) slot = (slot + 1) & this.edgeMask;
      this.edgeTable[slot * 3] = h;
      this.edgeTable[slot * 3 + 1] = parent.id;
      this.edgeTable[slot * 3 + 2] = k + 1;
      this.edgeKeys.push(w);
      this.edgeNodes.push(child);
    }
    this.filter = filter;
  }

  /** False when no pack holds a word with this hash that starts an entry (see filter): `find` would miss. */
  mayHold(hash: number): boolean {
    const b = hash & WORD_FILTER_MASK;
    return (this.filter[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /** False when no phrase continues with a word of this hash (see filter): `follow` would miss. */
  mayFollow(hash: number): boolean {
    const b = WORD_FILTER_MASK + 1 + (hash & WORD_FILTER_MASK);
    return (this.filter[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /**
   * The node for text[start, end) lower-cased, where that span holds only ASCII letters, digits and
   * apostrophes (’ reads as ') and `hash` is its wordHash.
   */
  find(text: string, start: number, end: number, hash: number): WordNode | undefined {
    const t = this.table;
    const h = hash | 0;
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const id = t[slot * 2 + 1]!;
      if (id === 0) return undefined;
      if (t[slot * 2] === h) {
        const key = this.keys[id - 1]!;
        if (key.length === len && sameLower(text, start, key)) return this.nodes[id - 1];
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** parent.next.get(word), for a word as in `find`. */
  follow(parent: WordNode, text: string, start: number, end: number, hash: number): WordNode | undefined {
    const t = this.edgeTable;
    const h = hash | 0;
    const pid = parent.id;
    const len = end - start;
    let slot = edgeSlot(pid, h) & this.edgeMask;
    for (;;) {
      const id = t[slot * 3 + 2]!;
      if (id === 0) return undefined;
      if (t[slot * 3] === h && t[slot * 3 + 1] === pid) {
        const key = this.edgeKeys[id - 1]!;
        if (key.length === len && sameLower(text, start, key)) return this.edgeNodes[id - 1];
      }
      slot = (slot + 1) & this.edgeMask;
    }
  }
}

function edgeSlot(parentId: number, hash: number): number {
  return Math.imul(parentId, 0x9e3779b1) ^ hash;
}

function sameLower(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (c === 0x2019) c = 0x27;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}
