// Inputs for the DISC snapshot check and timing: every fixture conversation and customer message in the repo,
// every dev row (alone and strung into conversations), hostile samples and long adversarial texts. Built the
// same way on every run, so two runs (or two implementations) see the same inputs in the same order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { ConversationMessage, Role } from '../../lib/types';
import { hostileText, SEED } from '../../tests/unit/fuzz/hostile';
import { SHAPES } from '../bench/adversarial';
import { evalDir, loadEvalFiles } from '../eval-lib/tsv';

export interface DiscCase {
  /** Where the input came from, stable across runs: `fixture:disc/en.json#3`, `dev:goemotions-en:17`. */
  id: string;
  messages: ConversationMessage[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsonFiles(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}

const ROLES = new Set<string>(['customer', 'agent', 'system', 'unknown']);

/** Every `{ messages: [...] }` conversation and every `text` string anywhere in a fixture file. */
function collect(value: unknown, id: string, out: DiscCase[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collect(value[i], `${id}#${i}`, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (Array.isArray(obj.messages)) {
    const messages = obj.messages.flatMap((m): ConversationMessage[] => {
      const r = m as { role?: unknown; text?: unknown };
      if (typeof r?.text !== 'string') return [];
      const role = typeof r.role === 'string' && ROLES.has(r.role) ? (r.role as Role) : 'unknown';
      return [{ role, text: r.text }];
    });
    if (messages.length) out.push({ id: `${id}:conversation`, messages });
    messages.forEach((m, i) => {
      if (m.role === 'customer') out.push({ id: `${id}:m${i}`, messages: [{ role: 'customer', text: m.text }] });
    });
  }
  if (typeof obj.text === 'string') out.push({ id: `${id}:text`, messages: [{ role: 'customer', text: obj.text }] });
  for (const [k, v] of Object.entries(obj))
    if (k !== 'messages' && typeof v === 'object') collect(v, `${id}.${k}`, out);
}

export function fixtureCases(): DiscCase[] {
  const out: DiscCase[] = [];
  for (const path of jsonFiles(FIXTURES)) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    collect(data, `fixture:${relative(FIXTURES, path)}`, out);
  }
  return out;
}

/** The dev rows beside the checkout, or beside the worktrees folder when this is a worktree. */
export function devDir(): string | null {
  const besideWorktrees = join(ROOT, '..', '..', 'shared', 'eval', 'dev');
  if (process.env.HEARTLINE_EVAL_DIR || existsSync(evalDir())) return evalDir();
  return existsSync(besideWorktrees) ? besideWorktrees : null;
}

/** Each dev row alone, as the batch command reads a single-text line. */
export function devRowCases(dir = devDir()): DiscCase[] {
  if (dir === null) return [];
  return loadEvalFiles(dir).flatMap((f) =>
    f.rows.map((r) => ({ id: `dev:${f.name}:${r.line}`, messages: [{ role: 'customer' as Role, text: r.text }] })),
  );
}

/**
 * Dev rows strung into conversations of 2 to 7 turns: customer turns with an agent reply between some of
 * them, and every fifth conversation unlabelled, so accumulation over messages is checked too.
 */
export function devConversationCases(dir = devDir()): DiscCase[] {
  if (dir === null) return [];
  const out: DiscCase[] = [];
  for (const f of loadEvalFiles(dir)) {
    let at = 0;
    let n = 0;
    while (at < f.rows.length) {
      const size = 2 + (n % 6);
      const rows = f.rows.slice(at, at + size);
      const unlabelled = n % 5 === 4;
      const messages: ConversationMessage[] = rows.map((r, i) => ({
        role: unlabelled ? 'unknown' : i % 3 === 1 ? 'agent' : 'customer',
        text: r.text,
      }));
      out.push({ id: `devconv:${f.name}:${rows[0]!.line}-${rows[rows.length - 1]!.line}`, messages });
      at += size;
      n++;
    }
  }
  return out;
}

/** Hostile messages mixed with pieces of the DISC fixtures' own wording, so the cue rules fire often. */
export function hostileCases(count = 1500): DiscCase[] {
  const wording = fixtureCases()
    .filter((c) => c.messages.length === 1)
    .map((c) => c.messages[0]!.text)
    .filter((t) => t.length > 0);
  const slice = fc
    .tuple(fc.constantFrom(...wording), fc.nat(), fc.nat())
    .map(([t, a, b]) => t.slice(a % t.length, (a % t.length) + 1 + (b % 40)));
  const text = fc.array(fc.oneof(hostileText, slice, slice), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
  const samples = fc.sample(fc.array(text, { minLength: 1, maxLength: 4 }), { seed: SEED, numRuns: count });
  return samples.map((texts, i) => ({
    id: `hostile:${i}`,
    messages: texts.map((t, k) => ({ role: (k % 2 ? 'agent' : 'customer') as Role, text: t })),
  }));
}

/** The adversarial shapes of the batch bench at sizes around and past the DISC window. */
export function longCases(sizes = [1_000, 4_000, 16_000, 20_000, 21_000, 64_000]): DiscCase[] {
  const out: DiscCase[] = [];
  for (const [name, make] of Object.entries(SHAPES)) {
    for (const n of sizes) out.push({ id: `long:${name}:${n}`, messages: [{ role: 'customer', text: make(n) }] });
  }
  return out;
}

/** Dev rows of one file run together into one long message, across the edge of the DISC window. */
export function longDevCases(dir = devDir(), sizes = [2_000, 8_000, 19_990, 26_000]): DiscCase[] {
  if (dir === null) return [];
  const out: DiscCase[] = [];
  for (const f of loadEvalFiles(dir)) {
    const joined = f.rows.map((r) => r.text).join('\n');
    for (const n of sizes)
      out.push({ id: `longdev:${f.name}:${n}`, messages: [{ role: 'customer', text: joined.slice(0, n) }] });
  }
  return out;
}

export function allCases(): DiscCase[] {
  return [
    ...fixtureCases(),
    ...devRowCases(),
    ...devConversationCases(),
    ...hostileCases(),
    ...longCases(),
    ...longDevCases(),
  ];
}
