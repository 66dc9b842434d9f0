// The site adapters' reply-box selectors feed the one reply-box finder: the draft read from the box it finds
// is the draft the adapters used to put in Conversation.draft (the field is gone; nothing read it).
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { adapterFor } from '@/lib/adapters/registry';
import { findReplyBox, readDraft } from '@/lib/page/reply-box';
import { loadFixture } from './load-fixture';

const ROOT = join(import.meta.dirname, '../../fixtures/adapters');

test.each([
  ['helpscout/conversation-thread-items.html', 'Hi Hannah,'],
  ['helpscout/conversation-wide-layout-zh-hans.html', '王女士您好，'],
  ['zendesk/ticket-internal-zh-hant.html', '陳小姐您好，'],
  ['crisp/operator-chat-en-no-email.html', 'Hi Sam,'],
])('%s', async (file, draft) => {
  const fx = loadFixture(join(ROOT, file));
  try {
    const selectors = adapterFor(fx.url).replyBox;
    expect(selectors?.length).toBeGreaterThan(0);
    const box = findReplyBox(fx.doc, selectors);
    expect(box).not.toBeNull();
    expect(readDraft(box as Element)).toBe(draft);
  } finally {
    await fx.close();
  }
});
