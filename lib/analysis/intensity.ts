/**
 * How strongly the customer feels, 0..1, and the one definition of the panel's low / medium / high bands.
 * Every place that says "intensity: high" (the mood header, the suggestions' tags, template matching) reads
 * the band from here, so they cannot disagree.
 */
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

/** Per exclamation mark, up to four in a run. */
const BANG_STEP = 0.04;
const BANG_RUN_CAP = 4;

/** Emphasis from exclamation runs; urgency reads it too. */
export function exclamationEmphasis(puncts: readonly PunctRun[]): number {
  let bangs = 0;
  for (const r of puncts) if (r.kind === '!') bangs += Math.min(r.length, BANG_RUN_CAP) * BANG_STEP;
  return bangs;
}

export interface IntensityInput {
  /** Summed weight of the strongest emotion. */
  best: number;
  /** True when no emotion cleared the neutral floor. */
  neutral: boolean;
  /** Escalation flags raised (cancel, legal, abuse…). */
  flags: number;
  /** The message is mostly in capitals. */
  shouting: boolean;
  /** From exclamationEmphasis. */
  bangs: number;
}

const FLAG_WEIGHT = 0.4;
const HALF_WEIGHT = 2;
const SHOUT = 0.15;

export function intensityOf(x: IntensityInput): number {
  if (x.neutral && x.flags === 0) return 0;
  const raw = x.best + x.flags * FLAG_WEIGHT;
  return Math.min(1, raw / (raw + HALF_WEIGHT) + (x.shouting ? SHOUT : 0) + x.bangs);
}
