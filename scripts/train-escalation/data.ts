/**
 * Training messages: every escalation set in tests/fixtures/escalation except the blind rounds. A set's round
 * is its file name before the language ("fresh9-zh-hant.json" → fresh9; "en.json" → base), so the 简 and 繁
 * versions of one message always fall on the same side of a cross-validation split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESCALATION_FLAGS, type EscalationFlag } from '../../lib/types';

export type SetLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export interface EscalationRow {
  text: string;
  flags: ReadonlySet<EscalationFlag>;
  round: string;
  language: SetLanguage;
}

const FILE = /^(?:(.+)-)?(en|zh-hans|zh-hant)\.json$/;

export function roundOf(file: string): string | null {
  const m = FILE.exec(file);
  return m ? (m[1] ?? 'base') : null;
}

export function loadRows(dir: string, blind: readonly string[]): { rows: EscalationRow[]; files: string[] } {
  const rows: EscalationRow[] = [];
  const files: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    const round = roundOf(file);
    if (round === null || blind.includes(round)) continue;
    const set = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      language: SetLanguage;
      cases: { text: string; flags: Record<string, string> }[];
    };
    files.push(file);
    for (const c of set.cases) {
      const flags = new Set<EscalationFlag>();
      for (const f of Object.keys(c.flags)) {
        if (!ESCALATION_FLAGS.includes(f as EscalationFlag)) throw new Error(`${file}: unknown flag ${f}`);
        flags.add(f as EscalationFlag);
      }
      rows.push({ text: c.text, flags, round, language: set.language });
    }
  }
  return { rows, files };
}

/** Language group of a set: the thresholds are chosen per group (0 English, 1 Chinese). */
export function groupOf(language: SetLanguage): number {
  return language === 'en' ? 0 : 1;
}
