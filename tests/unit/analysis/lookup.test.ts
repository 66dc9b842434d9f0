import { describe, expect, test } from 'vitest';
import type { CompiledPack, Entry, WordNode } from '@/lib/analysis/pack';
import { WordIndex, wordHash } from '@/lib/analysis/pack';
import { packFor } from '@/lib/analysis/packs';
import { scan } from '@/lib/analysis/scan';

/**
 * The fast lookups (merged word index, phrase edges, flattened trie with its start, pair and edge filters)
 * must answer exactly what the plain Maps they were built from answer.
 */
const en = packFor('en');
const hans = packFor('zh-Hans');
const hant = packFor('zh-Hant');

function mapLookup(packs: readonly CompiledPack[], key: string): WordNode | undefined {
  for (const p of packs) {
    const n = p.words.get(key);
    if (n) return n;
  }
  return undefined;
}

/** How the scanner reads a simple word: ASCII case folded, ’ as '. */
function fold(w: string): string {
  return w.toLowerCase().replace(/\u2019/g, "'");
}

describe('WordIndex', () => {
  test.each([
    ['en', [en]],
    ['zh-Hans + en', [hans, en]],
    ['zh-Hant + en', [hant, en]],
  ] as const)('%s: every key, in any case, finds the node the first pack holds', (_, packs) => {
    const index = new WordIndex(packs);
    let checked = 0;
    for (const p of packs) {
      for (const key of p.words.keys()) {
        if (!/^[a-z0-9']+$/.test(key)) continue;
        for (const written of [
          key,
          key.toUpperCase(),
          key[0]!.toUpperCase() + key.slice(1),
          key.replace(/'/g, '\u2019'),
        ]) {
          const text = ` ${written}!`;
          expect(index.find(text, 1, 1 + written.length, wordHash(fold(written)))).toBe(mapLookup(packs, key));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test.each(['qwertyuiop', 'zzzzzz', 'xylophones', 'refundx', 'xrefund'])('absent word %s → undefined', (w) => {
    const index = new WordIndex([en]);
    expect(mapLookup([en], w)).toBeUndefined();
    expect(index.find(w, 0, w.length, wordHash(w))).toBeUndefined();
  });

  test('every phrase step follows the same child as the Map', () => {
    const index = new WordIndex([en]);
    let steps = 0;
    const walk = (m: Map<string, WordNode>) => {
      for (const parent of m.values()) {
        if (!parent.next) continue;
        for (const [w, child] of parent.next) {
          if (!/^[a-z0-9']+$/.test(w)) continue;
          expect(index.follow(parent, w.toUpperCase(), 0, w.length, wordHash(w))).toBe(child);
          expect(index.follow(parent, `${w}q`, 0, w.length + 1, wordHash(`${w}q`))).toBe(parent.next.get(`${w}q`));
          steps++;
        }
        walk(parent.next);
      }
    };
    walk(en.words);
    expect(steps).toBeGreaterThan(100);
  });
});

/** Longest entry from i by walking the Map trie the flat one was built from. */
function naiveLongest(pack: CompiledPack, text: string, i: number): { entry: Entry; end: number } | undefined {
  let node = pack.trie.next.get(text.charCodeAt(i));
  let best: { entry: Entry; end: number } | undefined;
  for (let j = i + 1; node; j++) {
    if (node.entry) best = { entry: node.entry, end: j };
    node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
  }
  return best;
}

/** Every term of the trie, by walking it. */
function terms(pack: CompiledPack): string[] {
  const out: string[] = [];
  const walk = (n: CompiledPack['trie'], prefix: string) => {
    if (n.entry && prefix) out.push(prefix);
    for (const [c, child] of n.next) walk(child, prefix + String.fromCharCode(c));
  };
  walk(pack.trie, '');
  return out;
}

describe('flattened trie', () => {
  test.each([
    ['zh-Hans', hans],
    ['zh-Hant', hant],
  ] as const)('%s: each term, alone and inside other terms, matches as the Map trie does', (_, pack) => {
    // Han-only terms: the scanner reads Latin letters, spaces and punctuation by other rules first.
    const all = terms(pack).filter((t) => /^[\u4e00-\u9fff]+$/.test(t));
    expect(all.length).toBeGreaterThan(500);
    const opts = { latin: [pack, en], trie: pack, profanity: [] };
    // Terms run together, so matches overlap term boundaries and cut into longer terms.
    for (let k = 0; k < all.length; k += 7) {
      const text = `${all[k]}${all[(k * 31 + 3) % all.length]}的${all[(k * 17 + 5) % all.length]}`;
      const got = scan(text, opts).hits.map((h) => [h.start, h.end, h.entry] as [number, number, Entry]);
      const want: [number, number, Entry][] = [];
      for (let i = 0; i < text.length; ) {
        const m = naiveLongest(pack, text, i);
        if (m) {
          want.push([i, m.end, m.entry]);
          i = m.end;
        } else i++;
      }
      expect(got).toEqual(want);
    }
  });
});

describe('word filter', () => {
  test('every key passes the first-word half and every phrase word the continuation half', () => {
    const index = new WordIndex([hans, en]);
    let keys = 0;
    for (const p of [hans, en]) {
      for (const key of p.words.keys()) {
        expect(index.mayHold(wordHash(key))).toBe(true);
        keys++;
      }
    }
    let steps = 0;
    const walk = (m: Map<string, WordNode>) => {
      for (const parent of m.values()) {
        if (!parent.next) continue;
        for (const w of parent.next.keys()) {
          expect(index.mayFollow(wordHash(w))).toBe(true);
          steps++;
        }
        walk(parent.next);
      }
    };
    walk(en.words);
    expect(keys).toBeGreaterThan(10_000);
    expect(steps).toBeGreaterThan(100);
  });
});

describe('laughter', () => {
  const opts = { latin: [en], trie: en, profanity: [] };
  const haha = en.words.get('haha')?.entry;
  const laughs = (w: string) => scan(`ok ${w} ok`, opts).hits.some((h) => h.entry === haha && h.start === 3);

  // Shapes no word list holds: only the laughter rule reads them.
  test.each([
    'hahahahahah',
    'HAHAHAHAHA',
    'ahahahahaha',
    'hehehehehe',
    'lololololol',
    'LOLOLOLOL',
    'lmaao',
    'lmfaao',
    'jajajajaja',
    'xaxaxaxa',
  ])('%s reads as laughter', (w) => {
    expect(haha).toBeDefined();
    expect(en.words.get(w.toLowerCase())).toBeUndefined();
    expect(laughs(w)).toBe(true);
  });

  test.each(['have', 'hello', 'halo', 'lolly', 'ha2ha', "ha'ha", 'hahx', 'jajax'])('%s does not', (w) => {
    expect(laughs(w)).toBe(false);
  });
});
