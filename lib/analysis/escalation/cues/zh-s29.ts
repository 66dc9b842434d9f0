import type { Cue } from '../types';

// Session 29, written from the clause readings noted in the twenty-eighth session, before its blind sets were read:
// money to be got back rather than refunded (我只想要回我的钱, 押金得拿回来, 我只想攞返我啲錢). A shape, in Simplified
// (zh-hant.ts derives the Traditional forms; the Cantonese verbs are written as they are).

/** What the customer paid and wants back. */
const PAID = '(?:钱|款|费用|押金|定金|订金|货款|本金|钱款|服务费|会员费|学费|房租|租金|运费)';

/**
 * Money got back through someone else (信用卡那边会找你们商户把钱要回来, 钱我自己要回来 after a platform complaint) is
 * their act or a dispute's, not a refund asked of the firm.
 */
const NOT_VIA = '(?<!(?:自己|商户|商家|merchant|银行|信用卡|支付宝|微信支付|平台|发卡行)[^，。！？\\n]{0,3})';

export const ZH_S29_CUES: Cue[] = [
  // Getting one's own money back: 我只想要回我的钱, 拿回那笔押金, 我只想攞返我啲錢; 押金要拿回来, 钱得退回来.
  {
    id: 'compensation-money-got-back',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      `${NOT_VIA}(?:要回|拿回|取回|讨回|讨还|追回|拿返|攞返|拎返|攞番|拎番|要返)(?:我|我们|我哋)?(?:的|啲|嘅)?(?:那|这|呢|嗰)?(?:笔|些|啲|份)?(?:付的|交的|给的|俾嘅|畀嘅)?${PAID}|${NOT_VIA}${PAID}(?:(?!自己)[^，。！？\\n]){0,6}?(?:拿回来|要回来|退回来|还回来|拿返嚟|攞返嚟|攞返|拎返|退返俾我|还俾我)`,
    ),
  },
];
