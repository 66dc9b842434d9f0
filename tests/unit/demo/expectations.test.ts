import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeConversation } from '@/lib/analysis';
import { installEscalationModel, loadEscalationModel } from '@/lib/analysis/escalation/learned';
import { installModel, loadModel } from '@/lib/model';
import type { ConversationMessage } from '@/lib/types';
import { CONVERSATIONS } from '../../../demo/conversations.js';

// What the panel end-to-end test asks of every demo conversation (tests/e2e/panel.e2e.ts), read here in seconds
// with both learned models: a retrained scorer that adds or takes back a flag shows here before a browser starts.
// The end-to-end test reads the conversation from the page; this reads the demo data the pages are built from.

beforeAll(async () => {
  expect(await loadModel()).not.toBeNull();
  expect(await loadEscalationModel()).not.toBeNull();
});
afterAll(() => {
  installModel(null);
  installEscalationModel(null);
});

describe('every demo conversation reads as its data expects, with both models', () => {
  test.each(CONVERSATIONS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const messages: ConversationMessage[] = c.messages.map((m) => ({ role: m.role, text: m.text }));
    const a = analyzeConversation(messages);
    expect(c.expected.primary).toContain(a.primary);
    const optional = new Set<string>(c.expected.mayAlsoFlag);
    expect(a.escalation.filter((f) => !optional.has(f)).sort()).toEqual([...c.expected.escalation].sort());
  });
});
