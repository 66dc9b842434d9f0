import { DISC_STYLES, type DiscCue, type DiscStyle } from '../types';
import { EN_RULES } from './lexicon/en';
import { ZH_HANS_RULES } from './lexicon/zh-hans';
import { ZH_HANT_RULES } from './lexicon/zh-hant';
import type { CueRule } from './rule';
import { shapeCues } from './structure';

// Every cue set runs on every message: customers mix languages, and Chinese has no spaces to tell by.
const ALL_RULES: readonly CueRule[] = [...EN_RULES, ...ZH_HANS_RULES, ...ZH_HANT_RULES];

/** One rule repeating in a message (five "!" or three order numbers) is one habit, not five pieces of evidence. */
const RULE_REPEAT_CAP = 2;
/** One long message cannot outweigh a whole conversation. */
const MESSAGE_STYLE_CAP = 4;
/** Rules whose repetition is itself the signal (many figures in one message) get their own ceiling. */
const RULE_CAPS: Record<string, number> = { figure: 0.75 };

export interface MessageScore {
  scores: Record<DiscStyle, number>;
  cues: DiscCue[];
}

export function emptyScores(): Record<DiscStyle, number> {
  return { D: 0, I: 0, S: 0, C: 0 };
}

/** Lexical matches, keeping the longest when spans of the same style overlap (e.g. 麻烦您 vs 麻烦了). */
function lexicalCues(text: string, messageIndex: number): DiscCue[] {
  const found: DiscCue[] = [];
  for (const r of ALL_RULES) {
    r.pattern.lastIndex = 0;
    for (const m of text.matchAll(r.pattern)) {
      if (!m[0]) continue;
      found.push({
        style: r.style,
        messageIndex,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        cue: r.cue,
        weight: r.weight,
      });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight);
  // One occupancy map per style keeps this linear in the text length, even for a 50,000-character paste.
  const taken = new Map<DiscStyle, Uint8Array>();
  const kept: DiscCue[] = [];
  for (const c of found) {
    let map = taken.get(c.style);
    if (!map) {
      map = new Uint8Array(text.length);
      taken.set(c.style, map);
    }
    if (overlaps(map, c.start, c.end)) continue;
    map.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

function overlaps(map: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (map[i]) return true;
  return false;
}

export function scoreMessage(text: string, messageIndex: number): MessageScore {
  const lexical = lexicalCues(text, messageIndex);
  const amounts = new Uint8Array(text.length);
  for (const l of lexical) if (l.style === 'C') amounts.fill(1, l.start, l.end);
  const shape = shapeCues(text, new Set(lexical.map((c) => c.style)))
    // A number already read as an amount or a date is not counted again as a bare figure.
    .filter((c) => c.cue !== 'figure' || !overlaps(amounts, c.start, c.end))
    .map<DiscCue>((c) => ({ ...c, messageIndex, text: text.slice(c.start, c.end) }));
  const all = [...lexical, ...shape].sort((a, b) => a.start - b.start || b.weight - a.weight);

  const heaviest = new Map<string, number>();
  for (const c of all) {
    const key = `${c.style}:${c.cue}`;
    heaviest.set(key, Math.max(heaviest.get(key) ?? 0, c.weight));
  }
  const perRule = new Map<string, number>();
  const scores = emptyScores();
  // Only cues that still added something are kept as evidence: the tenth "!" explains nothing new.
  const cues: DiscCue[] = [];
  for (const c of all) {
    const key = `${c.style}:${c.cue}`;
    const used = perRule.get(key) ?? 0;
    const cap = RULE_CAPS[c.cue] ?? RULE_REPEAT_CAP * (heaviest.get(key) ?? c.weight);
    const add = Math.min(c.weight, Math.max(0, cap - used));
    if (add <= 0) continue;
    perRule.set(key, used + add);
    scores[c.style] += add;
    cues.push(c);
  }
  for (const s of DISC_STYLES) scores[s] = Math.min(MESSAGE_STYLE_CAP, round(scores[s]));
  return { scores, cues };
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
