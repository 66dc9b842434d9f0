// Guards speed work on the batch command itself: its output bytes, stderr and exit code must not change. Runs the
// command of this checkout and of another one (a copy of the commit to compare against) on the same inputs, and
// reports every difference. Inputs: every dev row as a text line and as a messages line (read at run time from
// ../shared/eval/dev, never copied here), the adversarial shapes from 1 KB to 1 MB, bad lines (invalid JSON, wrong
// types, bad roles), blank and whitespace lines, CRLF and lone CR line ends, raw invalid UTF-8, lone surrogates
// (raw and escaped) and markup. Each input goes through one thread, and through helper threads from the first byte.
//
//   git worktree add /tmp/heartline-base <commit>  (or git archive <commit> | tar -x -C …, with node_modules)
//   npx tsx scripts/bench/analyze-identical.ts --against /tmp/heartline-base
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEvalFiles } from '../eval-lib/tsv';
import { SHAPES } from './adversarial';

const ROOT = join(import.meta.dirname, '..', '..');
const SIZES = [1024, 64 * 1024, 1024 * 1024];

function devTexts(): string[] {
  try {
    return loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
  } catch (e) {
    console.log(`(no dev rows: ${(e as Error).message})`);
    return [];
  }
}

/** Input files, name to bytes. */
function inputs(): Map<string, Buffer> {
  const texts = devTexts();
  const files = new Map<string, Buffer>();
  const lines = (ls: readonly string[], end = '\n') => Buffer.from(ls.join(end) + end, 'utf8');
  files.set('dev-text', lines(texts.map((text, id) => JSON.stringify({ id, text }))));
  // Conversations of a few dev rows each, customer and agent alternating, some without roles.
  const conv: string[] = [];
  for (let i = 0; i + 3 <= texts.length; i += 3) {
    const messages = texts
      .slice(i, i + 3)
      .map((text, k) => (i % 9 === 0 ? { text } : { role: k === 1 ? 'agent' : 'customer', text }));
    conv.push(JSON.stringify({ id: `c${i}`, messages }));
  }
  files.set('dev-messages', lines(conv));
  const hostile: string[] = [];
  for (const [name, make] of Object.entries(SHAPES)) {
    for (const size of SIZES) hostile.push(JSON.stringify({ id: `${name} ${size}`, text: make(size) }));
    hostile.push(JSON.stringify({ id: name, messages: [{ role: 'customer', text: make(4096) }] }));
  }
  files.set('adversarial', lines(hostile));
  files.set(
    'bad-lines',
    lines([
      'not json',
      '[1,2]',
      'null',
      '"text"',
      '{"id":3}',
      '{"id":4,"text":5}',
      '{"id":5,"messages":"hi"}',
      '{"id":6,"messages":[{"role":"boss","text":"x"}]}',
      '{"id":7,"messages":[{"role":"customer"}]}',
      '{"id":8,"messages":[null]}',
      '{"id":9,"messages":[]}',
      '{"text":"no id at all"}',
      '{"id":{"nested":[1,"two",null]},"text":"an object id"}',
      '{"id":1e400,"text":"an id past a double"}',
      '{"id":-0,"text":"negative zero"}',
      '{"id":"\\ud800","text":"a lone surrogate id"}',
      '{"id":10,"text":"\\ud83d lone \\ude00 escaped surrogates \\u0000 and \\u2028"}',
      '{"id":11,"text":""}',
      '{"id":12,"text":"   "}',
      '{"id":13,"text":"<script>alert(1)</script><b>REFUND</b>&amp; NOW!!!"}',
      '{"id":14,"text":"ok","messages":[{"role":"customer","text":"both keys"}]}',
      '{"id":15,"text":"dup","text":"duplicate keys: the last wins"}',
      '{"id":16,"text":"trailing"} junk',
      '{"id":17,"messages":[{"role":"customer","text":"hi","author":"A","time":"2024-01-01","extra":1}]}',
    ]),
  );
  files.set(
    'blank-and-crlf',
    Buffer.from('\n\n  \n{"id":1,"text":"crlf line"}\r\n\r\n{"id":2,"text":"lone cr"}\r{"id":3,"text":"no end"}'),
  );
  // Bytes that are not UTF-8: decoded to U+FFFD by the command's reader.
  files.set(
    'invalid-utf8',
    Buffer.concat([
      Buffer.from('{"id":1,"text":"bad '),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
      Buffer.from(' bytes, 我要退款"}\n{"id":2,"text":"'),
      Buffer.from([0xe6, 0x88]),
      Buffer.from('"}\n'),
    ]),
  );
  const raw = String.fromCharCode(0xd83d);
  files.set(
    'raw-lone-surrogates',
    lines([`{"id":1,"text":"a ${raw} b"}`, `{"id":2,"text":"${'x'.repeat(70)}${raw}"}`]),
  );
  return files;
}

interface Result {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** The command in `root` on `input`: piped, or from the file `file` (a regular file takes another path). */
function runIn(root: string, input: Buffer, file: string | null, args: readonly string[]): Result {
  const fd = file === null ? null : openSync(file, 'r');
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts'), ...args], {
      cwd: root,
      ...(fd === null ? { input } : { stdio: [fd, 'pipe', 'pipe'] }),
      maxBuffer: 1 << 30,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function firstDifference(a: Buffer, b: Buffer): string {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  const line = a.subarray(0, i).toString('utf8').split('\n').length;
  return `byte ${i} (line ${line}): ${JSON.stringify(a.subarray(i, i + 80).toString('utf8'))} vs ${JSON.stringify(b.subarray(i, i + 80).toString('utf8'))}`;
}

function main(): void {
  const { values } = parseArgs({ options: { against: { type: 'string' } } });
  if (!values.against) throw new Error('--against DIR: a checkout of the commit to compare with (with node_modules)');
  const base = resolve(values.against);
  const dir = mkdtempSync(join(tmpdir(), 'heartline-identical-'));
  let differences = 0;
  let bytes = 0;
  try {
    for (const [name, input] of inputs()) {
      const file = join(dir, name);
      writeFileSync(file, input);
      // One thread on a pipe; helpers from the first byte on a pipe and on a regular file.
      for (const [args, from] of [
        [['--threads', '1'], null],
        [['--threads', '2', '--parallel-after', '0'], null],
        [['--threads', '2', '--parallel-after', '0'], file],
      ] as const) {
        const mine = runIn(ROOT, input, from, args);
        const theirs = runIn(base, input, from, args);
        bytes += mine.stdout.length;
        const what = `${name} ${args.join(' ')}${from === null ? ' (pipe)' : ' (file)'}`;
        if (mine.status !== theirs.status) {
          differences++;
          console.log(`${what}: exit ${mine.status} vs ${theirs.status}`);
        }
        if (!mine.stdout.equals(theirs.stdout)) {
          differences++;
          console.log(`${what}: stdout differs at ${firstDifference(mine.stdout, theirs.stdout)}`);
        }
        if (mine.stderr !== theirs.stderr) {
          differences++;
          console.log(`${what}: stderr ${JSON.stringify(mine.stderr)} vs ${JSON.stringify(theirs.stderr)}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(differences === 0 ? `identical (${bytes} bytes of output compared)` : `${differences} differences`);
  process.exit(differences === 0 ? 0 : 1);
}

main();
