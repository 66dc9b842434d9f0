import type { Cue } from '../types';
import { REGULATOR } from './zh-pairs';

// Session 27, read off the misses of corpus32 (six training writers who saw no code) once it had been scored, in my
// own words and in Simplified (zh-hant.ts derives the Traditional forms): a fee to be waived (把滞纳金给我免了), a
// business customer ending the contract or retendering (我司将依据合同第九条解除合同, 明年重新招标), the boss's
// number asked for (你们领导电话多少), someone ranked higher than the agent (找比一线客服级别更高的人), a promise made on
// an earlier call (周一电话里说好了给我50块补偿), and a complaint to a regulator put first (工信部的投诉我昨天已经提交了).

/** A charge the customer wants dropped. */
const FEE = '(?:滞纳金|手续费|违约金|罚金|罚款|运费|服务费|月费|年费|利息|管理费|这笔费用?|这个费用?|这笔钱)';
/** A contract or a working relationship. */
const CONTRACT = '(?:合同|协议|合作|合约|服务|框架协议)';
/** Someone with rank at the firm. */
const BOSS = '(?:领导|经理|主管|老板|负责人|上级|上司|总监|老总|副总|总经理)';
/** A day or a time before this message. */
const BEFORE =
  '(?:上次|之前|前几天|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|昨天|前天|上周|上个?星期|上个?礼拜|上个月)';

/** Money chased by when it comes back (定金什么时候退？), or a sum or an answer pressed for (这单赔多少？, 退还是不退？). */
const WHEN_BACK = String.raw`(?:定金|押金|订金|本金)(?:到底|究竟|还|都)?(?:什么时候|何时|啥时候)(?:能|才|才能|会)?(?:退|还给?我|到账|打给我)|(?:退款|欠款|钱|款项|费用)(?:到底|究竟)(?:什么时候|何时|啥时候)(?:能|才|才能|会)?(?:退|还给?我|到账|打给我)|(?:这单|这笔|这个|损失)(?:到底|究竟)?(?:要)?赔多少|(?:^|[，,。！!？?\s]|到底)(?:退还是不退|退不退)(?![都也无])`;
/** Television consumer shows, papers and reporters the customer may take the story to. */
const MEDIA = '(?:东张西望|黄金眼|焦点访谈|消费主张|今日说法|星岛|东方日报|tvb|有线新闻|记者|媒体)';

/** Appended to the Chinese `rhetorical` table: questions that ask for an act, not for information. */
export const RHETORICAL_ZH_S27 = [
  // 你们领导电话多少？: the boss's number asked for is a wish to be put through.
  `${BOSS}(?:的)?(?:电话|手机|手机号|联系方式|邮箱|微信)(?:号码?)?(?:是)?多少`,
  // 你们是不是非得等我去工信部投诉才肯处理？, 你觉得市场监管局会站在谁那边？, 要不要我帮你们问问12315？, 你们猜，…
  `(?:非得|非要|是不是要)等我(?:去|找|向|到|打)[^。？?！!]{0,20}?才|(?:${REGULATOR.source}|12315|消协|法院|法官)(?:会)?站在谁那边|要不要我(?:帮你们)?(?:去)?(?:问问|找|打给?|打)(?:${REGULATOR.source}|12315|12345|消协|律师|记者)|(?:^|[，,。！!？?\\s])(?:你们|你)猜[，,]`,
  // 唔知东张西望会唔会有兴趣？, 还有没有再往上一级的人？, 退费啦，不然咧？, 要我去发卡银行申请争议款吗？
  `${MEDIA}[》」]?(?:会唔会|会不会)(?:好|很)?有兴趣|(?:还有没有|有没有)(?:再)?往上一级的人|不然咧|不然呢|(?:^|[，,。！!？?\\s]|你们|你哋|你)(?:是)?(?:要|想要)我(?:去|找|向|到|打给?|打去)[^。？?！!]{1,20}(?:吗|嗎|咩)`,
  WHEN_BACK,
].join('|');

