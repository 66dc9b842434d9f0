import type { ContentLanguage, Emotion, EscalationFlag } from '../types';

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
  escalation: Record<EscalationFlag, readonly string[]>;
  /** Urgency cues (asap, 马上); value 0..1. */
  urgency: Record<string, number>;
  /** Terms that look like cues but are not (不错 starts with 不): they block a shorter, wrong match. */
  stop: readonly string[];
}

export interface Entry {
  emotions?: Partial<Record<Emotion, number>>;
  negator?: boolean;
  /** Multiplier for the next emotion cue (intensifier > 1, downtoner < 1). */
  scale?: number;
  contrast?: boolean;
  sarcasm?: boolean;
  question?: boolean;
  flags?: EscalationFlag[];
  urgency?: number;
  /** `emotions` as pairs, built once at compile time so scoring does not call Object.entries per hit. */
  list?: [Emotion, number][];
}

/** English words form a trie of words, so phrases are matched without building string keys. */
export interface WordNode {
  entry?: Entry;
  next?: Map<string, WordNode>;
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
  /** 1 where a trie entry can start, so most characters skip the trie walk. */
  starts: Uint8Array;
}

const LATIN_TERM = /^[a-z0-9' *.-]+$/i;

function entryFor(pack: CompiledPack, term: string): Entry {
  if (LATIN_TERM.test(term)) {
    const parts = term.toLowerCase().trim().split(/[\s-]+/);
    let map = pack.words;
    let node: WordNode | undefined;
    for (const part of parts) {
      node = map.get(part);
      if (!node) {
        node = {};
        map.set(part, node);
      }
      if (part !== parts[parts.length - 1]) {
        node.next ??= new Map();
        map = node.next;
      }
    }
    node!.entry ??= {};
    return node!.entry;
  }
  let node = pack.trie;
  pack.starts[term.charCodeAt(0)] = 1;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map() };
      node.next.set(c, child);
    }
    node = child;
  }
  node.entry ??= {};
  return node.entry;
}

/**
 * Regular inflections of single English words that carry an emotion (annoy → annoys, annoyed, annoying),
 * added at compile time so a lookup is one Map access. Existing entries are never overwritten.
 */
export function inflections(w: string): string[] {
  if (!/^[a-z]{3,}$/.test(w)) return [];
  const out = [`${w}s`, `${w}ed`, `${w}ing`, `${w}ly`, `${w}er`];
  const last = w[w.length - 1]!;
  if (last === 'e') out.push(`${w}d`, `${w.slice(0, -1)}ing`, `${w}r`);
  if (last === 'y') out.push(`${w.slice(0, -1)}ied`, `${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ily`);
  if (/[sxz]$|[cs]h$/.test(w)) out.push(`${w}es`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(w)) out.push(`${w}${last}ed`, `${w}${last}ing`);
  return out;
}

function finish(pack: CompiledPack): void {
  const extra: [string, WordNode][] = [];
  for (const [w, node] of pack.words) {
    const e = node.entry;
    if (!e?.emotions) continue;
    for (const f of inflections(w)) if (!pack.words.has(f)) extra.push([f, { entry: e }]);
  }
  for (const [f, node] of extra) if (!pack.words.has(f)) pack.words.set(f, node);
  const visit = (e: Entry | undefined) => {
    if (e?.emotions) e.list = Object.entries(e.emotions) as [Emotion, number][];
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
  const pack: CompiledPack = { id: src.id, words: new Map(), trie: { next: new Map() }, starts: new Uint8Array(65536) };
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
  }
  finish(pack);
  return pack;
}

/** Set by matchTrie: the end of the longest match. A module variable avoids an allocation per character. */
export let matchEnd = 0;

/** Longest entry starting at `i` in the trie, or undefined. */
export function matchTrie(pack: CompiledPack, text: string, i: number): Entry | undefined {
  if (pack.starts[text.charCodeAt(i)] !== 1) return undefined;
  let node: TrieNode | undefined = pack.trie;
  let best: Entry | undefined;
  const n = text.length;
  for (let j = i; j < n; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (node === undefined) break;
    if (node.entry !== undefined) {
      best = node.entry;
      matchEnd = j + 1;
    }
  }
  return best;
}
