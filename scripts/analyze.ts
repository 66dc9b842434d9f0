/**
 * Batch analysis, and how acceptance checks call the engine. Contract (keep it stable):
 *
 *   stdin:  JSON Lines, each {"id": …, "text": "…"} or {"id": …, "messages": [{"role": "customer" | "agent", "text": "…"}]}
 *   stdout: one JSON object per input line, in input order: {"id": …, ...MessageAnalysis} for a text,
 *           {"id": …, ...ConversationAnalysis} for messages, each with "disc" (DiscResult) added; a bad line
 *           gives {"id": …, "error": "…"} and processing goes on. Blank lines are skipped.
 *
 *   npm run --silent analyze < in.jsonl > out.jsonl
 *
 * Options: --threads N reads lines on N threads, the main one included (default: the main thread, plus one helper per
 * core that stayed idle while the command started, at most 8 in all; see analyze-io/spare-cores.ts); helper threads start only once the input passes
 * --parallel-after BYTES (default 512 KB read from a pipe, or a regular file of 2 MB or more), as each costs start-up
 * and warm-up that a small input never pays back.
 * Output is the same bytes, in the same order, whatever the threads.
 * --stats prints on stderr how many batches helper threads read.
 */
import './analyze-io/v8-tuning';
// Before the engine: how idle the cores stay while the engine loads is what the default thread count is made of.
import './analyze-io/spare-cores';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { loadModels } from './analyze-io/models';
import { run } from './analyze-io/run';
import { idleCores, spareCores } from './analyze-io/spare-cores';

export { LineSplitter } from './analyze-io/line-splitter';
export { processLine } from './analyze-io/process-line';

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { threads: { type: 'string' }, 'parallel-after': { type: 'string' }, stats: { type: 'boolean' } },
  });
  const threads = positive('threads', values.threads, Math.min(availableParallelism(), MAX_THREADS), 1);
  const parallelAfter = positive('parallel-after', values['parallel-after'], PARALLEL_AFTER, 0);
  const fileParallelAfter = values['parallel-after'] === undefined ? FILE_PARALLEL_AFTER : parallelAfter;
  // Asked for, the threads are used; by default, only cores the machine's other work leaves idle.
  let idle: number | null = null;
  const helpers =
    values.threads === undefined
      ? () => {
          idle = idleCores();
          return spareCores(idle);
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
        (idle === null ? '' : ` (${(idle as number).toFixed(1)} cores idle when helpers were decided)`),
    );
  }
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`analyze: ${(e as Error).message}`);
    process.exit(1);
  });
}
