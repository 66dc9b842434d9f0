import { blend } from '../model/blend';
import type { Emotion, EscalationFlag, Evidence, Language, MessageAnalysis } from '../types';
import { EMOTIONS } from '../types';
import { flagsOf, readEscalation, valenceOfSums } from './escalation';
import * as intensityModule from './intensity';
import * as languageModule from './language';
import * as limits from './limits';
import type { CompiledPack, WordIndex } from './pack';
import * as packModule from './pack';
import { PROFANITY, packFor } from './packs';
import * as quoted from './quoted';
import type { Contribution } from './rules';
import * as rules from './rules';
import * as sanitizeModule from './sanitize';
import type { Hit } from './scan';
import * as scanModule from './scan';

// Imports read once into module constants: when this runs as CommonJS (tsx, the eval), each access to an
// imported binding is a getter call, and these sit on the per-message and per-hit paths.
const {
  ANGER,
  ANXIETY,
  applyContrast,
  applyQuestions,
  applyRhetorical,
  applySarcasm,
  CONFUSION,
  EXPECTATION_FAILED,
  emphasis,
  FRUSTRATION,
  GRATITUDE,
  GRATITUDE_BIAS,
  isPositive,
  modifierInScope,
  negatedEmotion,
  negatedWeight,
  negatorInScope,
  punctuationContributions,
  questionContributions,
  SADNESS,
  SARCASM_MARKER,
} = rules;
const LABELS = EMOTIONS;
const { exclamationEmphasis, intensityOf } = intensityModule;
const { languageFromCounts } = languageModule;
const { MAX_EVIDENCE, MAX_MESSAGE_CHARS, tailStart } = limits;
const { stripQuoted } = quoted;
const { sanitize } = sanitizeModule;
const { scan, wordIndexFor } = scanModule;
const {
  ENTRY_ANGER,
  ENTRY_CONTRAST,
  ENTRY_NEGATOR,
  ENTRY_QUESTION,
  ENTRY_SARCASM,
  ENTRY_SCALE,
  ENTRY_URGENCY,
  packedWeight,
} = packModule;

export interface AnalyzeOptions {
  /** Force a language instead of detecting it. */
  language?: Language;
  /** Keep quoted email history and signatures (default: strip them). */
  keepQuoted?: boolean;
}

/** Below this summed weight the message reads as neutral. */
export const NEUTRAL_FLOOR = 0.9;
/** Raw weight → 0..1 score: a weight of 1.5 maps to 0.5. */
const HALF = 1.5;

export function zeroEmotions(): Record<Emotion, number> {
  return { anger: 0, frustration: 0, anxiety: 0, sadness: 0, confusion: 0, joy: 0, gratitude: 0 };
}

export function neutral(language: Language, reason?: string): MessageAnalysis {
  const r: MessageAnalysis = {
    language,
    primary: 'neutral',
    emotions: zeroEmotions(),
    intensity: 0,
    valence: 0,
    urgency: 0,
    escalation: [],
    escalationDetail: [],
    evidence: [],
  };
  if (reason) r.reason = reason;
  return r;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Summed weight → 0..1 score. Most emotions of most messages are 0: skip the arithmetic. */
function squash(v: number): number {
  return v === 0 ? 0 : round(v / (v + HALF));
}

interface PackChoice {
  latin: CompiledPack[];
  trie: CompiledPack;
  profanity: readonly string[];
  index: WordIndex;
}
let enChoice: PackChoice | null = null;
let hansChoice: PackChoice | null = null;
let hantChoice: PackChoice | null = null;

function choice(latin: CompiledPack[], trie: CompiledPack): PackChoice {
  return { latin, trie, profanity: PROFANITY, index: wordIndexFor(latin) };
}

/**
 * Latin words are read with the Chinese pack first in Chinese text (TMD, 12315), then English. Each choice
 * (packs compiled, word index built) is made on first use, so the first English message does not wait for
 * the Chinese packs.
 */
export function packsFor(language: Language, hant: boolean): PackChoice {
  if (language === 'en') {
    enChoice ??= choice([packFor('en')], packFor('en'));
    return enChoice;
  }
  if (hant || language === 'zh-Hant') {
    hantChoice ??= choice([packFor('zh-Hant'), packFor('en')], packFor('zh-Hant'));
    return hantChoice;
  }
  hansChoice ??= choice([packFor('zh-Hans'), packFor('en')], packFor('zh-Hans'));
  return hansChoice;
}

function cueOf(hit: Hit, text: string): string {
  const c = text.charCodeAt(hit.start);
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 'lexicon' : c >= 0x3400 && c <= 0x9fff ? 'lexicon' : 'emoji';
}

function hasText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0x200b && c !== 0xfeff) return true;
  }
  return false;
}

