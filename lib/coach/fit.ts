import type { ContentLanguage, ConversationAnalysis, DiscResult, IheartStep } from '@/lib/types';
import { NEGATIVE_EMOTIONS } from '@/lib/types';
import { CUES } from './cues';
import type { FitNote } from './types';

// Seed 004: a Dominance customer wants the outcome first and fast. ~90 English words is about
// half a screen in a helpdesk composer; 200 Chinese characters reads in about the same time.
export const D_MAX_WORDS = 90;
export const D_MAX_HAN = 200;
// Past this, nobody in a chat reads to the end, whatever their style.
export const ANY_MAX_WORDS = 300;
export const ANY_MAX_HAN = 600;
// Below this, a reply to someone upset or to a Steadiness/Influence customer reads as a brush-off.
export const MIN_WORDS = 12;
export const MIN_HAN = 20;
/** Intensity from which an upset customer needs a next step, and a reply that is not curt. */
export const UPSET_INTENSITY = 0.5;
/** A plain, factual reply reads as cold only to someone clearly upset; below this it reads as efficient. */
export const COLD_INTENSITY = 0.6;
/** Sad or anxious customers read jokes as not being taken seriously even when mildly upset. */
const BREEZY_SAD_INTENSITY = 0.2;
const BREEZY_ANGRY_INTENSITY = 0.4;

/** Capitals that are names, not shouting. */
const ACRONYMS = new Set(
  'FAQ URL API PDF CSV USD EUR GBP CNY RMB HKD TWD SMS VIP ETA EOD UTC GMT CEO CTO IT ID UPS DHL USPS FEDEX TNT EMS SF IOS OK PIN CVV IBAN SWIFT SKU RMA VAT GST PST EST PDT CST HTTP HTTPS SSL VPN WIFI DNS SSO MFA OTP QR APP PC MAC USB HDMI TV LCD LED GPS AM PM NB PS FYI ASAP TBD ATM POS'.split(
    ' ',
  ),
);

export function countWords(text: string): number {
  return text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g)?.length ?? 0;
}

export function countHan(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

function shouts(text: string): boolean {
  const caps = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !ACRONYMS.has(w));
  return caps.some((w) => w.length >= 4) || caps.length >= 2;
}

const EXCLAMATION_RUN = /[!！]{2,}|[!?！？]{3,}/;

interface Customer {
  upset: boolean;
  hurt: boolean;
  sadOrAnxious: boolean;
  angryEnough: boolean;
  positive: boolean;
  known: boolean;
}

function readCustomer(analysis: ConversationAnalysis | null | undefined): Customer {
  if (!analysis) {
    return { upset: false, hurt: false, sadOrAnxious: false, angryEnough: false, positive: false, known: false };
  }
  const p = analysis.primary;
  const negative = p !== 'neutral' && NEGATIVE_EMOTIONS.includes(p);
  return {
    upset: negative && analysis.intensity >= UPSET_INTENSITY,
    hurt: negative && analysis.intensity >= COLD_INTENSITY,
    sadOrAnxious: (p === 'sadness' || p === 'anxiety') && analysis.intensity >= BREEZY_SAD_INTENSITY,
    angryEnough: (p === 'anger' || p === 'frustration') && analysis.intensity >= BREEZY_ANGRY_INTENSITY,
    positive: p === 'joy' || p === 'gratitude',
    known: true,
  };
}

export interface FitInput {
  draft: string;
  lang: ContentLanguage;
  coverage: Record<IheartStep, boolean>;
  analysis?: ConversationAnalysis | null;
  disc?: DiscResult | null;
}

export function checkFit({ draft, lang, coverage, analysis, disc }: FitInput): FitNote[] {
  const notes: FitNote[] = [];
  const cues = CUES[lang];
  const customer = readCustomer(analysis);
  const style = disc?.style ?? null;
  const zh = lang !== 'en';
  const size = zh ? countHan(draft) + countWords(draft) : countWords(draft);
  const unit = zh ? 'characters' : 'words';

  const dMax = zh ? D_MAX_HAN : D_MAX_WORDS;
  const anyMax = zh ? ANY_MAX_HAN : ANY_MAX_WORDS;
  if (style === 'D' && size > dMax) notes.push({ kind: 'too-long', detail: `${size} ${unit}; aim for under ${dMax}` });
  else if (size > anyMax) notes.push({ kind: 'too-long', detail: `${size} ${unit}; aim for under ${anyMax}` });

  const min = zh ? MIN_HAN : MIN_WORDS;
  if (style !== 'D' && (style === 'S' || style === 'I' || customer.upset) && size < min) {
    notes.push({ kind: 'too-short', detail: `${size} ${unit}` });
  }

  if (style === 'C' && !cues.specifics.test(draft) && !cues.timeframe.test(draft)) notes.push({ kind: 'no-specifics' });

  const shouting = shouts(draft);
  if (shouting || (EXCLAMATION_RUN.test(draft) && !customer.positive)) {
    notes.push({ kind: 'mirrors-anger', detail: shouting ? 'capitals' : 'exclamation marks' });
  }

  // English slang turns up in Chinese drafts too, so both lists apply there.
  const breezy = cues.breezy.test(draft) || (zh && CUES.en.breezy.test(draft));
  if (breezy && (customer.sadOrAnxious || customer.angryEnough)) notes.push({ kind: 'too-breezy' });

  const warm = coverage.identify || coverage.empathize || coverage.apologize;
  if ((customer.hurt && !warm) || (style === 'I' && !warm && !coverage.thank)) notes.push({ kind: 'cold' });

  // A when ("Monday at 8am", 3到5天) nearly always carries its what, so only a draft with neither is flagged.
  if ((customer.upset || style === 'S') && !cues.action.test(draft) && !cues.timeframe.test(draft)) {
    notes.push({ kind: 'no-next-step' });
  }

  return notes;
}
