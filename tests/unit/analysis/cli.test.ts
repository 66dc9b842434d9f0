import { describe, expect, test } from 'vitest';
import { processLine } from '../../../scripts/analyze';

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
