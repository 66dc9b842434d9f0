import { describe, expect, test, vi } from 'vitest';
import type * as Analysis from '../../../lib/analysis';
import type * as Disc from '../../../lib/disc';
import { processLine, processLines } from '../../../scripts/analyze-io/process-line';

// The batch command reads a batch stage by stage (every line parsed, then the engine over every line, then the DISC
// guess): each line must come out as it does read alone, and a stage that throws on one line spoils that line only.
// The engine and the DISC guess are wrapped to throw on marked texts, and otherwise answer as they really do.

vi.mock('../../../lib/analysis', async (importOriginal) => {
  const real = await importOriginal<typeof Analysis>();
  return {
    ...real,
    analyzeMessage: (text: string, ...rest: unknown[]) => {
      if (text.includes('ENGINE-FAILS')) throw new Error('engine broke');
      return (real.analyzeMessage as (...a: unknown[]) => unknown)(text, ...rest);
    },
  };
});

vi.mock('../../../lib/disc', async (importOriginal) => {
  const real = await importOriginal<typeof Disc>();
  return {
    ...real,
    guessDisc: (messages: Parameters<typeof real.guessDisc>[0], ...rest: unknown[]) => {
      if (messages.some((m) => m.text.includes('DISC-FAILS'))) throw new Error('disc broke');
      return (real.guessDisc as (...a: unknown[]) => unknown)(messages, ...rest);
    },
  };
});

const LINES = [
  JSON.stringify({ id: 1, text: 'Where is my parcel? It was due on Monday.' }),
  JSON.stringify({ id: 2, text: 'ENGINE-FAILS on this one' }),
  JSON.stringify({ id: 3, text: '退款到底什么时候到账？再不处理我就投诉了' }),
  JSON.stringify({ id: 4, text: 'DISC-FAILS: I need the invoice number, the date and the amount.' }),
  '{"id": 5, broken',
  JSON.stringify({ id: 6, messages: [{ role: 'customer', text: 'DISC-FAILS here too' }] }),
  JSON.stringify({
    id: 7,
    messages: [
      { role: 'agent', text: 'Hi' },
      { role: 'customer', text: '謝謝你們的耐心說明' },
    ],
  }),
  JSON.stringify({ id: 8, messages: [{ role: 'boss', text: 'x' }] }),
  JSON.stringify({ id: 9, text: 'Thanks so much, that solved it 🙂' }),
];

describe('analyze command, a batch read stage by stage', () => {
  test('each line gives the bytes it gives read alone, in order', () => {
    const staged = processLines(LINES).map((r) => JSON.stringify(r));
    expect(staged).toEqual(LINES.map((l) => JSON.stringify(processLine(l))));
  });

  test('a stage that throws on one line gives that line {id, error} and leaves the others whole', () => {
    const out = processLines(LINES);
    expect(out[1]).toEqual({ id: 2, error: 'analysis failed: engine broke' });
    expect(out[3]).toEqual({ id: 4, error: 'analysis failed: disc broke' });
    expect(out[5]).toEqual({ id: 6, error: 'analysis failed: disc broke' });
    expect(out[4]!.id).toBeNull();
    expect(String(out[4]!.error)).toContain('invalid JSON');
    expect(String(out[7]!.error)).toContain('role must be one of');
    for (const k of [0, 2, 6, 8]) {
      expect(out[k]!.id).toBe(k + 1);
      expect(out[k]).not.toHaveProperty('error');
      expect(out[k]).toHaveProperty('disc.scores');
      expect(Object.keys(out[k]!)[0]).toBe('id');
      expect(Object.keys(out[k]!).at(-1)).toBe('disc');
    }
    expect(out[6]).toHaveProperty('trend');
  });
});
