import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyTemplateState } from '@/lib/templates/library';
import {
  defineTemplatesItem,
  loadTemplateState,
  migrateV1ToV2,
  recoverTemplateState,
  saveTemplateState,
  type TemplateStateV1,
} from '@/lib/templates/store';
import type { Template, UserTemplateState } from '@/lib/templates/types';

const KEY = 'templates';
const secretText = 'Hi Mrs Example, your card 4111 was charged twice';

const valid: Template = {
  id: 'custom-1',
  step: 'apologize',
  kind: 'apology',
  lang: 'en',
  text: secretText,
  builtin: false,
};

async function seed(value: unknown, version?: number) {
  await fakeBrowser.storage.local.set({ [KEY]: value, ...(version ? { [`${KEY}$`]: { v: version } } : {}) });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('template storage', () => {
  test('starts empty and saves at the current version', async () => {
    const item = defineTemplatesItem();
    expect(await loadTemplateState(item)).toEqual(emptyTemplateState());
    const state: UserTemplateState = { version: 2, custom: [valid], hidden: ['en.opening-joy'] };
    await saveTemplateState(state, item);
    expect(await loadTemplateState(item)).toEqual(state);
    const raw = await fakeBrowser.storage.local.get([KEY, `${KEY}$`]);
    expect(raw[`${KEY}$`]).toEqual({ v: 2 });
  });

  test('migrates a v1 value to v2 when the item is defined', async () => {
    const v1: TemplateStateV1 = {
      templates: [
        { id: 'a', step: 'thank', language: 'zh-Hant', text: '謝謝您！', tags: ['close'] },
        { id: 'b', step: 'identify', language: 'en', text: 'Hi there' },
      ],
      hiddenBuiltins: ['en.opening-anger'],
    };
    await seed(v1);
    const item = defineTemplatesItem();
    const state = await loadTemplateState(item);
    expect(state).toEqual({
      version: 2,
      custom: [
        { id: 'a', step: 'thank', kind: 'closing', lang: 'zh-Hant', text: '謝謝您！', tags: ['close'], builtin: false },
        { id: 'b', step: 'identify', kind: 'opening', lang: 'en', text: 'Hi there', builtin: false },
      ],
      hidden: ['en.opening-anger'],
    });
    const raw = await fakeBrowser.storage.local.get([KEY, `${KEY}$`]);
    expect(raw[`${KEY}$`]).toEqual({ v: 2 });
    expect(raw[KEY]).toEqual(state);
  });

  test.each<[string, unknown, number]>([
    ['not an object', 'garbage', 0],
    ['a list', [1, 2], 0],
    ['junk entries', { templates: [null, { id: 'x', step: 'nope', language: 'en', text: 't' }] }, 0],
    [
      'one good, one bad',
      {
        templates: [
          { id: 'ok', step: 'hear', language: 'en', text: 'Go on' },
          { id: 'bad', step: 'hear', language: 'xx', text: 'Go on' },
        ],
        hiddenBuiltins: [3, 'en.opening-joy'],
      },
      1,
    ],
  ])('the v1 migration never throws on %s', (_name, old, kept) => {
    const state = migrateV1ToV2(old);
    expect(state.version).toBe(2);
    expect(state.custom).toHaveLength(kept);
  });

  test('a corrupted value keeps every valid template and logs no template text', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await seed(
      {
        version: 2,
        custom: [valid, { ...valid, id: 'custom-2', step: 'nope' }, 'junk', { ...valid }, { ...valid, id: 'custom-3' }],
        hidden: ['en.opening-joy', 42],
      },
      2,
    );
    const item = defineTemplatesItem();
    const state = await loadTemplateState(item);
    expect(state.custom.map((t) => t.id)).toEqual(['custom-1', 'custom-3']);
    expect(state.hidden).toEqual(['en.opening-joy']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Mrs Example');
    // Repaired value is written back, so the next load is clean and silent.
    await loadTemplateState(item);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test.each<[string, unknown]>([
    ['a string', 'oops'],
    ['a number', 12],
    ['custom is not a list', { version: 2, custom: 'x', hidden: [] }],
  ])('a stored value that is %s recovers to an empty library', async (_name, value) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await seed(value, 2);
    expect((await loadTemplateState(defineTemplatesItem())).custom).toEqual([]);
  });

  test('recoverTemplateState counts what it dropped', () => {
    expect(recoverTemplateState(null).dropped).toBe(0);
    expect(recoverTemplateState({ custom: [valid, valid], hidden: ['a', 'a', ''] }).dropped).toBe(3);
  });
});
