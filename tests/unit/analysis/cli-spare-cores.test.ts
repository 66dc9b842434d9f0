import { describe, expect, test } from 'vitest';
import { spareCores } from '../../../scripts/analyze-io/spare-cores';

describe('analyze command, helper threads by default', () => {
  test.each([
    [2, 0, 1],
    [2, 0.4, 1],
    [2, 0.6, 0],
    [2, 1, 0],
    [2, 6.5, 0],
    [8, 0, 7],
    [8, 2.2, 5],
    [1, 0, 0],
  ])('%i cores at load %d: %i helpers', (cores, load, helpers) => {
    expect(spareCores(cores, load)).toBe(helpers);
  });
});
