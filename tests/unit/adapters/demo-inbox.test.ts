// The demo inbox's own facts (demo/manifest.json, written by its author, not by this reader) checked
// against what the generic reader gets from the captured demo pages. Recapture the fixtures when a
// demo conversation changes.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readConversation } from '@/lib/adapters/registry';
import { conversationFacts } from '@/lib/text/facts';
import { loadFixture } from './load-fixture';

interface DemoFacts {
  id: string;
  customer: { name: string; email: string };
  orderIds: string[];
  messageCount: number;
  customerMessageCount: number;
  lastCustomerMessage: string;
}

const ROOT = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8')) as
  | DemoFacts[]
  | { conversations: DemoFacts[] };
const facts = Array.isArray(manifest) ? manifest : manifest.conversations;
const DIR = join(ROOT, 'tests/fixtures/adapters/generic');
const pages = readdirSync(DIR)
  .filter((f) => /^demo-(helpdesk|mail|chat)-.+\.html$/.test(f))
  .map((f) => ({ file: f, id: f.replace(/^demo-(helpdesk|mail|chat)-/, '').replace(/\.html$/, '') }));

describe('the generic reader reads the demo inbox as its author describes it', () => {
  test('every page kind is covered', () => {
    for (const kind of ['helpdesk', 'mail', 'chat']) expect(pages.some((p) => p.file.includes(`-${kind}-`))).toBe(true);
  });
  test.each(pages)('$file', async ({ file, id }) => {
    const f = facts.find((c) => c.id === id);
    expect(f, `demo/manifest.json has ${id}`).toBeDefined();
    if (!f) return;
    const fx = loadFixture(join(DIR, file));
    try {
      const c = readConversation(fx.doc, fx.url, {});
      expect(c?.source).toBe('generic');
      expect(c?.customer).toEqual(f.customer);
      const spoken = c?.messages.filter((m) => m.role !== 'system') ?? [];
      expect(spoken).toHaveLength(f.messageCount);
      const fromCustomer = spoken.filter((m) => m.role === 'customer');
      expect(fromCustomer).toHaveLength(f.customerMessageCount);
      expect(fromCustomer.at(-1)?.text).toBe(f.lastCustomerMessage);
      expect(c ? conversationFacts(c).orderIds : []).toEqual(expect.arrayContaining(f.orderIds));
    } finally {
      await fx.close();
    }
  });
});
