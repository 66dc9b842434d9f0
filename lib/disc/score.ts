import * as limits from '../analysis/limits';
import type { DiscCue, DiscStyle } from '../types';
import * as caps from './caps';
import { EN_RULES } from './lexicon/en';
import { ZH_HANS_RULES } from './lexicon/zh-hans';
import { ZH_HANT_RULES } from './lexicon/zh-hant';
import type { CueRule } from './rule';
import { StartIndex } from './starts';
import * as structure from './structure';

// Imports read once into module constants, as lib/analysis/message.ts does: run as CommonJS (tsx, the batch
// command), each use of an imported binding is a getter call, and these sit on the per-message path.
const { MAX_MESSAGE_CHARS, tailStart } = limits;
const { nextCodePoint, overlaps, shapeCues, STYLE_BIT } = structure;
const { added, ruleCap } = caps;

// Every cue set runs on every message: customers mix languages, and Chinese has no spaces to tell by.
const ALL_RULES: readonly CueRule[] = [...EN_RULES, ...ZH_HANS_RULES, ...ZH_HANT_RULES];

/** Where each rule can start a match in the message being read; built once, reused message after message. */
const STARTS = new StartIndex(ALL_RULES);

/** Characters of a message read for its style: the same tail the emotion engine reads. */
export const MAX_DISC_CHARS = MAX_MESSAGE_CHARS;
/** Longest evidence text per cue. */
export const SNIPPET_MAX = 60;

/** One long message cannot outweigh a whole conversation. */
const MESSAGE_STYLE_CAP = 4;

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
  STARTS.scan(text);
  const { active, activeCount, begin, end, positions, plain } = STARTS;
  for (let a = 0; a < activeCount; a++) {
    const k = active[a]!;
    const r = ALL_RULES[k]!;
    const first = begin[k]!;
    const last = end[k]!;
    let from = 0;
    if (r.starts === null) {
      // Its starts are too open to try one by one: the text holds what every match needs (or the rule lists
      // nothing, and only Han is checked for a Chinese rule), so scan it whole, as every rule once did.
      if (r.needles === null && r.needs === 'han' && !STARTS.han) continue;
    } else {
      // A global scan finds, from where the last match ended, the first place a match starts; matches can
      // only start at the listed places, so trying those in order with a sticky regex finds the very same
      // matches. Where the places are dense, the engine scans instead, from the first place.
      from = STARTS.firstPlace[k]!;
      if (!STARTS.dense[k]) {
        const re = plain && r.stickyFast !== null ? r.stickyFast : r.stickyPattern;
        let next = 0;
        for (let j = first; j < last; j++) {
          const at = positions[j]!;
          if (at < next) continue;
          re.lastIndex = at;
          const m = re.exec(text);
          if (m === null || !m[0]) continue;
          found.push(cueOf(r, messageIndex, at, m[0]));
          next = at + m[0].length;
        }
        continue;
      }
    }
    const re = plain && r.fast !== null ? r.fast : r.pattern;
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!m[0]) {
        re.lastIndex = nextCodePoint(text, re.lastIndex);
        continue;
      }
      found.push(cueOf(r, messageIndex, m.index, m[0]));
    }
  }
  // Most messages match no rule or one: nothing to sort or de-overlap.
  if (found.length <= 1) return found;
  stableSort(found, longerFirst);
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

const longerFirst = (a: DiscCue, b: DiscCue) => b.end - b.start - (a.end - a.start) || b.weight - a.weight;
const inTextOrder = (a: DiscCue, b: DiscCue) => a.start - b.start || b.weight - a.weight;

/** Past this many cues Array.prototype.sort is used; below it an insertion sort, which allocates nothing. */
const INSERTION_SORT_MAX = 24;

/**
 * Sorts in place, stably, as Array.prototype.sort does (so the order is the same), without the work arrays
 * sort() allocates for every call: a message has a handful of cues, and two sorts a message were a quarter of
 * what the DISC guess allocated.
 */
function stableSort(list: DiscCue[], order: (a: DiscCue, b: DiscCue) => number): void {
  const n = list.length;
  if (n > INSERTION_SORT_MAX) {
    list.sort(order);
    return;
  }
  for (let i = 1; i < n; i++) {
    const c = list[i]!;
    let j = i;
    while (j > 0 && order(list[j - 1]!, c) > 0) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = c;
  }
}

