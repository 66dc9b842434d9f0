import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';
import type { ContentLanguage } from '@/lib/types';
import fresh from '../../fixtures/coach/fresh-en.json';
import { type FixtureContext, toContext } from './context';

// English replies written in new domains (pets, dentistry, licences, car hire, forms) before the clause readers,
// then tuned on: good ones must stay clean, bad ones must raise one of their expected kinds.
// Rows en-fresh-r2a…r2i-* are round 2's nine probes (each written before the fixes it then drove).

interface Reply {
  id: string;
  lang: ContentLanguage;
  context: FixtureContext;
  text: string;
  expect?: string[];
}

const replies = fresh as Reply[];

function raised(r: Reply): Set<string> {
  const report = coachDraft(r.text, toContext(r.context));
  return new Set([...report.issues.map((i) => i.kind), ...report.fit.map((f) => f.kind)]);
}

test('the fresh English set has ≥10 bad and ≥10 good replies', () => {
  expect(replies.filter((r) => r.lang === 'en' && r.expect).length).toBeGreaterThanOrEqual(10);
  expect(replies.filter((r) => r.lang === 'en' && !r.expect).length).toBeGreaterThanOrEqual(10);
});

describe('fresh English good replies raise nothing', () => {
  test.each(replies.filter((r) => !r.expect).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect([...raised(r)]).toEqual([]);
  });
});

describe('fresh English bad replies raise one of their expected kinds', () => {
  test.each(replies.filter((r) => r.expect).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const kinds = raised(r);
    expect(
      r.expect?.some((k) => kinds.has(k)),
      `${r.text} → [${[...kinds].join(', ')}]`,
    ).toBe(true);
  });
});
