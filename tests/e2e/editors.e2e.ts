// Inserting a reply into the real editors helpdesks use, in real Chromium: the editor's own model must hold the
// agent's draft plus the inserted text, typing must keep working afterwards, and undo must take it back out.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEditorsPage, distDir } from '../../demo/editors/build';
import type { insertText, Way } from '../../lib/page/insert/index';
import type { ReplyBoxTracker } from '../../lib/page/reply-box';
import { CHROME, CHROME_ARGS } from '../../scripts/lib/extension-browser';

declare global {
  interface Window {
    Heartline: {
      insertText: typeof insertText;
      tracker: ReplyBoxTracker;
      drafts: Array<{ text: string; el: Element }>;
    };
  }
}

const root = join(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The shipped modules, bundled the way the content script will carry them. */
async function insertionBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        import { insertText } from './lib/page/insert/index';
        import { findReplyBox, readDraft, trackReplyBox } from './lib/page/reply-box';
        const drafts = [];
        const tracker = trackReplyBox(document, (text, el) => drafts.push({ text, el }));
        window.Heartline = { insertText, findReplyBox, readDraft, tracker, drafts };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

interface Case {
  name: string;
  box: (page: Page) => Locator;
}
const CASES: Case[] = [
  { name: 'textarea', box: (p) => p.locator('#textarea') },
  { name: 'contenteditable', box: (p) => p.locator('#contenteditable') },
  { name: 'shadow', box: (p) => p.locator('#shadow-host [contenteditable]') },
  { name: 'prosemirror', box: (p) => p.locator('#prosemirror .ProseMirror') },
  { name: 'lexical', box: (p) => p.locator('#lexical') },
  { name: 'lexical-plain', box: (p) => p.locator('#lexical-plain') },
  { name: 'draft', box: (p) => p.locator('#draft .public-DraftEditor-content') },
  { name: 'slate', box: (p) => p.locator('#slate [data-slate-editor]') },
  { name: 'quill', box: (p) => p.locator('#quill .ql-editor') },
  { name: 'ckeditor', box: (p) => p.locator('.ck-editor__editable') },
  { name: 'tinymce', box: (p) => p.frameLocator('.tox-edit-area iframe').locator('body') },
];

/** Lines with editor-specific spacing (nbsp, padding, blank paragraphs) normalised away. */
const lines = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

const INSERT = 'dear [name],\nThanks! ';
const PLACEHOLDER = { start: 5, end: 11 };

let browser: Browser;
let server: Server;
let page: Page;

beforeAll(async () => {
  await buildEditorsPage(); // ~2 s; always, so the page never lags behind its sources
  server = await serve(distDir);
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
  const ready = await page.evaluate(() => window.editorsReady);
  expect(ready, errors.join('\n')).toHaveLength(CASES.length);
  await page.addScriptTag({ content: await insertionBundle() });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const modelText = (name: string): Promise<string> =>
  page.evaluate((n) => window.editors[n]!.getText(), name).then(lines);

describe.each(CASES)('$name', ({ name, box }) => {
  test('inserts at the remembered caret into the model, keeps the draft, then typing and undo work', async () => {
    const el = box(page);
    await el.click();
    await page.keyboard.type('Hello world');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(1100); // the draft debounce fires, and editors close their undo group (Quill merges edits within 1 s)

    // The tracker follows this editor (TinyMCE's lives in an iframe) and read its draft.
    const draft = await el.evaluate((box) => {
      const h = box.ownerDocument.defaultView!.top!.Heartline;
      const last = h.drafts.at(-1);
      const current = h.tracker.current();
      return {
        text: last?.text as string,
        fromBox: last?.el === current && (current === box || current.contains(box)),
      };
    });
    expect(lines(draft.text)).toBe('Hello world');
    expect(draft.fromBox).toBe(true);

    // The side panel takes focus: here the page selection moves to other text and a button takes focus.
    await page.click('#note');
    await page.focus('#outside-button');

    const result = await page.evaluate(
      async ([text, ph]) => {
        const h = window.Heartline;
        const t0 = performance.now();
        const r = await h.insertText(h.tracker.current()!, text, { placeholders: [ph] });
        return { ...r, ms: Math.round(performance.now() - t0) };
      },
      [INSERT, PLACEHOLDER] as const,
    );
    expect(result).toMatchObject({ ok: true });
    expect(await modelText(name)).toBe('Hello dear [name],\nThanks! world');

    // The placeholder is selected, so typing replaces it and lands in the model.
    await page.keyboard.type('Sam');
    await expect.poll(() => modelText(name)).toBe('Hello dear Sam,\nThanks! world');

    const seen: string[] = [];
    for (let i = 0; i < 6 && seen.at(-1) !== 'Hello world'; i++) {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(150);
      seen.push(await modelText(name));
    }
    expect(seen, `undo steps: ${JSON.stringify(seen)}`).toContain('Hello world');
    console.log(`${name}: ${JSON.stringify(result)}, Ctrl+Z presses back to the draft: ${seen.length}`);
  });
});

// The second way each editor is offered, for hosts that swallow synthetic pastes. Runs after the main case,
// so each editor already holds 'Hello world'. Draft.js has none: execCommand, line by line or not, leaves its
// model out of step with the DOM (its next click then hangs), so when its paste is refused the caller copies.
const FALLBACKS: Array<{ name: string; way: Way }> = [
  { name: 'textarea', way: 'setRangeText' },
  { name: 'contenteditable', way: 'dom' },
  { name: 'shadow', way: 'dom' },
  { name: 'prosemirror', way: 'execCommand' },
  { name: 'lexical', way: 'execLines' },
  { name: 'lexical-plain', way: 'execLines' },
  { name: 'slate', way: 'beforeinput' },
  { name: 'quill', way: 'execCommand' },
  { name: 'ckeditor', way: 'beforeinput' },
  { name: 'tinymce', way: 'execCommand' },
];

describe.each(FALLBACKS)('$name fallback: $way', ({ name, way }) => {
  test('inserts at the end into the model, and typing continues after it', async () => {
    const box = CASES.find((c) => c.name === name)!.box(page);
    expect(await modelText(name)).toBe('Hello world');
    await box.click();
    await page.keyboard.press('Control+End');
    await page.focus('#outside-button');
    const result = await page.evaluate(
      ([text, w]) => window.Heartline.insertText(window.Heartline.tracker.current()!, text, { ways: [w] }),
      [' Fine\nthanks', way] as const,
    );
    expect(result).toEqual({ ok: true, strategy: expect.stringMatching(new RegExp(`:${way}$`)) });
    expect(await modelText(name)).toBe('Hello world Fine\nthanks');
    await page.keyboard.type(' go');
    await expect.poll(() => modelText(name)).toBe('Hello world Fine\nthanks go');
  });
});

// The real side panel is another window: the page loses focus entirely. Playwright normally pretends every
// page is focused, so that emulation is switched off and another page is brought to the front.
describe('with the page in the background', () => {
  let other: Page;
  beforeAll(async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    other = await page.context().newPage();
  });

  test.each(CASES)('$name still takes the insertion at its caret', async ({ name, box }) => {
    const draft = await modelText(name);
    await page.bringToFront();
    await box(page).click();
    await page.keyboard.press('Control+End');
    // selectionchange is dispatched asynchronously; let the tracker see the caret before focus leaves,
    // as it always has time to when a person moves to the side panel.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    await other.bringToFront();
    expect(await page.evaluate(() => document.hasFocus())).toBe(false);
    const result = await page.evaluate(() => window.Heartline.insertText(window.Heartline.tracker.current()!, ' Bye'));
    expect(result).toMatchObject({ ok: true });
    expect(await modelText(name)).toBe(lines(`${draft} Bye`));
  });
});

// Reply pages open with the customer's message quoted under "On … wrote:", and editors put the caret at the
// top of it. Whatever way the text goes in, it must land above the quote in its own paragraph.
const QUOTE_LINE = 'On Wed, Jul 26, 2023 at 5:20 PM Dana <dana@example.com> wrote:';
const QUOTED_HTML = `<p>${QUOTE_LINE.replace('<', '&lt;').replace('>', '&gt;')}</p><blockquote><p>Where is my refund?</p></blockquote>`;

describe('a reply that opens with the quoted original', () => {
  const blocks = (frame: Locator): Promise<string[]> =>
    frame.evaluate((body) => [...body.children].map((e) => (e.textContent ?? '').trim()));

  test.each<[string, Way[]]>([
    ['CKEditor 4-like iframe, execCommand', ['execCommand']],
    ['CKEditor 4-like iframe, dom fallback', ['dom']],
  ])('%s: above the quote, not glued to "On … wrote:"', async (_name, ways) => {
    const body = page.frameLocator('#quoted-frame').locator('body');
    await body.evaluate((b, html) => {
      b.innerHTML = html;
    }, QUOTED_HTML);
    await body.click();
    await page.keyboard.press('Control+Home');
    await page.focus('#outside-button');
    const result = await body.evaluate(
      (b, w) => b.ownerDocument.defaultView!.top!.Heartline.insertText(b, 'Sorry for the wait.', { ways: w }),
      ways,
    );
    expect(result).toMatchObject({ ok: true });
    const lines = (await blocks(body)).join('\n').split('\n').filter(Boolean);
    expect(lines[0]).toBe('Sorry for the wait.');
    expect(lines[1]).toBe(QUOTE_LINE);
  });

  test('TinyMCE opened with a quote takes the text above it', async () => {
    await page.evaluate((html) => {
      const t = (window as unknown as { tinymce: { activeEditor: { setContent(h: string): void } } }).tinymce;
      t.activeEditor.setContent(html);
    }, QUOTED_HTML);
    const body = page.frameLocator('.tox-edit-area iframe').locator('body');
    await body.click();
    await page.keyboard.press('Control+Home');
    await page.focus('#outside-button');
    const result = await body.evaluate((b) =>
      b.ownerDocument.defaultView!.top!.Heartline.insertText(b, 'Sorry for the wait.'),
    );
    expect(result).toMatchObject({ ok: true });
    const text = await page.evaluate(() => window.editors.tinymce!.getText());
    expect(lines(text).split('\n').slice(0, 2)).toEqual(['Sorry for the wait.', QUOTE_LINE]);
  });

  test.each<[Way]>([['execCommand'], ['setRangeText']])(
    'textarea, %s: above the quote with a blank line',
    async (way) => {
      const area = page.locator('#quoted-textarea');
      await area.fill(`${QUOTE_LINE}\n> Where is my refund?`);
      await area.click();
      await page.keyboard.press('Control+Home');
      await page.focus('#outside-button');
      const result = await area.evaluate(
        (a, w) => window.Heartline.insertText(a, 'Sorry for the wait.', { ways: [w] }),
        way,
      );
      expect(result).toMatchObject({ ok: true });
      expect(await area.inputValue()).toBe(`Sorry for the wait.\n\n${QUOTE_LINE}\n> Where is my refund?`);
    },
  );
});
