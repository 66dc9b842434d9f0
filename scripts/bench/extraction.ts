// Section b: how long the conversation reader takes on pages of 50, 500 and 5,000 messages, in
// happy-dom (what the unit tests use) and in real Chromium, where the reader runs as the content script
// would: bundled into an IIFE by esbuild, injected into a page served on 127.0.0.1, timed with
// performance.now() inside the page.
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import '../../lib/adapters/generic';
import { readConversation } from '../../lib/adapters/registry';
import { CHROME, CHROME_ARGS, ROOT } from '../lib/extension-browser';
import { type PageKind, pageHtml } from './pages';
import { fmt, percentile, table } from './report';
import { startPageServer } from './server';

export const SIZES = [50, 500, 5_000] as const;
const KINDS: PageKind[] = ['chat', 'helpdesk'];
/** Timed runs per size (after one untimed warm-up); happy-dom is slow on big pages, so fewer there. */
const RUNS_HAPPY: Record<number, number> = { 50: 20, 500: 8, 5000: 3 };
const RUNS_CHROMIUM: Record<number, number> = { 50: 50, 500: 30, 5000: 10 };
const PAGE_URL = 'http://127.0.0.1/inbox/ticket';

const alias: Plugin = {
  name: 'at-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, async (args) =>
      b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind }),
    );
  },
};

/** The reader as one script that defines `__heartlineRead()` (returns the message count it found). */
export async function readerIife(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import '@/lib/adapters/generic';
        import { readConversation } from '@/lib/adapters/registry';
        (globalThis as any).__heartlineRead = () => readConversation(document, new URL(location.href), {})?.messages.length ?? -1;`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'bench-reader.ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    plugins: [alias],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export interface ExtractionRow {
  env: string;
  kind: PageKind;
  size: number;
  p50: number;
  p95: number;
  found: number;
}

function happyDomRuns(kind: PageKind, size: number): { times: number[]; found: number } {
  const win = new Window({ url: PAGE_URL });
  win.document.write(pageHtml(kind, size));
  const doc = win.document as unknown as Document;
  const url = new URL(PAGE_URL);
  let found = readConversation(doc, url, {})?.messages.length ?? -1;
  const times: number[] = [];
  for (let i = 0; i < (RUNS_HAPPY[size] ?? 3); i++) {
    const t0 = performance.now();
    found = readConversation(doc, url, {})?.messages.length ?? -1;
    times.push(performance.now() - t0);
  }
  win.happyDOM.abort();
  win.close();
  return { times, found };
}

async function chromiumRuns(): Promise<ExtractionRow[]> {
  const server = await startPageServer();
  server.set('/reader.js', await readerIife(), 'text/javascript; charset=utf-8');
  const browser = await chromium.launch({ executablePath: CHROME, headless: false, args: CHROME_ARGS });
  const rows: ExtractionRow[] = [];
  try {
    const page = await browser.newPage();
    for (const kind of KINDS) {
      for (const size of SIZES) {
        server.set(`/${kind}-${size}.html`, pageHtml(kind, size, '<script src="/reader.js"></script>'));
        await page.goto(`${server.url}/${kind}-${size}.html`);
        const { times, found } = await page.evaluate((runs) => {
          const read = (globalThis as unknown as { __heartlineRead: () => number }).__heartlineRead;
          let n = read();
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            n = read();
            out.push(performance.now() - t0);
          }
          return { times: out, found: n };
        }, RUNS_CHROMIUM[size] ?? 10);
        rows.push({ env: 'Chromium', kind, size, p50: percentile(times, 50), p95: percentile(times, 95), found });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

export async function runExtraction(): Promise<ExtractionRow[]> {
  const rows: ExtractionRow[] = [];
  for (const kind of KINDS) {
    for (const size of SIZES) {
      const { times, found } = happyDomRuns(kind, size);
      rows.push({ env: 'happy-dom', kind, size, p50: percentile(times, 50), p95: percentile(times, 95), found });
    }
  }
  try {
    rows.push(...(await chromiumRuns()));
  } catch (error) {
    console.log(`Chromium part skipped: ${(error as Error).message.split('\n')[0]}`);
  }
  console.log(
    table(
      ['environment', 'page', 'messages', 'runs', 'p50 ms', 'p95 ms', 'read'],
      rows.map((r) => [
        r.env,
        r.kind,
        r.size.toLocaleString('en-US'),
        String((r.env === 'happy-dom' ? RUNS_HAPPY : RUNS_CHROMIUM)[r.size]),
        fmt(r.p50, 2),
        fmt(r.p95, 2),
        String(r.found),
      ]),
    ),
  );
  console.log(
    `\nread = messages returned (the readers keep the newest 50). Reader bundle built from ${join('lib', 'adapters')}.`,
  );
  return rows;
}
