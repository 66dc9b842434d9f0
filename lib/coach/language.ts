import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '@/lib/text/script-chars';
import type { ContentLanguage } from '@/lib/types';

// A draft leans to whichever script's characters it uses more; the table is shared with lib/analysis.

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

/** Below this many letters plus Han characters, the draft says too little to tell its language. */
const MIN_SIGNAL = 2;
/** Share of Han among letters+Han above which the draft counts as Chinese (a stray English order id or brand name should not flip it). */
const CJK_SHARE = 0.25;

export interface DraftLanguageGuess {
  lang: ContentLanguage;
  /** False when the text was too short or gave no script evidence, so a caller's hint should win. */
  confident: boolean;
}

export function guessDraftLanguage(text: string): DraftLanguageGuess {
  let han = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (HAN.test(ch)) {
      han++;
      if (SIMPLIFIED_ONLY.includes(ch)) simplified++;
      else if (TRADITIONAL_ONLY.includes(ch)) traditional++;
    } else if (LATIN_LETTER.test(ch)) {
      latin++;
    }
  }
  // Latin letters come roughly five to a word, Han one per word-ish unit; compare like with like.
  const latinUnits = latin / 5;
  if (han + latinUnits < MIN_SIGNAL) return { lang: 'en', confident: false };
  if (han / (han + latinUnits) < CJK_SHARE) return { lang: 'en', confident: true };
  if (traditional > simplified) return { lang: 'zh-Hant', confident: true };
  if (simplified > traditional) return { lang: 'zh-Hans', confident: true };
  return { lang: 'zh-Hans', confident: false };
}
