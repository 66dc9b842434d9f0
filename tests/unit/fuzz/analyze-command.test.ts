import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SNIPPET_MAX } from '@/lib/disc/score';
import { processLine } from '../../../scripts/analyze-io/process-line';
import { SHAPES } from '../../../scripts/bench/adversarial';
import { hostileText, SEED } from './hostile';

// The batch command on adversarial lines from 1 KB to 1 MB: every line gives a result (never an error line),
// and what it prints stays bounded whatever came in. Time per size is measured by `npm run bench`, not here.

const SIZES = [1024, 16 * 1024, 256 * 1024, 1024 * 1024];
/**
 * Every evidence span quotes at most MAX_EVIDENCE_CHARS (issue 19: a "!?" run once quoted 20,000 characters
 * twice); the learned model's spans stay within its 2,000-character window. Nothing grows with the input.
 */
const MAX_LINE_OUT = 16 * 1024;
const MAX_DISC_OUT = 8 * 1024;

describe('analyze command, adversarial single-text lines', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    test(`${name}, 1 KB to 1 MB`, () => {
      for (const size of SIZES) {
        const text = make(size);
        const out = processLine(JSON.stringify({ id: size, text }));
        expect(out, `${name} ${size}`).not.toHaveProperty('error');
        expect(out.id).toBe(size);
        expect(JSON.stringify(out).length, `${name} ${size}`).toBeLessThan(MAX_LINE_OUT);
        const disc = out.disc as { cues: Array<{ text: string; start: number; end: number }> };
        expect(JSON.stringify(disc).length, `${name} ${size} disc`).toBeLessThan(MAX_DISC_OUT);
        for (const c of disc.cues) {
          expect(c.text.length).toBeLessThanOrEqual(SNIPPET_MAX);
          expect(text.slice(c.start, c.end)).toBe(c.text);
        }
      }
    });
  }

  test('messages lines with huge and hostile customer turns', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), (texts) => {
        const messages = texts.map((text, i) => ({ role: i % 2 ? 'agent' : 'customer', text }));
        messages.push({ role: 'customer', text: SHAPES['bang-question run']!(64 * 1024) });
        const out = processLine(JSON.stringify({ id: 'c', messages }));
        expect(out).not.toHaveProperty('error');
        expect(JSON.stringify(out).length).toBeLessThan(MAX_LINE_OUT * 8);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  test('the real command: one 1 MB line per shape in, one result per line out, nothing on stderr', () => {
    const input = Object.values(SHAPES)
      .map((make, i) => JSON.stringify({ id: i, text: make(1024 * 1024) }))
      .join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts')], {
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(SHAPES).length);
    lines.forEach((l, i) => {
      const out = JSON.parse(l) as Record<string, unknown>;
      expect(out.id).toBe(i);
      expect(out).not.toHaveProperty('error');
      expect(l.length).toBeLessThan(MAX_LINE_OUT);
    });
  }, 120_000);
});
