/**
 * The escalation recipe's fingerprint: sha256 over scripts/train-escalation/*.ts and the model's own feature
 * and scoring code, in a fixed order, line endings normalised. The model and its card carry it; a unit test
 * recomputes it, so weights and code cannot drift. The rules (cues, intent.ts) are not in it: they change
 * often, and the thresholds they helped choose are re-chosen by the next `npm run train:escalation`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ESCALATION_RECIPE_FIXED = [
  'lib/analysis/escalation/learned/features.ts',
  'lib/analysis/escalation/learned/function-words.ts',
  'lib/analysis/escalation/learned/model.ts',
  'lib/analysis/escalation/learned/raise.ts',
  // The fold, the hash step and the whitespace test come from the emotion model's features.
  'lib/model/features.ts',
];

export function escalationRecipeFiles(root: string): string[] {
  const own = readdirSync(join(root, 'scripts', 'train-escalation'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `scripts/train-escalation/${f}`);
  return [...own, ...ESCALATION_RECIPE_FIXED];
}

export function escalationRecipeHash(root: string): string {
  const h = createHash('sha256');
  for (const f of escalationRecipeFiles(root)) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(join(root, f), 'utf8').replace(/\r\n/g, '\n'));
    h.update('\0');
  }
  return h.digest('hex');
}