/**
 * Reads one message. Never throws: bad input gives a neutral result with a `reason` ('empty',
 * 'quoted-only', 'binary', 'unsupported-language', 'no-cues'); text beyond MAX_MESSAGE_CHARS is cut from
 * the front ('truncated'), because the end of a message says most about how the writer feels now.
 */
const NO_OPTIONS: AnalyzeOptions = Object.freeze({});

export function analyzeMessage(input: string, options: AnalyzeOptions = NO_OPTIONS): MessageAnalysis {
  try {
    return analyzeUnsafe(input, options);
  } catch {
    // A bug must never take the panel down with it; the reason says something went wrong.
    return neutral('und', 'error');
  }
}

const scratch = new Float64Array(7);

function analyzeUnsafe(input: string, options: AnalyzeOptions): MessageAnalysis {
  if (typeof input !== 'string' || input.length === 0) return neutral('und', 'empty');
  const offset = tailStart(input, MAX_MESSAGE_CHARS);
  const truncated = offset > 0;
  const raw = truncated ? input.slice(offset) : input;
  if (!hasText(raw)) return neutral('und', 'empty');
  const own = options.keepQuoted ? raw : stripQuoted(raw, truncated).text;
  if (own !== raw && !hasText(own)) return neutral('und', 'quoted-only');
  const clean = sanitize(own);
  const counts = clean.counts;
  const language = options.language ?? languageFromCounts(counts);
  if (clean.readable === 0) {
    if (clean.junk > 0) return neutral('und', 'binary');
    if (clean.foreign > 0) return neutral('und', 'unsupported-language');
  }
  if (clean.junk >= 3 && clean.junk > clean.readable) return neutral('und', 'binary');
  if (clean.foreign > (counts.han + counts.latinWords * 4) * 2) return neutral('und', 'unsupported-language');

  const text = clean.text;
  const s = scan(text, packsFor(language, counts.hant > counts.hans));
  const mostlyCaps = s.words >= 3 && s.capsWords / s.words >= 0.6;

  const contribs: Contribution[] = [];
  const masked: Hit[] = [];
  const sarcasmHits: Hit[] = [];
  let questions = s.questions;
  let lastContrast = -1;
  let urgency = 0;
  let lastNeg: Hit | null = null;
  let lastMod: Hit | null = null;

  for (const hit of s.hits) {
    const e = hit.entry;
    const bits = e.bits;
    if (bits !== 0) {
      if (bits & ENTRY_QUESTION) {
        questions ??= new Set();
        questions.add(hit.sentence);
      }
      if (bits & ENTRY_CONTRAST) lastContrast = hit.unit;
      if (bits & ENTRY_URGENCY) urgency += e.urgency;
      if (bits & ENTRY_SARCASM) {
        sarcasmHits.push(hit);
        contribs.push(contrib(hit, FRUSTRATION, SARCASM_MARKER, 'sarcasm', hit.start));
      }
      if (hit.masked && bits & ENTRY_ANGER) masked.push(hit);
      if (bits & ENTRY_NEGATOR) lastNeg = hit;
      if (bits & ENTRY_SCALE) lastMod = hit;
    }
    const ei = e.ei;
    if (ei === undefined) {
      if (e.expected && negatorInScope(hit, lastNeg)) {
        contribs.push(contrib(hit, FRUSTRATION, EXPECTATION_FAILED, 'negation', lastNeg!.start));
      }
      continue;
    }
    const ew = e.ew!;
    const negated = negatorInScope(hit, lastNeg);
    const scaled = !negated && modifierInScope(hit, lastMod);
    let m = emphasis(hit, mostlyCaps);
    let cue = hit.stretched ? 'stretch' : hit.caps && !mostlyCaps ? 'caps' : cueOf(hit, text);
    let start = hit.start;
    if (negated) {
      cue = 'negation';
      start = lastNeg!.start;
    } else if (scaled) {
      const scale = lastMod!.entry.scale!;
      m *= scale;
      cue = scale > 1 ? 'intensifier' : 'downtoner';
      start = lastMod!.start;
    }
    const packed = e.emoCount;
    const count = packed > 0 ? packed : ei.length;
    for (let k = 0; k < count; k++) {
      let em: number;
      let w: number;
      if (packed > 0) {
        const code = k === 0 ? e.emo0 : e.emo1;
        em = code & 7;
        w = packedWeight(code) * m;
      } else {
        em = ei[k]!;
        w = ew[k]! * m;
      }
      if (negated) {
        const flipped = negatedEmotion(em);
        if (flipped >= 0) contribs.push(contrib(hit, flipped, negatedWeight(em, w), cue, start));
      } else {
        contribs.push(contrib(hit, em, w, cue, start));
      }
    }
  }

  applyContrast(contribs, lastContrast);
  if (questions !== null) applyQuestions(contribs, questions);
  punctuationContributions(s.puncts, contribs);
  if (questions !== null) questionContributions(contribs, questions);
  applySarcasm(contribs, sarcasmHits.length);
  applyRhetorical(contribs);

  const sum = scratch;
  for (let k = 0; k < 7; k++) sum[k] = 0;
  for (const c of contribs) sum[c.e]! += c.weight;
  // Escalation reads intent clause by clause (lib/analysis/escalation), not the lexicon's words.
  const escalationDetail = readEscalation(text, {
    language,
    valence: valenceOfSums(sum),
    original: raw,
    offset,
    masked,
  });
  const flags = flagsOf(escalationDetail);
  const flagHits = flags
    .map((f) => escalationDetail.find((d) => d.flag === f)!.cue)
    .map(({ start, end }) => ({ start: start - offset, end: end - offset }));
  // A message in capitals is shouting: more intense, and anger when it is already negative.
  if (mostlyCaps && sum[ANGER]! + sum[FRUSTRATION]! > 0.5) sum[ANGER]! += 0.5;
  if (flags.includes('abuse')) sum[ANGER]! += 1;
  sum[GRATITUDE]! *= GRATITUDE_BIAS;

  let best = 0;
  let bestK = -1;
  let neg = 0;
  let pos = 0;
  for (let k = 0; k < 7; k++) {
    const v = sum[k]!;
    if (v > best) {
      best = v;
      bestK = k;
    }
    if (k === CONFUSION) continue;
    if (isPositive(k)) pos += v;
    else neg += v;
  }
  const primary = choosePrimary(sum, neg, pos, best, bestK, neutralFloor(s.units));
  const emotions: Record<Emotion, number> = {
    anger: squash(sum[0]!),
    frustration: squash(sum[1]!),
    anxiety: squash(sum[2]!),
    sadness: squash(sum[3]!),
    confusion: squash(sum[4]!),
    joy: squash(sum[5]!),
    gratitude: squash(sum[6]!),
  };
  const bangs = exclamationEmphasis(s.puncts);
  const intensity = intensityOf({
    sums: sum,
    neutral: primary === 'neutral',
    flags,
    shouting: mostlyCaps,
    puncts: s.puncts,
  });
  const valence = pos === neg ? 0 : Math.tanh((pos - neg) / 2);
  let urgencyScore = urgency + sum[2]! * 0.1 + bangs;
  if (flags.includes('legal') || flags.includes('regulator')) urgencyScore += 0.3;
  if (flags.includes('supervisor') || flags.includes('public')) urgencyScore += 0.2;

  const result: MessageAnalysis = {
    language,
    primary,
    emotions,
    intensity: round(intensity),
    valence: round(valence),
    urgency: round(Math.min(1, urgencyScore)),
    escalation: flags,
    escalationDetail,
    evidence: buildEvidence(contribs, flags, flagHits, sarcasmHits, raw, offset),
  };
  if (truncated) result.reason = 'truncated';
  else if (s.hits.length === 0 && s.puncts.length === 0 && questions === null) result.reason = 'no-cues';
  return blend(result, text, raw, offset);
}

