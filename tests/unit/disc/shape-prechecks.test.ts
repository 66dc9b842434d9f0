import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { askedAfterHaiShi, twoFigures } from '@/lib/disc/structure';
import { SEED } from '../fuzz/hostile';

// The shape pass skips a pattern when a plain check says it cannot match; each check must agree with the
// pattern it stands for (structure.ts), on texts built from the characters that pattern cares about.

const FIGURE = /\d+(?:[.,:/-]\d+)*/g;
const EITHER_OR_ZH_TAIL = /(?:还是|還是)[^,，。!！?？\n]{1,25}[?？]/;

const from = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));

describe('shape pre-checks agree with their patterns', () => {
  test('two figures', () => {
    fc.assert(
      fc.property(from(['1', '23', '.', ',', ':', '/', '-', ' ', 'a', '..', '-4']), (t) => {
        expect(twoFigures(t)).toBe((t.match(FIGURE) ?? []).length >= 2);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  test('a question after 还是 / 還是', () => {
    fc.assert(
      fc.property(
        from([
          '还是',
          '還是',
          '还',
          '是',
          '?',
          '？',
          ',',
          '，',
          '。',
          '!',
          '\n',
          '按月',
          '不',
          'x',
          '一二三四五六七八九十',
        ]),
        (t) => {
          // From the first 还是 / 還是, as the shape pass calls it.
          const found = [t.indexOf('还是'), t.indexOf('還是')].filter((i) => i >= 0);
          const first = found.length ? Math.min(...found) : t.length;
          expect(askedAfterHaiShi(t, first), JSON.stringify(t)).toBe(EITHER_OR_ZH_TAIL.test(t));
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
