import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonLocator } from '@/lib/templates/json-locate';

describe('syntax errors', () => {
  test.each([
    ['a stray comma in a list', '{\n  "a": [ , ]\n}', { line: 2, column: 10 }],
    ['a trailing comma in an object', '{"a": 1,}', { line: 1, column: 9 }],
    ['a list that never closes', '[1, 2', { line: 1, column: 6 }],
    ['a misspelt literal', '{"a": tru}', { line: 1, column: 7 }],
    ['a raw control character in a string', '{\n"a": "x\u0001"}', { line: 2, column: 8 }],
    ['text after the value', '{"a": 1}\n  x', { line: 2, column: 3 }],
    ['a single-quoted key', "{\r\n  'a': 1}", { line: 2, column: 3 }],
    ['a leading zero', '[01]', { line: 1, column: 3 }],
    ['a bad escape', '["\\x41"]', { line: 1, column: 3 }],
  ])('%s', (_name, text, where) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonLocator(text).syntaxError).toEqual(where);
  });

  test('agrees with JSON.parse on random JSON and on random damage to it', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\u0000', ' '),
        (json, at, junk) => {
          expect(jsonLocator(json).syntaxError).toBeUndefined();
          const cut = at % (json.length + 1);
          const damaged = json.slice(0, cut) + junk + json.slice(cut + 1);
          let valid = true;
          try {
            JSON.parse(damaged);
          } catch {
            valid = false;
          }
          expect(jsonLocator(damaged).syntaxError === undefined).toBe(valid);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('nesting deeper than the stack is survived, not thrown', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => jsonLocator(deep)).not.toThrow();
  });
});

describe('paths', () => {
  const file = JSON.stringify(
    { schema: 'heartline.templates', templates: [{ id: 'a' }, { id: 'b', emotions: ['anger', 'rage'], 'we.ird': 1 }] },
    null,
    2,
  );

  test.each([
    ['schema', { line: 2, column: 13 }],
    ['templates[0].id', { line: 5, column: 13 }],
    ['templates[1].emotions[1]', { line: 11, column: 9 }],
    // A missing field points at the template that lacks it.
    ['templates[0].step', { line: 4, column: 5 }],
    ['templates[7].text', { line: 3, column: 16 }],
  ])('%s', (path, where) => {
    expect(jsonLocator(file).at(path)).toEqual(where);
  });

  test('a path outside the file has no place', () => {
    expect(jsonLocator(file).at('(file)')).toBeUndefined();
    expect(jsonLocator('not json').at('templates[0]')).toBeUndefined();
  });

  test('keys with escapes are decoded like JSON.parse decodes them', () => {
    const text = '{"t\\u0065mplates": [{"id": "x"}]}';
    expect(jsonLocator(text).at('templates[0].id')).toEqual({ line: 1, column: 28 });
  });
});
