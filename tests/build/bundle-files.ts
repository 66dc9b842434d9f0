import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

export const ROOT = join(import.meta.dirname, '../..');
export const CHROME_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

export const rel = (dir: string, file: string) => relative(dir, file);
export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Size of the directory as a zip archive: deflated data plus local and central headers per file. */
/**
 * The learned models' weights chunks (emotion, and escalation from issue #14): they have their own size budget
 * (4 MB packed together), apart from the rest.
 */
export const isModelFile = (f: string): boolean => /chunks[\\/](?:escalation-)?weights-[^/\\]*\.js$/.test(f);

export function packedSize(dir: string, keep: (file: string) => boolean = () => true): number {
  return listFiles(dir)
    .filter(keep)
    .reduce((sum, f) => {
      const name = Buffer.byteLength(rel(dir, f));
      return sum + deflateRawSync(readFileSync(f), { level: 9 }).length + 30 + 46 + 2 * name;
    }, 22);
}

/**
 * Every file `entry` loads by static import, itself included (relative specifiers, as Rollup writes them between
 * chunks; minified code has no space after `from` or `import`).
 */
export function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+)["']/g))
      visit(resolve(dirname(file), m[1] as string));
  };
  visit(entry);
  return [...seen];
}
