import type { Cue } from '../types';

// Session 32, after the session's blind sets were scored (fresh58: money, contracts and regulated services; short
// messages, hedges and second attempts): shapes read off their misses, written as shapes with wordings of our own
// beside them. Money moved out of the bank (工资卡下个月就转走), a fee asked off (年费能不能免, 运费可以退给我吗), the
// same question asked again (再问一遍), messages left unanswered for days (LINE传了三天都已读不回), someone higher or
// with the say asked for (更高层级的主管, 有冇人话到事), a staff promise followed up (客服昨天说…，有进展了吗), and the
// carrier left (转台). Written in Simplified (zh-hant.ts derives the Traditional forms; the Cantonese words are
// written as they are).

/** A fee, a charge or a penalty the customer pays. */
const FEE =
  '(?:年费|月费|运费|邮费|服务费|手续费|违约金|滞纳金|罚息|利息|会员费|管理费|改签费|退票费|取消费|解约金|cancellation fee)';

/** A day or a visit named before what the firm's staff said then. */
const BEFORE = '(?:昨天|昨日|前天|上次|之前|早前|上周|上礼拜|上星期|前几天|那天|琴日|寻日|尋日|上个月|月初)';

/**
 * Pressure asked as a refusal: 就不能给点补偿吗, 连个代金券都不能给吗, 唔可以赔少少咩. A refusal put as a question asks for
 * the thing refused.
 */
export const RHETORICAL_ZH_S32 =
  '(?:就|都|难道)?(?:不能|不可以|唔可以|唔能够|不肯)(?:(?:给|俾|畀)(?:我|我们)?(?:点|些|啲|一点|少少|个|一个|张|一张)?(?:补偿|赔偿|退款|代金券|优惠券|券|折扣|红包|表示)|(?:赔|补|退)(?:返|回)?(?:我|我们)?(?:点|些|啲|一点|少少)(?:钱|运费|差价)?)(?:吗|嗎|么|咩|呀|啊)|连(?:个|一张|张|点|一点|啲)?(?:补偿|赔偿|代金券|优惠券|券|红包|表示|折扣)都(?:不能|不可以|唔可以|不肯|唔肯)(?:给|俾|畀)';

