import { bothScripts as bothScriptsWith, parseForms } from '../../lib/analysis/escalation/cues/both-scripts';
import type { LanguageCues } from '../../lib/analysis/escalation/types';
import { convertHan } from './derive-rules';

export { deriveEscalationCues } from '../../lib/analysis/escalation/cues/both-scripts';

/**
 * Variant characters Hong Kong and Taiwan writers type for the standard Traditional form OpenCC gives (我就燒咗你哋間舖,
 * 喺屋企裏面, 電話綫): each is read beside the standard form, so a cue written once catches both.
 */
const WRITTEN_VARIANTS: Readonly<Record<string, string>> = {
  鋪: '舖',
  裡: '裏',
  線: '綫',
  著: '着',
  衛: '衞',
  眾: '衆',
  為: '爲',
  夠: '够',
  群: '羣',
  啟: '啓',
  床: '牀',
  嘆: '歎',
  麵: '麪',
  峰: '峯',
  污: '汚',
};

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
      const variant = WRITTEN_VARIANTS[t[i]!];
      if (variant) set.add(variant);
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
