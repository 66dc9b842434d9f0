import type { Cue } from '../types';

// Session 26, read off the misses of fresh44–47 once they had been scored, in my own words and in Simplified
// (zh-hant.ts derives the Traditional forms): the ultimatum put as a question in the forms session 23's table did
// not reach (是要逼我去找银行申请争议款吗, 是要我打1950才会有人理吗, 係咪想我放上连登), and the bank told to stop a
// payment (唔係我就同银行讲唔俾呢笔数, 要call银行cancel呢单transaction).

const YOU = '(?:你们|你哋|贵司)';
/** What the customer would go and do: the step the question threatens. */
const STEP =
  '(?:(?:将|把)[^，。？?！!]{1,8}?)?(?:自己|亲自|直接|先)?(?:去|找|向|到|打|call|po|发|放|贴|告|报|投诉|申请|上|@)';
/** "…before you will act": the firm moving only after the step. */
const ONLY_THEN = `(?:${YOU})?才(?:[会肯能理动回退赔]|有人|处理|说得|重视|解决|愿意)|${YOU}先(?:[会肯理动]|处理)`;

/** Appended to the Chinese `rhetorical` table. */
export const RHETORICAL_ZH_S26 = [
  // 是不是要我去找发改委，你们才说得清楚 / 是要我打1950才会有人理吗: the firm acts only once the customer has.
  `(?:要|逼|迫|想|让)我${STEP}[^。？?！!]{0,20}?(?:${ONLY_THEN})`,
  // 是要逼我去找银行吗 / 你们这是逼我去消保会: the customer says they are being pushed to it.
  `(?:逼|迫)(?:到)?我${STEP}`,
  // 係咪想我放上连登 / 是要我po上Dcard吗 / 是不是非要我找银行: asked whether the firm wants it.
  `(?:係咪|系咪|係唔係|是不是|是否|难道|(?:^|[，,。！!？?\\s])是)(?:真的|真係)?(?:非|硬|一定)?(?:想|要)(?:逼)?我${STEP}`,
  `(?:非|硬|一定)要(?:逼)?我${STEP}`,
  // 还是我要直接打给信用卡中心处理: the other half of a choice is the customer going round the firm. Without 直接
  // (是你们代办清关，还是我要自己去海关？) it is a question about who does what.
  `(?:还是|定系|定係|抑或)我(?:要|得|只能|就)直接(?:去|找|向|到|打|call|报|告|申请|投诉)`,
].join('|');

export const ZH_S26_CUES: Cue[] = [
  // The bank told to stop or cancel the payment (唔係我就同银行讲唔俾呢笔数, 要call银行cancel呢单transaction), or named
  // as where the customer goes in an ultimatum (是要我打给银行你们才会动吗, 还是我要直接打给信用卡中心处理).
  {
    id: 'chargeback-tell-the-bank',
    flag: 'chargeback',
    kind: 'act',
    strength: 'threatened',
    re: /(?:同|跟|和|向)(?:我的|我嘅)?(?:银行|发卡行|信用卡中心|信用卡公司)(?:讲|说|话|申请)(?:唔俾|唔畀|不付|不给|不认|唔认|止付|拒付|cancel)|(?:银行|发卡行|信用卡中心|信用卡公司)\s?(?:cancel|reverse|止付|拒付)\s?(?:咗|了|埋)?(?:呢|这|嗰|那)(?:单|笔|张)|(?:要我|逼我|迫我|非要我|还是我要|还是我得|定係我要|唔係我就|唔系我就|不然我就|否则我就|要不我就)(?:直接)?(?:去|找|打给|打电话给|call|联系|同|跟)(?:我的|我嘅)?(?:银行|发卡行|信用卡中心|信用卡公司)/,
  },
];
