import type { Cue } from '../types';
import { REGULATOR } from './zh-pairs';

// Session 21 (families read in the misses of fresh34, corpus23a and corpus24c: formal letters that list their dates,
// runarounds, chat fragments, veiled self-harm, rhetorical ultimatums; written in my own words and in Simplified;
// zh-hant.ts derives the Traditional forms, so run `npm run derive:hant` after an edit).

/** A calendar day as letters and chats write it (5月3日, 3/4, 9/15). */
const DAY = String.raw`(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}/\d{1,2}(?![\d/]))`;
/** The writer reaching the firm, in the perfect: one of these after a date is a contact made. */
const REACHED =
  '(?:致电|来电|去电|打过|打咗|打了电话|写过|写咗|寄过|发过|找过|搵过|联系过|反映过|投诉过|问过|催过|以电邮|以邮件|电邮跟进|去信)';
/** Service staff whose word the writer reports (not a teacher or a doctor on their own). */
const STAFF = '(?:客服|经理|顾问|专员|师傅|主管|店员|职员|同事|柜台|网点|销售|业务员|工作人员|值班)';
/** When, said as a day of a recent week or a month. */
const WHEN = String.raw`(?:上周[一二三四五六日天]|上礼拜[一二三四五六日天]|上星期[一二三四五六日天]|周[一二三四五六日天]|礼拜[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月(?:\d{1,2}[日号])?|[一二三四五六七八九十]{1,2}月|上个月|这个月|昨天|前天|${DAY})`;
/**
 * The firm called broken or rotten (破银行, 烂电信), each spelled out so the gate looks for the pair, not for 破 or 这:
 * the firm as a business, not a thing it sold.
 */
const BROKEN_FIRM = `(?:${[
  '银行',
  '公司',
  '平台',
  '物业',
  '医院',
  '学校',
  '快递',
  '航空',
  '酒店',
  '超市',
  '商场',
  '驾校',
  '健身房',
  '机构',
  '电信',
  '店',
  '网店',
  'app',
]
  .flatMap((f) => [`破${f}`, `烂${f}`])
  .join('|')})`;
/** Where a writer might post: a platform named, or the web at large. */
const OUTLET =
  '(?:小红书|微博|抖音|快手|b站|知乎|大众点评|点评|朋友圈|网上|dcard|ptt|连登|脸书|fb|ig|threads|youtube|爆料公社)';

/** Reported already (就报了, 早就打过电话), each spelled out so the gate looks for the whole phrase. */
const REPORTED_EARLY = `(?:${['就', '已经', '早就']
  .flatMap((a) =>
    ['报了', '报修了', '报过', '报咗', '打过电话', '打了电话', '说过', '讲过', '反映过', '投诉过'].map((v) => a + v),
  )
  .join('|')})`;

/** A desk the writer can be sent to: a runaround's next stop. */
const DESK = '(?:客服|门店|热线|分行|柜台|总部|专员|售后|厂家|商家|物业|前台|网点|银行|店里|营业厅|管理处|总行)';
/** Our staff by title, when the writer quotes what one of them promised. */
const TITLED = '(?:客服|经理|顾问|专员|主管|店员|职员|柜台|襄理|副理|行员|业务员|工作人员)';

