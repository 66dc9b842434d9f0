// The batch command's options and top level; scripts/analyze.ts holds its contract and starts it.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { helpersFromBundle } from './helpers';
import { loadModels } from './models';
import { run } from './run';
import { idleCores, spareCores } from './spare-cores';

/** Piped input (UTF-16 units) after which helper threads start; see scripts/analyze-io/run.ts. */
const PARALLEL_AFTER = 512 * 1024;
/**
 * A regular file's size (bytes) from which helper threads start. A helper is ready about 0.5 s after it starts and
 * then reads its first 4,096 lines at about a sixth of a warm thread's speed (1.2 s against 0.2 s of CPU, dev rows):
 * it saves time by the clock only once the main thread alone would need about 1.5 s more, some 15,000 dev lines
 * (1.8 MB) past the main thread's own warm-up, and below that it costs 1.4 to 1.8 s of CPU for nothing or next to
 * nothing. Piped input gives no size, so there the helpers start after PARALLEL_AFTER, in case more is coming.
 */
const FILE_PARALLEL_AFTER = 2 * 1024 * 1024;
/** Helper threads beyond this gain little, each warming up the engine on its own. */
const MAX_THREADS = 8;

function positive(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}`);
  return n;
}

/**
 * The command itself, after V8's flags are set (v8-tuning.ts). `idle` measures the cores left idle since the
 * command started; `helperBoot`, when this code runs from the prebuilt bundle, is
 * the script that loads the bundle in a helper thread.
 */
export async function command(idle: () => number = idleCores, helperBoot: string | null = null): Promise<void> {
  if (helperBoot !== null) helpersFromBundle(helperBoot);
  const { values } = parseArgs({
    options: { threads: { type: 'string' }, 'parallel-after': { type: 'string' }, stats: { type: 'boolean' } },
  });
  const threads = positive('threads', values.threads, Math.min(availableParallelism(), MAX_THREADS), 1);
  const parallelAfter = positive('parallel-after', values['parallel-after'], PARALLEL_AFTER, 0);
  const fileParallelAfter = values['parallel-after'] === undefined ? FILE_PARALLEL_AFTER : parallelAfter;
  // Asked for, the threads are used; by default, only cores the machine's other work leaves idle.
  let idleSeen: number | null = null;
  const helpers =
    values.threads === undefined
      ? () => {
          idleSeen = idle();
          return spareCores(idleSeen);
        }
      : undefined;
  const model = await loadModels((m) => console.error(m));
  const stats = await run({
    input: process.stdin,
    output: process.stdout,
    threads,
    parallelAfter,
    fileParallelAfter,
    helpers,
    model,
  });
  if (values.stats) {
    console.error(
      `analyze: ${stats.lines} lines in ${stats.batches} batches; ${stats.helpers} helper threads read ${stats.helperBatches}` +
        (idleSeen === null ? '' : ` (${(idleSeen as number).toFixed(1)} cores idle when helpers were decided)`),
    );
  }
}
