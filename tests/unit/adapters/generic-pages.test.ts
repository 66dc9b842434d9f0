// The generic reader on pages laid out like real helpdesks, forums, chats and webmail (tests/fixtures/generic):
// what it reads, who it says wrote each message, whether it says it is unsure, and, on reply pages, which
// part of the reply box is the agent's draft.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UNSURE_BELOW } from '@/lib/adapters/generic';
import { adapterFor, readConversation } from '@/lib/adapters/registry';
import { findReplyBox, readDraft } from '@/lib/page/reply-box';
import type { Conversation } from '@/lib/types';
import { loadFixture } from './load-fixture';

const ROOT = join(import.meta.dirname, '../../fixtures/generic');

interface Expected {
  conversation: Omit<Conversation, 'confidence'> | null;
  /** The reader says it may be wrong (the panel then offers the picker). */
  unsure: boolean;
  /** On a reply page: the agent's part of the reply box. */
  draft?: string;
}

const cases = readdirSync(ROOT)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f.replace(/\.html$/, ''), html: join(ROOT, f) }));

describe('generic reader on real-shaped pages', () => {
  test.each(cases)('$name', async ({ html }) => {
    const expected = JSON.parse(readFileSync(html.replace(/\.html$/, '.json'), 'utf8')) as Expected;
    const fx = loadFixture(html);
    try {
      expect(adapterFor(fx.url).id).toBe('generic');
      const got = readConversation(fx.doc, fx.url, fx.options);
      const { confidence, ...rest } = got ?? ({} as Conversation);
      expect(got ? rest : null).toEqual(expected.conversation);
      expect((confidence ?? 0) < UNSURE_BELOW).toBe(expected.unsure);
      if (expected.draft !== undefined) {
        const box = findReplyBox(fx.doc);
        expect(box).not.toBeNull();
        expect(readDraft(box as Element)).toBe(expected.draft);
      }
    } finally {
      await fx.close();
    }
  });

  test.each(cases)('$name says where it comes from', ({ html }) => {
    expect(readFileSync(html, 'utf8').slice(0, 2000)).toMatch(/<!--[\s\S]*?(Captured|Built from|Written)/);
  });
});
