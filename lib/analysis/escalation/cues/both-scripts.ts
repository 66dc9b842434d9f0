import type { Cue, LanguageCues, PairCue } from '../types';
import type { ContextKey, EscalationHantOverrides } from './zh-hant.overrides';

/**
 * The Traditional forms of the Simplified characters in the escalation cues, as `npm run derive:hant` writes
 * them (zh-hant.forms.ts): entries split by spaces, each a Simplified character and then its forms ("们們 台臺檯").
 * Deriving the zh-Hant tables when they are first needed, instead of shipping a second copy of every pattern,
 * keeps the packed extension inside its budget: the forms are a few hundred characters, the copy was 78 KB.
 */
export function parseForms(forms: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const entry of forms.split(' ')) if (entry.length > 1) out.set(entry[0]!, entry.slice(1));
  return out;
}

/**
 * A Simplified pattern that reads both scripts: every Han character with Traditional forms becomes a class of
 * all of them (退订 → 退[订訂]), added inside an existing class. Customers mix scripts and paste text between
 * them, and a message with any Traditional character is read with these tables, so they keep the Simplified
 * forms too.
 */
export function bothScripts(source: string, forms: ReadonlyMap<string, string>): string {
  let out = '';
  let cls: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escaped = source.slice(i, i + 2);
      if (cls === null) out += escaped;
      else cls += escaped;
      i++;
      continue;
    }
    const t = forms.get(c) ?? '';
    if (cls !== null) {
      if (c === ']' && cls !== '' && cls !== '^') {
        out += `[${cls}]`;
        cls = null;
        continue;
      }
      cls += c;
      if (t === '') continue;
      // Added once: the class may already list a Traditional form, before or after this character.
      const rest = source.slice(i + 1, source.indexOf(']', i + 1));
      for (const f of t) if (!cls.includes(f) && !rest.includes(f)) cls += f;
      continue;
    }
    if (c === '[') {
      cls = '';
      continue;
    }
    out += t === '' ? c : `[${c}${t}]`;
  }
  if (cls !== null) throw new Error(`unclosed class in /${source}/`);
  return out;
}

/**
 * Hong Kong's standard forms where OpenCC gives Taiwan's (賬 in 簽賬, 入賬, 賬單 where Taiwan writes 帳; 裏, 綫, 衞,
 * 啓): a cue written once in Simplified reads a Hong Kong customer's text too.
 */
const HONG_KONG_FORMS: Readonly<Record<string, string>> = { 账: '賬', 里: '裏', 线: '綫', 卫: '衞', 启: '啓' };

function withHongKongForms(forms: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const out = new Map(forms);
  for (const [c, hk] of Object.entries(HONG_KONG_FORMS)) {
    const t = out.get(c);
    if (t !== undefined && !t.includes(hk)) out.set(c, t + hk);
  }
  return out;
}

/**
 * The zh-Hant tables: every zh-Hans pattern read in both scripts, minus the cues kept to zh-Hans, plus the
 * cues of Taiwan and Hong Kong, with the regional words added to the context patterns. Throws when an override
 * names a cue zh-Hans lacks or repeats one it has, so an override that no longer fits fails loudly.
 */
export function deriveEscalationCues(
  hans: LanguageCues,
  o: EscalationHantOverrides,
  forms: ReadonlyMap<string, string>,
): LanguageCues {
  const ids = new Set<string>();
  for (const c of [...hans.cues, ...hans.pairs]) {
    if (!c.id) throw new Error(`zh-Hans cue without an id: ${'re' in c ? c.re : c.what}`);
    if (ids.has(c.id)) throw new Error(`zh-Hans cue id used twice: ${c.id}`);
    ids.add(c.id);
  }
  for (const id of Object.keys(o.hansOnly)) if (!ids.has(id)) throw new Error(`hansOnly names no zh-Hans cue: ${id}`);
  for (const { cue } of o.hantOnly) if (ids.has(cue.id)) throw new Error(`hantOnly repeats a zh-Hans id: ${cue.id}`);
  const all = withHongKongForms(forms);
  const both = (r: RegExp): RegExp => new RegExp(bothScripts(r.source, all), r.flags);
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
