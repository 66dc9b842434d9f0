import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Rebuilds the Firefox package from the sources zip alone, in an empty folder, the way Mozilla's
// reviewers do (SOURCE_README.md), and compares every file with the package. Run after `npm run zip`.

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const SOURCES = join(OUT, `heartline-${version}-sources.zip`);
const PACKAGE = join(OUT, `heartline-${version}-firefox.zip`);

for (const f of [SOURCES, PACKAGE]) {
  if (!existsSync(f)) throw new Error(`${f} is missing: run "npm run zip" first.`);
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'heartline-sources-'));
try {
  const src = join(work, 'src');
  const pkg = join(work, 'package');
  const run = (cmd: string, args: string[], cwd: string) => {
    console.log(`$ ${cmd} ${args.join(' ')}`);
    execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  };
  run('unzip', ['-q', SOURCES, '-d', src], ROOT);
  run('unzip', ['-q', PACKAGE, '-d', pkg], ROOT);
  run('npm', ['ci', '--no-audit', '--no-fund'], src);
  run('npm', ['run', 'build:firefox'], src);

  const want = files(pkg);
  const got = files(join(src, '.output', 'firefox-mv2'));
  const problems: string[] = [];
  for (const [name, hash] of want) {
    if (!got.has(name)) problems.push(`missing from the rebuild: ${name}`);
    else if (got.get(name) !== hash) problems.push(`differs: ${name}`);
  }
  for (const name of got.keys()) if (!want.has(name)) problems.push(`only in the rebuild: ${name}`);
  if (problems.length) {
    console.error(`The sources do not rebuild the package:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`The sources rebuild the Firefox package exactly: ${want.size} files identical.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
