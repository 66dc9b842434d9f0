// How much regular-expression code the engine has V8 compile, pass by pass over the dev rows (read at run time from
// ../shared/eval/dev or HEARTLINE_EVAL_DIR), counted from V8's own code log rather than timed, so the figures are the
// same on a busy machine. A child process runs the engine (both models installed) with --log-code and without
// regexp tier-up, as the analyze command runs; a marker regex between passes splits the log.
//
//   npx tsx scripts/bench/regexp-code.ts [--passes 4] [--top 12] [--tier-up]
//
// After the first pass a warm engine should compile nothing: a compile there is a regex made again for each message
// (a `new RegExp` or a matchAll copy of a pattern V8's compilation cache has let go of), paid again and again.
// V8 compiles a pattern once for one-byte (Latin-1) text and once for two-byte text, so a source may show twice.
//
// V8 stops optimising the regexps it compiles once a process has compiled more than 1 MB of regexp code and holds
// more than 16 MB of executable memory (TooMuchRegExpCode in src/regexp/regexp.cc). Whether that has happened is read
// off a probe compiled before each pass: a bounded repeat (q{3,6}) is unrolled only when optimising, so the probe's
// code has one size while V8 optimises and another (the one --no-regexp-optimization gives) once it has stopped.
//
// --tier-up runs the child with V8's default regexp tier-up (as the browser and the in-process benches run), where a
// pattern is compiled to bytecode first and to native code (what the log counts) on its second run; the probe and
// the markers are run twice so they reach native code too. There V8 does stop optimising (measured in the speed22
// round, Node 20.20.2): the probe took its unoptimised size after about 13.9 MB of native regexp code, within the
// first pass over the dev rows (between its 500th and 1,000th row), where without tier-up it kept its optimised size
// past 37 MB. Under tier-up, then, every pattern first compiled after that point runs unoptimised for the rest of
// the process: the rarely used escalation cues among them, which is part of why the engine reads slower in process
// (V8's defaults, as in the browser) than in the analyze command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const MARKER = /^HEARTLINEPASS(\d+)\[ab\]$/;
const PROBE = /^HEARTLINEPROBE[a-z]{4}q\{3,6\}k$/;

/** The probe, a new source each time (four letters, so every copy has the same length and code). */
function probe(n: number): void {
  const tag = [...n.toString(26).padStart(4, '0')].map((c) => String.fromCharCode(97 + Number.parseInt(c, 26)));
  twice(new RegExp(`HEARTLINEPROBE${tag.join('')}q{3,6}k`));
}

/** Runs `re` twice: under tier-up the second run compiles native code; without it, the first does and the second reuses it. */
function twice(re: RegExp): void {
  re.test('x');
  re.test('x');
}

async function child(passes: number): Promise<void> {
  const { analyzeMessage } = await import('../../lib/analysis');
  const { loadEscalationModel } = await import('../../lib/analysis/escalation/learned');
  const { loadModel } = await import('../../lib/model');
  const { loadEvalFiles } = await import('../eval-lib/tsv');
  await Promise.all([loadModel(), loadEscalationModel()]);
  const texts = loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
  probe(0);
  for (let p = 0; p < passes; p++) {
    // Not a plain string: V8 matches a literal-only pattern without compiling any code, and would log nothing.
    twice(new RegExp(`HEARTLINEPASS${p}[ab]`));
    for (let i = 0; i < texts.length; i++) {
      if (i % 500 === 499) probe(p * texts.length + i + 1);
      analyzeMessage(texts[i]!);
    }
  }
  probe(passes * texts.length + 1);
}

/**
 * Runs node with V8's code log on (regexp tier-up off, as the analyze command runs, unless `tierUp`) and returns
 * the log.
 */
