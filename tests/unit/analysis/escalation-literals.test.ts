import { describe, expect, test } from 'vitest';
import { type LiteralFinder, literalFinder, literalWalker } from '@/lib/analysis/escalation/literals';

/** Owners of every literal that occurs in `text`, by plain search: what the automaton must find. */
function bySearch(literals: readonly string[], text: string): number[] {
  const out = new Set<number>();
  literals.forEach((l, i) => {
    if (text.includes(l)) out.add(i);
  });
  return [...out].sort((a, b) => a - b);
}

type Make = (literals: readonly string[], owners: (l: string) => Int32Array) => LiteralFinder | null;
const KINDS: [string, Make][] = [
  ['automaton', literalFinder],
  ['walker', literalWalker],
];

function byFinder(literals: readonly string[], text: string, make: Make = literalFinder): number[] {
  const finder = make(literals, (l) => Int32Array.of(literals.indexOf(l)));
  if (!finder) throw new Error('no finder');
  const out = new Set<number>();
  finder.find(text, (ks) => {
    for (const k of ks) out.add(k);
  });
  return [...out].sort((a, b) => a - b);
}

/** A small seeded generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return (s >>> 8) / (1 << 24);
  };
}

describe.each(KINDS)('literal finder: %s', (_, make) => {
  test('finds overlapping literals, literals inside others and suffixes of a longer match', () => {
    const literals = ['he', 'she', 'his', 'hers', 'sue', 'sue you', 'you', 'e', '退款', '退款了', '款'];
    for (const text of ['ushers', 'i will sue you', 'suesue', 'hishe', '', 'xyz', 'she sues', '我要退款了', '退退款']) {
      expect(byFinder(literals, text, make)).toEqual(bySearch(literals, text));
    }
  });

  test('reads the text as the escalation plain text: ASCII capitals lowered, curly apostrophes straight', () => {
    const literals = ["i'll", 'sue you', '退款', 'SUE'];
    // A literal with a capital is never found: the plain text has none.
    expect(byFinder(literals, 'I’ll SUE YOU 退款', make)).toEqual([0, 1, 2]);
    expect(byFinder(literals, 'i‘ll sue you', make)).toEqual([0, 1]);
  });

  test('reports each state once per text, and again for the next text', () => {
    const f = make(['ab'], () => Int32Array.of(7))!;
    let calls = 0;
    f.find('ab ab ab', () => calls++);
    expect(calls).toBe(1);
    f.find('xab', () => calls++);
    expect(calls).toBe(2);
  });

  test('agrees with plain search on random literals and texts over a small alphabet', () => {
    const next = rng(13);
    const alphabet = "abc '£退款";
    const pick = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    };
    for (let round = 0; round < 200; round++) {
      const literals = [
        ...new Set(Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(1 + Math.floor(next() * 5)))),
      ];
      const text = pick(Math.floor(next() * 40));
      expect(byFinder(literals, text, make), `${JSON.stringify(literals)} in ${JSON.stringify(text)}`).toEqual(
        bySearch(literals, text),
      );
    }
  });
});

describe('literal finder', () => {
  test('the automaton declines a set of more than 255 distinct characters; the walker takes it', () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    expect(literalFinder(many, () => Int32Array.of(0))).toBeNull();
    expect(byFinder(many, `x${many[7]}${many[299]}`, literalWalker)).toEqual([7, 299]);
  });
});
