// Regenerates the Traditional Chinese coach data and escalation cues from the Simplified source plus the
// regional overrides.
// `--check` only reports files that differ from what would be generated (exit 1), writing nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESCALATION_HANT_TARGET } from './hant/escalation-target';
import { deriveTarget, HANT_TARGETS, ROOT } from './hant/targets';

const check = process.argv.includes('--check');
let stale = 0;
for (const t of [...HANT_TARGETS, ESCALATION_HANT_TARGET]) {
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
