/**
 * The recipe's fingerprint: sha256 over the training config and every file of training and feature code, in
 * a fixed order and with line endings normalised. The model and its card carry it; a unit test recomputes it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRAIN_CONFIG } from './config';

export const RECIPE_FILES_FIXED = [
  'lib/model/features.ts',
  'lib/model/model.ts',
  // Its figures are in the card (config.ts `supportCheck`), so a change to it must show there.
  'scripts/train/blind/support-en.tsv',
];

export function recipeFiles(root: string): string[] {
  const train = readdirSync(join(root, 'scripts', 'train'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `scripts/train/${f}`);
  // The support rows are training data kept in the repo, so their text is part of the recipe.
  return [...train, ...RECIPE_FILES_FIXED, ...TRAIN_CONFIG.supportTraining.files];
}

export function recipeHash(root: string): string {
  const h = createHash('sha256');
  for (const f of recipeFiles(root)) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(join(root, f), 'utf8').replace(/\r\n/g, '\n'));
    h.update('\0');
  }
  return h.digest('hex');
}
