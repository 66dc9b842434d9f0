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
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

export interface CompiledPack {
  id: ContentLanguage;
  /** Latin-script words and phrases, lower case, single spaces. */
  words: Map<string, Entry>;
  /** Longest phrase in `words`, in words. */
  maxPhrase: number;
  /** Everything else (Han characters, emoji, emoticons), matched code unit by code unit. */
  trie: TrieNode;
}

const LATIN_TERM = /^[a-z0-9' *.-]+$/i;

function entryFor(pack: CompiledPack, term: string): Entry {
  const latin = LATIN_TERM.test(term);
  const key = latin ? term.toLowerCase().trim().replace(/\s+/g, ' ') : term;
  if (latin) {
    let e = pack.words.get(key);
    if (!e) {
      e = {};
      pack.words.set(key, e);
      pack.maxPhrase = Math.max(pack.maxPhrase, key.split(' ').length);
    }
    return e;
  }
  let node = pack.trie;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map() };
      node.next.set(c, child);
    }
    node = child;
  }
  if (!node.entry) node.entry = {};
  return node.entry;
}

/** Builds the lookup structures once per pack; the source objects are never mutated. */
export function compilePack(src: PackSource, shared: readonly Partial<PackSource>[] = []): CompiledPack {
  const pack: CompiledPack = { id: src.id, words: new Map(), maxPhrase: 1, trie: { next: new Map() } };
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
  return pack;
}

/** Longest entry starting at `i` in the trie, or null. */
export function matchTrie(trie: TrieNode, text: string, i: number): { end: number; entry: Entry } | null {
  let node: TrieNode | undefined = trie;
  let best: { end: number; entry: Entry } | null = null;
  for (let j = i; j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.entry) best = { end: j + 1, entry: node.entry };
  }
  return best;
}
