// Regenerates every Traditional Chinese data file (HANT_TARGETS: coach rules and clauses, emotion pack, DISC
// lexicon, escalation cues, UI strings, built-in templates) from the Simplified source plus the regional overrides.
// `--check` only reports files that differ from what would be generated (exit 1), writing nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deriveTarget, HANT_TARGETS, ROOT } from './hant/targets';

const check = process.argv.includes('--check');
let stale = 0;
for (const t of HANT_TARGETS) {
  const path = resolve(ROOT, t.hant);
  const next = deriveTarget(t);
  if (readFileSync(path, 'utf8') === next) {
    console.log(`unchanged  ${t.hant}`);
    continue;
  }
  stale++;
  if (check) console.log(`stale      ${t.hant}`);
  else {
    writeFileSync(path, next);
    console.log(`written    ${t.hant}`);
  }
}
if (check && stale > 0) {
  console.error(`${stale} generated file(s) out of date; run npm run derive:hant`);
  process.exit(1);
}