/**
 * Long texts pick up stray weak cues by chance (累 in 累计, "issue" in a how-to) and their sum grows like the
 * square root of the length, as a random walk does; so the bar for reading an emotion rises the same way
 * past FLOOR_UNITS words or Han characters, up to twice the bar, so one strong word ("furious") still reads in a
 * long letter.
 */
export const FLOOR_UNITS = 30;
function neutralFloor(units: number): number {
  if (units <= FLOOR_UNITS) return NEUTRAL_FLOOR;
  return NEUTRAL_FLOOR * Math.min(2, Math.sqrt(units / FLOOR_UNITS));
}

/**
 * Valence first, then the emotion: when the negative emotions together outweigh everything else, the
 * strongest negative one leads even if a single positive or confusion cue is larger on its own ("great
 * product, but late, broken and nobody answers" is a complaint).
 */
function choosePrimary(
  sum: Float64Array,
  neg: number,
  pos: number,
  best: number,
  bestK: number,
  floor: number,
): Emotion | 'neutral' {
  let k = bestK;
  if (neg >= floor && neg > pos && neg > sum[CONFUSION]! && bestK > SADNESS) {
    k = 0;
    for (let j = 1; j <= SADNESS; j++) if (sum[j]! > sum[k]!) k = j;
  } else if (best < floor) {
    return 'neutral';
  }
  return LABELS[k === FRUSTRATION ? specificOverFrustration(sum) : k]!;
}

