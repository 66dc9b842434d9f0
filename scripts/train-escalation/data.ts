/**
 * Training messages: every escalation set in tests/fixtures/escalation except the blind rounds. A set's round
 * is its file name before the language ("fresh9-zh-hant.json" → fresh9; "en.json" → base), so the 简 and 繁
 * versions of one message always fall on the same side of a cross-validation split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessage } from '../../lib/analysis';
import { ESCALATION_FLAGS, type EscalationFlag } from '../../lib/types';
import { readTsv } from '../eval-lib/tsv';
import { textHash as bucketHash, trainDir } from '../train/data';
import type { EscalationTrainConfig } from './config';

export type SetLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export interface EscalationRow {
  text: string;
  flags: ReadonlySet<EscalationFlag>;
  round: string;
  language: SetLanguage;
  /** The set's file name. */
  file: string;
  /** What the row counts for in training (1 unless said). */
  weight?: number;
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
      rows.push({ text: c.text, flags, round, language: set.language, file });
    }
  }
  return { rows, files };
}

/** Language group of a set: the thresholds are chosen per group (0 English, 1 Chinese). */
export function groupOf(language: SetLanguage): number {
  return language === 'en' ? 0 : 1;
}

/** FNV-1a over UTF-16 units: how historic-rules.json names a message. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

interface Historic {
  rounds: Record<string, { commit: string; files: Record<string, [string, EscalationFlag[]][]> }>;
}

/**
 * The rules' flags on a message as scored blind when its round was added (historic-rules.json), keyed by file
 * and text hash; rows of rounds without a record are absent.
 */
export function historicRules(path: string): Map<string, ReadonlySet<EscalationFlag>> {
  const h = JSON.parse(readFileSync(path, 'utf8')) as Historic;
  const out = new Map<string, ReadonlySet<EscalationFlag>>();
  for (const r of Object.values(h.rounds))
    for (const [file, cases] of Object.entries(r.files))
      for (const [hash, flags] of cases) out.set(`${file}\0${hash}`, new Set(flags));
  return out;
}

export function historicKey(row: EscalationRow): string {
  return `${row.file}\0${textHash(row.text)}`;
}

export const BACKGROUND = 'background';

/**
 * Ordinary text from the shared training corpora (config.ts `background`): `train` rows join every training run
 * as negatives; `check` rows are never trained on; `tune` rows (short ones, never trained on, disjoint from both)
 * bound how low a threshold may go (config.ts `background.short`). Rows the rules flag are left out of all three. Call with the
 * escalation model uninstalled, so "the rules flag" means the rules alone.
 */
export function loadBackground(
  cfg: EscalationTrainConfig,
  dir = trainDir(),
): { train: EscalationRow[]; check: EscalationRow[]; tune: EscalationRow[] } {
  const train: EscalationRow[] = [];
  const check: EscalationRow[] = [];
  const tune: EscalationRow[] = [];
  const { short } = cfg.background;
  for (const { file, percent } of cfg.background.files) {
    const language: SetLanguage = file.includes('zh-hans') ? 'zh-Hans' : 'en';
    const shortChars = language === 'en' ? short.latinChars : short.hanChars;
    for (const r of readTsv(join(dir, file))) {
      const b = bucketHash(r.text) % 100;
      const into =
        b < percent
          ? train
          : b >= 50 && b < 50 + cfg.background.checkPercent
            ? check
            : b >= short.fromBucket && r.text.trim().length <= shortChars
              ? tune
              : null;
      if (into === null || r.text.trim() === '') continue;
      const text = r.text.length > cfg.background.maxChars ? r.text.slice(-cfg.background.maxChars) : r.text;
      if (analyzeMessage(text).escalation.length > 0) continue;
      into.push({ text, flags: new Set(), round: BACKGROUND, language, file, weight: cfg.background.weight });
    }
  }
  return { train, check, tune };
}

/** The short ordinary messages of short-ordinary.json, as rows with no flag (for the card's short check only). */
export function loadShort(path: string): EscalationRow[] {
  const set = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const out: EscalationRow[] = [];
  for (const language of ['en', 'zh-Hans', 'zh-Hant'] as const)
    for (const text of set[language] as string[])
      out.push({ text, flags: new Set(), round: 'short', language, file: 'short-ordinary.json' });
  return out;
}
