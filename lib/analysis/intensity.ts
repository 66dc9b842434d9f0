/**
 * How strongly the customer feels, 0..1, and the one definition of the panel's low / medium / high bands.
 * Every place that says "intensity: high" (the mood header, the suggestions' tags, template matching) reads
 * the band from here, so they cannot disagree.
 *
 * The emotion sums say how sure we are of a label, not how hot the message runs: "Thanks!" and "请问…怎么"
 * carry large gratitude and confusion weights yet are the calmest mail there is. So intensity weighs each
 * emotion by how much heat it carries, adds the escalation a customer threatens, then the emphasis of the
 * writing (exclamation runs, capitals, "??"), and keeps a message with nothing negative, nothing threatened
 * and nothing emphasised below "high". The constants were set against hand-graded messages
 * (tests/fixtures/intensity/, `npx tsx scripts/eval-intensity.ts`).
 */
import type { EscalationFlag } from '../types';
import type { PunctRun } from './scan';

export type IntensityBand = 'low' | 'medium' | 'high';
export const INTENSITY_BANDS: readonly IntensityBand[] = ['low', 'medium', 'high'];
/** From here a message reads as upset rather than mild. */
export const MEDIUM_INTENSITY_FROM = 0.35;
/** From here it reads as shouting, threatening or overwhelmed. */
export const HIGH_INTENSITY_FROM = 0.65;

export function intensityBand(x: number): IntensityBand {
  if (!Number.isFinite(x) || x < MEDIUM_INTENSITY_FROM) return 'low';
  return x < HIGH_INTENSITY_FROM ? 'medium' : 'high';
}

/**
 * Heat per emotion, in the engine's order (anger, frustration, anxiety, sadness, confusion, joy, gratitude).
 * Anger is the hottest; confusion is what every question carries; thanks is courtesy unless emphasised.
 */
export const EMOTION_HEAT: readonly number[] = [1, 0.75, 0.8, 0.7, 0.1, 0.45, 0.2];
/** Emotions beside the strongest add this share of their heat (a message both angry and anxious runs hotter). */
export const SECONDARY_SHARE = 0.3;
const NEGATIVE_UP_TO = 3;

/** What each threat adds: going to a lawyer, regulator or the public is hotter than asking for compensation. */
export const FLAG_HEAT: Readonly<Record<EscalationFlag, number>> = {
  legal: 2,
  regulator: 2,
  public: 1.8,
  abuse: 2,
  churn: 1.2,
  supervisor: 1.2,
  'repeat-contact': 0.8,
  compensation: 0.5,
  // A reversed payment is money already at stake; a threat of harm is as hot as it gets.
  chargeback: 1.8,
  harm: 2.5,
};

/**
 * A threat sets a floor whatever the wording: a customer going to a lawyer, a regulator or the public, or
 * abusing the agent, is at "high"; one leaving or asking for a manager is well into "medium"; one writing
 * again has at least some heat.
 */
export const FLAG_FLOOR: Readonly<Record<EscalationFlag, number>> = {
  legal: HIGH_INTENSITY_FROM,
  regulator: HIGH_INTENSITY_FROM,
  public: HIGH_INTENSITY_FROM,
  abuse: HIGH_INTENSITY_FROM,
  churn: MEDIUM_INTENSITY_FROM + 0.1,
  supervisor: MEDIUM_INTENSITY_FROM + 0.1,
  'repeat-contact': MEDIUM_INTENSITY_FROM,
  compensation: 0,
  chargeback: HIGH_INTENSITY_FROM,
  harm: HIGH_INTENSITY_FROM,
};

/** Heat that maps to 0.5 before emphasis. */
export const HALF_HEAT = 2.5;
/** Per exclamation mark, up to four in a run. */
const BANG_STEP = 0.04;
const BANG_RUN_CAP = 4;
/** A message mostly in capitals. */
const SHOUT = 0.15;
/** "??" and longer question runs: exasperation, not curiosity. */
const QUESTION_RUN = 0.06;
/** Without anything negative, threatened or emphasised, a message stays just under "high". */
const CALM_CEILING = HIGH_INTENSITY_FROM - 0.05;

/** Emphasis from exclamation runs; urgency reads it too. */
export function exclamationEmphasis(puncts: readonly PunctRun[]): number {
  let bangs = 0;
  for (const r of puncts) if (r.kind === '!') bangs += Math.min(r.length, BANG_RUN_CAP) * BANG_STEP;
  return bangs;
}

export interface IntensityInput {
  /** Summed weight per emotion, in the engine's order. */
  sums: ArrayLike<number>;
  /** True when no emotion cleared the neutral floor. */
  neutral: boolean;
  flags: readonly EscalationFlag[];
  /** The message is mostly in capitals. */
  shouting: boolean;
  puncts: readonly PunctRun[];
}

/** Step 1: the strongest emotion's heat plus a share of the others'. */
export function emotionHeat(sums: ArrayLike<number>): { heat: number; negative: number } {
  let top = 0;
  let total = 0;
  let negative = 0;
  for (let k = 0; k < EMOTION_HEAT.length; k++) {
    const h = (sums[k] ?? 0) * EMOTION_HEAT[k]!;
    total += h;
    if (h > top) top = h;
    if (k <= NEGATIVE_UP_TO) negative += h;
  }
  return { heat: top + SECONDARY_SHARE * (total - top), negative };
}

/** Step 2: what the customer threatens or demands. */
export function flagHeat(flags: readonly EscalationFlag[]): number {
  let h = 0;
  for (const f of flags) h += FLAG_HEAT[f] ?? 0;
  return h;
}

/** Step 3: how the message is written. */
export function emphasis(puncts: readonly PunctRun[], shouting: boolean): number {
  let e = shouting ? SHOUT : 0;
  for (const r of puncts) {
    if (r.kind === '!') e += Math.min(r.length, BANG_RUN_CAP) * BANG_STEP;
    else if (r.kind === '?') e += QUESTION_RUN;
  }
  return e;
}

export function intensityOf(x: IntensityInput): number {
  const flags = flagHeat(x.flags);
  if (x.neutral && flags === 0) return 0;
  const { heat, negative } = emotionHeat(x.neutral ? [] : x.sums);
  const raw = heat + flags;
  const stress = emphasis(x.puncts, x.shouting);
  let floor = 0;
  for (const f of x.flags) floor = Math.max(floor, FLAG_FLOOR[f] ?? 0);
  const value = Math.min(1, Math.max(floor, raw / (raw + HALF_HEAT)) + stress);
  // Step 4: a polite question or a plain thank-you is never "high".
  const calm = negative < 0.5 && flags === 0 && stress === 0;
  return calm ? Math.min(value, CALM_CEILING) : value;
}
