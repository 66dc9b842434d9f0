import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeEscalationBase64 } from '@/lib/analysis/escalation/learned';
import { ESCALATION_MODEL_BASE64 } from '@/lib/analysis/escalation/learned/escalation-weights';
import { ESCALATION_FLAGS } from '@/lib/types';
import { escalationRecipeHash } from '../../../scripts/train-escalation/hash';

const root = join(__dirname, '..', '..', '..');

describe('the committed escalation model', () => {
  const bytes = Uint8Array.from(Buffer.from(ESCALATION_MODEL_BASE64, 'base64'));
  const model = decodeEscalationBase64(ESCALATION_MODEL_BASE64);
  const card = readFileSync(join(root, 'lib', 'analysis', 'escalation', 'learned', 'MODEL_CARD.md'), 'utf8');

  test('came from the committed training config and code (recipe hash)', () => {
    const hash = escalationRecipeHash(root);
    expect(model.meta.configHash).toBe(hash);
    expect(card).toContain(hash);
  });

  test('is the one the model card describes', () => {
    expect(card).toContain(createHash('sha256').update(bytes).digest('hex'));
    expect(card).toContain(`${bytes.length.toLocaleString('en-US')} bytes`);
  });

  test('has a head for every flag and a threshold per language group', () => {
    expect([...model.meta.heads].sort()).toEqual([...ESCALATION_FLAGS].sort());
    // The heads train with classes balanced, so a score is not the odds of a flag in real mail: leave-one-round-out
    // picks the lowest threshold at which the model alone keeps its precision target held out (English 0.5 in the
    // sixteenth session, 0.475 in the eighteenth with 1,920 more messages, fresh32, blind, reading precision 0.971 there;
    // 0.45 in the nineteenth; 0.425 in the twentieth with 1,330 more, held out model alone P 0.961 R 0.601).
    // This bound catches a run that slid toward the grid's floor (0.3), where that target was not really met.
    for (const t of model.meta.thresholds) expect(t).toBeGreaterThanOrEqual(0.4);
  });

  // 300 KB until the ninth session, when 2,600 messages written for training (the corpus rounds) took the table
  // from about 24,000 to 33,000 rows; the learned models' packed budget (4 MB, README) has the room. 400 KB until
  // the eleventh, when 2,180 more (corpus5, corpus6, fresh22) took it to about 44,000 rows and 465 KB.
  // 512 KB until the fifteenth, when 4,140 more (corpus10–12) and a table of 2^17 rows (Chinese n-grams had
  // outgrown 2^16: held-out recall at precision 0.95 rose 0.55 → 0.61 简, 0.58 → 0.67 繁) took it to 61,000 rows and
  // 626 KB; with the emotion model the packed total stays near 3 MB of the 4 MB budget (tests/build/bundle.test.ts).
  // 768 KB until the sixteenth, when 2,820 more (corpus13–15) and fresh29 took it to 75,000 rows and 765 KB.
  test('fits its 1 MB budget', () => {
    expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
  });
});
