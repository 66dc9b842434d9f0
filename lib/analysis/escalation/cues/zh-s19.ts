import type { Cue } from '../types';

// Session 19 (families read in the misses of two blind rounds: business customers, merchants and small shops, then
// follow-ups, forwarded chains and chat bursts; written in my own words and in Simplified; zh-hant.ts derives the
// Traditional forms, so run `npm run derive:hant` after an edit).
export const ZH_S19_CUES: readonly Cue[] = [
  // The same answer given before (上个月你哋都係咁覆我, 上次你们也是这么跟我说的): the writer has asked this already. Not
  // 这么说 with 我 opening the next clause (上次你们这么说我就明白了).
  {
    id: 'repeat-same-answer-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:上个月|上次|上周|上礼拜|上星期|之前|早前|前几天|上回|嗰次|那次|头先)(?:你们|你哋|贵司|客服)?(?:都|也|亦)?(?:係|是)?(?:咁|这样|这么|同样|一样|这样子)(?:(?:覆|回复|答复|回覆|回)(?:过)?(?:我|我哋|我们)|(?:跟|同|和|对)(?:我|我哋|我们)(?:说|讲|话|答)(?:的|嘅|过))/,
  },
  // An earlier reply quoted by its date from an institution (贵院9/12回复：「…」, 贵校3月5日的答复): written to before.
  {
    id: 'repeat-institution-reply-dated',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:贵院|贵校|贵所|贵行|贵中心|贵店|贵处|贵单位|贵局)[^，。：:]{0,4}(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}\/\d{1,2})\s?(?:的|嘅)?\s?(?:回复|回覆|答复|回信)/,
  },
  // What customer service said, quoted after going to them (找了客服，说“系统正在核实”): the contact is told. Not advice on
  // what to say (你可以找客服，说“改地址”).
  {
    id: 'repeat-service-quoted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?<![你您以去要先再])找(?:了|过|咗)?(?:你们|你哋)?(?:的|嘅)?(?:客服|售后|管家|前台|柜台)[，,]\s?(?:客服|他们|佢哋|对方)?(?:说|讲|话|回|答)(?:了|咗)?\s?[“「"：:]/,
  },
  // Raised with the firm a span ago (两个月前同你哋反映过, 三个礼拜前已经跟你们讲过): contact before. A plain 说过 needs
  // 已经 to be a complaint (三天前我跟您说过要订蛋糕 is an order).
  {
    id: 'repeat-raised-span-ago',
    flag: 'repeat-contact',
    kind: 'said',
    re: /[一两二三四五六七八九十几半\d]+(?:个)?(?:多)?(?:月|礼拜|星期|周|天|日)(?:前|之前)(?:我)?(?:就|已经|已)?(?:同|跟|向|和|给)(?:你们|你哋|贵司|贵院|贵校|您)[^，。！？]{0,4}(?:反映|投诉|报修|报障|申诉|催)(?:过|咗)|[一两二三四五六七八九十几半\d]+(?:个)?(?:多)?(?:月|礼拜|星期|周|天|日)(?:前|之前)(?:我)?(?:就)?(?:已经|已)(?:同|跟|向|和|给)(?:你们|你哋|贵司|贵院|贵校|您)(?:说|讲|提|问)(?:过|咗)/,
  },
  // The fault the writer raised before, named by when (上个月反映的收讯问题, 上次报修的漏水问题): already reported.
  {
    id: 'repeat-raised-fault-named',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:上个月|上次|上周|上礼拜|上星期|之前|早前|前几天|上回|年初|月初)(?:我|我们|我哋)?(?:已经)?(?:反映|报修|投诉|申报|报障|提)(?:过|咗)?(?:的|嘅)[^，。！？]{0,8}(?:问题|故障|毛病)/,
  },
  // Talked over with a named desk before (之前在收费处也好好沟通过, 早前跟前台交涉过): the writer has been there.
  {
    id: 'repeat-desk-talked-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:之前|此前|早前|先前|前几天)(?:也|都)?(?:在|喺|跟|同|和|与|向)(?:你们|你哋)?(?:的|嘅)?[^，。！？]{0,6}(?:处|科|部|台|窗口|客服|柜台|前台|店)(?:也|都)?(?:好好)?(?:沟通|反映|交涉|协商|投诉)(?:过|咗)/,
  },
  // Messages counted by the channel (上个礼拜已经whatsapp咗你哋三次, 微信了你们四次): contact repeated.
  {
    id: 'repeat-channel-counted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?<![a-z])(?:whatsapp|wechat|微信|line|email|电邮|短信|私信|留言|message|pm|inbox)\s?(?:咗|了|过)?\s?(?:你们|你哋|贵司|客服)[^，。！？]{0,2}?(?:[两三四五六七八九十]|几|好几|\d+)(?:次|趟|回|封|条)/,
  },
  // Property wrecked to pieces or a thing brought down on someone (把你们办公室砸个稀巴烂, 拿椅子往他头上砸, 掟烂你哋道
  // 玻璃门). Not goods found smashed in transit (箱子被砸得稀烂), which has no one doing it to the firm.
  {
    id: 'harm-wrecked-to-pieces',
    flag: 'harm',
    kind: 'harm',
    re: /把(?:你们|你哋|你|他|她|佢)(?:的|嘅)?[^，。！？]{0,10}砸(?:个|得|到|成)(?:稀巴烂|稀烂|粉碎|稀碎|一地)|(?:拿|抄|拎|揸)(?:起|住)?[^，。！？]{0,4}(?:往|朝|向|照|冲)(?:他|她|佢|你|你们|你哋)(?:的|嘅)?(?:头|脸|面|身)(?:上)?(?:砸|扔|丢|掟|打|劈)|掟(?:烂|碎|爆)(?:你们|你哋|你)(?:的|嘅|度|道|间|个|啲)?/,
  },
  // Life with nothing left in it (不知道还有什么活下去的理由, 觉得活着好没意思) and an end wondered about (跳下去是不是就
  // 都结束了): self-harm, whoever is blamed.
  {
    id: 'harm-nothing-to-live-for',
    flag: 'harm',
    kind: 'harm',
    re: /(?:不知道|唔知|想不出|找不到|搵唔到)(?:还|仲)?(?:有)?(?:什么|啥|咩|乜|任何)?活下去(?:的|嘅)(?:理由|意义|动力)|活(?:着|落去)(?:好|真|很|都|真的|实在|越来越|已经)?(?:没|冇)(?:有)?(?:意思|盼头|希望)(?![^，。！？]{0,2}(?:电影|歌|书|剧|小说|台词|文章))|跳下去(?:是不是|会不会|係咪|系咪)?(?:就)?(?:都|一切都|什么都|乜都|全部)?(?:结束|解脱|一了百了|唔使)/,
  },
  // Contempt for staff by what they cannot do (你们客服是听不懂人话还是怎么的, 你哋啲客服真係废到冇得救, 一班蛇王). Staff
  // must be the subject: 你们家狗听不懂人话 is about a dog.
  {
    id: 'abuse-staff-beyond-help',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋|(?:你们|你哋)?(?:的|嘅|啲)?(?:客服|员工|店员|职员|师傅|同事|这帮人|这群人|班人))(?:是|係|真|真的|真係|真是|简直|根本|都|係咪|是不是|到底|究竟|个个)*(?:(?:听|看)(?:不|唔)懂人话|废(?:到|得)(?:冇得救|没救|无可救药|离谱|出奇|爆|晒))|(?:一[班帮群]|成班|你哋啲|你们这[帮群班])蛇王/,
  },
  // A supplier dropped (明年再涨价我们就不跟你们叫货了, 以后唔再同你哋入货): a buyer's custom leaving.
  {
    id: 'churn-supplier-dropped',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:不|唔)(?:会)?(?:再)?(?:跟|同|向|和|从)(?:你们|你哋|贵司|贵公司)(?:这边|度)?(?:叫货|订货|进货|拿货|入货|采购|落单|下单)(?:了|喇|啦)?/,
  },
  // A shop taken off a platform or moved wholesale to another (把天猫店关了，全部转去抖店): a merchant leaving.
  {
    id: 'churn-shop-moved-off',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /把(?:我们|我哋|我)?(?:的|嘅)?(?:天猫|淘宝|京东|拼多多|抖音|美团|饿了么|虾皮|shopee|lazada|亚马逊|amazon|平台|网)(?:上)?(?:的|嘅)?(?:店|店铺|网店|旗舰店|铺)(?:给)?(?:关|撤|关掉|撤掉|注销|收)(?:了|咗|掉)?|(?:全部|全都|统统|整盘|所有(?:生意|订单|货))(?:都)?(?:转|搬|迁|挪)(?:去|到)(?:抖店|拼多多|京东|淘宝|天猫|快手|美团|饿了么|虾皮|shopee|别家|别的平台|其他平台|其它平台|第二个平台|第二间)/,
  },
  // A lease or contract ended, done or asked for by the object first (租约我哋已经终止咗, 租约麻烦帮他提前终止).
  {
    id: 'churn-contract-ended-object-first',
    flag: 'churn',
    kind: 'ask',
    re: /(?:租约|合约|合同|会籍|租赁合同|服务合约)(?:我们|我哋|我)?(?:已经|已)(?:提前)?(?:终止|解除)(?:了|咗)|(?:租约|合约|合同|会籍|租赁合同|服务合约)(?:麻烦|请|劳烦|唔该)(?:你|您)?(?:帮|替|同)?(?:我|他|她|佢|我们|我哋)?(?:提前)?(?:终止|解除)/,
  },
  // A class given up (小安九月就退班了, 下个月开始唔再上英文班, 已经交咗退班表): the enrolment ends. Not one lesson
  // missed (今天不再上课).
  {
    id: 'churn-class-quit',
    flag: 'churn',
    kind: 'ask',
    re: /(?<![怎点如])(?:已经|已|就)?退班(?:了|咗|表|申请|手续)|(?<!(?:今天|明天|今日|听日|今晚|这周|本周)[^，。]{0,4})(?:不再|唔再)(?:上|去|返|读)[^，。！？]{0,4}(?:班|课|堂)/,
  },
  // Posting threatened to group chats with the group described between (我就把这事发到几个三四千人的卖家群里): 我就 makes it
  // the writer's consequence, not a notice passed on (我会把你们的停水通知转到楼里的群).
  {
    id: 'public-posted-to-groups',
    flag: 'public',
    kind: 'act',
    re: /(?:我就|我直接|我马上|我立刻)(?:把|将)[^，。！？]{0,8}(?:发|转|贴|po|挂)(?:到|去|上|喺|在)[^，。！？]{0,12}群(?:组)?(?:里|上|度|入面)?/,
  },
  // The whole story to be written up as it happened (我会把经过照实写出来, 把来龙去脉原原本本写出来): going public. Not an
  // account written for the firm (写出来给你们参考).
  {
    id: 'public-story-written-up',
    flag: 'public',
    kind: 'act',
    re: /(?:把|将)(?:整个|整件事的?|事情的?|这件事的?|呢件事嘅?)?(?:经过|来龙去脉|始末|过程)(?:照实|如实|原原本本|一五一十|完整)(?:地)?(?:写|讲|说|发|公开|贴)(?:出来|上网|出去)(?![^，。！？]{0,4}(?:给|俾)(?:你们|你哋|贵司))/,
  },
  // A regulator called in to judge (我看得请市场监管部门来评评理, 让消委会来主持公道).
  {
    id: 'regulator-called-to-judge',
    flag: 'regulator',
    kind: 'act',
    re: /(?:让|叫|请|等|俾|畀|交(?:给|俾))(?:当地)?(?:市场监管(?:部门|局)|监管部门|工商(?:局|部门)|消协|消费者协会|消委会|消基会|消保官|12315|主管部门)(?:来|嚟)?(?:评评理|评理|主持公道|裁决|判断|定夺|管管)/,
  },
  // A charge that should come off (这两个月的租金应该要减免, 最少都要减返成个月月费): the writer names the remedy.
  {
    id: 'compensation-should-come-off',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:租金|房租|月费|管理费|服务费|学费|年费|铺租)(?:应该|应当|理应|必须)(?:要)?(?:减免|减半|全免|免除|打折|退还|退回)|(?:最少|起码|至少|点都)(?:都|也)?(?:要|应该|得)(?:减|退|赔|补)(?:返|回)?(?:成|一)?(?:个)?[^，。！？]{0,3}(?:月费|费用|钱|租|差价|运费|一半|个月)/,
  },
  // Money sent back to where it came from (请退回原支付账户, 退到原付款方式), and an either/or redress (要么赔，要么换).
  {
    id: 'compensation-back-to-source',
    flag: 'compensation',
    kind: 'ask',
    re: /退(?:回|还|返)(?:到)?原(?:支付|付款)?(?:账户|帐户|账号|卡|渠道|方式)|(?:要么|要嘛|要不)(?:就)?赔(?:钱|偿)?[，,]\s?(?:要么|要嘛|要不)/,
  },
  // Whoever knows the job sent up (叫个识嘢嘅上嚟，manager定係咩都好): someone above the agent.
  {
    id: 'supervisor-someone-who-knows',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:叫|换|找|搵|请)(?:个|一个|一位|位)(?:识嘢|识做|懂行|话得事|有料)(?:嘅|的)?(?:人|同事)?(?:上嚟|上来|出嚟|出来)/,
  },
  // Staff's own words quoted back (你们客服原话：“…”) or a forwarded run of their replies (上面是你们管家这一个月来的全部
  // 回复): the writer has been answered before about this.
  {
    id: 'repeat-staff-words-quoted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:你们|你哋|贵司)(?:的|嘅)?(?:客服|售后|前台|管家|同事|职员|店员|师傅|专员|经理|销售)(?:的|嘅)?原话|(?:上面|以上|下面|以下)(?:是|係|就是|系)?(?:你们|你哋|贵司)(?:的|嘅)?[^，。！？]{0,10}(?:的|嘅)(?:全部|所有)?(?:回复|回覆|答复|聊天记录|对话)/,
  },
  // Posted, said verb first (写成文章发在知乎上了, 放咗喺连登度): done, on a named platform.
  {
    id: 'public-posted-at-platform',
    flag: 'public',
    kind: 'act',
    re: /(?:发|写|贴|po|post|放|挂|晒)(?:咗)?(?:在|喺|到)\s?(?:小红书|微博|抖音|快手|知乎|豆瓣|贴吧|b站|连登|lihkg|dcard|ptt|脸书|facebook|fb|ig|threads|youtube|大众点评|黑猫投诉)(?:上|度|里|入面)?(?:了|咗|晒)/,
  },
  // Already looking at a rival (我已经在看别的房子了, 已经喺度睇緊第二间): the writer is on the way out.
  {
    id: 'churn-looking-elsewhere',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:已经|已)(?:在|喺度)?(?:看|找|物色|比较|联系|睇紧|搵紧)(?:别的|其他|其它|别家|第二间|另外的|其他家)(?:房子|房|供应商|平台|公司|学校|机构|物业|中介|银行|医院|诊所|运营商|快递|服务商|托管|幼儿园|补习班)/,
  },
  // Lessons given up with the rest asked back in one breath (我们商量过了，不上了，剩下32节课请按合同退费): quitting, not
  // one lesson skipped and made up (今天不上了，剩下的课下周补).
  {
    id: 'churn-quit-rest-refunded',
    flag: 'churn',
    kind: 'ask',
    re: /(?<!(?:今天|明天|今晚|今日|听日|这周|这次|这节|下午|上午|晚上|周末)[^，。]{0,4})(?:不|唔)(?:再)?(?:上|读|学|返)(?:了|喇|啦)[，,]\s?(?:那|咁)?(?:剩下|剩余|余下|未上|没上)(?:的|嘅)?[^，。！？]{0,4}(?:课|节|堂|课时|学费)(?![^，。！？]{0,6}(?:补|顺延|改|调|延))/,
  },
];
