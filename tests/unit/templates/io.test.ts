import { describe, expect, test } from 'vitest';
import { exportTemplates, importTemplates, parseTemplateFile, TEMPLATE_FILE_SCHEMA } from '@/lib/templates/io';
import { jsonErrorOffset } from '@/lib/templates/json-locate';
import { createTemplate, emptyTemplateState } from '@/lib/templates/library';
import {
  TEMPLATE_EMOTIONS,
  TEMPLATE_KINDS,
  TEMPLATE_SITUATIONS,
  type Template,
  type UserTemplateState,
} from '@/lib/templates/types';
import { EMOTIONS } from '@/lib/types';

const good = { id: 'mine-1', step: 'hear', kind: 'hear', lang: 'en', text: 'Tell me more.', tags: ['intro'] };
const file = (templates: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schema: TEMPLATE_FILE_SCHEMA, version: 1, templates, ...extra }, null, 2);

function stateWithOne(): UserTemplateState {
  const r = createTemplate(emptyTemplateState(), {
    step: 'thank',
    kind: 'closing',
    lang: 'zh-Hans',
    text: '谢谢您！',
  });
  if (!r.ok) throw new Error('setup');
  return r.state;
}

describe('export and import', () => {
  test('round-trips the agent’s templates', () => {
    const state = stateWithOne();
    const text = exportTemplates(state.custom);
    expect(JSON.parse(text)).toMatchObject({ schema: 'heartline.templates', version: 1 });
    const back = parseTemplateFile(text);
    expect(back).toEqual({ ok: true, templates: state.custom });
  });

  test('import adds, renames clashes, and is idempotent', () => {
    const state = stateWithOne();
    const clash = { ...good, id: 'custom-1', text: 'Different' };
    const builtinClash = { ...good, id: 'en.opening-anger', text: 'Mine now' };
    const r = importTemplates(state, file([good, clash, builtinClash]));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.added).toBe(3);
    expect(r.renamed).toEqual([
      { from: 'custom-1', to: 'custom-2' },
      { from: 'en.opening-anger', to: 'custom-3' },
    ]);
    expect(r.state.custom.map((t: Template) => t.id)).toEqual(['custom-1', 'mine-1', 'custom-2', 'custom-3']);
    expect(r.state.custom.every((t) => !t.builtin)).toBe(true);
    const again = importTemplates(r.state, file([good]));
    expect(again.ok && again.unchanged).toBe(1);
    expect(again.ok && again.state.custom).toHaveLength(4);
  });

  test('lists every problem with its path, and leaves the state untouched', () => {
    const state = stateWithOne();
    const snapshot = structuredClone(state);
    const r = importTemplates(
      state,
      file([
        good,
        { ...good, id: 'b', step: 'listen' },
        { ...good, id: 'c', lang: 'fr', emotions: ['joy', 'rage'] },
        good,
        7,
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([
      'templates[1].step',
      'templates[2].lang',
      'templates[2].emotions[1]',
      'templates[3].id',
      'templates[4]',
    ]);
    expect(r.problems[0]?.message).toMatch(/^must be one of identify, hear, empathize, apologize, resolve, thank/);
    expect(state).toEqual(snapshot);
  });

  test.each<[string, string, string]>([
    ['wrong schema', file([good], { schema: 'other' }), 'schema'],
    ['newer version', file([good], { version: 2 }), 'version'],
    ['no list', JSON.stringify({ schema: TEMPLATE_FILE_SCHEMA, version: 1 }), 'templates'],
    ['not an object', '[1,2]', '(file)'],
    ['missing field', file([{ id: 'x', kind: 'hear', lang: 'en', text: 'hi' }]), 'templates[0].step'],
  ])('rejects %s at %s', (_name, text, path) => {
    const r = parseTemplateFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(path);
  });

  test.each<[string, number, number]>([
    ['{\n  "schema": "heartline.templates",\n  "version" 1\n}', 3, 13],
    ['{\n  "templates": [\n', 3, 1],
    ['', 1, 1],
    ['{\n  "schema": v1\n}', 2, 13],
    ['{\n  "templates": [1,],\n}', 2, 19],
    ['{\n  "a": "tab\there"\n}', 2, 12],
    ['{"a": 1} extra', 1, 10],
  ])('a JSON syntax error gives line and column (%#)', (text, line, column) => {
    const r = parseTemplateFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: '(file)', line, column });
    expect(r.problems[0]?.message).toContain(`line ${line}, column ${column}`);
  });
});

describe('jsonErrorOffset', () => {
  test.each<[string, number]>([
    ['{"a": [1, 2.5e3, -0, true, null, "x\\u00e9"]}', -1],
    ['  [ ]  ', -1],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": 01}', 7],
    ['"unterminated', 0],
    ['nul', 0],
  ])('%j → %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === -1);
  });
});

describe('what a template may target', () => {
  // The editor's and the filter's emotion choices are TEMPLATE_EMOTIONS, so what they offer is what import accepts.
  test('every emotion and neutral is accepted, and nothing else', () => {
    expect(TEMPLATE_EMOTIONS).toEqual([...EMOTIONS, 'neutral']);
    const r = parseTemplateFile(file([{ ...good, emotions: [...TEMPLATE_EMOTIONS] }]));
    expect(r.ok).toBe(true);
    const bad = parseTemplateFile(file([{ ...good, emotions: ['calm'] }]));
    expect(bad.ok).toBe(false);
  });

  test('kinds and situations are one list each, the types derived from them', () => {
    expect(new Set(TEMPLATE_KINDS).size).toBe(TEMPLATE_KINDS.length);
    const ok = parseTemplateFile(
      file(TEMPLATE_SITUATIONS.map((situation, i) => ({ ...good, id: `s${i}`, situation }))),
    );
    expect(ok.ok).toBe(true);
    expect(parseTemplateFile(file([{ ...good, kind: 'rant' }])).ok).toBe(false);
  });
});
