import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fixture-set evals' command line: `--verbose` prints every miss, and named files replace the default of
 * every .json set in `dir`, so one set can be scored on its own (a fresh blind set, say).
 */
export function fixtureArgs(dir: string, argv: readonly string[] = process.argv.slice(2)) {
  const named = argv.filter((a) => !a.startsWith('--'));
  const files = named.length
    ? named
    : readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f));
  return { verbose: argv.includes('--verbose'), files };
}
