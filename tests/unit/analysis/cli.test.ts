import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineSplitter } from '../../../scripts/analyze-io/line-splitter';
import { processLine } from '../../../scripts/analyze-io/process-line';

describe('analyze CLI, one line at a time', () => {
  test('a text line echoes the id and carries MessageAnalysis fields and disc', () => {
    const out = processLine(JSON.stringify({ id: 7, text: 'I want a refund, this is ridiculous!!!' }));
    expect(out.id).toBe(7);
    expect(out.primary).toBe('anger');
    expect(out.escalation).toContain('compensation');
    expect(out).toHaveProperty('emotions.frustration');
    expect(out).toHaveProperty('disc.style');
    expect(out).not.toHaveProperty('messages');
  });

  test('a messages line gives the ConversationAnalysis', () => {
    const out = processLine(
      JSON.stringify({
        id: 'c-1',
        messages: [
          { role: 'agent', text: 'How can I help?' },
          { role: 'customer', text: '等了一周还没到' },
        ],
      }),
    );
    expect(out.id).toBe('c-1');
    expect(out.trend).toBe('steady');
    expect((out.messages as { index: number }[]).map((m) => m.index)).toEqual([1]);
    expect(out).toHaveProperty('disc');
  });

  test.each([
    ['not json', null, 'invalid JSON'],
    ['[1,2]', null, 'JSON object'],
    ['{"id":3}', 3, 'expected a "text"'],
    ['{"id":4,"text":5}', 4, 'expected a "text"'],
    ['{"id":5,"messages":"hi"}', 5, 'must be an array'],
    ['{"id":6,"messages":[{"role":"boss","text":"x"}]}', 6, 'role must be one of'],
    ['{"id":7,"messages":[{"role":"customer"}]}', 7, 'text must be a string'],
  ])('bad line %s gives {id, error}', (line, id, error) => {
    const out = processLine(line);
    expect(out.id).toBe(id);
    expect(String(out.error)).toContain(error);
    expect(Object.keys(out).sort()).toEqual(['error', 'id']);
  });

  test('camelCase library fields, id first', () => {
    const out = processLine('{"id":1,"text":"thanks"}');
    expect(Object.keys(out)[0]).toBe('id');
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['language', 'primary', 'intensity', 'valence', 'urgency', 'evidence']),
    );
  });
});

describe('analyze CLI, reading lines from chunks', () => {
  const split = (chunks: string[]) => {
    const out: string[] = [];
    const s = new LineSplitter((l) => out.push(l));
    for (const c of chunks) s.push(c);
    s.end();
    return out;
  };

  test('\\n, \\r\\n and a lone \\r end a line, as in readline; a \\r\\n split across chunks is one break', () => {
    expect(split(['a\nb\r\nc\rd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(split(['a\r', '\nb'])).toEqual(['a', 'b']);
    expect(split(['a\r', 'b'])).toEqual(['a', 'b']);
    expect(split(['lo', 'ng', ' line\n'])).toEqual(['long line']);
    expect(split(['x\n\n'])).toEqual(['x', '']);
  });

  test('any chunking gives the lines of the whole text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', '{', '好') });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, k) => t.slice(from, at[k] ?? t.length)).filter((c) => c !== '');
        const whole = t.split(/\r\n|\n|\r/);
        if (whole.at(-1) === '') whole.pop();
        expect(split(chunks)).toEqual(whole);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
