import { createReadStream, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadModels } from '../../../scripts/analyze-io/models';
import { run } from '../../../scripts/analyze-io/run';

// The batch command with helper threads: the same bytes as one thread, in input order, and no line lost when a
// helper fails. Fake helpers (evaluated scripts, no engine) make finishing order and failure deterministic.

const TEXTS = [
  'Where is my parcel? It was due on Monday.',
  'This is the third time I write. Fix it or I cancel!!!',
  'Thanks so much, that solved it 🙂',
  '我的快递三天了还没到，怎么回事？',
  '退款到底什么时候到账？再不处理我就投诉了',
  '謝謝你們的耐心說明，問題解決了。',
  'hmm ok',
];

/** Text lines, conversations, blank and bad lines and the line ends a batch user's file may hold. */
function input(count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    const text = TEXTS[i % TEXTS.length]!;
    let line = JSON.stringify({ id: i, text });
    if (i % 41 === 0)
      line = JSON.stringify({
        id: i,
        messages: [
          { role: 'agent', text: 'Hi' },
          { role: 'customer', text },
        ],
      });
    if (i % 53 === 0) line = '{"id": broken';
    if (i % 59 === 0) line = '   ';
    if (i % 61 === 0) line = JSON.stringify({ id: i, text: `\u2028${text}\ud800"\\` });
    s += line + (i % 7 === 0 ? '\r\n' : i % 11 === 0 ? '\r' : '\n');
  }
  return s;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Feeds `text` in 4 KB chunks, holding all but the first `early` chunks back until `gate` resolves. */
function feed(text: string, gate: Promise<void>, early = 1): PassThrough {
  const stream = new PassThrough();
  const chunks = text.match(/[\s\S]{1,4096}/g) ?? [];
  void (async () => {
    for (const c of chunks.slice(0, early)) stream.write(c);
    await gate;
    for (const c of chunks.slice(early)) stream.write(c);
    stream.end();
  })();
  return stream;
}

async function oneThread(text: string): Promise<string> {
  const out = sink();
  await run({ input: feed(text, Promise.resolve()), output: out.stream, threads: 1, parallelAfter: 0, model: true });
  return out.text();
}

/** A fake helper: answers each batch with its lines prefixed "H:", the second of each pair before the first. */
const SWAPPING_HELPER = `
const { parentPort } = require('node:worker_threads');
let held = null;
const answer = (m) => parentPort.postMessage(m);
parentPort.on('message', ({ seq, text }) => {
  const bytes = new TextEncoder().encode(text.split('\\n').map((l) => 'H:' + l + '\\n').join(''));
  const m = { kind: 'done', seq, bytes };
  if (held === null) {
    held = m;
    setTimeout(() => { if (held === m) { held = null; answer(m); } }, 30);
    return;
  }
  answer(m);
  answer(held);
  held = null;
});
parentPort.postMessage({ kind: 'ready', model: true });
`;

/** A fake helper that says it is ready, then dies on its first batch. */
const FAILING_HELPER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', () => process.exit(3));
parentPort.postMessage({ kind: 'ready', model: true });
`;

beforeAll(async () => {
  // The command loads both models before its first line; so must the main thread here, as the helpers do.
  expect(await loadModels(() => {})).toBe(true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('analyze command, helper threads', () => {
  test('a real helper thread gives the same bytes, in input order, as one thread', async () => {
    const text = input(1500);
    const expected = await oneThread(text);
    expect(expected.split('\n').length).toBeGreaterThan(1400);
    let ready!: () => void;
    const gate = new Promise<void>((r) => {
      ready = r;
    });
    const out = sink();
    const stats = await run({
      input: feed(text, gate),
      output: out.stream,
      threads: 2,
      parallelAfter: 0,
      model: true,
      onHelperReady: ready,
    });
    expect(stats.helpers).toBe(1);
    expect(stats.helperBatches).toBeGreaterThan(0);
    expect(out.text()).toBe(expected);
  }, 60_000);

  test('outputs are written in input order whatever order helpers finish them in', async () => {
    const text = input(3000);
    const real = (await oneThread(text)).split('\n');
    let ready!: () => void;
    const gate = new Promise<void>((r) => {
      ready = r;
    });
    const out = sink();
    const stats = await run({
      input: feed(text, gate),
      output: out.stream,
      threads: 3,
      parallelAfter: 0,
      model: true,
      spawn: () => new Worker(SWAPPING_HELPER, { eval: true }),
      onHelperReady: ready,
    });
    expect(stats.helperBatches).toBeGreaterThan(2);
    const got = out.text().split('\n');
    expect(got).toHaveLength(real.length);
    // Line k is line k of the input either way: read here (the real output) or by a fake helper ("H:" + input).
    const nonBlank = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
    got.forEach((line, k) => {
      if (line.startsWith('H:')) expect(line).toBe(`H:${nonBlank[k]}`);
      else expect(line).toBe(real[k]);
    });
    expect(got.filter((l) => l.startsWith('H:')).length).toBeGreaterThan(0);
  }, 60_000);

  test('a helper that fails loses no line: its batches are read on the main thread', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = input(600);
    const expected = await oneThread(text);
    let ready!: () => void;
    const gate = new Promise<void>((r) => {
      ready = r;
    });
    const out = sink();
    const stats = await run({
      input: feed(text, gate),
      output: out.stream,
      threads: 2,
      parallelAfter: 0,
      model: true,
      spawn: () => new Worker(FAILING_HELPER, { eval: true }),
      onHelperReady: ready,
    });
    expect(stats.helperBatches).toBe(0);
    expect(out.text()).toBe(expected);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('helper thread exited with code 3'));
  }, 60_000);

  test('a helper that read without the model the main thread has is not used', async () => {
    let retired!: () => void;
    const gate = new Promise<void>((r) => {
      retired = r;
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => retired());
    const text = input(300);
    const expected = await oneThread(text);
    const out = sink();
    const stats = await run({
      input: feed(text, gate),
      output: out.stream,
      threads: 2,
      parallelAfter: 0,
      model: false,
      spawn: () => new Worker(FAILING_HELPER, { eval: true }),
    });
    expect(stats.helperBatches).toBe(0);
    expect(out.text()).toBe(expected);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('without the model the main thread has; not used'));
  });

  test('a regular file starts helpers from its size: at once past fileParallelAfter, never below it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heartline-threads-'));
    try {
      const text = input(400);
      const path = join(dir, 'in.jsonl');
      writeFileSync(path, text);
      const expected = await oneThread(text);
      const size = Buffer.byteLength(text);
      // Past parallelAfter as it is read (which once started helpers mid-file), but under the file's own threshold.
      for (const [fileParallelAfter, helpers] of [
        [size + 1, 0],
        [size, 1],
      ] as const) {
        const out = sink();
        const stats = await run({
          input: createReadStream('', { fd: openSync(path, 'r') }),
          output: out.stream,
          threads: 2,
          parallelAfter: 0,
          fileParallelAfter,
          model: true,
          spawn: () => new Worker(SWAPPING_HELPER, { eval: true }),
        });
        expect(stats.helpers, `threshold ${fileParallelAfter}`).toBe(helpers);
        if (helpers === 0) expect(out.text()).toBe(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
