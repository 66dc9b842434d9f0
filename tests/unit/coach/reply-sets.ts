import { coachDraft } from '@/lib/coach';
import type { ContentLanguage } from '@/lib/types';
import { type FixtureContext, toContext } from './context';

/** One labelled reply: `expect` lists the kinds a bad reply may raise; good replies have none. */
export interface Reply {
  id: string;
  lang: ContentLanguage;
  context: FixtureContext;
  text: string;
  expect?: string[];
}

export const LANGS: readonly ContentLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

/** Every kind the coach raises for a reply: wording issues and fit notes. */
export function raised(r: Reply): Set<string> {
  const report = coachDraft(r.text, toContext(r.context));
  return new Set([...report.issues.map((i) => i.kind), ...report.fit.map((f) => f.kind)]);
}

/** A bad reply is caught when the coach raises at least one of its expected kinds. */
export function caught(r: Reply): boolean {
  const kinds = raised(r);
  return r.expect?.some((k) => kinds.has(k)) ?? false;
}
