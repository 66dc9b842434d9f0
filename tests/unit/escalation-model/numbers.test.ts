import { describe, expect, test } from 'vitest';
import { extract, featureBuffer } from '@/lib/analysis/escalation/learned/features';

const buf = featureBuffer();
/** The spans of the features read from `text`, as the substrings they cover. */
function spans(text: string): string[] {
  const n = extract(text, buf, null);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(text.slice(buf.start[i]!, buf.end[i]!));
  return out;
}

describe('escalation features: numbers', () => {
  test('a phone number written in groups gives no feature, as one written in one run does not', () => {
    for (const phone of ['0912-345-678', '020 7946 0958', '138.1234.5678', '0912345678']) {
      expect(
        spans(`call me on ${phone} please`).some((s) => /\d/.test(s)),
        phone,
      ).toBe(false);
    }
  });

  test('a short number on its own, or beside one other short group, still reads (hotlines, dates, amounts)', () => {
    expect(spans('I rang 12315 today')).toContain('12315');
    expect(spans('I called 1950 already')).toContain('1950');
    expect(spans('by 12/05 or else')).toContain('12');
    expect(spans('it cost 45 99 in total')).toContain('45');
  });
});
