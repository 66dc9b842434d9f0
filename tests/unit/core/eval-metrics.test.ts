import { describe, expect, it } from 'vitest';
import { accuracy, binaryF1, f1, macroF1, perLabel } from '@/scripts/eval-lib/metrics';

// The eval scripts (emotion, DISC, escalation) all score through these; a slip here moves every figure.
describe('eval metrics', () => {
  it('f1 from counts, 0 when nothing was found or predicted', () => {
    expect(f1(2, 1, 1)).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(f1(0, 0, 3).f1).toBe(0);
    expect(f1(0, 2, 0).f1).toBe(0);
  });

  it('perLabel is one-vs-rest, so a missing prediction ("null") is a miss for the gold label', () => {
    const gold = ['a', 'a', 'b', 'null'];
    const pred = ['a', 'b', 'b', 'a'];
    const [a, b] = perLabel(gold, pred, ['a', 'b']);
    expect(a).toEqual({ label: 'a', precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(b).toMatchObject({ label: 'b', precision: 0.5, recall: 1, support: 1 });
    expect(b!.f1).toBeCloseTo(2 / 3, 12);
    expect(macroF1([a!, b!])).toBeCloseTo((0.5 + 2 / 3) / 2, 12);
  });

  it('accuracy and binary F1', () => {
    expect(accuracy(['x', 'y', 'z'], ['x', 'y', 'q'])).toBeCloseTo(2 / 3, 12);
    expect(accuracy([], [])).toBe(0);
    expect(binaryF1([true, true, false, false], [true, false, true, false])).toBe(0.5);
  });
});
