// Section e: what ships. The panel is whatever sidepanel.html loads, followed through the chunks'
// static imports, so a shared chunk (Preact, the analyzer) counts where it is actually loaded.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSize, isModelFile, listFiles, packedSize, rel } from '../../tests/build/bundle-files';
import { kb, table } from './report';

/** Files an HTML page loads (scripts, module preloads, styles) and, transitively, what those scripts import. */
export function pageFiles(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (from: string, ref: string) => {
    if (/^[a-z]+:/i.test(ref)) return;
    const file = ref.startsWith('/') ? join(dir, ref) : normalize(join(dirname(from), ref));
    if (!seen.has(file) && existsSync(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  const page = join(dir, html);
  seen.add(page);
  for (const m of readFileSync(page, 'utf8').matchAll(/(?:src|href)="([^"]+)"/g)) add(page, m[1] as string);
  while (queue.length) {
    const file = queue.shift() as string;
    if (!file.endsWith('.js')) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.js)"/g)) add(file, m[1] as string);
  }
  return [...seen];
}

/** A script and, transitively, the chunks it imports statically (a module service worker has no import()). */
export function scriptFiles(dir: string, script: string): string[] {
  const seen = new Set<string>([join(dir, script)]);
  const queue = [...seen];
  while (queue.length) {
    const file = queue.shift() as string;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      const next = normalize(join(dirname(file), m[1] as string));
      if (!seen.has(next) && existsSync(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

export interface SizeRow {
  name: string;
  files: string[];
}

export interface Sizes {
  contentGzip: number;
  contentRaw: number;
  /** Everything but the model's weights, which have their own budget. */
  packed: number;
  packedRaw: number;
  modelPacked: number;
  /** Every part by name, gzipped and raw bytes (the injected-on-demand scripts are named by file). */
  parts: Array<{ name: string; gzip: number; raw: number }>;
}

export function runSizes(dir: string): Sizes {
  const all = listFiles(dir);
  const groups: SizeRow[] = [
    { name: 'content script', files: all.filter((f) => rel(dir, f).startsWith('content-scripts/')) },
    {
      name: 'panel (sidepanel.html + chunks + css)',
      files: pageFiles(dir, 'sidepanel.html').filter((f) => !isModelFile(f)),
    },
    { name: 'learned model (loaded lazily by the panel)', files: all.filter(isModelFile) },
    { name: 'options page', files: pageFiles(dir, 'options.html') },
    // A module built with the panel: its own file and the chunks it imports, the analysis engine among them,
    // which the panel loads too (each shared chunk counts in both rows, once in the packed size).
    { name: 'background (background.js + chunks)', files: scriptFiles(dir, 'background.js') },
  ];
  // Any other top-level script is injected on demand (e.g. the area picker), not on every page; one a page loads
  // (the panel's early reads) is counted with that page.
  const paged = new Set(groups.flatMap((g) => g.files));
  for (const f of all.filter((x) => /^[^/]+\.js$/.test(rel(dir, x)) && !paged.has(x))) {
    groups.push({ name: `${rel(dir, f)} (injected on demand)`, files: [f] });
  }
  const raw = (fs: string[]) => fs.reduce((n, f) => n + statSync(f).size, 0);
  const gz = (fs: string[]) => fs.reduce((n, f) => n + gzipSize(f), 0);
  const rows = groups.map((g) => [g.name, String(g.files.length), kb(raw(g.files)), kb(gz(g.files))]);
  const rest = all.filter((f) => !isModelFile(f));
  const packed = packedSize(dir, (f) => !isModelFile(f));
  const modelPacked = packedSize(dir, isModelFile);
  rows.push(['whole extension but the model (zip, deflate -9)', String(rest.length), kb(raw(rest)), kb(packed)]);
  rows.push(['whole extension (zip, deflate -9)', String(all.length), kb(raw(all)), kb(packedSize(dir))]);
  console.log(table(['part', 'files', 'raw', 'gzip -9'], rows));
  const panelJs = groups[1]?.files.filter((f) => f.endsWith('.js')) ?? [];
  console.log(`\npanel scripts: ${panelJs.map((f) => `${rel(dir, f)} ${kb(statSync(f).size)}`).join(', ')}`);
  const content = groups[0]?.files.filter((f) => f.endsWith('.js')) ?? [];
  return {
    contentGzip: gz(content),
    contentRaw: raw(content),
    packed,
    packedRaw: raw(rest),
    modelPacked,
    parts: groups.map((g) => ({ name: g.name, gzip: gz(g.files), raw: raw(g.files) })),
  };
}
