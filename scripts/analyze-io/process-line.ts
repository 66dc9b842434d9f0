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

/** What one input line reads as: an error, or the analysis and the extra fields, kept apart until output. */
type Read =
  | { id: unknown; error: string; analysis?: undefined; extras?: undefined }
  | { id: unknown; error?: undefined; analysis: object; extras: Json[] };

function readLine(line: string): Read {
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
    let analysis: object;
    let messages: ConversationMessage[] | string;
    if (obj.messages !== undefined) {
      messages = toMessages(obj.messages);
      if (typeof messages === 'string') return { id, error: messages };
      analysis = analyzeConversation(messages);
    } else if (typeof obj.text === 'string') {
      analysis = analyzeMessage(obj.text);
      messages = [{ role: 'customer', text: obj.text }];
    } else return { id, error: 'expected a "text" string or a "messages" array' };
    const extras: Json[] = [];
    for (const extra of EXTRAS) extras.push(extra(messages));
    return { id, analysis, extras };
  } catch (e) {
    return { id, error: `analysis failed: ${(e as Error).message}` };
  }
}

/** One input line → one output object. Never throws. */
export function processLine(line: string): Json {
  const r = readLine(line);
  if (r.error !== undefined) return { id: r.id, error: r.error };
  const result: Json = { id: r.id, ...r.analysis };
  for (const extra of r.extras) Object.assign(result, extra);
  return result;
}

/**
 * One input line → its output line, the same text as JSON.stringify(processLine(line)) without building the merged
 * object only to serialise it: the analysis is serialised as it is and the id and extra fields written around it.
 * Never throws.
 */
export function outputLine(line: string): string {
  const r = readLine(line);
  if (r.error !== undefined) return JSON.stringify({ id: r.id, error: r.error });
  // The merged object would put a key the analysis already has at the analysis's place, not after it (none does
  // today); that rare case goes the long way.
  for (const extra of r.extras)
    for (const key in extra) if (key in r.analysis) return JSON.stringify(processLine(line));
  const body = JSON.stringify(r.analysis);
  let out = `{"id":${JSON.stringify(r.id)}`;
  if (body.length > 2) out += `,${body.slice(1, -1)}`;
  for (const extra of r.extras) {
    const more = JSON.stringify(extra);
    if (more.length > 2) out += `,${more.slice(1, -1)}`;
  }
  return `${out}}`;
}