/**
 * Frustration is the catch-all negative; a more specific one (anger, sadness, anxiety) that comes close
 * says more about the person, so it leads.
 */
export const SPECIFIC_SHARE = 0.6;
const SPECIFIC = [ANGER, SADNESS, ANXIETY];
function specificOverFrustration(sum: Float64Array): number {
  let k = FRUSTRATION;
  let v = sum[FRUSTRATION]! * SPECIFIC_SHARE;
  for (let q = 0; q < SPECIFIC.length; q++) {
    const j = SPECIFIC[q]!;
    if (sum[j]! >= v) {
      v = sum[j]!;
      k = j;
    }
  }
  return k;
}

function contrib(hit: Hit, e: number, weight: number, cue: string, start: number): Contribution {
  return { start, end: hit.end, e, weight, cue, sentence: hit.sentence, unit: hit.unit };
}

function signed(e: number, w: number): number {
  return isPositive(e) ? w : -w;
}

function byWeight(a: Evidence, b: Evidence): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start;
}

function startsAt(hits: readonly Hit[], start: number): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k]!.start === start) return true;
  return false;
}

/** Spans past which evidence bookkeeping switches from scans to keyed look-ups. */
const SCAN_LIMIT = 32;

/**
 * Stable insertion sort, the same order as out.sort(byWeight): evidence lists are short, and this skips the
 * comparator calls through Array.prototype.sort.
 */
function sortByWeight(out: Evidence[]): void {
  if (out.length > SCAN_LIMIT) {
    out.sort(byWeight); // stable, so the same order as below, without the quadratic worst case
    return;
  }
  for (let k = 1; k < out.length; k++) {
    const x = out[k]!;
    let j = k - 1;
    while (j >= 0 && byWeight(out[j]!, x) > 0) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = x;
  }
}

function findSpan(
  out: readonly Evidence[],
  start: number,
  end: number,
  label: Evidence['label'],
): Evidence | undefined {
  for (const e of out) if (e.start === start && e.end === end && e.label === label) return e;
  return undefined;
}

/** One span per cue and label, strongest first; offsets shifted back into the caller's original string. */
function buildEvidence(
  contribs: readonly Contribution[],
  flags: readonly EscalationFlag[],
  flagHits: readonly { start: number; end: number }[],
  sarcasmHits: readonly Hit[],
  original: string,
  offset: number,
): Evidence[] {
  const out: Evidence[] = [];
  // Most messages have a handful of spans and a scan beats a map; a long run of cue words (1 MB of "bad bad")
  // would make that scan quadratic, so past SCAN_LIMIT spans they are found by key instead.
  let byKey: Map<string, Evidence> | null = null;
  for (const c of contribs) {
    if (c.end <= c.start || c.weight <= 0) continue;
    const label = LABELS[c.e]!;
    const key = byKey === null ? '' : `${c.start}:${c.end}:${label}`;
    const prev = byKey === null ? findSpan(out, c.start, c.end, label) : byKey.get(key);
    if (prev) {
      prev.weight = signed(c.e, Math.abs(prev.weight) + c.weight);
      continue;
    }
    const ev: Evidence = { start: c.start, end: c.end, text: '', cue: c.cue, label, weight: signed(c.e, c.weight) };
    out.push(ev);
    if (byKey !== null) byKey.set(key, ev);
    else if (out.length === SCAN_LIMIT) byKey = new Map(out.map((e) => [`${e.start}:${e.end}:${e.label}`, e]));
  }
  if (sarcasmHits.length > 0) {
    if (sarcasmHits.length * out.length <= SCAN_LIMIT * SCAN_LIMIT) {
      for (const ev of out) if (startsAt(sarcasmHits, ev.start)) ev.cue = 'sarcasm';
    } else {
      const starts = new Set(sarcasmHits.map((h) => h.start));
      for (const ev of out) if (starts.has(ev.start)) ev.cue = 'sarcasm';
    }
  }
  for (let k = 0; k < flags.length; k++) {
    const h = flagHits[k]!;
    out.push({ start: h.start, end: h.end, text: '', cue: 'escalation', label: flags[k]!, weight: -1 });
  }
  sortByWeight(out);
  if (out.length > MAX_EVIDENCE) out.length = MAX_EVIDENCE;
  for (const ev of out) {
    ev.text = original.slice(ev.start, ev.end);
    ev.weight = Math.round(ev.weight * 1000) / 1000;
    ev.start += offset;
    ev.end += offset;
  }
  return out;
}
