import * as limits from '../analysis/limits';
import { DISC_STYLES, type DiscCue, type DiscStyle } from '../types';
import { EN_RULES } from './lexicon/en';
import { ZH_HANS_RULES } from './lexicon/zh-hans';
import { ZH_HANT_RULES } from './lexicon/zh-hant';
import * as needs from './needs';
import { GramTable } from './prefix';
import type { CueRule } from './rule';
import * as structure from './structure';

// Imports read once into module constants, as lib/analysis/message.ts does: run as CommonJS (tsx, the batch
// command), each use of an imported binding is a getter call, and these sit on the per-message path.
const { MAX_MESSAGE_CHARS, tailStart } = limits;
const { hasScript, scriptsOf } = needs;
const { nextCodePoint, shapeCues } = structure;

// Every cue set runs on every message: customers mix languages, and Chinese has no spaces to tell by.
const ALL_RULES: readonly CueRule[] = [...EN_RULES, ...ZH_HANS_RULES, ...ZH_HANT_RULES];

/** Which short character strings the message holds; one table, reused, because messages are read one at a time. */
const GRAMS = new GramTable();

/** Characters of a message read for its style: the same tail the emotion engine reads. */
export const MAX_DISC_CHARS = MAX_MESSAGE_CHARS;
/** Longest evidence text per cue. */
export const SNIPPET_MAX = 60;

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

/** Up to this many lexical matches are de-overlapped pairwise; more use occupancy maps. */
const FEW_CUES = 16;

/** Lexical matches, keeping the longest when spans of the same style overlap (e.g. 麻烦您 vs 麻烦了). */
function lexicalCues(text: string, messageIndex: number): DiscCue[] {
  const found: DiscCue[] = [];
  const scripts = scriptsOf(text);
  GRAMS.fill(text);
  for (const r of ALL_RULES) {
    if (!hasScript(scripts, r.needs)) continue;
    if (r.grams !== null && !GRAMS.any(r.grams)) continue;
    // exec, not matchAll: matchAll copies the regex on every call, which cost more than the matching.
    const re = scripts.plain && r.fast !== null ? r.fast : r.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!m[0]) {
        re.lastIndex = nextCodePoint(text, re.lastIndex);
        continue;
      }
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
  if (found.length <= FEW_CUES) {
    // The usual case: a handful of cues, compared pairwise without allocating anything.
    const kept: DiscCue[] = [];
    for (const c of found) {
      let clash = false;
      for (const k of kept) if (k.style === c.style && k.start < c.end && c.start < k.end) clash = true;
      if (!clash) kept.push(c);
    }
    return kept;
  }
  // One occupancy map per style keeps this linear in the text length, even for a 20,000-character paste.
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

/**
 * The customer's style, read from the last MAX_DISC_CHARS of the message (the window the emotion engine
 * reads), so a 1 MB paste costs what a long email does. Offsets point into the whole message.
 */
export function scoreMessage(whole: string, messageIndex: number): MessageScore {
  const offset = tailStart(whole, MAX_DISC_CHARS);
  const text = offset > 0 ? whole.slice(offset) : whole;
  const lexical = lexicalCues(text, messageIndex);
  let amounts: Uint8Array | null = null;
  const lexicalStyles = new Set<DiscStyle>();
  for (const l of lexical) {
    lexicalStyles.add(l.style);
    if (l.style !== 'C') continue;
    amounts ??= new Uint8Array(text.length);
    amounts.fill(1, l.start, l.end);
  }
  const all: DiscCue[] = lexical;
  for (const c of shapeCues(text, lexicalStyles)) {
    // A number already read as an amount or a date is not counted again as a bare figure.
    if (c.cue === 'figure' && amounts !== null && overlaps(amounts, c.start, c.end)) continue;
    all.push({ ...c, messageIndex, text: '' });
  }
  all.sort((a, b) => a.start - b.start || b.weight - a.weight);

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
    c.end = snippetEnd(text, c.start, c.end);
    c.text = text.slice(c.start, c.end);
    c.start += offset;
    c.end += offset;
    cues.push(c);
  }
  for (const s of DISC_STYLES) scores[s] = Math.min(MESSAGE_STYLE_CAP, round(scores[s]));
  return { scores, cues };
}

/**
 * Where an evidence span ends: its own end when short, else SNIPPET_MAX characters in (never splitting a
 * surrogate pair), so a cue about the whole message ("short sentences") quotes its opening, never all of it.
 */
export function snippetEnd(text: string, start: number, end: number): number {
  if (end - start <= SNIPPET_MAX) return end;
  let cut = start + SNIPPET_MAX;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut;
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