export const ZH_S21_CUES: readonly Cue[] = [
  // Letters and chats that list the days the writer called or wrote (5月14日致电…；5月20日再次致电, 3/2写过信、3/9打过
  // 电话, 分别于5月3日和5月9日致电, 4月8日及4月15日两度以电邮跟进): each date is a contact made before this one.
  // A single date with a booking on it (5月3日打了疫苗) is not a contact.
  {
    id: 'repeat-dated-contacts',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `${DAY}[^。！？]{0,16}?${REACHED}[^。！？]{0,48}?${DAY}[^。！？]{0,16}?(?:再次?|又|${REACHED})|分别(?:于|在)?${DAY}(?:和|及|、)${DAY}[^。！？]{0,12}(?:${REACHED}|两度|二度)|${DAY}(?:和|及|、)${DAY}(?:两度|二度|三度)|${DAY}\\s*(?:再次致电|再次来电|再次联系|再打|再写|再问|再找|再催|又打|又写|又问|又找|又催)|每(?:周|个星期|星期|礼拜|天)[一二三四五六日天]?(?:我)?(?:都打一次|都问一次|都催一次|都打一遍|都打一通|都打电话|都会打一次|都来一次|都找一次)`,
    ),
  },
  // A runaround told as it happened (他让我找门店，门店又让我找客服; 佢叫我打热线；热线又叫我返分行): the writer has been
  // passed along already. Read on the second leg alone, since a semicolon ends the first leg's sentence and the first
  // leg's sender (他) would make it someone else's. Not an errand at home (妈妈又让我去洗碗): the leg ends at a desk.
  {
    id: 'repeat-runaround',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(`(?:又让我|又叫我|又要我|再让我|再叫我)(?:回去|再)?(?:找|打|去|返|问|联系)(?:回|返)?${DESK}`),
  },
  // A staff member's answer that changed between two contacts (课程顾问李老师4月说可以退，5月说要审批; 上周二网点的王
  // 经理说帮我申请，周五又说不归他管): the writer was answered twice. A forecast that changed (周一说下雨，周三说晴)
  // names no staff.
  {
    id: 'repeat-answer-changed',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `(?:${STAFF}[^，。！？]{0,4}${WHEN}|${WHEN}[^，。！？]{0,8}${STAFF}[^，。！？]{0,3})(?:说|讲|话)[^。！？]{1,24}?[，,；;]\\s*${WHEN}(?:又|却|就|再)?(?:说|讲|话|改口)`,
    ),
  },
  // A day of last week and what our staff said then (上周三你们同事说三到五个工作日; 5月6日你们客服讲会回电): a contact
  // before this one.
  {
    id: 'repeat-dated-staff-said',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `(?:上周[一二三四五六日天]|上礼拜[一二三四五六日天]|上星期[一二三四五六日天]|${DAY})[，,]?\\s*(?:你们|你哋)(?:的|嘅)?(?:同事说|同事讲|同事话|同事答应|同事承诺|客服说|客服讲|客服话|客服答应|客服承诺|专员说|专员讲)`,
    ),
  },
  // A claim or a form turned down or sent in a counted number of times (理赔被拒了三次, 表格我已经填过两次了): each
  // time was a contact.
  {
    id: 'repeat-filed-n-times',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:理赔|申请|申诉|报销|工单|表格|申请表|材料|资料)[^，。！？]{0,5}(?:被)?(?:拒|驳回|退回|填|交|提交|补交|寄)(?:了|过|咗)[两二三四五六七八九十几\d]+次/,
  },
  // Left on read for days (已读不回三天了): the writer wrote before and is writing again.
  {
    id: 'repeat-left-on-read',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:已读不回|读了不回|睇咗唔覆|已读唔覆)[^，。！？]{0,2}[\d一二两三四五六七八九十几]+(?:天|日|个小时|个钟|周|星期|礼拜)/,
  },
  // The earlier agent of this same chat or a minute ago (刚才那个小姑娘说她处理不了): the writer has been through one
  // agent already.
  {
    id: 'repeat-agent-just-now',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:刚才|刚刚|头先|啱先)(?:那个|那位|嗰个|嗰位)(?:客服|小姑娘|小伙子|小哥|姑娘|妹子|同事|接线员|小姐|先生)(?:说|讲|话)/,
  },
  // A last time of asking (这是我最后一次问), the technician who came and the fault still there (你们那个师傅来看了…又
  // 不行), a ticket promised within hours and now days old (投诉编号…说48小时内处理，现在已经第4天了), a named agent's
  // word (客服小陈说财务在走流程), and a titled one's promise last month with nothing since (分行襄理上个月说会帮我处理，
  // 结果一点下文都没有): each says the writer was here before.
  {
    id: 'repeat-asked-before-told',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `这是我最后一次(?:问|讲|说|提醒|催)|(?<=(?:你们|你哋)(?:那个|嗰个|的|嘅)?)(?:师傅|工程师|技术员)(?:来|上门)(?:看|修|检查|睇)(?:了|过|咗)[^。！？]{0,16}(?:又不行|还是不行|又坏|又唔得|仍然不行|都唔得)|(?:投诉|工单|案件|受理)(?:编号|单号|号)[^。！？]{0,30}(?:说|承诺|答复)[^。！？]{0,12}内[^。！？]{0,12}(?:已经|都)?第[\\d一二两三四五六七八九十]+天|客服(?:小|阿)(?![姐哥妹])[\\u4e00-\\u9fa5](?:说|讲|话|答应|承诺)|${TITLED}[^，。！？]{0,4}(?:上个月|上周|上次|之前|前几天)(?:说|答应|承诺)(?:会|帮)[^。！？]{0,20}(?:结果|到现在|至今)[^。！？]{0,6}(?:没|冇|未)`,
    ),
  },
  // Reported on a day already named (上周四就报了, 前天就打过电话, 我上个月问过总干事，这个月又问一次): the writer is chasing.
  {
    id: 'repeat-reported-back-then',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `(?:上周[一二三四五六日天]?|上礼拜[一二三四五六日天]?|上星期[一二三四五六日天]?|前天|大前天|上个月)${REPORTED_EARLY}|(?<=我(?:上个月|上周|上礼拜|上星期))(?:问过|找过|反映过|投诉过)|(?:这个月|今天|今日)又问(?:了)?一次`,
    ),
  },
  // A promised waiver or payout chased (上次你们说好给减免当月物业费呢？ 讲好嘅赔偿呢): money back asked for again.
  {
    id: 'compensation-promised-chased',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:说好|讲好|答应|承诺)(?:了|咗|过)?(?:的|嘅)?(?:给|帮|俾)?(?:我)?(?:减免|赔偿|补偿|退款|退钱|赔|退|免|补)[^，。！？]{0,10}(?:呢|咧)(?=[？?。！!，,]|$)/,
  },
  // When the money comes back, asked bare (到底什么时候退, 剩下的课时费退不退？) or the firm's refund set as the other
  // choice (…还是你们今天主动退？): a refund demanded. 什么时候退房 is a check-out.
  {
    id: 'compensation-when-refunded',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:到底|究竟)(?:什么时候|几时|啥时候|何时)(?:先|才)?退(?=[？?。！!，,]|$|给我|俾我|返|款|钱)|(?:课时费|学费|押金|定金|订金|差价|费用|钱|款)(?:到底|究竟)?(?:退不退|退唔退)(?=[？?。！!，,]|$)|(?<=(?:还是|定系|定係)(?:你们|你哋)(?:今天|马上|现在|自己)?)主动(?:退|赔)(?:钱|款)?(?=[？?]|$)/,
  },
  // A sum of costs to be made up (差价加打车一共860，给我补上) and costs put to the firm (额外开支点处理): money back.
  {
    id: 'compensation-made-up',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:差价|差额|损失|车费|打车费?|费用|开支|一共[\d一二两三四五六七八九十百千]+)[^。！？]{0,10}(?:给我|帮我|同我|俾我)补(?:上|回|返|齐|番)|(?:额外开支|额外开销|额外费用|额外支出|酒店费用|住宿费用)[^。！？]{0,4}(?:点处理|怎么处理|如何处理|点算|怎么算|谁来付|边个俾|谁承担)/,
  },
  // A fee to be waived set as a condition (年费不免的话，就直接帮我剪卡) and money pulled back asked of the firm (你们能不能
  // 帮我把钱追回来): money back.
  {
    id: 'compensation-fee-waived-or-recovered',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:年费|月费|手续费|违约金|滞纳金|服务费|管理费)(?:不|唔)(?:免|减|退)(?:的话)?[，,]|帮我把(?:钱|款|这笔钱|呢笔钱)追(?:回来|返嚟|返来|回)/,
  },
  // An insurance payout or a claim's sum demanded (按合同约定给付保险金30万元): money the writer is owed.
  {
    id: 'compensation-payout-owed',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:给付|支付|赔付)(?:保险金|理赔金|理赔款)/,
  },
  // A deadline for the money to come back (三个工作日内退不回来，那我就…): the refund is asked before the threat.
  {
    id: 'compensation-back-by-deadline',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:内|前|之前)(?:还)?(?:退|赔)(?:不|唔)(?:回来|返来|到|出来|返)(?:的话)?[，,]/,
  },
  // A family burden ended by leaving it (不想拖累家里了，早点走了大家都轻松; 唔想再拖累屋企人，不如走咗佢算): self-harm.
  // 不想拖累家里，想办分期 asks for instalments.
  {
    id: 'harm-not-a-burden',
    flag: 'harm',
    kind: 'harm',
    re: /(?:不想|唔想)(?:再)?拖累(?:家里|家人|屋企人?|老婆|老公|孩子|父母|爸妈|我妈|我爸)[^。！？]{0,16}(?:不治|走了|走咗|离开|解脱|轻松|一了百了|算了|算)|早(?:点|啲)走(?:了|咗)?(?:大家|家里|屋企)(?:都|就)?(?:轻松|解脱|好过)|走咗佢算/,
  },
  // Affairs put in order (给我妈的信都写好放在抽屉里了, 遗书写好了, 保单受益人改成我女儿了，你们懂我的意思吧): a goodbye.
  {
    id: 'harm-affairs-in-order',
    flag: 'harm',
    kind: 'harm',
    re: /(?<=(?:给|畀|俾)(?:我妈|我爸|爸妈|家人|老婆|老公|孩子|女儿|儿子|我老妈|我阿妈)(?:的|嘅))信[^。！？]{0,6}(?:写好|写完|写咗)|遗书|受益人(?:都|已经)?(?:改|换|转)(?:成|给|到|咗)[^。！？]{0,10}[，,。]?\s*(?:你们|你哋|你)?(?:应该)?(?:懂|明白|知道)我(?:的|嘅)?意思/,
  },
  // At the edge, said plainly (我现在在江边，风很大; 我而家喺天台，好高): self-harm in progress.
  {
    id: 'harm-at-the-edge',
    flag: 'harm',
    kind: 'harm',
    re: /(?:现在|而家)(?:在|喺)(?:江边|河边|海边|桥上|天台|楼顶|顶楼|阳台边|铁轨边?)[，,]?\s*(?:风很大|风好大|好高|很高|好冷|很冷|下面|水很急|水好急|看着)/,
  },
  // No face left to live with, no knowing if one wakes (我也没脸活下去了, 我都唔知听朝仲会唔会醒): self-harm.
  {
    id: 'harm-no-face-no-morning',
    flag: 'harm',
    kind: 'harm',
    re: /(?:没脸|冇面|没面目|无颜)(?:再)?(?:活|见人活)(?:下去|落去)?|(?:唔知|不知道)(?:听朝|明天|明早|明朝)(?:仲|还)?(?:会唔会|会不会)醒/,
  },
  // A tool taken up to the firm or a neighbour to use on them (拎把锤子上去把他家地板撬开, 攞锤仔上你哋写字楼，见到乜就砸乜;
  // not 拿锤子上去敲墙, a renovation), a thing
  // of theirs wrecked (我就上去拆咗佢个水喉, 把热水器拆下来砸在你们公司门口, 把公务车的轮胎全部刺破; not 轮胎扎破了, a puncture): violence to property.
  {
    id: 'harm-tool-and-wreck',
    flag: 'harm',
    kind: 'harm',
    re: /(?:拎|拿|带|揸|攞)(?:把|个|支|条|住)?(?:锤子|铁锤|锤仔|斧头|扳手|铁棍|铁锹)(?=(?:上去|过去|落去)[^，。！？]{0,4}(?:找|搵|把(?:他|她|佢|你)|砸|打|撬|拆)|上你|到你)|见到(?:乜|什么|啥)就(?:砸|打|烧|拆)(?:乜|什么|啥)|(?<=(?:我就|我会|我直接)(?:上去|落去|过去)?)(?:拆咗|拆了|拆烂|砸烂|砸咗|砸了|撬开|剪断|斩断|斩咗)(?:佢|他|她|你)(?:哋|们)?(?:个|的|家|嘅)|砸(?:在|喺)(?:你们|你哋)(?:的|嘅)?(?:公司|店|门口|写字楼|办公室)|把[^，。！？]{0,12}(?:轮胎|车胎|车呔)[^，。！？]{0,4}(?:刺破|扎破|戳破|割破|放气|拮爆|刺爆)/,
  },
  // A menace with the lesson left unsaid (让你知道什么叫后悔, 睇下佢仲串唔串得落去): violence threatened.
  {
    id: 'harm-lesson-menace',
    flag: 'harm',
    kind: 'harm',
    re: /(?<=(?:让|叫|要)你(?:们|哋)?(?:知道|尝尝|见识))(?:什么|乜嘢|咩)叫(?:后悔|痛|厉害|代价)|睇下(?:佢|你)(?:仲)?(?:串|寸|嚣)(?:唔|不)?(?:串|寸|嚣)?得(?:落去|起)/,
  },
  // The firm called broken or rotten as a whole (你们这破银行, 什么烂电信): contempt aimed at it, not at a thing it
  // sold (这破手机又卡了).
  {
    id: 'abuse-broken-firm',
    flag: 'abuse',
    kind: 'said',
    re: new RegExp(`(?<=(?:你们|你哋|这|呢|什么|乜|咩)(?:个|间|家)?)${BROKEN_FIRM}`),
  },
  // Staff or firm said to be deaf or blind (你们物业是聋了吗), brains left at home (脑子是不是都落在家里了), useless past
  // saying (废到冇朋友, 废到痴线), idle as a body (全员摆烂), unable to do the simplest
  // thing (你们的师傅是不是连网线都不会插), a gang of rubbish (你哋班垃圾), not knowing Chinese (你係咪唔识中文, 你们工程师是在**吗): contempt.
  // Not a wish that the firm would shut (干脆倒闭算了): posted about a bank as often as said to one.
  {
    id: 'abuse-deaf-brainless-useless',
    flag: 'abuse',
    kind: 'said',
    re: /(?<=(?:你们|你哋)[^，。！？]{0,4})(?:聋|瞎|哑)(?:了|咗|的)?(?:吗|嗎|咩|啊|呀|[？?])|脑子(?:是不是|是否|係咪)?(?:都)?(?:落|忘|留|放)(?:在|喺)(?:家|屋企)|废到(?:冇朋友|没朋友|痴线|爆|笑)|全员摆烂|(?:你们|你哋)(?:的|嘅)?(?:师傅|客服|工程师|员工|店员|技术员|人)是不是连[^，。！？]{1,10}都(?:不会|唔识|搞不定|看不懂)|(?:你们|你哋)(?:班|群|帮|一班|一群|一帮|成班)垃圾|(?<=(?:你|你哋|你们)(?:是不是|係咪|系咪)?)(?:唔识中文|不识中文|唔识字|不识字|唔识睇字)|(?<=(?:你们|你哋|你)[^，。！？]{0,6}(?:是在|是|係))[*＊]{2,}(?=[吗嗎咩啊？?])|(?<![狗猫它]|机器人)听不懂人话(?=[？?！!。，,]|$)|(?:能不能|可不可以|可唔可以|识唔识)(?:说|讲)人话/,
  },
  // Quitting a course or a plan (我不学了, 我们决定不上了, 明年不续保了, 上完就不续报了): leaving. 今天不上了 skips one class,
  // and 不学了，明天再继续 pauses.
  {
    id: 'churn-quitting-course',
    flag: 'churn',
    kind: 'act',
    re: /(?<![今明]天|今晚|这节|这次|这周)(?:我|我们|孩子|决定|就)(?:决定)?不(?:学|上|读|练)了(?![^。！？]{0,8}(?:明天|下次|改天|继续))|(?:明年|下年|今年|到期|就|决定)(?:就)?不(?:再)?续(?:保|约|租|订|报|课)(?:了|啦|喇)?/,
  },
  // The membership card handed back (要么给我退卡退钱): leaving asked for.
  {
    id: 'churn-card-back',
    flag: 'churn',
    kind: 'ask',
    re: /(?:给我|帮我|我要)退(?:会员)?卡(?!费)/,
  },
  // Moved to another provider already (已经转咗去第二间健身室, 门号已经携出到台哥大了): leaving, done.
  {
    id: 'churn-moved-elsewhere',
    flag: 'churn',
    kind: 'act',
    re: /(?:转|换)(?:咗|了)(?:去|到)(?:第二间|另一间|另一家|别家|别间|其他|隔篱|隔壁)|(?<=(?:门号|号码|手机号)[^，。！？]{0,4})(?:携出|携号转网)/,
  },
  // A cheaper rival next door (隔壁那家的套餐比你们便宜三十，我已经准备过去了; 隔壁那家我去看过了，价格还便宜两百): leaving
  // weighed. 隔壁那家我去看过了，没有这款 is shopping.
  {
    id: 'churn-cheaper-next-door',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:隔壁|对面|别家|其他家|另一家|隔篱)[^。！？]{0,16}(?:便宜|平|优惠|实惠|划算)(?:了|咗)?[\d一二两三四五六七八九十百几]+|(?:比你们|比你哋)(?:便宜|平|优惠|实惠|划算)[^。！？]{0,20}(?:准备|打算|考虑)(?:转|换|搬)?过去/,
  },
  // A rival booked to install, or its salesman already in the house (周末已经约了移动的人上门装宽带, 台哥大的业务昨天才来
  // 家里坐过): leaving arranged.
  {
    id: 'churn-rival-booked',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?<=(?:约了|约好|预约了|订了|约咗)(?:移动|联通|电信|广电|中华电信|台哥大|远传|亚太|csl|香港宽频|hkbn|别家|其他家))(?:的人上门装|的师傅上门装|嘅人上门装|嘅师傅上门装|的人来装|的师傅来装|上门装|上门安装|来装)|(?:中华电信|台哥大|台湾大哥大|远传|亚太|中国移动|中国联通|中国电信|csl|数码通|香港宽频)(?:的|嘅)业务(?:员)?[^。！？]{0,8}(?:来|上门|坐过|找过我)/,
  },
  // Every number or card moved out at once (我就把家里三个号全转走, 就一张都不剩了): leaving, threatened.
  {
    id: 'churn-all-moved-out',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:号|门号|卡|账户|户口|业务|保单)[^。！？]{0,3}(?:全|都|全部|统统)转走|(?:就|我就)一(?:张|个|户)(?:卡|账户)?都不(?:剩|留)/,
  },
  // A post the writer already wrote (小红书上那篇《…》就是我发的): public, done. Not a five-star review.
  {
    id: 'public-post-is-mine',
    flag: 'public',
    kind: 'act',
    re: new RegExp(
      `${OUTLET}上?(?:那|这|嗰)(?:篇|条|个|则)(?:(?!好评|五星|推荐|表扬)[^。！？]){0,30}(?:就是我发的|就是我写的|正是我发的|是我发的|是我写的|是我po的|是我贴的|係我发嘅|係我写嘅|係我po嘅)`,
    ),
  },
  // Evidence said to be on its way to a platform (截图会出现在抖音上, 这段录音放到抖音上会有多少人看, 你们是不是觉得我
  // 不会把照片发小红书): going public, threatened.
  {
    id: 'public-evidence-will-appear',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      `(?:截图|录音|视频|聊天记录|对话|照片|录像)[^。！？]{0,6}(?:会|将|就会)出现(?:在)?${OUTLET}|${OUTLET}上?(?:会有|能有)多少人(?:看|转|知道)|(?:觉得|以为|当)我不(?:会|敢)[^。？！]{0,10}(?:发|放|po|贴)(?:到|上|去)?${OUTLET}`,
    ),
  },
  // An audience offered as curious (连登啲巴打会好有兴趣知, 你哋想唔想出名, 这件事我也不介意让媒体知道, 我会原原本本
  // 写出来): going public.
  {
    id: 'public-audience-curious',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:巴打|网友|群友|街坊|粉丝)[^。！？]{0,6}(?:会|应该|一定)?(?:好|很)?有兴趣(?:知|了解|睇|看)|(?:你们|你哋)(?:想不想|想唔想)(?:出名|红)|不介意(?:让|俾|畀|给)(?:媒体|记者|大家|网友|公众|全世界)知(?:道)?|我(?:会|就|要)?(?:原原本本|一五一十|原封不动)(?:写|讲|说|发|贴)出来/,
  },
  // The press already called in (我已经联系了本地都市频道的帮忙栏目): going public, done.
  {
    id: 'public-press-contacted',
    flag: 'public',
    kind: 'act',
    re: /(?:联系|找|搵)(?:了|咗|过)[^，。！？]{0,8}(?:频道|栏目|节目组|电视台|报社|报馆)(?!的?(?:电话|热线|号码|邮箱))/,
  },
  // A court imagined (这要是拿到法院上，你们觉得法官会站谁, 你们是要我请律师来谈才会处理吗, 你哋真係想上庭？得，我奉陪,
  // 我的律师会一起参加): legal action weighed aloud.
  {
    id: 'legal-court-imagined',
    flag: 'legal',
    kind: 'act',
    strength: 'threatened',
    re: /(?:要是|如果|真的)(?:拿到|闹到|告到|摆到)法(?:院|庭)|法官会(?:站|判|支持|偏)(?:谁|边个|哪边|边边)|(?:是要我|非要我|一定要我)(?:请|找)律师[^。？]{0,12}才|(?:上庭|打官司|上法院|法庭见)[^。！？]{0,10}奉陪|(?:真係|真的|係咪|是不是)想(?:上庭|打官司|上法院)|(?:我的|我嘅)律师(?:也|都)?(?:会)?(?:一起)?(?:参加|出席|在场|旁听|陪同)|下一站(?:是|就是|就)[^。！？]{0,6}(?:法院|诉讼)/,
  },
  // The writer's family has hired the lawyer (家人已经找好律师): the writer's own suit.
  {
    id: 'legal-family-hired',
    flag: 'legal',
    kind: 'act',
    proxy: true,
    re: /(?:家人|家里人|屋企人|我老公|我老婆|我先生|我太太|我爸|我妈|我哥|我姐|我儿子|我女儿)(?:已经|都|已)?(?:找好律师|请好律师|请了律师|找了律师|搵咗律师|请咗律师|搵好律师)/,
  },
  // Friends at the press already asking (记者那边也有朋友一直在问): going public, threatened.
  {
    id: 'public-press-friends-asking',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:记者|媒体|报社|电视台|传媒)(?:那边|嗰边)(?:也|都)?有(?:朋友|熟人)(?:一直)?(?:在问|问紧|关注|跟进)/,
  },
  // Remedies listed and taken one by one (律师、12315、媒体，我一个一个来): each of them threatened.
  {
    id: 'legal-one-by-one',
    flag: 'legal',
    kind: 'act',
    strength: 'threatened',
    re: /(?:律师|法院|起诉)[^。！？]{0,12}(?:一个一个来|一个个来|挨个来|逐个来)/,
  },
  {
    id: 'regulator-one-by-one',
    flag: 'regulator',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(`(?:${REGULATOR.source})[^。！？]{0,12}(?:一个一个来|一个个来|挨个来|逐个来)`),
  },
  {
    id: 'public-one-by-one',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:媒体|记者|网上|微博|小红书|抖音)[^。！？]{0,12}(?:一个一个来|一个个来|挨个来|逐个来)/,
  },
  // Filed with a consumer body's online system, or its officer left to call the firm (我已经在消费争议线上申诉系统申诉
  // 了, 等消保官通知你们吧): regulator, done.
  {
    id: 'regulator-system-filed',
    flag: 'regulator',
    kind: 'act',
    re: /(?:消费争议|消费者)(?:线上|网上|在线)?申诉(?:系统|平台|专线)[^。！？]{0,4}(?:申诉|投诉|登记|提交)(?:了|咗|过)|等(?:消保官|消委会|消基会|消协|12315|市场监管局)(?:的人)?(?:通知|联系|找)(?:你们|你哋)/,
  },
  // The card issuer ready and waiting on the writer's word (截图发给发卡行客服了，人家说只要我点头就能处理), a retrieval
  // request already asked for (让信用卡中心把这笔调单了), or the bank sent after the money (那我就让银行去追这笔钱, 那笔钱我已经让银行去追了):
  // a dispute.
  {
    id: 'chargeback-bank-sent-after-it',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:发卡行|银行|信用卡中心|信用卡公司)[^。！？]{0,16}(?:只要我点头|我一句话|只要我同意|我确认就)|(?:信用卡中心|银行|发卡行)[^。！？]{0,8}调单|(?:让|叫|请|找)(?:银行|信用卡中心|发卡行|信用卡公司)(?:去|帮我)?(?:追这笔|追回这笔|追讨这笔|追呢笔|追返呢笔|追那笔|追回那笔)|(?:让|叫|请|找)(?:银行|信用卡中心|发卡行|信用卡公司)(?:去追了|去追咗|帮我追了|帮我追咗|帮我追回|去追回)|(?:找|跟|向|请|叫)(?:银行|发卡行|信用卡中心)[^。！？]{0,4}刷退/,
  },
  // Non-receipt reported to the card company (我会同信用卡公司讲呢单係未收货) or a complaint through the wallet
  // (我就去微信支付点"投诉商家"申请原路退回): a dispute.
  {
    id: 'chargeback-not-received-claim',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:同|跟|向|和)(?:信用卡公司|信用卡中心|发卡行)(?:讲|说|报|申报|申请)[^。！？]{0,8}(?:未收货|没收到货|未收到|冇收到|货不对板)|(?:微信支付|支付宝|paypal|花呗)[^。！？]{0,10}(?:投诉商家|申请原路退回|交易投诉|发起争议)/,
  },
  // A letter already sent to the head's office (另函致贵中心院长室, 我已经写咗信去你哋CEO office, 写信到你们总行的董
  // 事长信箱): gone over the agent's head.
  {
    id: 'supervisor-head-office-written',
    flag: 'supervisor',
    kind: 'act',
    re: /(?:写信|写咗信|写了信|去信|致函|另函致|函致|发信|寄信|写邮件|发邮件)(?:去|到|给|致)?(?:你们|你哋|贵)?(?:的|嘅)?[^，。！？]{0,6}(?:院长室|院长办公室|董事长信箱|总经理信箱|总裁办|ceo office|ceo|总经理室|行长信箱|校长室|校长信箱|执行长)/,
  },
  // Someone who can decide asked for (就没有一个能拍板的人吗, 帮我转给能决定的人, 今天没有主管打给我我就…) or waited
  // for in the lobby (到你们总公司大厅等总经理下班): above the agent.
  {
    id: 'supervisor-decider-wanted',
    flag: 'supervisor',
    kind: 'ask',
    re: /没有一个能(?:拍板|做主|决定|说了算|负责)(?:的)?(?:人)?(?:吗|嗎|？|\?)|(?:转|转给|交给|找)(?:一个)?能决定的人|(?:没有主管|没有经理|没有负责人|没有上司|没有领导|冇主管|冇经理|冇负责人|冇上司|冇领导|没主管|没经理|没领导)(?=打给我|打俾我|联系我|回复我|回电给我|回电俾我)|(?:大厅|楼下|门口)等(?:你们)?(?:的)?(?:总经理|老板|董事长|行长|经理|负责人)(?:下班|出来|见我)/,
  },
];
