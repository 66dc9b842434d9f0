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
  // Redress asked as what the firm means to do about a loss (这三个半天的工资你们打算怎么处理, 呢三个半日人工你哋点计,
  // 月租总要折一点吧, 这笔账你们认不认, 嗰半日人工边个补返畀我). RHETORICAL_ZH_S24 makes the question a demand.
  {
    id: 'compensation-what-about-the-loss',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:工资|人工|薪水|损失|差价|费用|这笔(?:钱|账)|呢笔(?:钱|数)|这些钱)[^。！？]{0,12}?(?:你们|你哋|贵公司|平台)[^。！？]{0,6}?(?:打算|准备|想|要)?(?:怎么|点样|点|如何)(?:处理|负责|承担|算|计|赔|补|弄)|(?:总要|总得|至少)(?:折|减|退|补|赔)(?:一点|一些|啲|点)|(?:这笔账|呢笔数)(?:你们|你哋)?(?:认不认|认唔认)|(?:边个|谁)(?:补|赔|还)(?:返|回)?(?:畀|给)我/,
  },
  // Someone above the agent asked for without a title (麻烦往上转一下, 再往上一级的人, 组里管事的, 超出你的权限, 有权限的
  // 主管, 高层的人).
  {
    id: 'supervisor-further-up',
    flag: 'supervisor',
    kind: 'ask',
    re: /往上(?:转|报|呈|反映|提)|再往上一级|(?:找|叫|让|要|请|跟|同|搵|转给|转畀|给|换)[^，。！？]{0,6}?(?:管事|话事|做主|做决定)(?:的|嘅)(?:人|同事|主管|领导)?|超出(?:了)?你(?:的)?权限|有权限(?:的|嘅)(?:主管|人|同事|领导)|(?:比较)?高层(?:的|嘅)?人|(?:批|处理)特别(?:处理|个案)?(?:嗰位|的)(?:同事|人)/,
  },
  // A regulator asked about as an audience (你说市场监管局的人会不会对…感兴趣, 消保处知道吗).
  {
    id: 'regulator-would-they-care',
    flag: 'regulator',
    kind: 'act',
    re: /(?:市场监管局|工商局|消协|消保处|消保官|消委会|12315|工信部|银保监|金管会|通讯办|ncc|消基会|金融监管)(?:的人|那边)?[^，。！？]{0,4}(?:会不会|会唔会|知道|知唔知|知不知道)/,
  },
  // A court asked about as an audience (你觉得法院会认吗, 你们敢在法官面前说这合理吗, 小额钱债审裁处讲返一次).
  {
    id: 'legal-before-a-judge',
    flag: 'legal',
    kind: 'act',
    re: /(?:法院|法官|法庭|仲裁庭|小额钱债审裁处|审裁处)(?:面前)?[^，。！？]{0,12}(?:会认|认不认|认吗|合理|讲返|说清楚)|(?:法官|法庭|法院)面前[^，。！？]{0,8}?(?:讲|说|解释)/,
  },
  // An elected representative copied in or helping (这封邮件我已经抄送给人大代表, cc咗区议员, 立委助理会帮我协调).
  {
    id: 'regulator-representative-copied',
    flag: 'regulator',
    kind: 'act',
    re: /(?:抄送|cc|副本|转发)(?:了|咗|给|畀)?[^，。！？]{0,10}(?:人大代表|区议员|立委|市议员|议员|政协委员|立法会议员)|(?:人大代表|区议员|立委|市议员|议员)[^，。！？]{0,12}(?:抄送|跟进|协调|打电话给你们)/,
  },
  // Gone elsewhere already, said in passing (算了，已经在京东下单了; 已经喺HKTVmall落咗单，你哋慢慢送啦; 以后都去全联买;
  // 月尾唔续约).
  {
    id: 'churn-bought-elsewhere',
    flag: 'churn',
    kind: 'act',
    re: /(?<=算了[，,\s]*)(?:我)?(?:已经)?(?:在|喺)[^，。！？]{1,10}(?:下单|落咗单|买了|买咗)|(?:下单|落咗单|买了|买咗)[^。！？]{0,6}(?:你们|你哋)[^，。！？]{0,6}慢慢(?:发|送)|以后[^，。！？]{0,8}都(?:去|在|喺)(?!你们|你哋)[^，。！？]{1,8}买|(?:月底|月尾|到期)(?:就)?(?:唔|不)(?:再)?(?:续约|续费)/,
  },
  // Contempt in chat: the service a mere ornament (客服真是摆设), nmd, blind staff (骑手是不是眼瞎).
  {
    id: 'abuse-ornament',
    flag: 'abuse',
    kind: 'said',
    re: /(?:客服|你们|你哋)[^，。！？]{0,6}(?:真是|真係|就是|係|是)?(?:个|個)?摆设|(?<![a-z])nmd(?![a-z])|(?:你们|你哋)[^，。！？]{0,10}(?:是不是|係咪)?眼瞎/,
  },
];

/** Appended to the Chinese `rhetorical` table: what the firm means to do, a regulator's or a court's view, asked as a demand or a threat. */
export const RHETORICAL_ZH_S24 = [
  '(?:你们|你們|你哋|贵司|貴司|平台)[^，。？]{0,4}(?:打算|准备|準備|想)(?:怎么|怎麼|点样|點樣|点|點|如何)(?:处理|處理|负责|負責|承担|承擔|算|计|計|赔|賠|补|補|表示|弄)',
  '(?:认不认|認不認|认唔认|認唔認)',
  '(?:你们|你們|你哋)(?:点|點|怎么|怎麼)(?:计|計|算)(?=[？?]|$)',
  '(?:会不会|會不會|会唔会|會唔會)对[^，。？]{0,20}(?:感兴趣|感興趣|有兴趣|有興趣)',
  '(?:局|处|處|会|會|署|办|辦|官|协|協|ncc|12315)(?:的人|那边|那邊)?(?:知道|知)(?:吗|嗎|唔知|不知道)',
  '(?:局|处|處|会|會|署|办|辦|官|协|協|ncc|12315)(?:的人|那边|那邊)?(?:知不知道|知唔知)',
  '你(?:觉得|覺得|估|猜|说|說)[^？]{0,30}(?:会认|會認|会点|會點|会怎么|會怎麼)',
  '(?:敢不敢|夠唔夠膽|够唔够胆|敢)(?:在|喺|去)(?:法官|法院|法庭|小额|小額)',
].join('|');
