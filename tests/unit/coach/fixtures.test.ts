import { describe, expect, test } from 'vitest';
import { COACH_ISSUE_KINDS, coachDraft, FIT_KINDS } from '@/lib/coach';
import type { ContentLanguage } from '@/lib/types';
import bad from '../../fixtures/coach/bad.json';
import good from '../../fixtures/coach/good.json';
import { type FixtureContext, toContext } from './context';

interface GoodReply {
  id: string;
  lang: ContentLanguage;
  context: FixtureContext;
  text: string;
}
interface BadReply extends GoodReply {
  expect: string[];
}

const goodReplies = good as GoodReply[];
const badReplies = bad as BadReply[];
const KNOWN_KINDS = new Set<string>([...COACH_ISSUE_KINDS, ...FIT_KINDS]);

describe('fixture sets are big enough and well formed', () => {
  test.each(['en', 'zh-Hans', 'zh-Hant'] as const)('%s has ≥15 good and ≥25 bad replies', (lang) => {
    expect(goodReplies.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(15);
    expect(badReplies.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(25);
  });
  test('every expected kind is a real issue or fit kind', () => {
    for (const r of badReplies) {
      expect(r.expect.length, r.id).toBeGreaterThan(0);
      for (const k of r.expect) expect(KNOWN_KINDS.has(k), `${r.id}: ${k}`).toBe(true);
    }
  });
});

describe('good replies raise nothing', () => {
  test.each(goodReplies.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const report = coachDraft(r.text, toContext(r.context));
    expect(report.lang).toBe(r.lang);
    expect(report.issues).toEqual([]);
    expect(report.fit).toEqual([]);
  });
});

describe('bad replies raise exactly the expected kinds', () => {
  test.each(badReplies.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const report = coachDraft(r.text, toContext(r.context));
    expect(report.lang).toBe(r.lang);
    const raised = new Set([...report.issues.map((i) => i.kind), ...report.fit.map((f) => f.kind)]);
    expect([...raised].sort()).toEqual([...new Set(r.expect)].sort());
    for (const issue of report.issues) expect(r.text.slice(issue.start, issue.end)).toBe(issue.text);
  });
});
