import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { OutputBlock } from '../../../scripts/analyze-io/output-block';

// The batch command encodes each output line into a buffer itself; the bytes must be what writing the joined
// string would have given, whatever the line holds.
const awkward = fc.string({
  unit: fc.constantFrom('a', '"', '\\', '\u0000', '\u001f', '\u2028', '\u2029', '好', '😀', '\ud800', '\udfff', 'é'),
});

const bytesOf = (lines: string[]) => Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');

describe('analyze command, output encoding', () => {
  test('the same bytes as Buffer.from on the joined lines, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.array(awkward, { maxLength: 20 }), (lines) => {
        const block = new OutputBlock();
        for (const l of lines) block.add(l);
        expect(Buffer.from(block.take()).equals(bytesOf(lines))).toBe(true);
        expect(block.empty).toBe(true);
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  test('lines larger than the buffer grow it; bytes taken earlier stay as they were', () => {
    const block = new OutputBlock();
    const small = ['{"id":1}', '好'.repeat(10)];
    for (const l of small) block.add(l);
    const first = block.take();
    const big = ['x'.repeat(600_000), '界'.repeat(500_000), '😀'.repeat(200_000)];
    for (const l of big) block.add(l);
    expect(Buffer.from(block.take()).equals(bytesOf(big))).toBe(true);
    expect(Buffer.from(first).equals(bytesOf(small))).toBe(true);
  });
});
