import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import {
  FLAG_FLOOR,
  HIGH_INTENSITY_FROM,
  intensityBand,
  intensityOf,
  MEDIUM_INTENSITY_FROM,
} from '@/lib/analysis/intensity';
import { ESCALATION_FLAGS } from '@/lib/types';
import { spearman } from '@/scripts/eval-lib/rank';

const band = (text: string) => intensityBand(analyzeMessage(text).intensity);
const NONE = [0, 0, 0, 0, 0, 0, 0];

describe('bands', () => {
  test('cut points', () => {
    expect(intensityBand(MEDIUM_INTENSITY_FROM - 0.001)).toBe('low');
    expect(intensityBand(MEDIUM_INTENSITY_FROM)).toBe('medium');
    expect(intensityBand(HIGH_INTENSITY_FROM - 0.001)).toBe('medium');
    expect(intensityBand(HIGH_INTENSITY_FROM)).toBe('high');
    expect(intensityBand(Number.NaN)).toBe('low');
  });
});

describe('intensityOf', () => {
  test('nothing read and nothing threatened is 0', () => {
    expect(intensityOf({ sums: NONE, neutral: true, flags: [], shouting: false, puncts: [] })).toBe(0);
  });

  test('every threat of a lawyer, regulator, going public or abuse is high on its own', () => {
    for (const f of ['legal', 'regulator', 'public', 'abuse'] as const) {
      const x = intensityOf({ sums: NONE, neutral: true, flags: [f], shouting: false, puncts: [] });
      expect(intensityBand(x), f).toBe('high');
    }
  });

  test('every flag has a floor, and no floor is above high', () => {
    for (const f of ESCALATION_FLAGS) expect(FLAG_FLOOR[f]).toBeLessThanOrEqual(HIGH_INTENSITY_FROM);
  });

  test('huge thanks or confusion with no emphasis stays below high', () => {
    const sums = [0, 0, 0, 0, 40, 0, 40];
    expect(intensityOf({ sums, neutral: false, flags: [], shouting: false, puncts: [] })).toBeLessThan(
      HIGH_INTENSITY_FROM,
    );
  });

  test('more anger never means less intensity', () => {
    let last = -1;
    for (const a of [0.5, 1, 2, 4, 8, 16]) {
      const x = intensityOf({ sums: [a, 0, 0, 0, 0, 0, 0], neutral: false, flags: [], shouting: false, puncts: [] });
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });
});

describe('on messages', () => {
  test.each([
    'Hi, could you tell me how I reset my password? Thank you so much.',
    'Hello, quick question: can I change my plan mid-month? Many thanks in advance.',
    'Thank you very much, I really appreciate your help.',
    '您好，请问怎么查看物流信息？谢谢！',
    '请问发票什么时候能开出来？麻烦您了，非常感谢。',
    '您好，請問要怎麼更改付款方式？謝謝您。',
    '請問這個活動到什麼時候？感謝！',
  ])('a polite question or thanks is never high: %s', (text) => {
    expect(band(text)).not.toBe('high');
  });

  test.each([
    [
      'Where can I download my invoice?',
      'I have asked twice and still no invoice. This is annoying.',
      'This is a joke!!! I will sue you and post everything online.',
    ],
    ['请问发票在哪里下载？', '问了两次还是没有发票，很烦。', '太过分了！！！我要去12315投诉你们，还要发到微博上。'],
    ['請問發票在哪裡下載？', '問了兩次還是沒有發票，很煩。', '太過分了！！！我要去消基會申訴，還要貼到臉書上。'],
  ])('mild < medium < high: %s', (mild, medium, high) => {
    const [a, b, c] = [mild, medium, high].map((t) => analyzeMessage(t).intensity);
    expect(a).toBeLessThan(b!);
    expect(b).toBeLessThan(c!);
    expect(intensityBand(c!)).toBe('high');
  });
});

describe('hand-graded sets (tests/fixtures/intensity)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'intensity');
  const RANK = { mild: 0, medium: 1, high: 2 } as const;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    test(`${file}: rank agreement at least 0.6, and no mild message reads high`, () => {
      const items = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<{
        grade: keyof typeof RANK;
        text: string;
      }>;
      const values = items.map((i) => analyzeMessage(i.text).intensity);
      expect(
        spearman(
          values,
          items.map((i) => RANK[i.grade]),
        ),
      ).toBeGreaterThanOrEqual(0.6);
      const mildHigh = items.filter((i, k) => i.grade === 'mild' && intensityBand(values[k]!) === 'high');
      expect(mildHigh.map((i) => i.text)).toEqual([]);
    });
  }
});
