import type { PackSource } from '@/lib/analysis/pack';
import type { Emotion, EscalationFlag } from '@/lib/types';
import { deriveList, type ListOverride } from './derive-list';
import { convertHan } from './derive-rules';

/** What a term → number table (intensifiers, downtoners, urgency) holds beyond the converted Simplified one. */
export interface PackTableOverride {
  why: string;
  add?: Readonly<Record<string, number>>;
  drop?: readonly string[];
}

type ListKey = 'negators' | 'contrast' | 'sarcasm' | 'questionWords' | 'stop' | 'expected';
type TableKey = 'intensifiers' | 'downtoners' | 'urgency';

/** How the Traditional emotion pack differs from the Simplified one, beyond the character mapping. */
export type HantPackOverrides = {
  emotions?: Partial<Record<Emotion, Partial<Record<1 | 2 | 3, ListOverride>>>>;
  escalation?: Partial<Record<EscalationFlag, ListOverride>>;
} & Partial<Record<ListKey, ListOverride>> &
  Partial<Record<TableKey, PackTableOverride>>;

const LISTS: readonly ListKey[] = ['negators', 'contrast', 'sarcasm', 'questionWords', 'stop', 'expected'];
const TABLES: readonly TableKey[] = ['intensifiers', 'downtoners', 'urgency'];

function deriveTable(
  where: string,
  hans: Readonly<Record<string, number>>,
  o: PackTableOverride | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [term, m] of Object.entries(hans)) {
    const t = convertHan(term);
    if (t in out && out[t] !== m) throw new Error(`${where}: ${term} converts onto ${t} with another value`);
    out[t] = m;
  }
  for (const d of o?.drop ?? []) {
    if (!(d in out)) throw new Error(`${where}: drop ${JSON.stringify(d)} is not among the converted terms`);
    delete out[d];
  }
  for (const [t, m] of Object.entries(o?.add ?? {})) {
    if (t in out) throw new Error(`${where}: add ${JSON.stringify(t)} is already derived`);
    out[t] = m;
  }
  return out;
}

function unknownKeys(where: string, overrides: object | undefined, known: readonly string[]): void {
  for (const k of Object.keys(overrides ?? {})) {
    if (!known.includes(k)) throw new Error(`Override for ${where}.${k}, which zh-Hans does not have`);
  }
}

/** The Traditional pack: zh-Hans converted term by term, with the regional overrides applied. */
export function derivePack(hans: PackSource, o: HantPackOverrides): PackSource {
  unknownKeys('emotions', o.emotions, Object.keys(hans.emotions));
  const emotions = {} as PackSource['emotions'];
  for (const [emotion, byWeight] of Object.entries(hans.emotions) as [Emotion, Record<number, readonly string[]>][]) {
    const eo = o.emotions?.[emotion] as Record<number, ListOverride> | undefined;
    unknownKeys(`emotions.${emotion}`, eo, Object.keys(byWeight));
    emotions[emotion] = Object.fromEntries(
      Object.entries(byWeight).map(([w, terms]) => [w, deriveList(`emotions.${emotion}.${w}`, terms, eo?.[Number(w)])]),
    );
  }
  unknownKeys('escalation', o.escalation, Object.keys(hans.escalation));
  const escalation = Object.fromEntries(
    (Object.entries(hans.escalation) as [EscalationFlag, readonly string[]][]).map(([flag, terms]) => [
      flag,
      deriveList(`escalation.${flag}`, terms, o.escalation?.[flag]),
    ]),
  );
  const list = (k: ListKey) => deriveList(k, hans[k] ?? [], o[k]);
  const table = (k: TableKey) => deriveTable(k, hans[k], o[k]);
  return {
    id: 'zh-Hant',
    emotions,
    negators: list('negators'),
    intensifiers: table('intensifiers'),
    downtoners: table('downtoners'),
    contrast: list('contrast'),
    sarcasm: list('sarcasm'),
    questionWords: list('questionWords'),
    escalation,
    urgency: table('urgency'),
    stop: list('stop'),
    expected: list('expected'),
  };
}

/** Every `why` in the overrides, for the test that each one says what is regional. */
export function packOverrideWhys(o: HantPackOverrides): string[] {
  const whys: string[] = [];
  for (const byWeight of Object.values(o.emotions ?? {})) for (const lo of Object.values(byWeight)) whys.push(lo.why);
  for (const lo of Object.values(o.escalation ?? {})) whys.push(lo.why);
  for (const k of [...LISTS, ...TABLES]) if (o[k]) whys.push(o[k].why);
  return whys;
}

/** The generated module's text (before formatting). */
export function packModuleSource(pack: PackSource, header: string): string {
  // Weights as bare keys (3: [...]), as the hand-written packs write them.
  const body = JSON.stringify(pack, null, 2).replace(/"([1-3])": \[/g, '$1: [');
  return `${header}
import type { PackSource } from '../pack';

/**
 * Traditional Chinese: the Simplified pack (zh-hans.ts, where the notes on each word family live) converted
 * to Taiwan standard characters, plus Taiwan and Hong Kong wording and Cantonese, minus mainland-only words
 * (zh-hant.overrides.ts). Same weights as the other packs: 3 strong, 2 clear, 1 mild.
 */
export const ZH_HANT: PackSource = ${body};
`;
}