function cueOf(r: CueRule, messageIndex: number, start: number, text: string): DiscCue {
  return { style: r.style, messageIndex, start, end: start + text.length, text, cue: r.cue, weight: r.weight };
}

/**
 * Repeats are capped per rule, a rule being a style and a cue id (caps.ts). Each gets a small number once, so
 * the per-message sums run over typed arrays instead of maps keyed by built strings.
 */
const RULE_IDS = new Map<string, number>();
let heaviest = new Float64Array(64);
let used = new Float64Array(64);
let keys = new Int32Array(64);

function ruleId(c: DiscCue): number {
  const name = c.cue;
  let id = RULE_IDS.get(name);
  if (id === undefined) {
    id = RULE_IDS.size;
    RULE_IDS.set(name, id);
    if (id * 4 + 4 > heaviest.length) {
      const more = new Float64Array(heaviest.length * 2);
      more.set(heaviest);
      heaviest = more;
      used = new Float64Array(more.length);
    }
  }
  return id * 4 + (c.style === 'D' ? 0 : c.style === 'I' ? 1 : c.style === 'S' ? 2 : 3);
}

/** Marks of amounts and dates, reused message after message: allocating a typed array costs more than clearing. */
let marks = new Uint8Array(1024);

/** A cleared map of `length` characters (the shared buffer; only its first `length` entries are read). */
function amountMarks(length: number): Uint8Array {
  if (marks.length < length) marks = new Uint8Array(length * 2);
  marks.fill(0, 0, length);
  return marks;
}

/**
 * The customer's style, read from the last MAX_DISC_CHARS of the message (the window the emotion engine
 * reads), so a 1 MB paste costs what a long email does. Offsets point into the whole message.
 */
export function scoreMessage(whole: string, messageIndex: number): MessageScore {
  const offset = tailStart(whole, MAX_DISC_CHARS);
  const text = offset > 0 ? whole.slice(offset) : whole;
  const all = lexicalCues(text, messageIndex);
  let amounts: Uint8Array | null = null;
  let lexicalStyles = 0;
  for (const l of all) {
    lexicalStyles |= STYLE_BIT[l.style];
    if (l.style !== 'C') continue;
    amounts ??= amountMarks(text.length);
    amounts.fill(1, l.start, l.end);
  }
  // Shape cues join the list; a number already read as an amount or a date is not counted again as a figure.
  shapeCues(text, lexicalStyles, messageIndex, all, amounts);
  stableSort(all, inTextOrder);

  if (keys.length < all.length) keys = new Int32Array(all.length * 2);
  for (let j = 0; j < all.length; j++) {
    const c = all[j]!;
    const key = ruleId(c);
    keys[j] = key;
    if (c.weight > heaviest[key]!) heaviest[key] = c.weight;
  }
  const scores = emptyScores();
  // Only cues that still added something are kept as evidence: the tenth "!" explains nothing new.
  const cues: DiscCue[] = [];
  for (let j = 0; j < all.length; j++) {
    const c = all[j]!;
    const key = keys[j]!;
    const before = used[key]!;
    const add = added(c.weight, ruleCap(c.cue, heaviest[key]!), before);
    if (add <= 0) continue;
    used[key] = before + add;
    scores[c.style] += add;
    const end = snippetEnd(text, c.start, c.end);
    if (end !== c.end || c.text.length !== end - c.start) c.text = text.slice(c.start, end);
    c.end = end + offset;
    c.start += offset;
    cues.push(c);
  }
  for (let j = 0; j < all.length; j++) {
    heaviest[keys[j]!] = 0;
    used[keys[j]!] = 0;
  }
  scores.D = Math.min(MESSAGE_STYLE_CAP, round(scores.D));
  scores.I = Math.min(MESSAGE_STYLE_CAP, round(scores.I));
  scores.S = Math.min(MESSAGE_STYLE_CAP, round(scores.S));
  scores.C = Math.min(MESSAGE_STYLE_CAP, round(scores.C));
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
