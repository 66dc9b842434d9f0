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
 *
 * The command runs from one file built from its sources on first use and rebuilt when they change (see
 * analyze-io/bundle.ts), which starts faster than loading them one by one through tsx; the environment variable
 * HEARTLINE_ANALYZE_FROM_SOURCE=1 runs it from source, with the same output.
 */
import './analyze-io/v8-tuning';
// Before the engine: how idle the cores stay while the engine loads is what the default thread count is made of.
import { idleCores } from './analyze-io/spare-cores';

type Command = (idle: () => number, helperBoot: string | null) => Promise<void>;

/**
 * The command from its prebuilt bundle (analyze-io/bundle.ts), or from source through tsx when there is none or
 * HEARTLINE_ANALYZE_FROM_SOURCE is set. Both run the same code on the same lines, so output is the same bytes.
 */
async function start(): Promise<void> {
  if (!process.env.HEARTLINE_ANALYZE_FROM_SOURCE) {
    const { bundlePath, helperBoot, loadBundle } = await import('./analyze-io/bundle');
    const file = bundlePath();
    // A bundle that cannot be read (another run of an older checkout state just replaced it) falls back too.
    const bundle = file === null ? null : loadBundle(file);
    if (bundle !== null) {
      await (bundle.exports.command as Command)(idleCores, helperBoot(file!));
      bundle.saveCodeCache();
      return;
    }
  }
  const { command } = await import('./analyze-io/command');
  return command(idleCores, null);
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) {
  start().catch((e) => {
    console.error(`analyze: ${(e as Error).message}`);
    process.exit(1);
  });
}