function withCodeLog(logFile: string, args: readonly string[], what: string, tierUp = false): string {
  const flags = ['--log-code', `--logfile=${logFile}`, '--no-logfile-per-isolate'];
  if (!tierUp) flags.push('--no-regexp-tier-up');
  const r = spawnSync(process.execPath, [...flags, ...args], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status})`);
  return readFileSync(logFile, 'utf8');
}

/** The probe's code size without regexp optimisation, from a child run with it turned off. */
function unoptimisedProbeSize(dir: string): number {
  const log = withCodeLog(
    join(dir, 'probe.log'),
    ['--no-regexp-optimization', '-e', "new RegExp('HEARTLINEPROBEaaaaq{3,6}k').test('x')"],
    'the probe run',
  );
  const line = log.split('\n').find((l) => l.startsWith('code-creation,RegExp,') && l.includes('HEARTLINEPROBE'));
  return Number(line?.split(',')[5]);
}

interface Pass {
  compiles: number;
  bytes: number;
  again: number;
}

function report(log: string, top: number, unoptimised: number): void {
  const passes: Pass[] = [];
  const probes: { size: number; after: number }[] = [];
  let bytesSoFar = 0;
  const before: Pass = { compiles: 0, bytes: 0, again: 0 };
  const seen = new Map<string, { n: number; bytes: number }>();
  let current = before;
  for (const line of log.split('\n')) {
    if (!line.startsWith('code-creation,RegExp,')) continue;
    const f = line.split(',');
    const size = Number(f[5]);
    // The log escapes a comma as \x2C and doubles a backslash.
    const source = f.slice(6).join(',').replace(/\\x2C/g, ',').replace(/\\\\/g, '\\');
    if (PROBE.test(source)) {
      probes.push({ size, after: bytesSoFar });
      continue;
    }
    bytesSoFar += size;
    const m = MARKER.exec(source);
    if (m) {
      current = { compiles: 0, bytes: 0, again: 0 };
      passes[Number(m[1])] = current;
      continue;
    }
    const s = seen.get(source) ?? { n: 0, bytes: 0 };
    if (s.n > 0 && current !== before) current.again++;
    s.n++;
    s.bytes += size;
    seen.set(source, s);
    current.compiles++;
    current.bytes += size;
  }
  const kb = (b: number) => `${Math.round(b / 1024).toLocaleString('en')} KB`;
  console.log(`before the first message: ${before.compiles} compiles, ${kb(before.bytes)}`);
  for (const [i, p] of passes.entries()) {
    console.log(
      `pass ${i + 1}: ${p.compiles} compiles, ${kb(p.bytes)} (${p.again} of a source compiled before, either width)`,
    );
  }
  const total = [...seen.values()].reduce((a, s) => a + s.bytes, 0);
  const first = probes[0]?.size;
  const stopped = probes.find((p) => p.size !== first);
  console.log(
    `probe: ${probes.length} compiled, ${first} bytes optimised (${unoptimised} without optimisation); ` +
      (stopped
        ? `V8 stopped optimising after ${kb(stopped.after)} of regexp code (probe now ${stopped.size} bytes)`
        : `V8 still optimising after ${kb(probes.at(-1)?.after ?? 0)} of regexp code`),
  );
  console.log(`${seen.size} distinct sources, ${kb(total)} of regexp code in all`);
  console.log(`largest by code (compiles, KB, source length, source):`);
  for (const [source, s] of [...seen].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    console.log(`  ${s.n}  ${kb(s.bytes).padStart(9)}  ${String(source.length).padStart(6)}  ${source.slice(0, 70)}`);
  }
  const repeated = [...seen].filter(([, s]) => s.n > 2).sort((a, b) => b[1].n - a[1].n);
  if (repeated.length > 0) {
    console.log('compiled more than twice (more than one per string width):');
    for (const [source, s] of repeated.slice(0, top)) console.log(`  ${s.n}  ${source.slice(0, 90)}`);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      passes: { type: 'string', default: '4' },
      top: { type: 'string', default: '12' },
      child: { type: 'boolean' },
      'tier-up': { type: 'boolean' },
    },
  });
  const passes = Number(values.passes);
  if (values.child) {
    child(passes).catch((e) => {
      console.error(e);
      process.exit(2);
    });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'heartline-regexp-code-'));
  try {
    const log = withCodeLog(
      join(dir, 'v8.log'),
      ['--import', 'tsx', import.meta.filename, '--child', '--passes', String(passes)],
      'the child run',
      values['tier-up'],
    );
    report(log, Number(values.top), unoptimisedProbeSize(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
