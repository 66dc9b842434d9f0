import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR } from './bundle-files';

// The content script must start without telling the page (WXT's stock context posts its id to the page and
// obeys a page-dispatched "content-script-started" event). wxt.config.ts swaps in lib/page/script-context.ts;
// if a WXT upgrade moves the module, the stock handshake would silently come back. This catches that.

const builds = [
  ['chrome', CHROME_DIR],
  ['firefox', FIREFOX_DIR],
].filter(([, dir]) => existsSync(join(dir as string, 'content-scripts', 'content.js')));

describe.each(builds)('%s content script', (_name, dir) => {
  const code = readFileSync(join(dir as string, 'content-scripts', 'content.js'), 'utf8');

  test("carries Heartline's own context, not WXT's page handshake", () => {
    expect(code).toContain('heartline.content-script-contexts');
    expect(code).not.toContain('content-script-started');
    // Nothing posted to a window; the one postMessage is the snapshot port's (lib/snapshot-channel.ts), an
    // extension API the page cannot see.
    expect(code).not.toMatch(/\b(?:window|self|globalThis|top|parent|opener|frames)\s*\.\s*postMessage\b/);
    expect(code.match(/\bpostMessage\b/g) ?? []).toHaveLength(1);
  });
});

test('at least one build is there to check', () => {
  expect(builds.length).toBeGreaterThan(0);
});
