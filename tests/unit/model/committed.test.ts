import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromBase64 } from '@/lib/model';
import { decodeModel } from '@/lib/model/model';
import { MODEL_BASE64 } from '@/lib/model/weights';
import { recipeHash } from '../../../scripts/train/hash';

const root = join(__dirname, '..', '..', '..');

describe('the committed model', () => {
  const bytes = fromBase64(MODEL_BASE64);
  const model = decodeModel(bytes);
  const card = readFileSync(join(root, 'lib', 'model', 'MODEL_CARD.md'), 'utf8');

  test('came from the committed training config and code (recipe hash)', () => {
    const hash = recipeHash(root);
    expect(model.meta.configHash).toBe(hash);
    expect(card).toContain(hash);
  });

  test('is the one the model card describes', () => {
    expect(card).toContain(createHash('sha256').update(bytes).digest('hex'));
    expect(card).toContain(`${bytes.length.toLocaleString('en-US')} bytes`);
  });

  test('fits the 4 MB budget for model files', () => {
    expect(MODEL_BASE64.length).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
