import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { uiLang } from '@/lib/i18n';
import { saveSettings } from '@/lib/settings';
import { loadTemplateState, saveTemplateState } from '@/lib/templates/store';
import type { Template, UserTemplateState } from '@/lib/templates/types';
import { allByTestId, byLabel, byTestId, choose, click, type Mounted, mount, settle, type } from './dom';

const BUILTINS: Template[] = [
  {
    id: 'b-en-empathy',
    step: 'empathize',
    kind: 'calming',
    lang: 'en',
    text: 'I can hear how frustrating this has been, {customerName}.',
    emotions: ['frustration', 'anger'],
    builtin: true,
  },
  {
    id: 'b-en-resolve-c',
    step: 'resolve',
    kind: 'resolve',
    lang: 'en',
    text: 'Here is the plan for order {orderId}: {resolution}, done within {timeframe}.',
    disc: ['C'],
    builtin: true,
  },
  {
    id: 'b-zh-thank',
    step: 'thank',
    kind: 'closing',
    lang: 'zh-Hans',
    text: '感谢您的耐心，{agentName} 会一直跟进。',
    emotions: ['gratitude'],
    builtin: true,
  },
];

const MINE: Template = {
  id: 'custom-1',
  step: 'apologize',
  kind: 'apology',
  lang: 'en',
  text: 'I am sorry the refund for {orderId} took this long.',
  tags: ['refund'],
  builtin: false,
};

let view: Mounted | undefined;
beforeEach(() => {
  uiLang.value = 'en';
});
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.restoreAllMocks();
});

async function show(state?: UserTemplateState) {
  if (state) await saveTemplateState(state);
  view = await mount(<TemplateManager builtins={BUILTINS} />);
  return view.container;
}

