// Checks that the DISC guess gives byte-identical JSON to a reference, over every fixture, every dev row, dev rows
// strung into conversations, hostile samples and long adversarial texts (scripts/disc-lib/cases.ts). Speed work
// on lib/disc must pass it unchanged. The dev rows never enter the repo: snapshots are written outside it.
//
//   npx tsx scripts/disc-snapshot.ts --write /tmp/disc-main.jsonl   record today's outputs
//   npx tsx scripts/disc-snapshot.ts --check /tmp/disc-main.jsonl   compare against a recording (exit 1 on a change)
//   npx tsx scripts/disc-snapshot.ts --ref /tmp/main/lib            compare, in process, with another checkout's lib/
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { guessDisc } from '../lib/disc';
import type { DiscResult } from '../lib/types';
import { allCases } from './disc-lib/cases';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const cases = allCases();
const lines = cases.map((c) => `${JSON.stringify(c.id)}\t${JSON.stringify(guessDisc(c.messages))}`);
const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
console.log(`${cases.length} cases, outputs sha256 ${digest}`);

function compare(reference: readonly string[]): number {
  const byId = new Map(reference.map((l) => [l.slice(0, l.indexOf('\t')), l] as const));
  let changed = 0;
  for (const line of lines) {
    const id = line.slice(0, line.indexOf('\t'));
    const ref = byId.get(id);
    if (ref === line) continue;
    changed++;
    if (changed <= 10) {
      console.log(`changed ${id}`);
      console.log(`  was ${ref === undefined ? '(missing)' : ref.slice(id.length + 1, id.length + 400)}`);
      console.log(`  now ${line.slice(id.length + 1, id.length + 400)}`);
    }
  }
  if (reference.length !== lines.length)
    console.log(`reference has ${reference.length} cases, this run ${lines.length}`);
  return changed + Math.abs(reference.length - lines.length);
}

const write = arg('--write');
const check = arg('--check');
const ref = arg('--ref');
if (write) {
  writeFileSync(resolve(write), `${lines.join('\n')}\n`);
  console.log(`written ${write}`);
} else if (check || ref) {
  let reference: string[];
  if (check) reference = readFileSync(resolve(check), 'utf8').split('\n').filter(Boolean);
  else {
    const other = (await import(resolve(join(ref!, 'disc', 'index.ts')))) as {
      guessDisc: (m: unknown) => DiscResult;
    };
    reference = cases.map((c) => `${JSON.stringify(c.id)}\t${JSON.stringify(other.guessDisc(c.messages))}`);
  }
  const changed = compare(reference);
  console.log(changed === 0 ? 'identical' : `${changed} case(s) differ`);
  if (changed) process.exit(1);
} else {
  console.log('pass --write FILE, --check FILE or --ref LIB_DIR');
}
