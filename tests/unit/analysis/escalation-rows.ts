import { expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// Table-driven checks shared by the per-session escalation class tests: each row is a sentence written for the test
// and the flag it must raise, or must not.

/** Escalation flags of the rules alone (these tests install no model). */
export function flags(text: string): string[] {
  return analyzeMessage(text).escalation as string[];
}

export type Row = [text: string, flag: string];

/** One test per row: the sentence raises the flag. */
export function raised(rows: Row[]): void {
  test.each(rows)('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
}

/** One test per row: the sentence keeps the same words without raising the flag. */
export function quiet(rows: Row[]): void {
  test.each(rows)('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
}
