import { describe, expect, test } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import {
  addTag,
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  editTemplate,
  emptyTemplateState,
  hiddenBuiltins,
  hideBuiltin,
  nextCustomId,
  removeTag,
  restoreAllBuiltins,
  restoreBuiltin,
  searchTemplates,
  type TemplateDraft,
  type TemplateQuery,
  visibleTemplates,
} from '@/lib/templates/library';
import type { UserTemplateState } from '@/lib/templates/types';

const draft: TemplateDraft = {
  step: 'empathize',
  kind: 'calming',
  lang: 'en',
  text: 'I hear you, and I am on it.',
  emotions: ['anger'],
  disc: ['D'],
};

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

describe('the agent’s own templates', () => {
  test('create gives a fresh custom id and never mutates the old state', () => {
    const before = emptyTemplateState();
    const a = ok(createTemplate(before, draft));
    const b = ok(createTemplate(a.state, { ...draft, text: 'Second' }));
    expect(before.custom).toEqual([]);
    expect([a.template.id, b.template.id]).toEqual(['custom-1', 'custom-2']);
    expect(b.state.custom.every((t) => !t.builtin)).toBe(true);
  });

  test.each<[string, Partial<TemplateDraft>, string]>([
    ['empty text', { text: '  ' }, 'template.text'],
    ['bad step', { step: 'listen' as never }, 'template.step'],
    ['bad language', { lang: 'fr' as never }, 'template.lang'],
    ['bad emotion', { emotions: ['rage' as never] }, 'template.emotions[0]'],
    ['bad DISC', { disc: ['X' as never] }, 'template.disc[0]'],
  ])('create rejects %s with a path', (_name, patch, path) => {
    const r = createTemplate(emptyTemplateState(), { ...draft, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(path);
  });

  test('edit changes one template; built-ins cannot be edited', () => {
    const s = ok(createTemplate(emptyTemplateState(), draft)).state;
    const edited = ok(editTemplate(s, 'custom-1', { text: 'New words', step: 'hear', kind: 'hear' }));
    expect(edited.template).toMatchObject({ id: 'custom-1', text: 'New words', step: 'hear', emotions: ['anger'] });
    expect(s.custom[0]?.text).toBe(draft.text);
    expect(editTemplate(s, 'en.opening-anger', { text: 'x' }).ok).toBe(false);
    expect(editTemplate(s, 'custom-1', { text: '' }).ok).toBe(false);
  });

  test('duplicate copies a built-in into an editable custom template', () => {
    const r = ok(duplicateTemplate(emptyTemplateState(), 'zh-Hant.opening-anger'));
    const source = BUILTIN_TEMPLATES.find((t) => t.id === 'zh-Hant.opening-anger')!;
    expect(r.template).toEqual({ ...source, id: 'custom-1', builtin: false });
    expect(duplicateTemplate(emptyTemplateState(), 'nope').ok).toBe(false);
  });

  test('delete removes only the agent’s own templates', () => {
    const s = ok(createTemplate(emptyTemplateState(), draft)).state;
    expect(deleteTemplate(s, 'custom-1').custom).toEqual([]);
    expect(deleteTemplate(s, 'en.opening-anger')).toBe(s);
  });

  test('tags are added once and removed', () => {
    const s = ok(createTemplate(emptyTemplateState(), draft)).state;
    const tagged = ok(addTag(ok(addTag(s, 'custom-1', 'refund')).state, 'custom-1', 'refund'));
    expect(tagged.template.tags).toEqual(['refund']);
    expect(ok(removeTag(tagged.state, 'custom-1', 'refund')).template.tags).toBeUndefined();
  });

  test('hidden built-ins are never lost and can be restored', () => {
    let s: UserTemplateState = emptyTemplateState();
    s = hideBuiltin(s, 'en.opening-anger');
    s = hideBuiltin(s, 'en.opening-anger');
    s = hideBuiltin(s, 'not-a-builtin');
    expect(s.hidden).toEqual(['en.opening-anger']);
    expect(visibleTemplates(s).some((t) => t.id === 'en.opening-anger')).toBe(false);
    expect(hiddenBuiltins(s).map((t) => t.id)).toEqual(['en.opening-anger']);
    expect(restoreBuiltin(s, 'en.opening-anger').hidden).toEqual([]);
    s = hideBuiltin(s, 'en.opening-joy');
    expect(visibleTemplates(restoreAllBuiltins(s))).toHaveLength(BUILTIN_TEMPLATES.length);
  });

  test('visible templates put the agent’s own after the built-ins', () => {
    const s = ok(createTemplate(emptyTemplateState(), draft)).state;
    expect(visibleTemplates(s).at(-1)?.id).toBe('custom-1');
  });

  test.each([
    [['custom-1', 'custom-9', 'x'], 'custom-10'],
    [[], 'custom-1'],
    [['custom-01'], 'custom-2'],
  ])('next id after %j is %s', (ids, next) => {
    expect(nextCustomId(ids)).toBe(next);
  });
});

describe('searchTemplates', () => {
  const mine = ok(createTemplate(emptyTemplateState(), { ...draft, tags: ['refund'] })).template;
  const all = [...BUILTIN_TEMPLATES, mine];

  test.each<[string, TemplateQuery, (ids: string[]) => boolean]>([
    ['text, case-insensitive', { text: 'CARRIER' }, (ids) => ids.includes('en.apology-delay')],
    ['all words must match', { text: 'carrier zebra' }, (ids) => ids.length === 0],
    ['Chinese text', { text: '退費' }, (ids) => ids.length > 0 && ids.every((id) => id.startsWith('zh-Hant.'))],
    ['step and language', { step: 'thank', lang: 'zh-Hans' }, (ids) => ids.length === 7],
    ['emotion', { emotion: 'gratitude', lang: 'en' }, (ids) => ids.includes('en.opening-gratitude')],
    ['DISC', { disc: 'S', kind: 'resolve' }, (ids) => ids.length === 3],
    ['tag', { tag: 'refund' }, (ids) => ids.length === 1 && ids[0] === mine.id],
    ['own only', { builtin: false }, (ids) => ids.length === 1],
  ])('by %s', (_name, query, check) => {
    const ids = searchTemplates(all, query).map((t) => t.id);
    expect(check(ids), ids.join(',')).toBe(true);
  });
});
