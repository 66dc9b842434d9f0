// The command's code (its modules and the engine's, some 85 files) built into one CommonJS file with esbuild, kept
// in the temporary directory and rebuilt whenever one of its sources changes. Run from source, every module goes
// through tsx's loader thread one round trip at a time, with its source map read and a `__name` call around each
// function: on the dev rows that was about 0.6 s of CPU before the first line on the main thread and again in each
// helper thread. Every thread compiles the bundle with V8 directly (node:vm), tsx not involved.
//
// A bundle is named by a hash of what it is made of (each source file's path, size and modification time, the
// tsconfig files that resolve `@/` imports, esbuild's and Node's versions), so a stale one is never used: the list of
// sources is the one the last build recorded, and a change to the import graph changes one of those files. Sizes and
// times, not contents: reading and hashing the 8 MB of sources (the model weights most of it) cost more than the
// bundle saved. Anything that goes wrong (no esbuild, an unwritable directory, a failed build) gives null, and the
// command runs from source.
//
// Next to the bundle, V8's code cache for it, written by the first run that finds none once its lines are read (so
// it holds the functions that reading compiled, not only the top level): later runs skip parsing the 4.7 MB file
// and compiling the engine's functions. V8 checks the cache against the source and its own flags, and compiles
// afresh when they do not match, so a cache can make the command slower to start but never change what it does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { runInThisContext, type Script } from 'node:vm';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = 'scripts/analyze-io/bundle-entry.ts';
/** Files that change how imports resolve, hashed with the sources. */
const CONFIG = ['tsconfig.json', '.wxt/tsconfig.json'];
/** Bumped when the build options below change. */
const RECIPE = 'cjs-node20-3';

type Esbuild = typeof import('esbuild');

function cacheDir(): string {
  let user = 'user';
  try {
    user = String(userInfo().uid);
  } catch {}
  return join(tmpdir(), `heartline-analyze-${user}`);
}

/** The bundle's name for these sources, as they are now. */
function keyOf(sources: readonly string[], esbuildVersion: string): string {
  const h = createHash('sha256');
  h.update(`${RECIPE}\0${esbuildVersion}\0${process.version}\0${ROOT}\0`);
  for (const f of [...CONFIG, ...sources]) {
    const st = statSync(join(ROOT, f), { bigint: true, throwIfNoEntry: false });
    h.update(`${f}\0${st ? `${st.size}\0${st.mtimeNs}\0${st.ino}` : 'missing'}\0`);
  }
  return h.digest('hex').slice(0, 32);
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** The path of an up-to-date bundle, built now if needed; null when none can be had. */
export function bundlePath(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const esbuildVersion = (require('esbuild/package.json') as { version: string }).version;
    const dir = cacheDir();
    // Files of this checkout (another checkout keeps its own): the sources of its last build, and its bundles.
    const checkout = createHash('sha256').update(ROOT).digest('hex').slice(0, 16);
    const listFile = join(dir, `sources-${checkout}.json`);
    const bundleFile = (sources: readonly string[]) =>
      join(dir, `analyze-${checkout}-${keyOf(sources, esbuildVersion)}.cjs`);
    let sources: string[] | null = null;
    try {
      sources = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
    } catch {}
    if (sources !== null) {
      const file = bundleFile(sources);
      if (existsSync(file)) return file;
    }
    const esbuild = require('esbuild') as Esbuild;
    const started = Date.now();
    const built = esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]?.text;
    if (code === undefined) return null;
    sources = Object.keys(built.metafile.inputs).sort();
    // A source saved while esbuild read it may be in the bundle as it was before, under the name of how it is now:
    // that bundle is not kept (this run reads from source). Times are compared with a margin for coarse clocks.
    for (const f of sources) {
      if (Number(statSync(join(ROOT, f)).mtimeMs) >= started - 1000) return null;
    }
    mkdirSync(dir, { recursive: true });
    const file = bundleFile(sources);
    const name = file.slice(dir.length + 1);
    // This checkout's older bundles are stale now: 10 MB each with their code cache.
    for (const old of readdirSync(dir)) {
      if (old.startsWith(`analyze-${checkout}-`) && !old.startsWith(name)) rmSync(join(dir, old), { force: true });
    }
    writeAtomically(file, code);
    writeAtomically(listFile, JSON.stringify(sources));
    return file;
  } catch {
    return null;
  }
}

/**
 * Loads a bundle with the V8 code cache next to it, compiled by V8 directly (with `require`, tsx's hooks, which
 * `npm run analyze` registers on the main thread, would read and hash the whole file first). Plain JavaScript, so a
 * helper thread, which has no tsx, runs the same text.
 */
const LOAD = `(function load(file, require) {
  const { readFileSync } = require('node:fs');
  const { Script } = require('node:vm');
  const { dirname } = require('node:path');
  let cachedData;
  try {
    cachedData = readFileSync(file + '.v8cache');
  } catch {}
  const code = readFileSync(file, 'utf8');
  const script = new Script('(function (exports, require, module, __filename, __dirname) {' + code + '\\n})', {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
})`;

/** A loaded bundle: its exports, and a way to save V8's code cache for it once its lines are read. */
export interface LoadedBundle {
  exports: Record<string, unknown>;
  saveCodeCache: () => void;
}

/** The bundle in `file` loaded on this thread; null when it cannot be read. */
export function loadBundle(file: string): LoadedBundle | null {
  const load = runInThisContext(LOAD) as (
    file: string,
    require: NodeJS.Require,
  ) => { exports: Record<string, unknown>; script: Script; cached: boolean };
  let loaded: ReturnType<typeof load>;
  try {
    loaded = load(file, createRequire(import.meta.url));
  } catch {
    return null;
  }
  const { exports, script, cached } = loaded;
  const saveCodeCache = () => {
    if (cached) return;
    try {
      writeAtomically(`${file}.v8cache`, script.createCachedData());
    } catch {}
  };
  return { exports, saveCodeCache };
}

/** Evaluated as a helper thread's script: loads the bundle as the main thread did, code cache included. */
export function helperBoot(file: string): string {
  return `(${LOAD})(${JSON.stringify(file)}, require);`;
}
