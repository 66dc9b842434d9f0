import type { ContextKey, EscalationHantOverrides } from '../../lib/analysis/escalation/cues/zh-hant.overrides';
import type { Cue, LanguageCues, PairCue } from '../../lib/analysis/escalation/types';
import { convertHan } from './derive-rules';

/**
 * A Simplified pattern that reads both scripts: every Han character the conversion changes becomes a class of
 * both forms (退订 → 退[订訂]), added inside an existing class. Customers mix scripts and paste text between
 * them, and a message with any Traditional character is read with these tables, so they keep the Simplified
 * forms too.
 */
export function bothScripts(source: string): string {
  const converted = convertHan(source);
  let out = '';
  let cls: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const t = converted[i]!;
    if (c === '\\') {
      const escaped = source.slice(i, i + 2);
      if (cls === null) out += escaped;
      else cls += escaped;
      i++;
      continue;
    }
    if (cls !== null) {
      if (c === ']' && cls !== '' && cls !== '^') {
        out += `[${cls}]`;
        cls = null;
        continue;
      }
      cls += c;
      // Added once: the class may already list the Traditional form, before or after this character.
      const rest = source.slice(i + 1, source.indexOf(']', i + 1));
      if (t !== c && !cls.includes(t) && !rest.includes(t)) cls += t;
      continue;
    }
    if (c === '[') {
      cls = '';
      continue;
    }
    out += t === c ? c : `[${c}${t}]`;
  }
  if (cls !== null) throw new Error(`unclosed class in /${source}/`);
  return out;
}

const both = (r: RegExp): RegExp => new RegExp(bothScripts(r.source), r.flags);

/**
 * The zh-Hant tables: every zh-Hans pattern read in both scripts, minus the cues kept to zh-Hans, plus the
 * cues of Taiwan and Hong Kong, with the regional words added to the context patterns. Throws when an override
 * names a cue zh-Hans lacks or repeats one it has, so an override that no longer fits fails loudly.
 */
export function deriveEscalationCues(hans: LanguageCues, o: EscalationHantOverrides): LanguageCues {
  const ids = new Set<string>();
  for (const c of [...hans.cues, ...hans.pairs]) {
    if (!c.id) throw new Error(`zh-Hans cue without an id: ${'re' in c ? c.re : c.what}`);
    if (ids.has(c.id)) throw new Error(`zh-Hans cue id used twice: ${c.id}`);
    ids.add(c.id);
  }
  for (const id of Object.keys(o.hansOnly)) if (!ids.has(id)) throw new Error(`hansOnly names no zh-Hans cue: ${id}`);
  for (const { cue } of o.hantOnly) if (ids.has(cue.id)) throw new Error(`hantOnly repeats a zh-Hans id: ${cue.id}`);
  const kept = <T extends Cue | PairCue>(c: T) => !(c.id! in o.hansOnly);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hans)) {
    if (!(value instanceof RegExp)) continue;
    const derived = both(value);
    const add = o.context[key as ContextKey]?.add;
    out[key] = add ? new RegExp(`${derived.source}|${add.source}`, derived.flags) : derived;
  }
  out.cues = [...hans.cues.filter(kept).map((c) => ({ ...c, re: both(c.re) })), ...o.hantOnly.map(({ cue }) => cue)];
  out.pairs = hans.pairs.filter(kept).map((p) => ({ ...p, what: both(p.what), act: both(p.act) }));
  return out as unknown as LanguageCues;
}

const FIELD_ORDER = ['id', 'flag', 'kind', 'strength', 'undirected', 'needsHeat', 're', 'what', 'act', 'within'];

function literal(v: unknown): string {
  if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
  if (typeof v === 'string') return `'${v.replace(/[\\']/g, '\\$&')}'`;
  return String(v);
}

function objectSource(o: object): string {
  const keys = Object.keys(o).sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
  return `{ ${keys.map((k) => `${k}: ${literal((o as Record<string, unknown>)[k])}`).join(', ')} }`;
}

/** The generated module's text (unformatted). */
export function escalationModuleSource(cues: LanguageCues, header: string): string {
  const lines = [header, "import type { LanguageCues } from '../types';", ''];
  lines.push('export const ZH_HANT_CUES: LanguageCues = {');
  for (const [key, value] of Object.entries(cues)) {
    if (value instanceof RegExp) lines.push(`${key}: ${literal(value)},`);
  }
  lines.push('cues: [', ...cues.cues.map((c) => `${objectSource(c)},`), '],');
  lines.push('pairs: [', ...cues.pairs.map((p) => `${objectSource(p)},`), '],');
  lines.push('};', '');
  return lines.join('\n');
}
