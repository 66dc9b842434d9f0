import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeConversation } from '@/lib/analysis';
import { COACH_ISSUE_KINDS, coachDraft, FIT_KINDS } from '@/lib/coach';
import { guessDisc } from '@/lib/disc';
import { CONTENT_LANGUAGES, type ConversationMessage, DISC_STYLES, IHEART_STEPS, type Role } from '@/lib/types';
import { hostileText, hugeText, piece, SEED } from './hostile';

// The style guess reads every customer message and the coach reads whatever the agent typed or pasted:
// both must survive anything, stay in range, and point at real characters of their input.

const STYLE_AND_COACH_CUES = [
  'ASAP',
  'immediately',
  'exactly',
  'order #123456',
  'maybe',
  'could you please',
  'lol',
  'haha',
  'step by step',
  "It's not our fault.",
  'Calm down.',
  'As I said,',
  'per our policy',
  'I understand how frustrating this is.',
  'I will refund you by Friday.',
  '马上',
  '立刻',
  '请问',
  '不是我们的问题',
  '请您冷静',
  '按规定',
  '非常抱歉',
  '我們會在今天處理',
];
const text = fc
  .array(
    fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...STYLE_AND_COACH_CUES) }, { weight: 3, arbitrary: piece }),
    {
      maxLength: 40,
    },
  )
  .map((p) => p.join(''));
const role = fc.constantFrom<Role>('customer', 'agent', 'system', 'unknown');
const messages: fc.Arbitrary<ConversationMessage[]> = fc.array(fc.record({ role, text }), { maxLength: 60 });

describe('guessDisc on hostile conversations', () => {
  test('never throws; scores, confidence and cue offsets are valid', () => {
    fc.assert(
      fc.property(messages, fc.integer({ min: 0, max: 5 }), (ms, minMessages) => {
        const r = guessDisc(ms, { minMessages });
        if (r.style === null) {
          expect(r.secondary).toBeNull();
          expect(r.reason).toBeTruthy();
        } else {
          expect(DISC_STYLES).toContain(r.style);
          expect(r.secondary).not.toBe(r.style);
        }
        for (const s of DISC_STYLES) {
          expect(Number.isFinite(r.scores[s])).toBe(true);
          expect(r.scores[s]).toBeGreaterThanOrEqual(0);
        }
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const c of r.cues) {
          const m = ms[c.messageIndex];
          expect(m, 'cue points at a message').toBeDefined();
          expect(m!.role === 'customer' || m!.role === 'unknown').toBe(true);
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(m!.text.length);
          expect(m!.text.slice(c.start, c.end)).toBe(c.text);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  // The style guess runs on the panel's thread on every update. Sizes here stay small enough that a
  // quadratic step fails in seconds instead of hanging the suite.
  test('a 5,000-character message of repeated hostile pieces is read', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (parts) => {
        const sample = parts.join('') || 'x';
        const big = sample.repeat(Math.ceil(5_000 / sample.length)).slice(0, 5_000);
        const r = guessDisc([{ role: 'customer', text: big }]);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: 6 },
    );
  });

  // 50,000 characters is what the readers and the paste box let through.
  test.each([
    ['English cues', 'I need this ASAP, order #123456, maybe today? ', 50_000],
    ['Chinese cues', '马上处理。', 50_000],
    ['emoji', '😡', 5_000],
  ])('%s repeated to %d characters are read in under a second', (_name, sample, size) => {
    const big = sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
    guessDisc([{ role: 'customer', text: big }]);
  });
});

describe('coachDraft on hostile drafts', () => {
  const ctx = fc.record(
    {
      lang: fc.constantFrom(...CONTENT_LANGUAGES),
      analysis: fc.option(
        fc
          .array(hostileText, { maxLength: 4 })
          .map((t) => analyzeConversation(t.map((x) => ({ role: 'customer', text: x })))),
        { nil: null },
      ),
    },
    { requiredKeys: [] },
  );

  test('never throws; issues point at the draft and the report is well-formed', () => {
    fc.assert(
      fc.property(text, ctx, (draft, context) => {
        const r = coachDraft(draft, context);
        expect(CONTENT_LANGUAGES).toContain(r.lang);
        expect(Object.keys(r.coverage).sort()).toEqual([...IHEART_STEPS].sort());
        for (const step of r.missing) expect(IHEART_STEPS).toContain(step);
        for (const f of r.fit) expect(FIT_KINDS).toContain(f.kind);
        for (const i of r.issues) {
          expect(COACH_ISSUE_KINDS).toContain(i.kind);
          expect(i.start).toBeGreaterThanOrEqual(0);
          expect(i.end).toBeLessThanOrEqual(draft.length);
          expect(draft.slice(i.start, i.end)).toBe(i.text);
          expect(i.alternative.length).toBeGreaterThan(0);
        }
        expect(r.empty).toBe(draft.trim() === '');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('a 1–10 MB pasted draft is coached', () => {
    fc.assert(
      fc.property(hugeText, (big) => {
        const r = coachDraft(big);
        for (const i of r.issues) expect(big.slice(i.start, i.end)).toBe(i.text);
      }),
      { seed: SEED, numRuns: 2 },
    );
  });
});
