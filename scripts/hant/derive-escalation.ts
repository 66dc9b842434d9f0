import { bothScripts as bothScriptsWith, parseForms } from '../../lib/analysis/escalation/cues/both-scripts';
import type { LanguageCues } from '../../lib/analysis/escalation/types';
import { convertHan } from './derive-rules';

export { deriveEscalationCues } from '../../lib/analysis/escalation/cues/both-scripts';

/**
 * Every Traditional form OpenCC gives a Simplified character somewhere in these patterns, as the runtime reads
 * them (both-scripts.ts): "们們 台臺檯", sorted. A character converted differently in two places (台 in 平台 and
 * 台湾) keeps both forms, so the tables read at least what a pattern-by-pattern conversion would.
 */
export function formsOf(sources: readonly string[]): string {
  const forms = new Map<string, Set<string>>();
  for (const s of sources) {
    const t = convertHan(s);
    for (let i = 0; i < s.length; i++) {
      if (t[i] === s[i]) continue;
      const set = forms.get(s[i]!) ?? new Set<string>();
      set.add(t[i]!);
      forms.set(s[i]!, set);
    }
  }
  return [...forms]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([c, f]) => c + [...f].sort().join(''))
    .join(' ');
}

/** Every pattern source of a table: its context patterns, cues and both parts of its pairs. */
export function sourcesOf(cues: LanguageCues): string[] {
  return [
    ...Object.values(cues).flatMap((v) => (v instanceof RegExp ? [v.source] : [])),
    ...cues.cues.map((c) => c.re.source),
    ...cues.pairs.flatMap((p) => [p.what.source, p.act.source]),
  ];
}

/** One pattern read in both scripts, with the forms OpenCC gives its own characters. */
export function bothScripts(source: string): string {
  return bothScriptsWith(source, parseForms(formsOf([source])));
}

/** The generated module's text (unformatted). */
export function formsModuleSource(hans: LanguageCues, header: string): string {
  return [
    header,
    '/** The Traditional forms of the characters in the zh-Hans escalation cues; see both-scripts.ts. */',
    `export const bothScriptsForms = '${formsOf(sourcesOf(hans))}';`,
    '',
  ].join('\n');
}
