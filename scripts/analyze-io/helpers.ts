// Helper threads for the batch command. Each takes at most IN_FLIGHT batches at a time, so one is always queued
// behind the one it is reading and it never waits for the main thread between batches; a helper that fails hands
// its unfinished batches back, so no line is lost.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Batch } from './batch';
import type { HelperMessage, WorkMessage } from './worker';

const IN_FLIGHT = 2;
/** The key in a bundled helper's workerData that tells the bundle to serve batches. */
export const HELPER = 'heartlineAnalyzeHelper';

/**
 * When the command runs from its prebuilt bundle (bundle.ts): the script a helper thread evaluates to load it. Null
 * when it runs from source through tsx.
 */
let bundleBoot: string | null = null;

export function helpersFromBundle(boot: string): void {
  bundleBoot = boot;
}

/**
 * From the bundle, a helper loads that one file as the main thread did: no tsx, and none of the parent's
 * `--import tsx` flags, which would load tsx into the thread for nothing. From source, worker threads do not
 * inherit tsx's loader hooks (Node 20 loads the entry file before `--import` applies), so a small evaluated script
 * registers tsx in the thread and imports the worker through it.
 */
export function spawnHelper(): Worker {
  if (bundleBoot !== null) return new Worker(bundleBoot, { eval: true, execArgv: [], workerData: { [HELPER]: true } });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = pathToFileURL(join(import.meta.dirname, 'worker-main.ts')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => t.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Worker(boot, { eval: true });
}

interface Helper {
  worker: Worker;
  ready: boolean;
  inFlight: Map<number, Batch>;
}

export class Helpers {
  private readonly helpers = new Set<Helper>();
  private wake: (() => void) | null = null;
  /** Helper threads started, and batches they read. */
  started = 0;
  read = 0;
  /** Called each time a helper is ready for batches. */
  onReady: () => void = () => {};

  /**
   * @param done a batch's output, in whatever order helpers finish
   * @param lost batches a failed helper had not finished, to be read again elsewhere
   * @param model whether the main thread reads with the learned model: a helper that differs is not used
   * @param spawn starts one helper thread (tests pass one that fails on purpose)
   */
  constructor(
    private readonly done: (seq: number, bytes: Uint8Array) => void,
    private readonly lost: (batches: Batch[]) => void,
    private readonly model: boolean,
    private readonly spawn: () => Worker = spawnHelper,
  ) {}

  start(count: number): void {
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = this.spawn();
      } catch (e) {
        console.error(`analyze: a helper thread could not start (${(e as Error).message}); fewer threads`);
        return;
      }
      this.started++;
      const h: Helper = { worker, ready: false, inFlight: new Map() };
      this.helpers.add(h);
      worker.on('message', (m: HelperMessage) => this.onMessage(h, m));
      worker.on('error', (e) => this.fail(h, `failed (${e.message})`));
      worker.on('exit', (code) => this.fail(h, `exited with code ${code}`));
    }
  }

  /** Sends `batch` to a ready helper with room; false when none has. */
  offer(batch: Batch): boolean {
    let best: Helper | null = null;
    for (const h of this.helpers) {
      if (h.ready && h.inFlight.size < IN_FLIGHT && (best === null || h.inFlight.size < best.inFlight.size)) best = h;
    }
    if (best === null) return false;
    best.inFlight.set(batch.seq, batch);
    best.worker.postMessage({ seq: batch.seq, text: batch.lines.join('\n') } satisfies WorkMessage);
    return true;
  }

  /** Batches sent and not yet back. */
  get pending(): number {
    let n = 0;
    for (const h of this.helpers) n += h.inFlight.size;
    return n;
  }

  /** Resolves when the next result arrives or a helper changes state. */
  changed(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  async close(): Promise<void> {
    const all = [...this.helpers];
    this.helpers.clear();
    await Promise.all(all.map((h) => h.worker.terminate()));
  }

  private onMessage(h: Helper, m: HelperMessage): void {
    if (m.kind === 'ready') {
      if (m.model === this.model) {
        h.ready = true;
        this.onReady();
      } else this.retire(h, 'read lines without the model the main thread has');
    } else {
      h.inFlight.delete(m.seq);
      this.read++;
      this.done(m.seq, m.bytes);
    }
    this.notify();
  }

  private fail(h: Helper, why: string): void {
    if (!this.helpers.has(h)) return;
    console.error(`analyze: a helper thread ${why}; its lines are read on the main thread`);
    this.retire(h);
  }

  private retire(h: Helper, why?: string): void {
    if (why) console.error(`analyze: a helper thread ${why}; not used`);
    this.helpers.delete(h);
    const unfinished = [...h.inFlight.values()];
    h.inFlight.clear();
    void h.worker.terminate();
    if (unfinished.length > 0) this.lost(unfinished);
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
