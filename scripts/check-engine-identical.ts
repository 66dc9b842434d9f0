// Guards speed work on the emotion engine: the learned model reads the rules' output as features, so a faster
// engine must answer exactly as before. Runs analyzeMessage (rules alone, then with the model, then with the
// escalation model too) and
// analyzeConversation over every dev row (read at run time from ../shared/eval/dev, never copied here), every
// string in tests/fixtures, variants of the dev rows that reach the rarer paths (capitals, "!!!", quoted, long
// emails past the 20,000-character cap, forced language, kept quotes) and the adversarial shapes, and writes or
// compares one JSON line per case. The snapshot holds dev-row output, so it lives outside the repo.
//
//   npx tsx scripts/check-engine-identical.ts --write [file]   (on the commit to compare against)
//   npx tsx scripts/check-engine-identical.ts [file]           (after a change; exits 1 on any difference)
//
// Cases are grouped (dev, fixtures, variants, adversarial, conversations) so an intended change on one group
// (issue 19: evidence capped on adversarial input) shows as that group only.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeConversation, analyzeMessage } from '../lib/analysis';
import { installEscalationModel, loadEscalationModel } from '../lib/analysis/escalation/learned';
import { installModel, loadModel } from '../lib/model';
import type { ConversationMessage } from '../lib/types';
import { SHAPES } from './bench/adversarial';
import { loadEvalFiles } from './eval-lib/tsv';

const ROOT = join(import.meta.dirname, '..');
const DEFAULT_FILE = join(tmpdir(), 'heartline-engine-snapshot.jsonl');
const ADVERSARIAL_SIZES = [1024, 16 * 1024, 64 * 1024, 1024 * 1024];

interface Case {
  group: string;
  key: string;
  run: () => unknown;
}

function fixtureStrings(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) fixtureStrings(path, out);
    else if (name.endsWith('.json')) collect(JSON.parse(readFileSync(path, 'utf8')), out);
    // HTML and other captured pages go in whole: markup is one of the hostile inputs.
    else out.push(readFileSync(path, 'utf8'));
  }
}

function collect(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x, out);
}

function cases(): Case[] {
  const out: Case[] = [];
  const files = loadEvalFiles();
  const msg = (group: string, key: string, text: string, opts?: Parameters<typeof analyzeMessage>[1]) =>
    out.push({ group, key, run: () => analyzeMessage(text, opts) });
  for (const f of files) for (const r of f.rows) msg('dev', `${f.name}:${r.line}`, r.text);

  const fixtures: string[] = [];
  fixtureStrings(join(ROOT, 'tests', 'fixtures'), fixtures);
  fixtures.forEach((t, i) => {
    msg('fixtures', `fixture:${i}`, t);
    msg('fixtures', `fixture:${i}:keepQuoted`, t, { keepQuoted: true });
  });

  for (const f of files) {
    f.rows.forEach((r, i) => {
      // Every fifth row, so the variants cover each file without tripling the run.
      if (i % 5 !== 0) return;
      const k = `${f.name}:${r.line}`;
      msg('variants', `${k}:upper`, r.text.toUpperCase());
      msg('variants', `${k}:bangs`, `${r.text}!!!`);
      msg('variants', `${k}:questions`, `${r.text}??`);
      msg('variants', `${k}:quoted`, r.text.replace(/^/gm, '> '));
      msg('variants', `${k}:reply`, `ok\n\nOn Mon, Jan 1, Dana wrote:\n> ${r.text}`);
      msg('variants', `${k}:en`, r.text, { language: 'en' });
      msg('variants', `${k}:zh-Hant`, r.text, { language: 'zh-Hant' });
    });
    const texts = f.rows.map((r) => r.text);
    for (let i = 0; i + 20 <= texts.length; i += 100) {
      msg('variants', `${f.name}:email:${i}`, texts.slice(i, i + 20).join('\n\n'));
    }
    const long = texts.join(' ');
    msg('variants', `${f.name}:long`, long.length > 30_000 ? long : long.repeat(Math.ceil(30_000 / long.length)));
  }

  for (const [name, make] of Object.entries(SHAPES)) {
    for (const size of ADVERSARIAL_SIZES) msg('adversarial', `${name}:${size}`, make(size));
  }

  for (const f of files) {
    const texts = f.rows.map((r) => r.text);
    for (let i = 0; i + 6 <= texts.length; i += 6) {
      const messages: ConversationMessage[] = texts
        .slice(i, i + 6)
        .map((text, k) => ({ role: k % 3 === 1 ? 'agent' : 'customer', text }));
      out.push({ group: 'conversations', key: `${f.name}:conv:${i}`, run: () => analyzeConversation(messages) });
    }
  }
  return out;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** One line per case and mode: key, the output's hash, and the output itself (to show what changed). */
async function snapshot(): Promise<Map<string, { group: string; json: string }>> {
  const all = cases();
  const out = new Map<string, { group: string; json: string }>();
  installModel(null);
  installEscalationModel(null);
  for (const c of all) out.set(`rules|${c.key}`, { group: c.group, json: JSON.stringify(c.run()) });
  if ((await loadModel()) === null) throw new Error('the model could not be loaded');
  for (const c of all) out.set(`hybrid|${c.key}`, { group: c.group, json: JSON.stringify(c.run()) });
  // The escalation model too, so its features, sums and idiom checks are covered.
  if ((await loadEscalationModel()) === null) throw new Error('the escalation model could not be loaded');
  for (const c of all) out.set(`escalation|${c.key}`, { group: c.group, json: JSON.stringify(c.run()) });
  return out;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const file = args.find((a) => !a.startsWith('--')) ?? DEFAULT_FILE;
  const now = await snapshot();
  if (write) {
    const lines = [...now].map(([key, v]) => JSON.stringify({ key, group: v.group, hash: hash(v.json), json: v.json }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`wrote ${now.size} cases to ${file}`);
    return 0;
  }
  const before = new Map<string, { group: string; json: string }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const v = JSON.parse(line) as { key: string; group: string; json: string };
    before.set(v.key, v);
  }
  const changed = new Map<string, string[]>();
  for (const [key, v] of before) {
    const after = now.get(key);
    if (after?.json === v.json) continue;
    const list = changed.get(v.group) ?? [];
    list.push(key);
    changed.set(v.group, list);
  }
  const added = [...now.keys()].filter((k) => !before.has(k)).length;
  const groups = new Map<string, number>();
  for (const v of before.values()) groups.set(v.group, (groups.get(v.group) ?? 0) + 1);
  for (const [group, total] of groups) {
    const keys = changed.get(group) ?? [];
    console.log(`${group}: ${total - keys.length}/${total} identical`);
    for (const key of keys.slice(0, 5)) {
      console.log(
        `  ${key}\n    before ${before.get(key)!.json.slice(0, 400)}\n    after  ${now.get(key)?.json.slice(0, 400)}`,
      );
    }
  }
  if (added > 0) console.log(`${added} cases not in the snapshot (not compared)`);
  return changed.size === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
