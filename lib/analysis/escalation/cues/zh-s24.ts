import type { Cue } from '../types';

// Session 24: a payment taken back through the app store, wallet or pay-later service it was made with, as en-s24.ts
// reads it in English (花呗那边发起了退款纠纷, 微信支付投诉已经提交了, 喺AlipayHK度投訴咗, 今晚唔退錢我就喺WeChat Pay度
// 投訴). Read off corpus28, in my own words, in Simplified; zh-hant.ts derives the Traditional forms, so run
// `npm run derive:hant` after an edit. A complaint lodged there is a dispute of the payment, not a regulator's.

/** App stores, wallets and pay-later services (lowered: the tables are read against lowered text). */
const WALLET = String.raw`(?:苹果|apple|app\s?store|谷歌|google(?:\s?play)?|paypal|贝宝|支付宝|alipay(?:\s?hk)?|微信支付|wechat\s?pay|花呗|借呗|京东白条|白条|klarna|afterpay|云闪付|payme|line\s?pay|街口|全支付|grabpay|touch\s?'?n\s?go)`;
/** Where in it: 那边, 度 (Cantonese), 里, the app or its support. */
const THERE = String.raw`(?:那边|那里|这边|度|里|里面|上|app(?:里|度|上)?|客服)?`;
/** What is lodged there. */
const LODGED = String.raw`(?:投诉|申请(?:了|咗)?退款|退款申请|提交(?:了|咗)?(?:退款|投诉|争议|申诉|纠纷)|发起(?:了|咗)?[^，。！？]{0,4}?(?:纠纷|争议|投诉|申诉)|提(?:了|咗)?(?:争议|申诉|投诉|纠纷)|报告(?:了|咗)?问题|申诉|举报|要求(?:佢哋|他们|她们)?退款)`;

export const ZH_S24_CUES: Cue[] = [
  {
    id: 'chargeback-wallet-lodged',
    flag: 'chargeback',
    kind: 'act',
    re: new RegExp(
      String.raw`(?:在|喺|向|跟|同|找|通过|经|去|到)${WALLET}${THERE}[^，。！？]{0,6}?${LODGED}|${WALLET}${THERE}(?:的)?(?:投诉|争议|纠纷|申诉)(?:我)?(?:已经|已|都)?(?:提交|发起|提|开)(?:了|咗)`,
    ),
  },
];
