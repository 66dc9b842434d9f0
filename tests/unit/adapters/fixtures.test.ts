import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, adapterFor, readConversation } from '@/lib/adapters/registry';
import type { Conversation } from '@/lib/types';
import { loadFixture } from './load-fixture';

const ROOT = join(import.meta.dirname, '../../fixtures/adapters');
const SITES = join(import.meta.dirname, '../../../lib/adapters/sites');

const cases = readdirSync(ROOT).flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ dir, name: f.replace(/\.html$/, ''), html: join(ROOT, dir, f) })),
);

describe('every site adapter is registered and has fixtures', () => {
  const files = readdirSync(SITES)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
  test.each(files)('%s', (id) => {
    expect(ADAPTERS.map((a) => a.id)).toContain(id);
    expect(cases.some((c) => c.dir === id)).toBe(true);
  });
  test('no adapter is registered without a file', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...files].sort());
  });
  test.each(ADAPTERS.map((a) => [a.id, a.provenance] as const))('%s says where its knowledge comes from', (_id, p) => {
    expect(p).toMatch(/20\d\d-\d\d-\d\d/);
  });
});

describe('fixtures read as expected', () => {
  test.each(cases)('$dir/$name', async ({ dir, html }) => {
    const expected = JSON.parse(readFileSync(html.replace(/\.html$/, '.json'), 'utf8')) as Conversation;
    const fx = loadFixture(html);
    try {
      if (dir === 'generic') {
        // Generic fixtures must come from sites no adapter claims.
        expect(adapterFor(fx.url).id).toBe('generic');
      } else {
        const adapter = adapterFor(fx.url);
        expect(adapter.id).toBe(dir);
        // The site adapter itself reads it, not the generic fallback.
        expect(adapter.extract(fx.doc, fx.options)?.source).toBe(dir);
        expect(adapter.root(fx.doc)).not.toBeNull();
      }
      expect(readConversation(fx.doc, fx.url, fx.options)).toEqual(expected);
    } finally {
      await fx.close();
    }
  });
  test.each(cases)('$dir/$name says where it comes from', ({ html }) => {
    const text = readFileSync(html, 'utf8').slice(0, 2000);
    expect(text).toMatch(/<!--[\s\S]*?(Captured|Built from|Written)/);
    expect(existsSync(html.replace(/\.html$/, '.json'))).toBe(true);
  });
});
