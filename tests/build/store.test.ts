import { readFileSync } from 'node:fs';
import addonsLinter from 'addons-linter';
import { describe, expect, test } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR, listFiles, rel } from './bundle-files';

// What Mozilla's review runs on every upload, run here on the Firefox build: the store takes the
// package only with zero errors, and Heartline keeps zero warnings too.

interface Finding {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

async function lint(dir: string): Promise<LintResult> {
  const linter = addonsLinter.createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  return (await linter.run()) as LintResult;
}

const show = (list: Finding[]) => list.map((f) => `${f.code} ${f.file ?? ''}: ${f.message}`);

describe('Firefox package', () => {
  test('addons-linter finds no error, warning or notice', { timeout: 120_000 }, async () => {
    const result = await lint(FIREFOX_DIR);
    expect(show(result.errors)).toEqual([]);
    expect(show(result.warnings)).toEqual([]);
    expect(show(result.notices)).toEqual([]);
  });
});

describe.each([
  ['chrome-mv3', CHROME_DIR],
  ['firefox-mv2', FIREFOX_DIR],
])('%s store build', (_name, dir) => {
  const code = listFiles(dir).filter((f) => /\.(js|html)$/.test(f));

  test.each(code.map((f) => [rel(dir, f), f]))('%s assigns no HTML string', (_n, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(
      /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write/,
    );
  });

  test('carries nothing of the end-to-end route in', () => {
    // The tests reach the panel with browser switches (scripts/lib/firefox-browser.ts), never with
    // code in the add-on: no test hooks, no pages opened to the web.
    const all = code.map((f) => readFileSync(f, 'utf8')).join('\n');
    // '.e2e' (a test file name), not 'e2e': the model's base64 weights spell that by chance.
    for (const marker of ['remote-allow-system-access', 'webextensions.uuids', '.e2e', '__test']) {
      expect(all).not.toContain(marker);
    }
    const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
