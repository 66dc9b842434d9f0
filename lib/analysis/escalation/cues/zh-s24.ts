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
  // A veiled threat: something may happen to the shop one day, and the writer "did warn" (要是哪天你们店门口出点什么事，
  // 别说我没提醒过). Both halves are needed, and the thing named must be theirs: otherwise it is a worry or a friendly
  // reminder (哪天出了事别怪我没提醒你们检查线路).
  {
    id: 'harm-one-day-something-happens',
    flag: 'harm',
    kind: 'harm',
    re: /哪天[^，。！？出]{0,10}?(?:你们|你哋|店|招牌|门|车|铺|玻璃|办公室|营业厅)[^，。！？]{0,8}?出(?:了|咗)?(?:点|啲|个|個)?(?:什么|咩|甚么)?(?:事|意外|状况)[^。！？]{0,10}?(?:别|不要|唔好|可别|莫)(?:说|讲|话|怪)(?:我)?(?:没|冇|無)?(?:提醒|讲过|说过|警告)?/,
  },
  // Whoever stands in the way gets hit (谁拦我我就砸谁, 边个阻住我就打边个), and driving into the branch.
  {
    id: 'harm-whoever-stops-me',
    flag: 'harm',
    kind: 'harm',
    re: /(?:谁|边个|邊個)(?:敢)?(?:拦|阻|挡|擋)(?:住)?我[，,]?\s*(?:我)?(?:就)?(?:砸|打|揍|劈|砍|撞)(?:谁|边个|邊個)|开车(?:直接)?(?:冲|衝|撞)(?:进|入)(?:你们|你哋|你們)/,
  },
  // Self-harm said softly: 不太想活了, 活着好痛苦, 唔知点捱落去.
  {
    id: 'harm-soft-despair',
    flag: 'harm',
    kind: 'harm',
    re: /(?:不太|不怎么|唔系好|唔係好)想活|活着(?:真的|真係)?(?:好|太|很|真|几)痛苦|(?:唔知|不知道|不晓得)(?:点|怎么|要怎么)(?:捱|撑|熬)(?:落去|下去)/,
  },
  // Someone more senior, asked for as "higher than you" (叫个比你级别高的来, 叫個高級啲嘅嚟).
  {
    id: 'supervisor-higher-than-you',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:叫|找|搵|换|換)(?:个|個|一个|一個)?比你(?:级别|級別|职位|職位|位置)?(?:更)?高(?:的|嘅)(?:人)?(?:来|嚟|出来|过来)?|(?:叫|找|搵)(?:个|個)(?:高级|高級)(?:啲|点|一点)?(?:嘅|的)(?:人)?(?:来|嚟|出来)/,
  },
  // Contempt for the staff or the firm: a head not up to it, a block of wood, not fit to open a shop (脑子不够用就别接
  // 电话, 前台跟块木头一样, 你们这种店也配开).
  {
    id: 'abuse-not-fit',
    flag: 'abuse',
    kind: 'said',
    re: /[脑腦](?:子|袋)(?:不够用|唔够用|不好使)|(?:跟|同|像)(?:块|塊|根|嚿)木头(?:一样|咁)|你们这种(?:店|公司|平台|银行|医院|学校)(?:也|都)配/,
  },
];
