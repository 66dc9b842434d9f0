/**
 * Batch analysis, and how acceptance checks call the engine. Contract (keep it stable):
 *
 *   stdin:  JSON Lines, each {"id": …, "text": "…"} or {"id": …, "messages": [{"role": "customer" | "agent", "text": "…"}]}
 *   stdout: one JSON object per input line, in input order: {"id": …, ...MessageAnalysis} for a text,
 *           {"id": …, ...ConversationAnalysis} for messages, each with "disc" (DiscResult) added; a bad line
 *           gives {"id": …, "error": "…"} and processing goes on. Blank lines are skipped.
 *
 *   npm run --silent analyze < in.jsonl > out.jsonl
 */
import './analyze-io/v8-tuning';
import { once } from 'node:events';
import { loadModel } from '../lib/model';
import { LineSplitter } from './analyze-io/line-splitter';
import { OutputBlock } from './analyze-io/output-block';
import { processLine } from './analyze-io/process-line';

export { LineSplitter } from './analyze-io/line-splitter';
export { processLine } from './analyze-io/process-line';

/**
 * Reads stdin in chunks and writes one block of output lines per chunk: a write per line (a system call each,
 * as stdout to a file or pipe is synchronous) cost more than reading the line.
 */
async function main(): Promise<void> {
  // Loaded before the first line, so every line is read by the same hybrid (the rules alone if it cannot load).
  if ((await loadModel()) === null) console.error('analyze: the emotion model could not be loaded; rules only');
  const out = new OutputBlock();
  const lines = new LineSplitter((line) => {
    if (line.trim() === '') return;
    out.add(JSON.stringify(processLine(line)));
  });
  const flush = async () => {
    if (out.empty) return;
    if (!process.stdout.write(out.take())) await once(process.stdout, 'drain');
  };
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    lines.push(chunk as string);
    await flush();
  }
  lines.end();
  await flush();
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`analyze: ${(e as Error).message}`);
    process.exit(1);
  });
}
