import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TRAIN_CONFIG } from '../../../scripts/train/config';
import { loadSupportCheck } from '../../../scripts/train/data';

const root = join(__dirname, '..', '..', '..');

describe('the English support check (scripts/train/blind)', () => {
  const rows = loadSupportCheck(TRAIN_CONFIG, root);

  test('reads every line as a labelled English blind row, half of them negative', () => {
    expect(rows).toHaveLength(100);
    expect(rows.filter((r) => r.negative === 1)).toHaveLength(50);
    for (const r of rows) {
      expect(r).toMatchObject({ label: -1, split: 'blind', script: 'en', source: 'support-en' });
      expect(r.text.trim()).not.toBe('');
    }
  });

  test('has no message twice', () => {
    expect(new Set(rows.map((r) => r.text.toLowerCase())).size).toBe(rows.length);
  });
});
