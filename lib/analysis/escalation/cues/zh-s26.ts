import type { Cue } from '../types';

// Session 26, read off the misses of fresh44–47 once they had been scored, in my own words and in Simplified
// (zh-hant.ts derives the Traditional forms): the ultimatum put as a question in the forms session 23's table did
// not reach (是要逼我去找银行申请争议款吗, 是要我打1950才会有人理吗, 係咪想我放上连登), and the bank told to stop a
// payment (唔係我就同银行讲唔俾呢笔数, 要call银行cancel呢单transaction).

const YOU = '(?:你们|你哋|贵司)';
/** What the customer would go and do: the step the question threatens. */
const STEP =
  '(?:(?:将|把)[^，。？?！!]{1,8}?)?(?:自己|亲自|直接|先)?(?:去|找|搵|揾|向|到|打|call|po|发|放|贴|告|报|投诉|申请|上|@|入纸|入禀|起诉|提告)';
/** "…before you will act": the firm moving only after the step. */
const ONLY_THEN = `(?:${YOU})?才(?:[会肯能理动回退赔]|有人|处理|说得|重视|解决|愿意)|${YOU}先(?:[会肯理动]|处理)`;

/** Someone with the power to decide, asked whether they exist (有没有一个能真正拍板的人, 有没有哪一位是真的可以做决定的). */
const SOMEONE_WHO_DECIDES =
  '有[没冇]有?(?:一个|一位|哪一位|哪位|个|人)?(?:是)?(?:真正|真的|真係)?(?:能|可以)(?:真正|真的)?(?:管事|做主|拍板|说了算|做决定|作决定|话事|决定)';
/** The boss's whereabouts asked (你上司喺边, 你们经理在哪): a wish to be put through. */
const WHERE_IS_THE_BOSS =
  '(?:上司|经理|主管|老板|负责人|领导)(?:喺|在)(?:边|哪)(?:度|里|儿)?(?:呀|啊|啦|呢)?(?=[？?]|$)';

/** Appended to the Chinese `rhetorical` table. */
export const RHETORICAL_ZH_S26 = [
  // 是不是要我去找发改委，你们才说得清楚 / 是要我打1950才会有人理吗: the firm acts only once the customer has.
  `(?:要|逼|迫|想|让)我${STEP}[^。？?！!]{0,20}?(?:${ONLY_THEN})`,
  // 是要逼我去找银行吗 / 你们这是逼我去消保会: the customer says they are being pushed to it.
  `(?:逼|迫)(?:到)?我${STEP}`,
  // 係咪想我放上连登 / 是要我po上Dcard吗 / 是不是非要我找银行: asked whether the firm wants it.
  `(?:係咪|系咪|係唔係|是不是|是否|难道|(?:^|[，,。！!？?\\s]|你们|你哋|你)是)(?:真的|真係)?(?:非|硬|一定)?(?:想要|想让|要让|想|要)(?:逼)?我${STEP}`,
  `(?:非|硬|一定)要(?:逼)?我${STEP}`,
  // 还是我要直接打给信用卡中心处理: the other half of a choice is the customer going round the firm. Without 直接
  // (是你们代办清关，还是我要自己去海关？) it is a question about who does what.
  `(?:还是|定系|定係|抑或)我(?:要|得|只能|就)直接(?:去|找|向|到|打|call|报|告|申请|投诉)`,
  // 有没有一个能真正拍板的人？ / 你上司喺边？: asked for, not asked about.
  `${SOMEONE_WHO_DECIDES}|${WHERE_IS_THE_BOSS}`,
].join('|');

export const ZH_S26_CUES: Cue[] = [
  // Someone senior asked for in the forms above, or put through to (转上去高层, 接到你们投诉专员的上级).
  {
    id: 'supervisor-decider-asked-for',
    flag: 'supervisor',
    kind: 'ask',
    re: new RegExp(
      `${SOMEONE_WHO_DECIDES}|${WHERE_IS_THE_BOSS}|(?:转|接|升级)(?:上去|到|去|给|俾|畀)[^，。！？]{0,10}(?:上级|上司|高层|管理层)`,
    ),
  },
  // Contempt the tables lacked: deaf or blind staff (你们是聋了还是瞎了), a manager asked if dead (经理是死了吗, 係咪死咗),
  // 一坨屎, 吸血鬼, Cantonese curses (冚家铲, 黐线佬, on9) and Taiwan's 塑胶 (staff who may as well be plastic).
  {
    id: 'abuse-deaf-dead-curses',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋|你|客服)(?:是)?(?:聋|瞎|眼瞎|耳聋)(?:了|咗)?(?:吗|咩|还是|定系|定係|[？?])|(?:经理|主管|上司|老板|负责人|客服|你们|你哋)(?:是|係咪)?(?:死了|死咗|死晒)(?:吗|咩|[？?])|係咪死(?:晒|咗)|一(?:坨|团|舊|嚿)屎|吸血鬼|(?:你们|你哋)(?:这|呢)?(?:帮|班|群)?吸血的|冚家(?:铲|鏟|剷|产|產)|黐线佬|黐线(?:㗎|架)?你哋|(?<![a-z])on9(?![a-z])|(?:主管|经理|客服|你们|你哋)[^，。！？]{0,2}是塑(?:胶|膠)/,
  },
  // Self-harm in slang (想紫砂, zs的念头) and said plainly in Cantonese (唔想再活落去); a threat to staff at the counter
  // (不然别怪我上门), petrol or paint thrown at the shop (喺你哋门口淋咗油).
  {
    id: 'harm-slang-visit-petrol',
    flag: 'harm',
    kind: 'harm',
    re: /(?:想|要|去|准备|打算)(?:去)?紫砂|(?:紫砂|zs)(?:的)?(?:念头|想法)|(?:不|唔)想再?活(?:落去|下去)|(?:别|唔好|不要)怪我(?:找)?上(?:门|嚟|来)|(?:喺|在)(?:你们|你哋)?(?:的|嘅)?(?:门口|舖头|铺头|店|公司)[^，。！？]{0,4}(?:淋|泼|倒)(?:咗|了)?(?:油|汽油|红油|油漆)/,
  },
  // Contact counted by agents or days (聊了三个客服, 我第五日打嚟问), reported again (我已经报了两次), or said long
  // ago (我上周就说了要退订).
  {
    id: 'repeat-agents-days-said-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:聊|问|换|找)(?:了|咗|过)(?:[两二三四五六七八九十几\d]+|好几|好多)个(?:客服|人|同事|专员)|第[二三四五六七八九十几\d]+(?:日|天)(?:打|call|嚟|来|问|找|联系|催)|(?:报|投诉|反映|提交|催)(?:了|咗|过)(?:[两二三四五六七八九十几\d]+|好几)次|我(?:上(?:周|个?星期|个?礼拜|个?月)|[一二三四五六七八九十]+月份?|早)就(?:已经)?(?:说|讲|要求|申请|提|报)(?:了|过|咗)/,
  },
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
