import type { LanguageCues } from '../types';
import { ZH_COMMON_CUES, ZH_CONTEXT } from './zh-common';
import { ZH_OBLIQUE_CUES } from './zh-oblique';
import { ZH_PAIRS } from './zh-pairs';
import { ZH_S17_CUES } from './zh-s17';
import { ZH_S18_CUES } from './zh-s18';
import { ZH_S19_CUES } from './zh-s19';
import { ZH_S20_CUES, ZH_S20_PAIRS } from './zh-s20';
import { ZH_S21_CUES } from './zh-s21';
import { ZH_S24_CUES } from './zh-s24';
import { ZH_S25_CUES, ZH_S25_SUPERVISOR } from './zh-s25';
import { ZH_S26_CUES } from './zh-s26';
import { ZH_S27_CUES } from './zh-s27';
import { ZH_S28_CUES } from './zh-s28';
import { ZH_S29_CUES } from './zh-s29';
import { ZH_S30_CUES } from './zh-s30';
import { ZH_S31_CUES } from './zh-s31';
import { ZH_S32_CUES } from './zh-s32';

// The zh-Hans tables, and the source zh-hant.ts derives the Traditional ones from: the shared cues, then mainland hotlines and
// platforms (left out of zh-Hant by zh-hant.overrides.ts). Every cue has an id for the overrides.
export const ZH_HANS_CUES: LanguageCues = {
  ...ZH_CONTEXT,
  pairs: [...ZH_PAIRS, ...ZH_S20_PAIRS],
  cues: [
    ...ZH_COMMON_CUES,
    ...ZH_OBLIQUE_CUES,
    ...ZH_S17_CUES,
    ...ZH_S18_CUES,
    ...ZH_S19_CUES,
    ...ZH_S20_CUES,
    ...ZH_S21_CUES,
    ...ZH_S24_CUES,
    ...ZH_S25_CUES,
    ZH_S25_SUPERVISOR,
    ...ZH_S26_CUES,
    ...ZH_S27_CUES,
    ...ZH_S28_CUES,
    ...ZH_S29_CUES,
    ...ZH_S30_CUES,
    ...ZH_S31_CUES,
    ...ZH_S32_CUES,
    {
      id: 'regulator-mainland-hotlines',
      flag: 'regulator',
      kind: 'act',
      re: /打(?:了|过)?(?:12315|12345|12365|12321|12378|12398|12358|12320|12331|12333|市长热线)|(?:12315|12345|12398|12358)(?:也)?打了|向(?:市场监管局|工商局|消协|工信部|银保监会|证监会|网信办|通管局|邮政管理局)[^，。]{0,6}(?:投诉|举报|反映|申诉)/,
    },
    {
      id: 'public-mainland-platforms',
      flag: 'public',
      kind: 'act',
      re: /(?:消费保|聚投诉)(?:上)?(?:投诉|发帖|发)|在(?:消费保|聚投诉)|(?:去|到|上)(?:黑猫投诉|黑猫|消费保|聚投诉)|黑猫投诉(?:发帖|上发|投)|在黑猫投诉|(?:黑猫投诉|消费保|聚投诉)(?:我)?(?:已经|都)?(?:提交|投|发)(?:了|过)|发小红书|发微博|发抖音|大众点评(?:上)?(?:给|写|打)/,
    },
    { id: 'churn-membership', flag: 'churn', kind: 'ask', re: /退会员|不续费了|关掉自动续费/ },
  ],
};
