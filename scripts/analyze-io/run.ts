// The batch command's loop: reads input in chunks, cuts it into lines and the lines into batches, reads each batch
// on the main thread or on a helper thread, and writes the outputs in input order.
//
// Helpers start only once the input is large (past `parallelAfter` units of piped input, or at once for a regular
// file of `fileParallelAfter` bytes or more): a helper costs about 0.45 s of CPU to load the engine and the models,
// and then about 1.3 s more than a warm thread over its first 16,000 lines (the engine's tables built on first use,
// its regexes compiled, V8 compiling and re-learning the engine's code), which a small input never pays back. Until
// a helper is ready, and whenever every helper has its batches, the main thread reads the next batch itself, so no
// thread waits while there is input. Memory stays bounded: the next chunk is read only when the current one is
// handed out, each helper holds at most two batches, and at most MAX_HELD finished outputs wait for an earlier one.
import { once } from 'node:events';
import { fstatSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { analyzeBatch, type Batch } from './batch';
import { Helpers } from './helpers';
import { LineSplitter } from './line-splitter';
import { OutputBlock } from './output-block';

/** Lines per batch: about 4 ms of reading once warm, against some 30 µs to send a batch and take it back. */
const BATCH_LINES = 128;
/** A batch also ends at this many UTF-16 units, so a few huge lines do not make one long batch. */
const BATCH_UNITS = 256 * 1024;
/** Finished outputs held back for an earlier batch before the main thread waits for it. */
const MAX_HELD = 32;

export interface RunOptions {
  input: Readable;
  output: Writable;
  /** Threads that read lines at most, the main thread included; 1 reads everything on the main thread. */
  threads: number;
  /** Helper threads to start once the input is large, asked at that moment; `threads - 1` when absent. */
  helpers?: () => number;
  /** Piped input: bytes read (counted as UTF-16 units) after which helper threads start. */
  parallelAfter: number;
  /**
   * A regular file's size from which helper threads start with the first chunk; a smaller file starts none, its
   * size being known. `parallelAfter` when absent.
   */
  fileParallelAfter?: number;
  /** Whether the main thread reads with both learned models (emotion and escalation). */
  model: boolean;
  /** Starts one helper thread; the real one unless a test says otherwise. */
  spawn?: () => Worker;
  /** Called each time a helper thread is ready (tests hold input back until then). */
  onHelperReady?: () => void;
}

export interface RunStats {
  lines: number;
  batches: number;
  /** Helper threads started (0 when the input stayed under `parallelAfter`). */
  helpers: number;
  /** Batches that helper threads read; the main thread read the rest. */
  helperBatches: number;
}

/** Writes outputs in input order, whatever order they finish in. */
class InOrder {
  private next = 0;
  private readonly held = new Map<number, Uint8Array>();
  constructor(private readonly output: Writable) {}

  put(seq: number, bytes: Uint8Array): void {
    this.held.set(seq, bytes);
    for (let b = this.held.get(this.next); b !== undefined; b = this.held.get(this.next)) {
      this.held.delete(this.next++);
      if (b.length > 0) this.output.write(b);
    }
  }

  get heldBack(): number {
    return this.held.size;
  }

  /** Waits while the output has more queued than it wants (a slow reader on the other end of a pipe). */
  async writable(): Promise<void> {
    if (this.output.writableNeedDrain) await once(this.output, 'drain');
  }
}

export async function run(options: RunOptions): Promise<RunStats> {
  const { input, output, threads, parallelAfter } = options;
  const ordered = new InOrder(output);
  const queue: Batch[] = [];
  const helpers = new Helpers(
    (seq, bytes) => ordered.put(seq, bytes),
    (batches) => queue.unshift(...batches.sort((a, b) => a.seq - b.seq)),
    options.model,
    options.spawn,
  );
  if (options.onHelperReady) helpers.onReady = options.onHelperReady;
  const out = new OutputBlock();
  let seq = 0;
  let count = 0;
  let lines: string[] = [];
  let units = 0;
  const cut = () => {
    if (lines.length === 0) return;
    queue.push({ seq: seq++, lines });
    lines = [];
    units = 0;
  };
  const splitter = new LineSplitter((line) => {
    if (line.trim() === '') return;
    lines.push(line);
    count++;
    units += line.length;
    if (lines.length >= BATCH_LINES || units >= BATCH_UNITS) cut();
  });

  let started = threads <= 1;
  let seen = 0;
  const start = () => {
    started = true;
    helpers.start(Math.min(threads - 1, options.helpers?.() ?? threads - 1));
  };
  const maybeStart = () => {
    if (!started && seen >= parallelAfter) start();
  };
  // A regular file's size is known now: helpers start before the first chunk is read, so their start-up (about a
  // second by the clock) overlaps the main thread's first lines, which are its slowest; or not at all.
  const fileSize = regularFileSize(input);
  if (fileSize !== null) {
    if (!started && fileSize >= (options.fileParallelAfter ?? parallelAfter)) start();
    started = true;
  }

  /** Hands out every queued batch: to a helper with room, else read here. */
  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.shift()!;
      if (helpers.offer(batch)) continue;
      if (ordered.heldBack >= MAX_HELD && helpers.pending > 0) {
        queue.unshift(batch);
        await helpers.changed();
        continue;
      }
      ordered.put(batch.seq, analyzeBatch(batch.lines, out));
      // Lets helpers' results and readiness in between two batches read here.
      if (helpers.started > 0) await tick();
    }
    await ordered.writable();
  };

  input.setEncoding('utf8');
  for await (const chunk of input) {
    seen += (chunk as string).length;
    splitter.push(chunk as string);
    await drain();
    // Piped input: after a chunk is read, not before, so the default count of helpers measures idle cores while this
    // thread works (for a regular file the window is the engine's and the model's loading).
    maybeStart();
  }
  splitter.end();
  cut();
  await drain();
  while (helpers.pending > 0 || queue.length > 0) {
    if (queue.length > 0) await drain();
    else await helpers.changed();
  }
  await helpers.close();
  await ordered.writable();
  return { lines: count, batches: seq, helpers: helpers.started, helperBatches: helpers.read };
}

/** The input's size when it is a regular file (`< in.jsonl`), so helpers can start before its first chunk; else null. */
function regularFileSize(input: Readable): number | null {
  const fd = (input as Readable & { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    const st = fstatSync(fd);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}