export const ZH_S27_CUES: Cue[] = [
  // A fee to be waived or taken back: 把滞纳金给我免了, 滞纳金…给我免了, 上个月多收的服务费退了; and, since session 28,
  // asked for politely (这笔滞纳金请帮我取消, 手续费麻烦撤销一下).
  {
    id: 'compensation-fee-waived',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      `${FEE}[^，。！？\\n]{0,8}?(?:(?:给我|帮我)?(?:免了|免掉|减免掉?|豁免|退了|退掉|退回来)|(?:请|麻烦|烦请)(?:你们)?(?:帮我|给我|帮忙)?(?:取消|撤销|冲销|免除|减免|抹掉))|(?:给我|帮我)(?:把[^，。！？\\n]{1,8})?(?:免了|免掉)`,
    ),
  },
  // A decider sent for (换一个能做决定的人来, 请一个能做决定的人直接跟我联系).
  {
    id: 'supervisor-send-a-decider',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:换|请|找|派|叫|搵|安排)(?:一个|一位|个|位)(?:真正|真的)?(?:能|可以|有权)(?:做主|拍板|做决定|作决定|决定|说了算|话事)的(?:人|同事|主管|领导)/,
  },
  // Cantonese mixed with English: every service cancelled, the account closed (幫我cancel晒所有service, close埋個account).
  {
    id: 'churn-cancel-all-services',
    flag: 'churn',
    kind: 'ask',
    re: /(?:cancel|close|terminate|cut|停|取消|注销)\s?(?:晒|埋|咗)\s?(?:所有|全部|我(?:的|嘅)?)?\s?(?:个|条|张)?\s?(?:service|services|account|plan|acc|contract|membership|subscription|服务|账户|户口|会籍|计划)/,
  },
  // Passive wishes to be gone (有时觉得我唔喺度大家仲好, 觉得我不在了家人会更轻松).
  {
    id: 'harm-better-without-me',
    flag: 'harm',
    kind: 'harm',
    re: /(?:觉得|谂|想|认为)(?:如果)?(?:我)?(?:唔喺度|不在了?|唔在|走咗|死咗|消失咗?|死了)(?:咗)?[^。！？\n]{0,8}?(?:大家|屋企人|家人|佢哋|他们|全家|老婆|老公|仔女)?[^。！？\n]{0,4}?(?:仲|会|更|反而|就|都)(?:好|轻松|开心|解脱)/,
  },
  // A refund refused as the condition (不给退的话，我就发黑猫投诉 / 如果你们坚持不退，我只能… / 这笔钱你们不出的话): the
  // refund is what is asked for.
  {
    id: 'compensation-if-not-refunded',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:不给|不肯|坚持不|还不|再不|不愿意)(?:我)?(?:退|赔)(?:款|钱|费|偿)?(?:的话)?[，,]?\s?(?:我就|我只能|那我就|我只好|我会)|(?:这笔|这个|这些)?[^，。！？\n]{0,4}?(?:钱|费|费用|损失)(?:你们|贵司)?(?:不出|不赔|不给|不承担)(?:的话)?[，,]?\s?(?:我就|我只能|那我就|我只好)/,
  },
  // Money chased by when it comes back (我交的两千定金什么时候退？, 押金到底什么时候还给我), or a sum or an answer pressed
  // for (这单赔多少？, 退还是不退？).
  {
    id: 'compensation-when-back',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(WHEN_BACK),
  },
  // Leaving said by where the family or the building goes instead (我们就转园, 明年肯定换物业), custom moved elsewhere
  // (把常买的东西都挪过去), money taken out (已经把钱取光了).
  {
    id: 'churn-move-elsewhere-zh',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:就|会|要|肯定|准备|打算)(?:给孩子)?(?:转园|转学|退园|退学|换物业|换幼儿园|换学校|换驾校|换健身房|换医院|换诊所)|(?:东西|钱|业务|订单|单子)(?:都|全|全部)?(?:挪|转|搬)(?:过去|走|到别家)|(?:钱|存款|资金|余额)(?:已经|都)?(?:全部|全|都)?(?:取光|取完|转走|取出来|提光)/,
  },
  // Contempt the tables lacked: 你算什么东西, 小喽啰, 二百五, 吃干饭的, 真当自己是大爷, 黑心诊所.
  {
    id: 'abuse-what-are-you',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你|你们)?算(?:个)?什么东西|小喽啰|二百五|吃干饭的|当自己是大爷|黑心(?:诊所|公司|商家|企业|老板|平台|医院|店|机构|物业)/,
  },
  // Harm as a warning (别怪我动手), fear of one's own act (我怕我会做傻事), pills nearly swallowed (差点把一整瓶止疼药都吞了),
  // feeling a burden (经常觉得自己是个负担).
  {
    id: 'harm-warning-fear-pills',
    flag: 'harm',
    kind: 'harm',
    re: /(?:别|不要|休)怪我(?:动手|动粗|不客气动手)|(?:怕|担心)(?:我|自己)(?:会|撑不住会)?(?:做傻事|想不开)|(?:会|要)做傻事|(?:一整瓶|整瓶|一瓶|整盒|一盒)(?:的)?(?:药|安眠药|止疼药|止痛药|药片)[^，。！？\n]{0,4}(?:吞|吃)|觉得(?:自己)?(?:是|就是)?(?:个|一个)?(?:负担|累赘|多余的人)/,
  },
  // Violence the customer promises, by its verb (我一定揍下去, 我见到佢一定打佢, 一拳打落佢块面, 打镬甘), by the object
  // damaged (我就把他的车推倒, 掟烂个玻璃柜, 把招牌拆下来), by a weapon taken along (拿铁锤跟他讲道理) or paint thrown
  // (去你哋铺头淋油). A call is no blow: 打佢电话.
  {
    id: 'harm-blow-object-weapon',
    flag: 'harm',
    kind: 'harm',
    re: /(?:一定|就|会|要|直接|即刻|马上|实)(?:会)?(?:(?:揍|扁|郁)(?:下去|佢|他|她)(?![们哋])|打(?:下去|佢|他|她)(?=[，。！？!?\s]|$|一身|到|死|爆|一顿))|一拳(?:打|揍|轰)(?:落|在|到|过去)?|打(?:到佢|佢)?(?:一)?镬甘|我(?:就|会|一定|直接|要|即刻|马上|就会|实)[^，。！？\n]{0,10}?(?:(?:车|机车|电单车|招牌|玻璃柜|玻璃|柜台|柜位|铺头|门|窗|机器|数据机)[^，。！？\n]{0,6}?(?:推倒|砸(?:烂|碎)|拆(?:落|下来|咗)|掟(?:烂|出窗|落街)|踢烂|打烂|烧(?:咗|了|掉))|(?:(?:砸|掟|踢)(?:烂|碎)?|打(?:烂|碎))[^，。！？\n]{0,4}?(?:你们|你哋|佢|他)?(?:的|嘅|个)?(?:柜台|招牌|玻璃柜|车|窗|门))|(?:去|到|喺|在)(?:你们|你哋)(?:的|嘅)?(?:间|个)?(?:铺头|铺|店|公司|门口|分店)[^，。！？\n]{0,4}?(?:淋|泼)(?:油|红油|漆|油漆)|(?:拿|拎|揸)(?:着|住)?(?:铁锤|锤子|菜刀|刀|棍|棒球棍|球棒|铁棍)(?:去|来)?(?:跟|同|找)(?:他|佢|她|你|你们|你哋)|(?:拿|拎|揸)(?:着|住)?(?:铁锤|锤子|棒球棍|球棒|铁棍)(?:去|来)(?:你们|你哋)|掟(?:佢|他)?(?:部机|个)?[^，。！？\n]{0,4}?(?:出窗|落街|落楼)/,
  },
  // Self-harm said as giving up on living or wishing to vanish (干脆不要活了, 唔如死咗去算, 不知道还要不要活下去,
  // 好想就这样消失).
  {
    id: 'harm-give-up-vanish',
    flag: 'harm',
    kind: 'harm',
    re: /(?:干脆|不如)?不要活了|(?:唔如|不如)死(?:咗|了)?(?:去)?算|(?:还要不要|要不要)活下去|(?:好想|真想|想)(?:就这样)?消失(?:掉)?(?:算了)?(?=[，。！？\n]|$)/,
  },
  // Contempt the tables lacked in Taiwan and Hong Kong wording: 诈骗集团, 蠢材, 冇家教, 脑袋装什么, 烂电信去死.
  {
    id: 'abuse-fraud-gang-no-manners',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋|你)(?:是|係|系)?(?:一个|一班)?诈骗集团|蠢材|(?:冇|没|無)家教|脑袋(?:到底)?(?:装|裝)(?:什么|咩|屎|豆腐渣|浆糊)|烂(?:电信|公司|银行|客服|平台)[^，。！？\n]{0,3}去死|去死(?:啦|吧|好了)/,
  },
  // A decider sent for in Hong Kong and Taiwan wording: 可唔可以转个话到事嘅人嚟, 把案子交给有权限决定的人, 由能做决定的主管与我联系.
  {
    id: 'supervisor-decider-hk-tw',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:转|搵|揾|换)(?:个|一个)(?:话到事|讲得话事|话事|有权|能做决定|做得主)(?:嘅|的)人|交给(?:有权限|有权|能做主|能拍板|能决定|可以决定)[^，。！？\n]{0,12}?的(?:人|主管|同事)|由(?:能做决定|能拍板|有权限|可以决定)的(?:主管|经理|人)/,
  },
  // Money owed back said plainly (你们要还我, 三日内唔回钱, 你哋唔退返啲钱，咁我惟有…).
  {
    id: 'compensation-pay-me-back-hk',
    flag: 'compensation',
    kind: 'ask',
    re: /你们要还(?:给)?我|唔回钱|回钱俾我|(?:唔|不)(?:退|赔|还|俾)返?(?:啲钱|钱|个钱)[，,]?\s?(?:咁)?(?:我|我哋)(?:就|惟有|唯有|只能)/,
  },
  // Leaving for the school next door or the other bus company (换到学校旁边那家安亲班, 转咗搭第二间巴士公司).
  {
    id: 'churn-moved-to-the-other-one',
    flag: 'churn',
    kind: 'act',
    re: /换到[^，。！？\n]{0,10}?(?:那家|另一家|别家|另一间|第二间)|转(?:咗|了)(?:去|搭|用|帮衬)?(?:第二间|另一间|另一家|别家|第二家)/,
  },
  // A post already up or gone viral (我PTT那篇文已经爆了, 我的文也刚发), a TV consumer show named (爆去东张西望), a post
  // threatened in Hong Kong wording (出Facebook).
  {
    id: 'public-post-viral-tv-hk',
    flag: 'public',
    kind: 'act',
    re: /(?:ptt|dcard|脸书|facebook|小红书|微博|连登|threads)(?:那篇|嗰篇|的|上的)?(?:文|帖|贴文|post)(?:已经)?(?:爆了|上热门|热门了|发了)|我的(?:文|帖)(?:也|已经)?(?:刚)?(?:发|po)(?:了|咗)?|(?:爆|报料|爆料)(?:去|俾|畀|给)(?:东张西望|星岛|东方|tvb|有线新闻|now新闻|壹周刊|苹果)|(?:就|会|兼|再)出(?:facebook|fb|ig|连登|threads)/i,
  },
  // A complaint already with a regulator, said place first (金融消费评议中心那边我已经送件了, 民航处).
  {
    id: 'regulator-place-first-filed',
    flag: 'regulator',
    kind: 'act',
    strength: 'taken',
    re: new RegExp(
      `(?:${REGULATOR.source}|金融消费评议中心|评议中心|消保官|消委会|消基会|民航处|民航局)(?:那边|那里|嗰边)(?:我)?(?:已经)?(?:送件|申诉|投诉|检举|报案|登记|陈情)(?:了|咗)`,
    ),
  },
  // The card company told to get the money back (搵信用卡公司追返啲钱).
  {
    id: 'chargeback-card-company-recovers',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:银行|发卡行|信用卡中心|信用卡公司)(?:度)?(?:追返|追回|拿返|攞返)(?:啲钱|钱|笔钱|呢笔)/,
  },
  // Whatever happens next on the firm (到时有咩事唔好怪我, 到时候发生什么事你们自己负责), harm said as its outcome (让他躺着回家),
  // a car driven into the showroom, staff struck (郁手打人), the office smashed (掟烂晒啲嘢), a gate torn down.
  {
    id: 'harm-whatever-happens-outcome',
    flag: 'harm',
    kind: 'harm',
    re: /(?:到时|到时候)(?:有咩事|发生什么事|出咩事|出了什么事|出什么事)[^。！？\n]{0,4}?(?:唔好怪我|你们自己负责|你哋自己负责|别怪我|不要怪我|你们负责)|(?:让|叫)(?:他|佢|她)(?:躺着|瞓住|横着)(?:回家|返屋企|出去|离开)|(?:揸|开)(?:车|埋)?(?:去|到)?[^，。！？\n]{0,10}?撞(?:落去|进去|过去|烂)|(?:郁手|动手)打人|(?:掟|砸)(?:烂|碎)晒|拆(?:咗|了|掉)(?:你哋|你们)?(?:管理处|管理處)?(?:个|的|嘅)?闸/,
  },
  // Contempt in idiom and in masked or numbered form: 阻住地球转, 智X, 北七, 87客服, 冲三小.
  {
    id: 'abuse-idiom-masked',
    flag: 'abuse',
    kind: 'said',
    re: /阻住地球转|阻着地球转|智[xX×＊*○〇]|北七|(?<![\d.])87(?:客服|公司|店|平台)|冲三小/,
  },
  // A refund demanded in one word (退费啦, 退款啦), or leaving for a named rival (我就换MOD).
  {
    id: 'compensation-refund-la',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:^|[\s，,。！!])退(?:费|款|钱)(?:啦|喇|嚟|来)(?=[\s，,。！!？?]|$)/,
  },
  {
    id: 'churn-switch-to-brand',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?<=(?:我|我们|我哋)(?:就|立刻|马上|即刻))(?:换|转|跳)(?:去|用|到)?[a-z][a-z0-9&]{1,15}(?=[。！!，,\s]|$)/i,
  },
  // Self-harm where the writer stands (我现在就站在天台上), and harm by fuel carried, a fight picked, a taste of the
  // hammer, a promise about coming downstairs whole, walking carefully, tyres slashed "by someone", a car smashed, a
  // home address known.
  {
    id: 'harm-rooftop-petrol-veiled',
    flag: 'harm',
    kind: 'harm',
    re: /(?:现在|正|此刻)(?:就|已经)?站在(?:天台|楼顶|顶楼)|站在(?:天台|楼顶|顶楼)(?:上)?(?:给你们|跟你们)?(?:打字|发消息|写这|留言)|(?:拎|提|带|拿)(?:着)?(?:桶|一桶|瓶|一瓶)?汽油|(?:跟|和|同)(?:他|佢|她)动手|尝尝(?:锤子|拳头|刀子|棍子|巴掌)的滋味|不保证(?:他|她|佢)能(?:全须全尾|完整|好好)地?(?:下楼|回家|离开|走)|(?:让|叫)(?:他|她|佢)(?:以后|出门|走路)[^，。！？\n]{0,4}小心(?:点|些)|被人(?:扎了胎|砸了|划了|烧了)[^，。！？\n]{0,3}别(?:来)?(?:问|找)我|把(?:他|她|佢|你们|你哋)?(?:的|嘅)?(?:车|店|招牌|柜台)(?:给)?砸(?:了|烂|咗)|(?:开什么车|住哪|住在哪|停哪个车位|几点下班)[^。！？\n]{0,10}我都知道/,
  },
  // Contempt the tables lacked: 是不是眼瞎, 这帮人就知道糊弄 / 上班是来混日子的, 蠢得要死, 干什么吃的, and pinyin (骗zi, sha bi).
  {
    id: 'abuse-blind-slackers-pinyin',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你|你们|你哋|客服)是不是(?:眼瞎|瞎了|聋了)|(?:你们|你哋)这?(?:帮|群|班)人[^，。！？\n]{0,8}(?:糊弄|混日子|吃干饭|骗人)|蠢得要死|蠢到死|(?:是)?干什么吃的|骗zi|sha\s?bi|煞笔|沙比|傻b/i,
  },
  // Money pressed for in plain words: 你们得出, 违约金一分都不能少, 钱到底给不给, 这单的钱全退, 剩下的课时给我退掉.
  {
    id: 'compensation-you-pay-in-full',
    flag: 'compensation',
    kind: 'ask',
    re: /你们(?:得|来)(?:出|赔)|(?:违约金|赔偿金?)[^，。！？\n]{0,4}一分(?:都|也)?不能少|(?:钱|款)到底(?:给不给|退不退|赔不赔)|(?:钱|款)全退|(?:课时|课程|余额|剩下的)[^，。！？\n]{0,8}给我退(?:掉|了|回来)/,
  },
  // A complaint filed on a hotline's platform (已经在12321举报平台提交了), the card company recovering the money.
  {
    id: 'regulator-hotline-platform-filed',
    flag: 'regulator',
    kind: 'act',
    strength: 'taken',
    re: /在(?:12315|12321|12345|12377|12378|12398)(?:举报|投诉)?平台(?:上)?(?:已经)?(?:提交|投诉|举报)(?:了)?/,
  },
  {
    id: 'chargeback-bank-recovers-money',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:银行|发卡行|信用卡中心|信用卡公司)把(?:钱|这笔钱|这笔)追(?:回来|回|返)/,
  },
  // The next step named (下一步就是黑猫投诉 / 12315 / 起诉).
  {
    id: 'public-next-step',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /下一步(?:就是|是|就)(?:去)?(?:黑猫投诉|黑猫|媒体|曝光|小红书|微博|抖音)/,
  },
  {
    id: 'regulator-next-step-named',
    flag: 'regulator',
    kind: 'act',
    strength: 'threatened',
    re: /下一步(?:就是|是|就)(?:去)?(?:12315|12345|消协|工信部|市场监管局)/,
  },
  {
    id: 'legal-next-step',
    flag: 'legal',
    kind: 'act',
    strength: 'threatened',
    re: /下一步(?:就是|是|就)(?:去)?(?:法院|起诉|律师函|走法律程序|打官司)/,
  },
  // A journalist already in touch (都市快报的记者昨天加了我微信), someone in charge of the team asked for (跟你们这个组管事的
  // 直接聊), one level up (再往上一级的人).
  {
    id: 'public-journalist-in-touch',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:记者|媒体|报社|电视台)[^，。！？\n]{0,10}(?:加了我|联系了我|找过我|问我愿不愿意|约我)/,
  },
  {
    id: 'supervisor-whos-in-charge-here',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:跟|和|找)(?:你们)?(?:这个)?(?:组|部门|店|这边)?管事的(?:人)?(?:直接)?(?:聊|谈|说|讲)|(?:再)?往上一级的人|更上一级的(?:人|领导)/,
  },
  // Leaving said by what stops (下学期我们就不来了, 这个平台我以后不会再充一分钱).
  {
    id: 'churn-wont-come-or-pay-again',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:下学期|下个月|以后|明年)(?:我们|我)?就?不(?:来|去|上|续)了|不会再(?:充|花|付)一分钱/,
  },
  // Redress pressed in a word (赶紧给我补上, 快点折抵, 这期管理费直接打对折).
  {
    id: 'compensation-make-up-discount',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:赶紧|快点|马上)?(?:给我|帮我)(?:补上|折抵|补回来)(?![了过])|(?:赶紧|快点|马上)折抵|(?:直接|给我|帮我)打(?:对折|八折|五折|七折|个折)/,
  },
  // A TV show wondered about (唔知《东张西望》会唔会有兴趣跟进), staff likened to a recorder (跟你们客服讲话像在跟录音机讲话).
  {
    id: 'public-show-interested',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(`${MEDIA}[》」]?(?:会唔会|会不会|应该会|一定会|会)(?:好|很)?有兴趣`),
  },
  {
    id: 'abuse-talking-to-a-recorder',
    flag: 'abuse',
    kind: 'said',
    re: /(?:跟|同)(?:你们|你哋)?(?:的)?客服(?:讲话|倾偈|讲嘢|说话)[^，。！？\n]{0,6}(?:像|好似|好像)(?:在)?(?:跟|同)(?:一部|部)?(?:录音机|机器人|墙|复读机)/,
  },
  // Damages under the contract claimed: 请贵司按合同计算并支付逾期违约金, 请按货值赔偿给我们.
  {
    id: 'compensation-pay-damages',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:请|要求|务必|确认)[^，。！？\n]{0,12}?(?:支付|赔付|承担|负担|负责|结算)(?:[^，。！？\n]{0,12}?)(?:违约金|赔偿金|滞纳金|罚金|赔偿|损失|费用|维修费|修理费|医药费|车费|差价)|(?:请|要求)[^，。！？\n]{0,8}?按(?:货值|合同|原价|实际损失)[^，。！？\n]{0,4}?赔(?:偿|付)?/,
  },
  // Something sent again for free: 免费给我补一袋, 无偿重发.
  {
    id: 'compensation-free-resend',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:免费|无偿)(?:给我|帮我|替我)(?:补|换|重发|补发|寄)(?:一|个|份|袋|件|盒|箱)?|(?:免费|无偿)(?:补发|重发)/,
  },
  // A business customer leaving: 我司将依据合同第九条解除合同, 终止后续合作, 明年重新招标, 换供应商.
  {
    id: 'churn-end-contract-retender',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      `(?:将|会|要|就|只能|准备|打算|考虑)(?:依据|根据|按照|依照)?[^，。！？\\n]{0,12}?(?:解除|终止)${CONTRACT}|(?:终止|停止|结束)(?:后续|双方|与贵司的?|和你们的?|跟你们的?|我们的)?合作|(?:业务|服务|数据)?迁移(?:至|到)(?:其他|别的|另一家)|重新招标|(?:换|更换|另找|另寻|改用|换成)(?:其他|别的|一家|新的|别家)?(?:供应商|服务商|合作方|厂家|承包商)`,
    ),
  },
  // A standing order stopped as the alternative: 不然自动续订我就停了.
  {
    id: 'churn-auto-renew-stopped',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:自动续订|自动续费|连续包月|连续包年|自动扣费)[^，。！？\n]{0,4}?(?:我就|就|我)?(?:停了|停掉|关了|关掉|取消了?|退了)/,
  },
  // The boss's number asked for (你们领导电话多少), the deputy head asked to call (请安排贵司分管副总与我司直接沟通),
  // a decider above the agent (找比一线客服级别更高的人, 由有决定权的上级领导重新审核, 比他更大的领导).
  {
    id: 'supervisor-number-rank-decider',
    flag: 'supervisor',
    kind: 'ask',
    re: new RegExp(
      `${BOSS}(?:的)?(?:电话|手机|手机号|联系方式|邮箱|微信|email|e-mail|line|whatsapp)(?:号码?)?(?:是)?(?:多少|给我|发我)|(?:安排|让|请)(?:贵司|你们)?(?:的)?(?:分管)?(?:副总|总经理|老总|总监|高层|领导)(?:与|和|跟|同)(?:我|我司|我们)(?:直接)?(?:沟通|联系|对接|谈)|(?:级别|职级|层级)更高的(?:人|同事|领导)|比[^，。！？\\n]{1,8}?更(?:高|大)的(?:领导|人|上级)|(?:要求|请|希望|需要)(?:由)?(?:有决定权|有权限|能做主|能拍板|说了算)的(?:上级|领导|负责人|主管|人)`,
    ),
  },
  // A promise made when the customer called before (周一电话里说好了给我50块补偿, 周二跟一个客服说好给我补偿), the
  // firm's word from yesterday (昨天就说今天给答复), emails sent before (前面发的三封邮件).
  {
    id: 'repeat-promised-on-earlier-call',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      `${BEFORE}[^，。！？\n]{0,12}?(?:在|打)?(?:电话|电话里|聊天|在线|微信|群里|邮件里?)(?:里|上|中)?(?:说好|答应|承诺|讲好|沟通过|谈过|说过)|(?:找|联系|问|打给|打电话给)(?:过)?客服(?:确认|反映|说|问|沟通|投诉|申请)过|${BEFORE}(?:跟|和|找)(?:一个|你们的?)?客服(?:说好|讲好|谈好|沟通过)|${BEFORE}就(?:说|答应|承诺)(?:了)?(?:今天|明天|这周|本周|马上|会)|(?:前面|之前|先前|上次)(?:发|写)(?:的|了|过)(?:[两二三四五六七八九十几\\d]+)(?:封|次|条)`,
    ),
  },
  // A complaint to a regulator put first: 工信部的投诉我昨天已经提交了.
  {
    id: 'regulator-complaint-topic-first',
    flag: 'regulator',
    kind: 'act',
    strength: 'taken',
    re: new RegExp(
      `(?:${REGULATOR.source})(?:的|那边的)?(?:投诉|举报|申诉)(?:我|我们)?(?:昨天|今天|前天|上周|已经|早就|也|都)*(?:提交|递交|发出|寄出|打|交|提)(?:了|过)`,
    ),
  },
  // A television consumer show called on to judge: 看来得找1818黄金眼来评评理了.
  {
    id: 'public-tv-judge',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:找|联系|打给|打|报料给|爆料给|请)(?:1818)?黄金眼|(?:找|请)(?:电视台|媒体|记者)[^，。！？\n]{0,6}?(?:评评理|评理|曝光|主持公道)/,
  },
  // Ratings pulled down on purpose: 我来帮你们降一降, 给你们拉低评分.
  {
    id: 'public-pull-ratings-down',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:帮|替|给)(?:你们|你哋|贵司)(?:把)?(?:好评率|评分|分数|口碑|星级)?(?:降一降|降降|降一下|拉低|刷低|拉下来)/,
  },
];
