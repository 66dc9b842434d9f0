import type { Cue, LanguageCues } from '../types';

/**
 * How the zh-Hant escalation cues differ from zh-Hans beyond the character mapping: the bodies, platforms and
 * Cantonese wording of Taiwan and Hong Kong, and mainland entries Traditional writers never use.
 * zh-hant.ts applies these to the zh-Hans tables when it derives the zh-Hant ones.
 */
export interface EscalationHantOverrides {
  /** zh-Hans cues and pairs (by id) left out of zh-Hant, with the reason. */
  hansOnly: Readonly<Record<string, string>>;
  /** Cues only Traditional writers use, written in Traditional, read after the derived ones. */
  hantOnly: readonly { why: string; cue: Cue & { id: string } }[];
  /** Words a context pattern gains in Taiwan and Hong Kong, as alternatives added to the derived pattern. */
  context: Partial<Record<ContextKey, { why: string; add: RegExp }>>;
}

export type ContextKey = Exclude<keyof LanguageCues, 'cues' | 'pairs'>;

export const ZH_HANT_ESCALATION_OVERRIDES: EscalationHantOverrides = {
  hansOnly: {
    'regulator-mainland-hotlines':
      'Mainland hotlines and bodies (12315, 12345, 市长热线); Taiwan and Hong Kong have their own',
    'public-mainland-platforms': 'Mainland complaint and review platforms (黑猫投诉, 大众点评, 小红书)',
  },
  hantOnly: [
    {
      why: "Taiwan's and Hong Kong's consumer bodies and hotlines: 1950, 消基會, 消保官, 消委會, NCC, 金管會",
      cue: {
        id: 'regulator-tw-hk-bodies',
        flag: 'regulator',
        kind: 'act',
        re: /打(?:了)?(?:1950|1999)|1950(?:也)?打了|(?:向|去|找)(?:消基會|消保官|消保處|消委會|公平會|NCC|ncc|通傳會|金管會|衛生局|市長信箱)[^，。]{0,8}(?:投訴|申訴|檢舉|反映|那邊)?|寫市長信箱/,
      },
    },
    {
      why: 'Taiwan and Hong Kong forums and review habits: Dcard, PTT, 連登, 爆料公社, PO上網',
      cue: {
        id: 'public-tw-hk-forums',
        flag: 'public',
        kind: 'act',
        re: /(?:去|上)(?:Dcard|dcard|PTT|ptt|連登|爆料公社)(?:爆料|發文|出post|po文|講)?|PO上網|po上網|Google一星|google一星/,
      },
    },
    {
      why: 'Cantonese for ending a plan or moving carrier: cut 咗個 plan, 唔想再用, 我就轉台 (in Taiwan 轉台 is changing channel)',
      cue: {
        id: 'churn-cantonese',
        flag: 'churn',
        kind: 'ask',
        re: /唔見咗(?:一個)?(?:老|忠實)?客|cut咗?(?:個|佢)?plan|(?:我|即刻|就)cut咗?(?:個|佢|你哋)|唔想再用|取消(?:個)?plan|幫我(?:cut|cancel)/,
      },
    },
    {
      why: 'Cantonese for moving carrier as a threat (我就轉台, 我真係會轉台): said of what the writer will do, not asked of us',
      cue: {
        id: 'churn-cantonese-moving',
        flag: 'churn',
        kind: 'act',
        strength: 'threatened',
        re: /(?:我就|我會|我真係會|我即刻|我下個月|我一定)轉台/,
      },
    },
    {
      why: 'Cantonese for asking for a manager or whoever decides: 搵經理出嚟, 搵個話事嘅',
      cue: {
        id: 'supervisor-cantonese',
        flag: 'supervisor',
        kind: 'ask',
        re: /搵(?:你哋)?(?:經理|主管|負責人|上司)(?:出嚟|嚟)?|(?:搵|叫|請|要)(?:個|个|一個)?(?:有權|有權力)?(?:話(?:得到?)?事|揸fit)(?:嘅|的)?(?:人)?(?:出嚟|嚟)?/,
      },
    },
    {
      why: 'Taiwan slang for an idiot (87, said like 白痴) aimed at the agent',
      cue: {
        id: 'abuse-taiwan-87',
        flag: 'abuse',
        kind: 'said',
        re: /(?:是|係|好|超|很)87(?![\d元塊])|87(?:喔|耶|嗎|啊)/,
      },
    },
    {
      why: 'Cantonese for getting a lawyer or going to court: 搵律師, 入稟, 告到你哋',
      cue: {
        id: 'legal-cantonese',
        flag: 'legal',
        kind: 'act',
        re: /搵(?:咗)?(?:個|个)?律師|入稟|告到你哋|同你哋(?:上庭|打官司)/,
      },
    },
  ],
  context: {},
};
