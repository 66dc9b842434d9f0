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
import { analyzeConversation, analyzeMessage } from '../lib/analysis';
import { loadEscalationModel } from '../lib/analysis/escalation/learned';
import { guessDisc } from '../lib/disc';
import { loadModel } from '../lib/model';
import type { ConversationMessage, Role } from '../lib/types';

const ROLES: ReadonlySet<string> = new Set<Role>(['customer', 'agent', 'system', 'unknown']);

type Json = Record<string, unknown>;

/** Extra per-line fields computed from the messages; one line each, so adding one is one line. */
const EXTRAS: ReadonlyArray<(messages: ConversationMessage[]) => Json> = [
  (messages) => ({ disc: guessDisc(messages) }),
];

function toMessages(value: unknown): ConversationMessage[] | string {
  if (!Array.isArray(value)) return '"messages" must be an array';
  const out: ConversationMessage[] = [];
  for (let i = 0; i < value.length; i++) {
    const m = value[i] as Json | null;
    if (!m || typeof m !== 'object' || Array.isArray(m)) return `messages[${i}] must be an object`;
    if (typeof m.text !== 'string') return `messages[${i}].text must be a string`;
    const role = m.role === undefined ? 'unknown' : m.role;
    if (typeof role !== 'string' || !ROLES.has(role)) {
      return `messages[${i}].role must be one of customer, agent, system, unknown`;
    }
    const msg: ConversationMessage = { role: role as Role, text: m.text };
    if (typeof m.author === 'string') msg.author = m.author;
    if (typeof m.time === 'string') msg.time = m.time;
    out.push(msg);
  }
  return out;
}

/** One input line → one output object. Never throws. */
export function processLine(line: string): Json {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { id: null, error: 'each line must be a JSON object' };
  const obj = input as Json;
  const id = obj.id ?? null;
  try {
    if (obj.messages !== undefined) {
      const messages = toMessages(obj.messages);
      if (typeof messages === 'string') return { id, error: messages };
      const result: Json = { id, ...analyzeConversation(messages) };
      for (const extra of EXTRAS) Object.assign(result, extra(messages));
      return result;
    }
    if (typeof obj.text === 'string') {
      const result: Json = { id, ...analyzeMessage(obj.text) };
      const messages: ConversationMessage[] = [{ role: 'customer', text: obj.text }];
      for (const extra of EXTRAS) Object.assign(result, extra(messages));
      return result;
    }
    return { id, error: 'expected a "text" string or a "messages" array' };
  } catch (e) {
    return { id, error: `analysis failed: ${(e as Error).message}` };
  }
}

/**
 * Cuts a stream of text chunks into lines as readline does: \n, \r\n and a lone \r each end a line, and a
 * \r\n split across two chunks is one break. A line longer than a chunk is gathered in parts and joined once,
 * so a 1 MB line costs one pass, not one per chunk.
 */
export class LineSplitter {
  private parts: string[] = [];
  /** The last chunk ended with \r, so a \n at the start of the next one belongs to that break. */
  private afterCr = false;
  constructor(private readonly line: (l: string) => void) {}

  push(chunk: string): void {
    let start = 0;
    if (this.afterCr && chunk.charCodeAt(0) === 0x0a) start = 1;
    this.afterCr = false;
    const n = chunk.length;
    // The next \r and \n, found by indexOf (native, and most input has no \r at all), not a loop in JS.
    let cr = chunk.indexOf('\r', start);
    let lf = chunk.indexOf('\n', start);
    while (cr >= 0 || lf >= 0) {
      let i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      this.emit(chunk.slice(start, i));
      if (i === cr) {
        if (i + 1 === n) this.afterCr = true;
        else if (chunk.charCodeAt(i + 1) === 0x0a) i++;
      }
      start = i + 1;
      if (cr >= 0 && cr < start) cr = chunk.indexOf('\r', start);
      if (lf >= 0 && lf < start) lf = chunk.indexOf('\n', start);
    }
    if (start < n) this.parts.push(chunk.slice(start));
  }

  end(): void {
    if (this.parts.length > 0) this.emit('');
  }

  private emit(tail: string): void {
    const parts = this.parts;
    if (parts.length === 0) {
      this.line(tail);
      return;
    }
    parts.push(tail);
    const l = parts.join('');
    parts.length = 0;
    this.line(l);
  }
}

/**
 * Reads stdin in chunks and writes one block of output lines per chunk: a write per line (a system call each,
 * as stdout to a file or pipe is synchronous) cost more than reading the line.
 */
async function main(): Promise<void> {
  // Loaded before the first line, so every line is read by the same hybrid (the rules alone if it cannot load).
  const [emotion, escalation] = await Promise.all([loadModel(), loadEscalationModel()]);
  if (emotion === null) console.error('analyze: the emotion model could not be loaded; rules only');
  if (escalation === null) console.error('analyze: the escalation model could not be loaded; escalation rules only');
  let out = '';
  const lines = new LineSplitter((line) => {
    if (line.trim() === '') return;
    out += `${JSON.stringify(processLine(line))}\n`;
  });
  const flush = async () => {
    if (out === '') return;
    const block = out;
    out = '';
    if (!process.stdout.write(block)) await once(process.stdout, 'drain');
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
