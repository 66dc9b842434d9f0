// Bundles the editor test page into demo/editors/dist (npx tsx demo/editors/build.ts). TinyMCE is self-hosted:
// its skins, icons, models and themes are copied beside the page, so nothing is fetched from a CDN.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
export const distDir = join(here, 'dist');

// The @lexical/* packages pin lexical 0.52 while the top-level copy is 0.53; two copies of lexical in one
// bundle break its active-editor bookkeeping, so every import resolves to the copy @lexical/rich-text uses.
const lexical = join(root, 'node_modules/@lexical/rich-text/node_modules/lexical');

export async function buildEditorsPage(): Promise<string> {
  mkdirSync(distDir, { recursive: true });
  await build({
    entryPoints: [join(here, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    outfile: join(distDir, 'main.js'),
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    alias: { lexical },
    jsx: 'automatic',
    logLevel: 'warning',
    minify: true,
  });
  cpSync(join(here, 'index.html'), join(distDir, 'index.html'));
  const tiny = join(root, 'node_modules/tinymce');
  for (const part of ['tinymce.min.js', 'themes', 'models', 'icons', 'skins', 'plugins'])
    cpSync(join(tiny, part), join(distDir, 'tinymce', part), { recursive: true });
  return distDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildEditorsPage();
  console.log(`built ${distDir}`);
}
