import { describe, expect, test } from 'vitest';
import { idleCores, spareCores } from '../../../scripts/analyze-io/spare-cores';

describe('analyze command, helper threads by default', () => {
  test.each([
    [0, 0],
    [0.3, 0],
    [0.6, 1],
    [1.1, 1],
    [6.7, 7],
    [-0.2, 0],
  ])('%d idle cores: %i helpers', (idle, helpers) => {
    expect(spareCores(idle)).toBe(helpers);
  });

  test('idle cores are measured, between none and every core', async () => {
    await new Promise((r) => setTimeout(r, 50));
    const idle = idleCores();
    expect(idle).toBeGreaterThanOrEqual(0);
    // Tick counters round to 10 ms per core; the window is at least 50 ms.
    expect(idle).toBeLessThanOrEqual((await import('node:os')).availableParallelism() + 0.5);
  });
});
