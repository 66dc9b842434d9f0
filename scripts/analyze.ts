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
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { analyzeConversation, analyzeMessage } from '../lib/analysis';
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

async function main(): Promise<void> {
  // Loaded before the first line, so every line is read by the same hybrid (the rules alone if it cannot load).
  if ((await loadModel()) === null) console.error('analyze: the emotion model could not be loaded; rules only');
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${JSON.stringify(processLine(line))}\n`)) await once(process.stdout, 'drain');
  }
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`analyze: ${(e as Error).message}`);
    process.exit(1);
  });
}
