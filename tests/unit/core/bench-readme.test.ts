import { describe, expect, test } from 'vitest';
import { END, readmeTable, replaceBlock, START } from '../../../scripts/bench/readme';

describe('README performance block', () => {
  const verdicts = [
    { what: 'content script, gzipped', measured: '19.6 KB', target: '≤ 20.0 KB', ok: true },
    { what: 'panel | options', measured: '235 / 56 KB', target: '', ok: null },
    { what: 'panel update p95', measured: '120 ms', target: '≤ 100 ms', ok: false },
  ];
  const table = readmeTable(verdicts, 'Measured on a test machine.');

  test('every figure of the run is a row, with its budget and whether it was met', () => {
    expect(table.split('\n')).toEqual([
      'Measured on a test machine.',
      '',
      '| measure                 | figure      | budget    | result     |',
      '| ----------------------- | ----------- | --------- | ---------- |',
      '| content script, gzipped | 19.6 KB     | ≤ 20.0 KB | met        |',
      '| panel \\| options        | 235 / 56 KB |           |            |',
      '| panel update p95        | 120 ms      | ≤ 100 ms  | **missed** |',
    ]);
  });

  test('only the marked block changes, and running twice gives the same file', () => {
    const readme = `# Title\n\n${START}\nold table\n${END}\n\nAfter.\n`;
    const once = replaceBlock(readme, table);
    expect(once.startsWith(`# Title\n\n${START}\nMeasured`)).toBe(true);
    expect(once.endsWith(`${END}\n\nAfter.\n`)).toBe(true);
    expect(once).not.toContain('old table');
    expect(replaceBlock(once, table)).toBe(once);
  });

  test('a README without the markers is an error, not a second table', () => {
    expect(() => replaceBlock('# Title\n', table)).toThrow(/no .* block/);
  });
});
