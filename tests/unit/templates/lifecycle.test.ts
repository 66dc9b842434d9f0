import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAllData } from '@/components/settings/clear-all';
import { exportTemplates, importTemplates } from '@/lib/templates/io';
import { createTemplate } from '@/lib/templates/library';
import {
  defineTemplatesItem,
  loadTemplateState,
  migrateV1ToV2,
  saveTemplateState,
  type TemplatesItem,
} from '@/lib/templates/store';

// A storage-lifecycle model: every step the agent can take, in every order. "reload" defines the item afresh (a
// new page load: WXT runs migrations then); the other steps use the item of the page that is open, as the options
// page does. Whatever the order, a fresh load must show exactly the templates the agent made or imported since
// the last clear.

type Step = 'clear' | 'create' | 'reload' | 'export' | 'import' | 'migrate';
const STEPS: Step[] = ['clear', 'create', 'reload', 'export', 'import', 'migrate'];

// A file from "another device", imported when nothing was exported yet in this run.
const OTHER_DEVICE = exportTemplates([
  { id: 'custom-40', step: 'thank', kind: 'closing', lang: 'zh-Hant', text: '謝謝您的耐心。', builtin: false },
]);

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

async function texts(item: TemplatesItem): Promise<string[]> {
  return (await loadTemplateState(item)).custom.map((t) => t.text).sort();
}

async function run(order: readonly Step[]): Promise<void> {
  fakeBrowser.reset();
  // An agent with one template already, from before this session.
  let page = defineTemplatesItem();
  const first = createTemplate(await loadTemplateState(page), { step: 'hear', kind: 'hear', lang: 'en', text: 'seed' });
  if (!first.ok) throw new Error('seed template rejected');
  await saveTemplateState(first.state, page);
  page = defineTemplatesItem();
  let expected = new Set(['seed']);
  let file: string | null = null;
  let made = 0;
  for (const step of order) {
    if (step === 'clear') {
      await clearAllData([]);
      expected = new Set();
    } else if (step === 'create') {
      const text = `created ${++made}`;
      const change = createTemplate(await loadTemplateState(page), {
        step: 'apologize',
        kind: 'apology',
        lang: 'en',
        text,
      });
      if (!change.ok) throw new Error('template rejected');
      await saveTemplateState(change.state, page);
      expected.add(text);
    } else if (step === 'reload') {
      page = defineTemplatesItem();
    } else if (step === 'export') {
      file = exportTemplates((await loadTemplateState(page)).custom);
    } else if (step === 'import') {
      const source = file ?? OTHER_DEVICE;
      const result = importTemplates(await loadTemplateState(page), source);
      if (!result.ok) throw new Error('import rejected');
      await saveTemplateState(result.state, page);
      for (const t of JSON.parse(source).templates as Array<{ text: string }>) expected.add(t.text);
    } else {
      // Running the shipped migration again (as a page load with a lost marker would) must change nothing.
      await page.migrate();
    }
    const seen = await texts(defineTemplatesItem());
    expect(seen, `${order.join(' → ')}: after ${step}`).toEqual([...expected].sort());
  }
}

describe('template storage lifecycle', () => {
  test('the reported case: clear, create in the same page, reload keeps the new template', async () => {
    await run(['clear', 'create', 'reload']);
    const raw = await fakeBrowser.storage.local.get('templates$');
    expect(raw.templates$).toEqual({ v: 2 });
  });

  test('clear, create, reload, export, import and migrate in every order lose nothing', async () => {
    const orders = permutations(STEPS);
    expect(orders).toHaveLength(720);
    for (const order of orders) await run(order);
  });

  test('steps repeated (clear twice, create after each) lose nothing', async () => {
    await run(['create', 'clear', 'create', 'clear', 'create', 'reload', 'import', 'reload', 'migrate', 'export']);
  });

  test('clearing keeps version markers and removes every other value', async () => {
    await fakeBrowser.storage.local.set({ templates: { version: 2, custom: [], hidden: [] }, templates$: { v: 2 } });
    await fakeBrowser.storage.local.set({ 'tough:2026-11-22': 3, odd$: 'not a marker' });
    await fakeBrowser.storage.sync.set({ settings: { agentName: 'Mei' }, settings$: { v: 1 } });
    await clearAllData([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ templates$: { v: 2 } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings$: { v: 1 } });
  });

  test('v2 data without a marker is kept as v2 by the migration, not read as v1', async () => {
    const v2 = {
      version: 2,
      custom: [{ id: 'custom-1', step: 'hear', kind: 'hear', lang: 'en', text: 'Tell me more', builtin: false }],
      hidden: ['en.opening-joy'],
    };
    expect(migrateV1ToV2(v2)).toEqual(v2);
    await fakeBrowser.storage.local.set({ templates: v2 });
    expect(await loadTemplateState(defineTemplatesItem())).toEqual(v2);
  });

  test('a real v1 value still migrates after the shape check', async () => {
    await fakeBrowser.storage.local.set({
      templates: { templates: [{ id: 'a', step: 'thank', language: 'en', text: 'Thanks!' }], hiddenBuiltins: [] },
    });
    const state = await loadTemplateState(defineTemplatesItem());
    expect(state.custom.map((t) => [t.id, t.kind, t.text])).toEqual([['a', 'closing', 'Thanks!']]);
  });
});