export const ZH_S32_CUES: Cue[] = [
  // The money taken out of the bank the customer is angry with: 工资卡下个月就转走, 存款全部转走, 啲钱我会搬走. Moving money
  // between one's own accounts inside the bank is asked with 转到 or 转账, not 转走.
  {
    id: 'churn-money-moved-out',
    flag: 'churn',
    kind: 'act',
    re: /(?:工资卡|工资|存款|定期|理财|积蓄|余额|资金|公积金|退休金|养老金|全部的钱|啲钱|钱)[^，。！？]{0,8}?(?:就|都|全部|全|会|要|马上|立刻|明天|下个月)?(?:转走|取走|搬走|提走|撤走)/,
    strength: 'threatened',
  },
  // Leaving a carrier or a pay-TV provider (我会直接转台, 约满就转台, 转网). 转台 alone also means changing the channel, so
  // the writer's own step is needed.
  {
    id: 'churn-switch-carrier',
    flag: 'churn',
    kind: 'act',
    re: /我(?:会|就|都|要|宁愿|决定|已经|已)?(?:直接|马上|即刻|立即)?(?:转台|转网|携号转网)|(?:约满|合约到期|到期)(?:就|即刻|马上)?(?:转台|转网)/,
  },
  // A fee asked off or back as redress: 年费能不能免了, 运费可以退给我吗, 违约金可唔可以豁免. A fee asked about as a rule (年费怎么
  // 收) has no verb of waiving.
  {
    id: 'compensation-fee-asked-off',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      `${FEE}[^，。！？?]{0,2}?(?:能不能|能否|可不可以|可以|可否|可唔可以|得唔得|麻烦|请|帮我)(?:帮我|给我|俾我)?(?:免|减免|豁免|免除|退|退回|退还|退返|回退|减)`,
    ),
  },
  // The same question asked once more (再问一遍, 问第三遍): the writer has asked before. 我再问一下 opens a new question,
  // and 最后问一次 or 我再说一遍 is an ultimatum that need not follow an earlier contact, so neither is read.
  {
    id: 'repeat-asked-once-more',
    flag: 'repeat-contact',
    kind: 'said',
    re: /再(?:问|問)(?:你们|你哋)?(?:一遍|一次|多一次)|问(?:第[二三四五六七八九十\d]+|多一)(?:遍|次)/,
  },
  // Messages sent for days with no answer: LINE传了三天都已读不回, 私信发了两天都没人回, 留言一个礼拜冇人覆.
  {
    id: 'repeat-unanswered-for-days',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:传|发|留言|私信|私讯|讯息|信息|邮件|email|问|催)(?:了|咗|过)?[^，。！？]{0,6}?(?:[两二三四五六七八九十几\d]+|好几|半|一)(?:个)?(?:天|日|礼拜|星期|周|个月|次)(?:了|咗)?[^，。！？]{0,3}(?:都|也|还|仲|依然)?(?:已读不回|没人回|没有人回|没回|冇人覆|冇覆|冇回|不回|没人理|冇人理)/,
  },
  // Someone above the agent asked for by rank (要求更高层级的主管重新审查, 请上一级负责人处理) or by the say they have
  // (有冇人话到事, 找个能拍板的, 叫个话得事嘅人嚟).
  {
    id: 'supervisor-higher-rank',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:要求|找|要|叫|请|让|换|转给|转介)(?:一个|一位|个|位)?(?:更高|更高层|更高一级|高层|较高|上一级|上级|高一级)(?:级别|层级|级)?(?:的|嘅)?(?:主管|经理|领导|负责人|人员|同事|人)|(?:有(?:冇|没有)|搵|找|叫|要)(?:个|一个|啲|位|一位)?(?:人)?(?:话得到事|话到事|话得事|话事|做得主|做得了主|能拍板|可以拍板)/,
  },
  // Following up what the firm's staff said on an earlier day (客服昨天说会帮我升级，请问有进展了吗, 同事上次讲会转介，想问有冇
  // 消息): the customer has been in touch before about this.
  {
    id: 'repeat-staff-said-follow-up',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `(?:客服|你们|你哋|你们的?同事|你哋同事|同事|职员|专员|师傅|店员|经理)${BEFORE}(?:跟我|同我|和我|对我)?(?:说|讲|话|答应|承诺|回复|覆)[^。！？?]{0,40}?(?:有(?:没有|冇)?(?:进展|消息|下文|回音|更新|结果)|进展如何|怎么样了|点样|搞成点|处理好(?:了)?(?:没|未|吗))`,
    ),
  },
  // A government office named by its abbreviation (去zf投诉, 找zf反映) or the securities and central-bank hotlines
  // (12386也打了, 打咗12363).
  {
    id: 'regulator-gov-and-finance-hotlines',
    flag: 'regulator',
    kind: 'act',
    re: /(?:去|找|向|到|跟|同)(?:zf|政府|市政府|区政府|街道办)(?:部门)?[^，。！？]{0,4}(?:投诉|举报|反映|申诉|告)|(?:打|打了|打咗|打过)(?:12386|12363)|(?:12386|12363)(?:我)?(?:也|都)?(?:打了|打咗|打过)/,
  },
  // The refusal asked back as the demand (就不能给点补偿吗, 连个代金券都不能给吗): the negation is the cue's own wording.
  {
    id: 'compensation-refusal-asked-back',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(RHETORICAL_ZH_S32),
  },
  // The customer following the matter up again: 再跟进一下这个事, 再 chase 下呢单嘢, 再催一下.
  {
    id: 'repeat-following-up-again',
    flag: 'repeat-contact',
    kind: 'said',
    re: /再\s?(?:跟进|追|催|chase|follow\s?up)\s?(?:一下|下)/,
  },
  // Where the refunded money is, asked back in two characters: 现在都第九个工作日了，钱呢？ 我的退款呢？
  {
    id: 'compensation-where-is-the-money',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:^|[，,。！!？?\s])(?:那|我的|所以|咁|啲)?(?:钱|退款|款项|款|退费)呢(?=\s*[？?！!]|\s*$)/,
  },
  // A fee asked off with 把 (我只求你们把罚息免了, 把违约金减免掉, 將手續費豁免咗).
  {
    id: 'compensation-fee-let-off',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      `(?:把|将|將)(?:这笔|呢笔|这些|啲)?${FEE}(?:给我|俾我)?(?:免|减免|豁免|免除|退|退回|退还|取消|减)(?:了|掉|咗|除)?`,
    ),
  },
  // A loss the customer will not swallow, put as a challenge: 这一天的工资总不能让我自己白扔了吧？
  {
    id: 'compensation-loss-not-swallowed',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:总|始终)(?:不能|不会|不可能|唔会|唔可以|冇理由|没理由)(?:让|要|叫|由)我(?:自己)?(?:白白|白)(?:扔|丢|亏|损失|蚀|等|付|出)/,
  },
  // Someone with the say sent for: 请安排一位能真正拍板的负责人来跟进, 找个说了算的人.
  {
    id: 'supervisor-one-who-decides',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:安排|派|请|找|叫|换|要)(?:一位|一个|个|位)?(?:能|可以|有权)?(?:真正)?(?:拍板|做主|作主|说了算|话事)(?:的|嘅)(?:负责人|人|领导|经理|主管)/,
  },
  // What the firm's staff said on the phone before (你们客服电话里说只能退机票钱): the customer has called already.
  {
    id: 'repeat-staff-said-on-the-phone',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:你们|你哋)?(?:客服|同事|职员|专员)(?:在|喺)?电话(?:里|入面|中)(?:跟我|同我)?(?:说|讲|话|答复|回复)/,
  },
  // Getting the money back through the bank (我就找银行把这笔钱退回来): the bank's step, a chargeback.
  {
    id: 'chargeback-bank-gets-it-back',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:找|让|叫|通过|请)(?:银行|信用卡中心|发卡行|信用卡公司)[^，。！？]{0,4}?(?:把)?[^，。！？]{0,6}?(?:钱|款)[^，。！？]{0,3}?(?:退回来|追回|拿回|要回|退返|扣回)/,
  },
];
