import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR } from './bundle-files';

// Every resource type is closed unless named: no remote image, font, frame or media can load, even by accident.

function extensionPagesCsp(dir: string): string {
  const csp = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).content_security_policy;
  return typeof csp === 'string' ? csp : csp.extension_pages;
}

const builds = [
  ['chrome', CHROME_DIR],
  ['firefox', FIREFOX_DIR],
].filter(([, dir]) => existsSync(join(dir as string, 'manifest.json')));

describe.each(builds)('%s extension pages CSP', (_name, dir) => {
  const directives = new Map(
    extensionPagesCsp(dir as string)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );

  test("default-src is 'none' and images come only from the package", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
  });

  test('no directive allows a remote or inline source', () => {
    for (const [name, values] of directives) {
      for (const v of values) expect(`${name} ${v}`).not.toMatch(/https?:|\*|data:|blob:|unsafe-/);
    }
  });
});
