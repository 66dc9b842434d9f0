/**
 * Reads one message: the rules' read-out (emotions, intensity, urgency, escalation, evidence), then the learned
 * model's blend. The steps, in order: prepare (cut, strip quotes, clean, language), scan (lexicon hits), score
 * the hits, apply the message-level rules, sum per emotion, read escalation, adjust for shouting and abuse,
 * choose the primary emotion, then intensity, urgency and evidence.
 */
import * as blendModule from '../model/blend';
import type { Emotion, EscalationDetail, EscalationFlag, Language, MessageAnalysis } from '../types';
import { EMOTIONS } from '../types';
import * as contributions from './contributions';
import * as escalation from './escalation';
import * as evidenceModule from './evidence';
import * as intensityModule from './intensity';
import type { CompiledPack, WordIndex } from './pack';
import { PROFANITY, packFor } from './packs';
import type { AnalyzeOptions } from './prepare';
import * as prepareModule from './prepare';
import type { Contribution } from './rules';
import * as rules from './rules';
import type { PunctRun } from './scan';
import * as scanModule from './scan';

export type { AnalyzeOptions } from './prepare';

// Imports read once into module constants: when this runs as CommonJS (tsx, the eval), each access to an
// imported binding is a getter call, and these sit on the per-message path.
const { blend } = blendModule;
const { ANGER, ANXIETY, CONFUSION, FRUSTRATION, GRATITUDE, GRATITUDE_BIAS, isPositive, SADNESS } = rules;
const LABELS = EMOTIONS;
const { applyMessageRules, scoreHits } = contributions;
const { flagsOf, readEscalation, valenceOfSums } = escalation;
const { buildEvidence } = evidenceModule;
const { exclamationEmphasis, intensityOf } = intensityModule;
const { prepare } = prepareModule;
const { scan, wordIndexFor } = scanModule;

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

/** The steps in order; each is a small function below or in its own module. */
function analyzeUnsafe(input: string, options: AnalyzeOptions): MessageAnalysis {
  const p = prepare(input, options);
  if (typeof p === 'string') return neutral('und', p);
  const { text, raw, offset, language } = p;
  const s = scan(text, packsFor(language, p.hant));
  const mostlyCaps = s.words >= 3 && s.capsWords / s.words >= 0.6;
  const scored = scoreHits(s, text, mostlyCaps);
  applyMessageRules(scored, s.puncts);
  const sum = sumByEmotion(scored.contribs);
  // Escalation reads intent clause by clause (lib/analysis/escalation), not the lexicon's words.
  // Escalation also reads quoted blocks the customer's own side wrote (a forwarded chase), never the agent's.
  const escalationDetail = readEscalation(p.escalationText ?? text, {
    language,
    valence: valenceOfSums(sum),
    original: raw,
    offset,
    masked: scored.masked,
  });
  // Most messages raise nothing: skip the pass over every flag.
  const flags: EscalationFlag[] = escalationDetail.length === 0 ? [] : flagsOf(escalationDetail);
  adjustSums(sum, mostlyCaps, flags);
  const t = tally(sum);
  const primary = choosePrimary(sum, t.neg, t.pos, t.best, t.bestK, neutralFloor(s.units));
  const intensity = intensityOf({
    sums: sum,
    neutral: primary === 'neutral',
    flags,
    shouting: mostlyCaps,
    puncts: s.puncts,
  });
  const valence = t.pos === t.neg ? 0 : Math.tanh((t.pos - t.neg) / 2);
  const result: MessageAnalysis = {
    language,
    primary,
    emotions: emotionScores(sum),
    intensity: round(intensity),
    valence: round(valence),
    urgency: round(Math.min(1, urgencyOf(scored.urgency, sum, s.puncts, flags))),
    escalation: flags,
    escalationDetail,
    evidence: buildEvidence(
      scored.contribs,
      flags,
      flagSpans(escalationDetail, flags, offset),
      scored.sarcasmHits,
      raw,
      offset,
    ),
  };
  if (p.truncated) result.reason = 'truncated';
  else if (s.hits.length === 0 && s.puncts.length === 0 && scored.questions === null) result.reason = 'no-cues';
  return blend(result, text, raw, offset);
}

const scratch = new Float64Array(7);

/** Step 4: summed weight per emotion (a scratch array, reused: read it before the next message). */
function sumByEmotion(contribs: readonly Contribution[]): Float64Array {
  const sum = scratch;
  for (let k = 0; k < 7; k++) sum[k] = 0;
  for (let i = 0; i < contribs.length; i++) {
    const c = contribs[i]!;
    sum[c.e]! += c.weight;
  }
  return sum;
}

/** The cue span of each raised flag, relative to the text read (the first detail of that flag). */
function flagSpans(
  details: readonly EscalationDetail[],
  flags: readonly EscalationFlag[],
  offset: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const f of flags) {
    const { start, end } = details.find((d) => d.flag === f)!.cue;
    out.push({ start: start - offset, end: end - offset });
  }
  return out;
}

/**
 * Step 5: what the escalation and the writing add. A message in capitals is shouting: more intense, and anger
 * when it is already negative; abuse is anger; explicit thanks outweigh the praise around them.
 */
function adjustSums(sum: Float64Array, mostlyCaps: boolean, flags: readonly EscalationFlag[]): void {
  if (mostlyCaps && sum[ANGER]! + sum[FRUSTRATION]! > 0.5) sum[ANGER]! += 0.5;
  if (flags.includes('abuse')) sum[ANGER]! += 1;
  sum[GRATITUDE]! *= GRATITUDE_BIAS;
}

interface Tally {
  best: number;
  bestK: number;
  neg: number;
  pos: number;
}
const tallied: Tally = { best: 0, bestK: -1, neg: 0, pos: 0 };

/** Step 6: the strongest emotion, and the negative and positive totals (confusion is neither). */
function tally(sum: Float64Array): Tally {
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
  tallied.best = best;
  tallied.bestK = bestK;
  tallied.neg = neg;
  tallied.pos = pos;
  return tallied;
}

function emotionScores(sum: Float64Array): Record<Emotion, number> {
  return {
    anger: squash(sum[0]!),
    frustration: squash(sum[1]!),
    anxiety: squash(sum[2]!),
    sadness: squash(sum[3]!),
    confusion: squash(sum[4]!),
    joy: squash(sum[5]!),
    gratitude: squash(sum[6]!),
  };
}

/** Urgency cues, a share of anxiety, exclamation runs, and threats that need an answer soon (before the cap). */
function urgencyOf(
  cues: number,
  sum: Float64Array,
  puncts: readonly PunctRun[],
  flags: readonly EscalationFlag[],
): number {
  let u = cues + sum[2]! * 0.1 + exclamationEmphasis(puncts);
  if (flags.includes('legal') || flags.includes('regulator')) u += 0.3;
  if (flags.includes('supervisor') || flags.includes('public')) u += 0.2;
  return u;
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
