import type { LanguageCues } from '../types';
import { ZH_COMMON_CUES, ZH_CONTEXT } from './zh-common';
import { ZH_PAIRS } from './zh-pairs';

// Taiwan and Hong Kong wording, Cantonese included: 消基會 / 1950 / 消委會, Dcard, PTT, 連登, 咗, 唔, 你哋.
export const ZH_HANT_CUES: LanguageCues = {
  ...ZH_CONTEXT,
  pairs: ZH_PAIRS,
  cues: [
    ...ZH_COMMON_CUES,
    {
      flag: 'regulator',
      kind: 'act',
      re: /打(?:了)?(?:1950|1999)|1950(?:也)?打了|(?:向|去|找)(?:消基會|消保官|消保處|消委會|公平會|NCC|ncc|通傳會|金管會|衛生局|市長信箱)[^，。]{0,8}(?:投訴|申訴|檢舉|反映|那邊)?|寫市長信箱/,
    },
    {
      flag: 'public',
      kind: 'act',
      re: /(?:去|上)(?:Dcard|dcard|PTT|ptt|連登|爆料公社)(?:爆料|發文|出post|po文|講)?|PO上網|po上網|Google一星|google一星/,
    },
    { flag: 'churn', kind: 'ask', re: /cut咗?(?:個|佢)?plan|唔想再用|取消(?:個)?plan|幫我(?:cut|cancel)/ },
    { flag: 'supervisor', kind: 'ask', re: /搵(?:你哋)?(?:經理|主管|負責人|上司)(?:出嚟|嚟)?/ },
  ],
};
