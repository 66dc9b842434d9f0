// One input line of the batch command to one output object: the contract is in scripts/analyze.ts. A module of its
// own so worker threads can load it without the command's entry point.
import { analyzeConversation, analyzeMessage } from '../../lib/analysis';
import { guessDisc } from '../../lib/disc';
import type { ConversationMessage, Role } from '../../lib/types';

const ROLES: ReadonlySet<string> = new Set<Role>(['customer', 'agent', 'system', 'unknown']);

export type Json = Record<string, unknown>;

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
