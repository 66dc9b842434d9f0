// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundlePath } from '../../../scripts/analyze-io/bundle';

// The batch command runs from a prebuilt bundle of its sources (scripts/analyze-io/bundle.ts): it must print what
// the command run from source prints, on one thread and with a helper thread, and reuse its bundle while the
// sources stay as they are.

const ROOT = join(import.meta.dirname, '..', '..', '..');

const INPUT = `${[
  JSON.stringify({ id: 1, text: 'This is the third time I write. Fix it or I cancel!!!' }),
  JSON.stringify({ id: 2, text: '退款到底什么时候到账？再不处理我就投诉了' }),
  JSON.stringify({ id: 'c', messages: [{ role: 'agent', text: 'Hi' }, { text: 'Thanks, solved \ud800 🙂' }] }),
  '{"id": broken',
  '',
  JSON.stringify({ id: 4, text: '謝謝你們的耐心說明，問題解決了。' }),
].join('\n')}\n`;

function analyze(args: readonly string[], fromSource: boolean): { status: number | null; out: string; err: string } {
  const env = { ...process.env };
  if (fromSource) env.HEARTLINE_ANALYZE_FROM_SOURCE = '1';
  else delete env.HEARTLINE_ANALYZE_FROM_SOURCE;
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts'), ...args], {
    cwd: ROOT,
    env,
    input: INPUT.repeat(40),
    maxBuffer: 1 << 26,
  });
  return { status: run.status, out: run.stdout.toString('utf8'), err: run.stderr.toString('utf8') };
}

describe('analyze command, prebuilt bundle', () => {
  test('the bundle is built once and reused while its sources stay the same', () => {
    const file = bundlePath();
    expect(file).not.toBeNull();
    expect(existsSync(file!)).toBe(true);
    expect(bundlePath()).toBe(file);
  }, 60_000);

  test.each([[['--threads', '1']], [['--threads', '2', '--parallel-after', '0']]])(
    '%j: the same bytes as from source, nothing on stderr',
    (args) => {
      const bundled = analyze(args, false);
      const source = analyze(args, true);
      expect(bundled.err).toBe('');
      expect(source.err).toBe('');
      expect(bundled.status).toBe(0);
      expect(bundled.out.split('\n').length).toBe(5 * 40 + 1);
      expect(bundled.out).toBe(source.out);
    },
    120_000,
  );
});
