import { type MessageKey, t } from '@/lib/i18n';
import { FAIRLY_SURE, SURE } from '@/lib/model/certainty';
import { type ConversationAnalysis, type EmotionLabel, NEGATIVE_EMOTIONS } from '@/lib/types';

/**
 * How sure the learned model is of the read-out, in words an agent acts on. The model's probabilities are
 * calibrated (lib/model), so the cut points are plain odds, not fitted to any data: from 0.75 it is right
 * about three times in four ("sure"), from 0.5 more often right than not ("fairly sure"), below that another
 * reading is as likely as this one ("unsure"). The headline, the meter, the note and the tests all read
 * `confidenceBand`, so they cannot disagree.
 */
export const SURE_FROM = SURE;
export const FAIRLY_SURE_FROM = FAIRLY_SURE;

export type ConfidenceBand = 'sure' | 'fairly' | 'unsure';

export function confidenceBand(p: number): ConfidenceBand {
  if (!Number.isFinite(p) || p < FAIRLY_SURE_FROM) return 'unsure';
  return p < SURE_FROM ? 'fairly' : 'sure';
}

export interface ReadoutConfidence {
  band: ConfidenceBand;
  /** The model's probability of the label shown; null when no single message was read that way. */
  label: number | null;
  /** The model's probability that the customer is upset (negative), in the message the label came from. */
  negative: number;
  /** Unsure of the feeling, but sure the customer is upset: worth saying, it decides the tone of the reply. */
  clearlyUpset: boolean;
}

const NEGATIVE: ReadonlySet<EmotionLabel> = new Set(NEGATIVE_EMOTIONS);

/**
 * The model's confidence in the conversation's read-out: that of the latest customer message it read as the
 * label the panel shows (the conversation's label is the latest clear reading). When the model read no message
 * that way, the label comes from the conversation's weighted state, and the messages disagree: unsure. Null
 * while only the rules have read it (the model is still loading, or could not load).
 */
export function readoutConfidence(a: ConversationAnalysis): ReadoutConfidence | null {
  let latestRead: number | null = null;
  for (let k = a.messages.length - 1; k >= 0; k--) {
    const m = a.messages[k]!.analysis;
    if (m.confidence === undefined) continue;
    latestRead ??= m.negative ?? 0;
    if (m.primary !== a.primary) continue;
    const band = confidenceBand(m.confidence);
    const negative = m.negative ?? 0;
    return {
      band,
      label: m.confidence,
      negative,
      clearlyUpset: band === 'unsure' && NEGATIVE.has(a.primary) && confidenceBand(negative) === 'sure',
    };
  }
  if (latestRead === null) return null;
  return { band: 'unsure', label: null, negative: latestRead, clearlyUpset: false };
}

const BAND_TEXT: Record<ConfidenceBand, MessageKey> = {
  sure: 'confSure',
  fairly: 'confFairly',
  unsure: 'confUnsure',
};

export function confidenceText(c: ReadoutConfidence): string {
  return t(BAND_TEXT[c.band]);
}

const pct = (p: number) => Math.round(p * 100);

/** The figures behind the words, for the hover title and screen readers ("61% likely frustration"). */
export function confidenceDetail(c: ReadoutConfidence, label: string): string {
  return c.label === null
    ? t('confDetailMixed', pct(c.negative))
    : t('confDetail', pct(c.label), label.toLocaleLowerCase(), pct(c.negative));
}