const ids = (root: HTMLElement) => allByTestId(root, 'template-card').map((c) => c.dataset.templateId);
const card = (root: HTMLElement, id: string) => {
  const el = root.querySelector<HTMLElement>(`[data-template-id="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
};
const status = (root: HTMLElement) => byTestId(root, 'template-status').textContent;
const withMine = (): UserTemplateState => ({ version: 2, custom: [MINE], hidden: [] });

async function pickFile(root: HTMLElement, text: string) {
  const input = byTestId<HTMLInputElement>(root, 'template-import');
  const file = new File([text], 'library.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

describe('listing and filtering', () => {
  test('shows the agent’s own templates first, then the built-ins', async () => {
    const root = await show(withMine());
    expect(ids(root)).toEqual(['custom-1', 'b-en-empathy', 'b-en-resolve-c', 'b-zh-thank']);
    expect(byTestId(root, 'template-count').textContent).toBe('Showing 4 of 4 templates');
  });

  test.each<[string, string, string, string[]]>([
    ['search text', 'template-search', 'refund', ['custom-1']],
    ['search is case- and width-insensitive', 'template-search', 'ＨＥＡＲ', ['b-en-empathy']],
    ['step', 'template-filter-step', 'resolve', ['b-en-resolve-c']],
    ['language', 'template-filter-lang', 'zh-Hans', ['b-zh-thank']],
    ['emotion', 'template-filter-emotion', 'anger', ['b-en-empathy']],
    ['DISC', 'template-filter-disc', 'C', ['b-en-resolve-c']],
    ['only mine', 'template-filter-show', 'mine', ['custom-1']],
    ['only built-in', 'template-filter-show', 'builtin', ['b-en-empathy', 'b-en-resolve-c', 'b-zh-thank']],
  ])('filter by %s', async (_name, testId, value, expected) => {
    const root = await show(withMine());
    const control = byTestId<HTMLInputElement | HTMLSelectElement>(root, testId);
    if (control instanceof HTMLSelectElement) await choose(control, value);
    else await type(control, value);
    await settle();
    expect(ids(root)).toEqual(expected);
  });

  test('no match says so', async () => {
    const root = await show();
    await type(byTestId(root, 'template-search'), 'nothing like this');
    expect(byTestId(root, 'template-empty').textContent).toBe('No templates match these filters.');
  });

  test('filters have real labels', async () => {
    const root = await show();
    expect(byLabel(root, 'Search text or tags')).toBe(byTestId(root, 'template-search'));
    expect(byLabel(root, 'DISC style')).toBe(byTestId(root, 'template-filter-disc'));
  });

  test('a damaged stored library shows what survived, and settings are not touched', async () => {
    await saveSettings({ agentName: 'Mei' });
    await fakeBrowser.storage.local.set({
      templates: { version: 2, custom: [MINE, { id: 7, text: null }, 'junk'], hidden: ['b-zh-thank', 42] },
      templates$: { v: 2 },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = await show();
    expect(ids(root)).toEqual(['custom-1', 'b-en-empathy', 'b-en-resolve-c']);
    expect(await loadTemplateState()).toEqual({ version: 2, custom: [MINE], hidden: ['b-zh-thank'] });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ agentName: 'Mei' });
  });

  test('template text from storage is shown as text, never as markup', async () => {
    const hostile = { ...MINE, text: '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a>' };
    const root = await show({ version: 2, custom: [hostile], hidden: [] });
    expect(root.querySelector('img, a[href^="javascript"]')).toBeNull();
    expect(card(root, 'custom-1').querySelector('.tpl-text')?.textContent).toBe(hostile.text);
  });
});

describe('creating and editing', () => {
  test('a new template is validated, saved with every field, and listed', async () => {
    const root = await show();
    await click(byTestId(root, 'template-new'));
    expect(document.activeElement).toBe(byTestId(root, 'template-text'));
    await type(byTestId(root, 'template-text'), 'Thanks for waiting, {customerName}.');
    await choose(byTestId(root, 'template-step'), 'thank');
    await choose(byTestId(root, 'template-kind'), 'closing');
    await choose(byTestId(root, 'template-situation'), 'no-failure');
    await click(byTestId(root, 'template-emotion-anxiety'));
    await click(byTestId(root, 'template-intensity-high'));
    await click(byTestId(root, 'template-flag-repeat-contact'));
    await click(byTestId(root, 'template-disc-S'));
    await type(byTestId(root, 'template-tags'), 'waiting, 等待 ,waiting');
    await click(byTestId(root, 'template-save'));

    const { custom } = await loadTemplateState();
    expect(custom).toEqual([
      {
        id: 'custom-1',
        step: 'thank',
        kind: 'closing',
        lang: 'en',
        text: 'Thanks for waiting, {customerName}.',
        emotions: ['anxiety'],
        intensity: ['high'],
        flags: ['repeat-contact'],
        disc: ['S'],
        situation: 'no-failure',
        tags: ['waiting', '等待'],
        builtin: false,
      },
    ]);
    expect(ids(root)[0]).toBe('custom-1');
    expect(root.querySelector('[data-testid="template-editor"]')).toBeNull();
    expect(status(root)).toBe('Template saved');
  });

  test('an empty text is refused with the problem named, and nothing is stored', async () => {
    const root = await show();
    await click(byTestId(root, 'template-new'));
    await type(byTestId(root, 'template-text'), '   ');
    await click(byTestId(root, 'template-save'));
    const problems = byTestId(root, 'template-editor-problems');
    expect(problems.getAttribute('role')).toBe('alert');
    expect(problems.textContent).toContain('Text: must be a non-empty text');
    expect((await loadTemplateState()).custom).toEqual([]);
  });

  test('the preview fills name and company from settings and marks the gaps', async () => {
    await saveSettings({ agentName: 'Mei', company: 'Acme' });
    const root = await show();
    await click(byTestId(root, 'template-new'));
    await type(byTestId(root, 'template-text'), 'This is {agentName} from {company} about {orderId}. {shipping}');
    expect(byTestId(root, 'template-preview').textContent).toBe(
      'This is Mei from Acme about [order number]. {shipping}',
    );
    expect(byTestId(root, 'template-unknown-vars').textContent).toBe(
      'Not a known variable, will be inserted as typed: {shipping}',
    );
    await choose(byTestId(root, 'template-lang'), 'zh-Hant');
    expect(byTestId(root, 'template-preview').textContent).toContain('[訂單編號]');
  });

  test.each([
    ['Thanks for waiting.', 'en'],
    ['感谢您的耐心等待，我们马上处理。', 'zh-Hans'],
    ['感謝您的耐心等候，我們會盡快處理訂單。', 'zh-Hant'],
  ] as const)('a new template takes its language from the text until one is picked: %s', async (text, lang) => {
    uiLang.value = 'zh-Hans';
    const root = await show();
    await click(byTestId(root, 'template-new'));
    await type(byTestId(root, 'template-text'), text);
    expect(byTestId<HTMLSelectElement>(root, 'template-lang').value).toBe(lang);
    await choose(byTestId(root, 'template-lang'), 'en');
    await type(byTestId(root, 'template-text'), `${text} 訂單`);
    expect(byTestId<HTMLSelectElement>(root, 'template-lang').value).toBe('en');
  });

  test.each([
    ['Please calm down, {customerName}.', '“calm down”'],
    ['As I said, policy says you must wait.', '“as i said”, “policy says”, “you must”'],
    ['请冷静一点，这是规定。', '“冷静一点”, “这是规定”'],
  ])('wording that escalates is flagged in the editor and on the saved card: %s', async (text, named) => {
    const root = await show();
    await click(byTestId(root, 'template-new'));
    await type(byTestId(root, 'template-text'), text);
    expect(byTestId(root, 'template-escalators').textContent).toContain(named);
    await click(byTestId(root, 'template-save'));
    expect(byTestId(card(root, 'custom-1'), 'template-card-escalators').textContent).toContain(named);
  });

  test('calm wording carries no warning', async () => {
    const root = await show(withMine());
    await click(byTestId(root, 'template-new'));
    await type(byTestId(root, 'template-text'), 'I understand, and I will sort this out today.');
    expect(root.querySelector('[data-testid="template-escalators"]')).toBeNull();
    expect(root.querySelector('[data-testid="template-card-escalators"]')).toBeNull();
  });

  test('editing one of my templates changes it in storage, and can clear a list', async () => {
    const root = await show({ version: 2, custom: [{ ...MINE, disc: ['D'] }], hidden: [] });
    await click(byTestId(card(root, 'custom-1'), 'template-edit'));
    expect(byTestId<HTMLTextAreaElement>(root, 'template-text').value).toBe(MINE.text);
    await type(byTestId(root, 'template-text'), 'I am sorry about the refund for {orderId}.');
    await click(byTestId(root, 'template-disc-D'));
    await click(byTestId(root, 'template-save'));
    const [saved] = (await loadTemplateState()).custom;
    expect(saved?.text).toBe('I am sorry about the refund for {orderId}.');
    expect(saved?.disc).toBeUndefined();
    expect(saved?.tags).toEqual(['refund']);
  });

  test('built-in templates cannot be edited or deleted, only duplicated or hidden', async () => {
    const root = await show();
    const builtin = card(root, 'b-en-empathy');
    expect(builtin.querySelector('[data-testid="template-edit"]')).toBeNull();
    expect(builtin.querySelector('[data-testid="template-delete"]')).toBeNull();
    expect(builtin.querySelector('[data-testid="template-duplicate"]')).not.toBeNull();
    expect(builtin.querySelector('[data-testid="template-hide"]')).not.toBeNull();
  });
});

describe('duplicate, delete, hide, restore', () => {
  test('duplicating a built-in makes an editable copy of it', async () => {
    const root = await show();
    await click(byTestId(card(root, 'b-en-resolve-c'), 'template-duplicate'));
    const { custom } = await loadTemplateState();
    expect(custom).toHaveLength(1);
    const { id: _a, builtin: _b, ...copy } = custom[0] as Template;
    const { id: _c, builtin: _d, ...source } = BUILTINS[1] as Template;
    expect(copy).toEqual(source);
    expect(custom[0]?.builtin).toBe(false);
    expect(byTestId<HTMLTextAreaElement>(root, 'template-text').value).toBe(BUILTINS[1]?.text);
    expect(status(root)).toBe('Copy created; you can edit it now');
  });

  test('delete asks once more, then removes only that template', async () => {
    const other = { ...MINE, id: 'custom-2', text: 'Another one.' };
    const root = await show({ version: 2, custom: [MINE, other], hidden: [] });
    await click(byTestId(card(root, 'custom-1'), 'template-delete'));
    expect((await loadTemplateState()).custom).toHaveLength(2);
    const confirm = byTestId(card(root, 'custom-1'), 'template-delete-confirm');
    expect(document.activeElement).toBe(confirm);
    await click(confirm);
    expect((await loadTemplateState()).custom.map((t) => t.id)).toEqual(['custom-2']);
    expect(ids(root)).not.toContain('custom-1');
    expect(status(root)).toBe('Template deleted');
  });

  test('a hidden built-in leaves the list, waits under "Hidden", and comes back on restore', async () => {
    const root = await show();
    await click(byTestId(card(root, 'b-en-empathy'), 'template-hide'));
    expect((await loadTemplateState()).hidden).toEqual(['b-en-empathy']);
    expect(ids(root)).not.toContain('b-en-empathy');
    expect(status(root)).toBe('Template hidden; find it under "Hidden"');
    expect(document.activeElement).toBe(byTestId(root, 'template-count'));

    await choose(byTestId(root, 'template-filter-show'), 'hidden');
    expect(ids(root)).toEqual(['b-en-empathy']);
    await click(byTestId(card(root, 'b-en-empathy'), 'template-restore'));
    expect((await loadTemplateState()).hidden).toEqual([]);
    expect(byTestId(root, 'template-empty').textContent).toBe('No built-in templates are hidden.');

    await choose(byTestId(root, 'template-filter-show'), 'all');
    expect(ids(root)).toContain('b-en-empathy');
  });

  test('restore all brings every hidden built-in back', async () => {
    const root = await show({ version: 2, custom: [], hidden: ['b-en-empathy', 'b-zh-thank'] });
    expect(ids(root)).toEqual(['b-en-resolve-c']);
    await choose(byTestId(root, 'template-filter-show'), 'hidden');
    await click(byTestId(root, 'template-restore-all'));
    expect((await loadTemplateState()).hidden).toEqual([]);
  });
});

describe('import and export', () => {
  const badFile = `{
  "schema": "heartline.templates",
  "version": 1,
  "templates": [
    { "id": "ok-1", "step": "hear", "kind": "hear", "lang": "en", "text": "Tell me more." },
    { "id": "bad-1", "step": "listen", "kind": "hear", "lang": "en", "text": "" },
    { "id": "bad-2", "step": "thank", "kind": "closing", "lang": "fr", "text": "Merci",
      "emotions": ["anger", "rage"] }
  ]
}`;

  test('a file with problems changes nothing and lists every problem with its place', async () => {
    const before = withMine();
    const root = await show(before);
    const stored = await fakeBrowser.storage.local.get(null);
    await pickFile(root, badFile);

    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
    expect(ids(root)).toEqual(['custom-1', 'b-en-empathy', 'b-en-resolve-c', 'b-zh-thank']);
    const box = byTestId(root, 'template-import-problems');
    expect(box.getAttribute('role')).toBe('alert');
    const problems = allByTestId(box, 'problem').map((p) => p.textContent);
    expect(problems).toEqual([
      expect.stringMatching(/^templates\[1\]\.text \(line 6, column \d+\): must be a non-empty text/),
      expect.stringMatching(/^templates\[1\]\.step \(line 6, column \d+\): must be one of .*got "listen"/),
      expect.stringMatching(/^templates\[2\]\.lang \(line 7, column \d+\): must be one of .*got "fr"/),
      expect.stringMatching(/^templates\[2\]\.emotions\[1\] \(line 8, column \d+\): must be one of .*got "rage"/),
    ]);
    expect(status(root)).toBe('Nothing was imported. Fix these problems in the file and try again:');
  });

  test('broken JSON names the line and column once', async () => {
    const root = await show(withMine());
    await pickFile(root, '{\n  "schema": "heartline.templates",\n  "version": 1,\n  "templates": [ , ]\n}');
    const [problem] = allByTestId(root, 'problem').map((p) => p.textContent);
    expect(problem).toMatch(/^\(file\) \(line 4, column \d+\): is not valid JSON$/);
    expect((await loadTemplateState()).custom).toEqual([MINE]);
  });

  test('export downloads JSON built in memory that imports back to the same library', async () => {
    const second: Template = { ...MINE, id: 'custom-2', lang: 'zh-Hant', text: '您好，{customerName}，訂單已處理。' };
    const root = await show({ version: 2, custom: [MINE, second], hidden: ['b-zh-thank'] });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:heartline/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    await click(byTestId(root, 'template-export'));
    expect(create).toHaveBeenCalledOnce();
    expect(clicks[0]?.download).toMatch(/^heartline-templates-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicks[0]?.href).toBe('blob:heartline/1');
    await settle();
    expect(revoke).toHaveBeenCalledWith('blob:heartline/1');
    expect(status(root)).toBe('Exported 2 templates');

    const text = await (blobs[0] as Blob).text();
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ schema: 'heartline.templates', version: 1 });
    expect(parsed.templates).toHaveLength(2);

    // Into an empty library, through the same file input the agent uses.
    view?.unmount();
    await fakeBrowser.storage.local.clear();
    const fresh = await show();
    await pickFile(fresh, text);
    expect((await loadTemplateState()).custom).toEqual([MINE, second]);
    expect(status(fresh)).toBe('Imported: 2 added, 0 already in your library, 0 given a new id');

    // The same file again changes nothing.
    await pickFile(fresh, text);
    expect((await loadTemplateState()).custom).toEqual([MINE, second]);
    expect(status(fresh)).toBe('Imported: 0 added, 2 already in your library, 0 given a new id');
  });

  test('with nothing of my own there is nothing to export', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    const root = await show();
    await click(byTestId(root, 'template-export'));
    expect(create).not.toHaveBeenCalled();
    expect(status(root)).toBe('You have no templates of your own to export yet.');
  });
});

describe('language', () => {
  test('labels follow the UI language', async () => {
    uiLang.value = 'zh-Hant';
    const root = await show(withMine());
    expect(byTestId(root, 'template-count').textContent).toBe('共 4 個範本，顯示 4 個');
    expect(card(root, 'b-en-empathy').textContent).toContain('內建');
    expect(byTestId(root, 'template-export').textContent).toBe('匯出我的範本');
  });
});
