import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeConversation, analyzeMessage, MAX_EVIDENCE, MAX_MESSAGES } from '@/lib/analysis';
import {
  type ConversationMessage,
  EMOTIONS,
  ESCALATION_FLAGS,
  type Evidence,
  type MessageAnalysis,
  type Role,
} from '@/lib/types';
import { hostileText, hugeText, SEED } from './hostile';

// Whatever a page throws at it, the analyzer returns a well-formed result quickly, and its evidence
// points at the customer's own characters (the panel highlights them in the page by these offsets).

const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'mixed', 'und'];
const LABELS = ['neutral', ...EMOTIONS];
/** The result must not grow with the input: it crosses to the panel as a message. */
const MAX_RESULT_JSON = 64 * 1024;

function expectInRange(x: number, lo: number, hi: number, what: string): void {
  expect(Number.isFinite(x), `${what} is finite`).toBe(true);
  expect(x, what).toBeGreaterThanOrEqual(lo);
  expect(x, what).toBeLessThanOrEqual(hi);
}

function expectEvidenceIn(ev: Evidence, text: string): void {
  expect(Number.isInteger(ev.start) && Number.isInteger(ev.end)).toBe(true);
  expect(ev.start).toBeGreaterThanOrEqual(0);
  expect(ev.end).toBeGreaterThanOrEqual(ev.start);
  expect(ev.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  expect(Number.isFinite(ev.weight)).toBe(true);
}

function expectWellFormed(a: MessageAnalysis): void {
  expect(LANGUAGES).toContain(a.language);
  expect(LABELS).toContain(a.primary);
  expect(Object.keys(a.emotions).sort()).toEqual([...EMOTIONS].sort());
  for (const e of EMOTIONS) expectInRange(a.emotions[e], 0, 1, e);
  expectInRange(a.intensity, 0, 1, 'intensity');
  expectInRange(a.valence, -1, 1, 'valence');
  expectInRange(a.urgency, 0, 1, 'urgency');
  expect(new Set(a.escalation).size).toBe(a.escalation.length);
  for (const f of a.escalation) expect(ESCALATION_FLAGS).toContain(f);
  expect(a.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE * MAX_MESSAGES);
  expect(JSON.stringify(a).length).toBeLessThanOrEqual(MAX_RESULT_JSON * 4);
}

describe('analyzeMessage on hostile text', () => {
  test('never throws, stays in range, and every evidence span is the text at its offsets', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, keepQuoted) => {
        const a = analyzeMessage(text, { keepQuoted });
        expectWellFormed(a);
        expect(a.reason).not.toBe('error');
        expect(a.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
        for (const ev of a.evidence) expectEvidenceIn(ev, text);
        expect(JSON.stringify(a).length).toBeLessThanOrEqual(MAX_RESULT_JSON);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  test('1–10 MB strings are cut to the tail, offsets still in the original', () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        const a = analyzeMessage(text);
        expectWellFormed(a);
        expect(a.reason).not.toBe('error');
        for (const ev of a.evidence) expectEvidenceIn(ev, text);
        expect(JSON.stringify(a).length).toBeLessThanOrEqual(MAX_RESULT_JSON);
      }),
      { seed: SEED, numRuns: 6 },
    );
  });

  test.each([
    ['a lone high surrogate', '\ud83d'],
    ['a lone low surrogate after a cue', 'angry \ude21'],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff'],
    ['a cue split by zero-width characters', 'an\u200bgry and fu\u00adrious'],
    ['right-to-left override around a cue', '\u202eangry\u202c'],
    ['markup around a cue', '<img src=x onerror=alert(1)>I am so angry</img>'],
    ['NUL bytes', 'refund\u0000\u0000now'],
  ])('%s', (_name, text) => {
    const a = analyzeMessage(text);
    expectWellFormed(a);
    expect(a.reason).not.toBe('error');
    for (const ev of a.evidence) expectEvidenceIn(ev, text);
  });
});

const role = fc.constantFrom<Role>('customer', 'agent', 'system', 'unknown');
const message: fc.Arbitrary<ConversationMessage> = fc.record(
  { role, text: hostileText, author: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) },
  { requiredKeys: ['role', 'text'] },
);

describe('analyzeConversation on hostile conversations', () => {
  test('never throws; per-message results and evidence point into the right message', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 80 }), (messages) => {
        const c = analyzeConversation(messages);
        expectWellFormed(c);
        expect(['escalating', 'calming', 'steady']).toContain(c.trend);
        if (c.turningPoint !== null) {
          expect(Number.isInteger(c.turningPoint)).toBe(true);
          expect(c.turningPoint).toBeGreaterThanOrEqual(0);
          expect(c.turningPoint).toBeLessThan(messages.length);
        }
        expect(c.messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
        for (const r of c.messages) {
          expect(r.index).toBeGreaterThanOrEqual(0);
          expect(r.index).toBeLessThan(messages.length);
          expect(r.role).toBe(messages[r.index]!.role);
          expectWellFormed(r.analysis);
          for (const ev of r.analysis.evidence) expectEvidenceIn(ev, messages[r.index]!.text);
        }
        for (const ev of c.evidence) {
          expect(ev.messageIndex).toBeDefined();
          expect(ev.messageIndex).toBeGreaterThanOrEqual(0);
          expect(ev.messageIndex).toBeLessThan(messages.length);
          expectEvidenceIn(ev, messages[ev.messageIndex!]!.text);
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  test('a conversation of fifty 1 MB messages finishes', () => {
    const big = 'I am so angry about this refund!!! '.repeat(30_000);
    const messages = Array.from({ length: 60 }, (_, i) => ({ role: 'customer' as const, text: `${i} ${big}` }));
    const c = analyzeConversation(messages);
    expectWellFormed(c);
    expect(c.primary).not.toBe('neutral');
  });
});
