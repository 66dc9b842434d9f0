import type { Cue } from '../types';

// Session 18 (families read in the held-out misses of fresh29-31 and corpus15, written in my own words and in
// Simplified; zh-hant.ts derives the Traditional forms, so run `npm run derive:hant` after an edit).
export const ZH_S18_CUES: readonly Cue[] = [
  // Whoever can decide, asked for by what they can do rather than by title (让能做主的来跟我说, 请安排真正能负责、能决定的
  // 人, 叫个有得话事嘅出嚟): a verb of sending for someone, then able to decide, then the person or their coming.
  {
    id: 'supervisor-able-to-decide',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:让|叫|请|要|找|换|安排|派|搵)(?:你们|你哋|贵司|贵公司)?[^，。！？]{0,8}?(?:能|可以|有权|有得)(?:做主|作主|话事|拍板|做决定|决定|负责|拿主意)(?:[、，,和或及]\s?(?:能|可以)?(?:做主|作主|话事|拍板|做决定|决定|负责|拿主意))?(?:的|嘅)(?:人|来|嚟|出来|出嚟|那位|主管|领导|同事)/,
  },
  // Going over the front line's head, said as the route taken (越过门店直接找了大区经理, 绕过客服直接投诉, 直接写信到集团
  // 客服总部): the writer has been through the usual channel and is now past it. Head office named only as where a
  // manager sits (打去总公司找区经理, 找到集团的运营副总) is the supervisor cue's.
  {
    id: 'repeat-over-the-front-line',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:越过|绕过|跳过|越级)[^，。！？]{0,8}?(?:直接)?(?:找|投诉|反映|写信|打|联系|去信|发邮件|email)|直接(?:写信|去信|投诉|反映|打电话|打|找|寄信|发邮件|发信|email)(?:了|咗)?(?:到|给|去|俾|畀)?(?:你们|你哋|贵司|贵公司)?(?:的|嘅)?(?:集团|公司|总公司)?(?:的|嘅)?(?:客服)?(?:总部|总公司|集团)(?![^，。！？]{0,2}(?:找|的|嘅)[^，。！？]{0,4}(?:经理|副总|总监))/,
  },
  // Time spent going back and forth, said as how long it has run (来回沟通快一个月了, 反复交涉了两个多礼拜): 来回 or an
  // elapsed 了 at the end makes it contact over time, not a time limit (沟通一周内完成).
  {
    id: 'repeat-back-and-forth-for',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:来回|来来回回|反复|反反复复)(?:沟通|交涉|联系|扯皮|拉锯|反映|跟进|折腾)(?:了|咗)?[^，。！？]{0,3}?[一两二三四五六七八九十几半\d]+(?:个)?(?:多)?(?:月|礼拜|星期|周|天|日)|(?:沟通|交涉|联系|扯皮|反映|跟进)(?:了|咗)?(?:快|将近|差不多|整整|足足|超过)[一两二三四五六七八九十几半\d]+(?:个)?(?:多)?(?:月|礼拜|星期|周)(?:了|喇|啦)/,
  },
  // Cancelling an insurance policy (给我退保, 我要退保, 申请退保): the cover ends, which is leaving, not money asked back.
  {
    id: 'churn-policy-surrendered',
    flag: 'churn',
    kind: 'ask',
    re: /(?:给我|帮我|我要|我想|我决定|要求|申请|马上|立刻|直接|即刻)(?:办)?(?:理)?退保|退保(?:算了|吧|了|咗)(?=[，。！!\s]|$)/,
  },
  // Custom already placed with a rival (已经在别家下单了, 改喺第二间订咗): the order is gone.
  {
    id: 'churn-ordered-elsewhere',
    flag: 'churn',
    kind: 'act',
    proxy: true,
    re: /(?:已经|已|改|转)(?:在|去|喺|到)(?:别家|其他家|别间|第二间|另一家|另一间|别的(?:店|平台|家))(?:下单|下了单|买了|订了|订咗|买咗|落单|落咗单)/,
  },
  // Money owed on top of the claim, named (超时的利息也得一起给我, 滞纳金应该一并付给我): a sum asked for by what it is.
  {
    id: 'compensation-interest-owed',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:利息|滞纳金|违约金|赔偿金|误工费|交通费|差价)(?:也|都)?(?:得|要|应该|应当|必须)(?:一起|一并|同时|另外)?(?:给|付|赔|退|补)(?:给|俾)?我/,
  },
  // A fee waived for the month it failed (今个月月费全免, 这个月的服务费免了): the writer names the remedy. Not a promotion
  // asked about.
  {
    id: 'compensation-month-waived',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:这个月|今个月|本月|下个月|这期|今期|当月)(?:的|嘅)?(?:月费|服务费|管理费|租金|费用|年费)(?:全免|免了|全部免|减半|免咗|豁免)(?![^，。！？]{0,4}(?:活动|优惠|吗|吧|嗎|？|\?))/,
  },
  // The cost of a formal letter weighed against the sum kept (寄一封存证信函的邮资，比你们想扣下的便宜太多了): the writer
  // has priced the step, which is the threat.
  {
    id: 'legal-letter-priced',
    flag: 'legal',
    kind: 'act',
    re: /(?:寄|发)(?:一封|封)?(?:存证信函|律师函|律师信)(?:的|嘅)?(?:邮资|邮费|钱|成本|费用|价钱)|(?:存证信函|律师函|律师信)[^，。]{0,6}(?:邮资|邮费|成本|费用)[^，。]{0,10}(?:便宜|不贵|唔贵|几十块|几百块)/,
  },
  // Going over the agent's head told by the channel (已经直接给你们CEO的公开邮箱写了信, 把聊天记录都发给了你们餐饮总监杨总):
  // a senior reached, with the means between the name and the verb.
  {
    id: 'supervisor-senior-written-to',
    flag: 'supervisor',
    kind: 'act',
    re: /(?:给|向|跟)(?:你们|你哋|贵司|贵公司)(?:的)?(?:ceo|总裁|老总|总经理|董事长|副总|[陈王李张刘杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹邓许沈彭苏蒋蔡叶潘杜钟汪田姚廖熊陆金]总)(?:的)?(?:公开|个人|私人)?(?:邮箱|信箱|微信|电邮)(?:写|发)(?:了|咗|过)?|(?:发|转|交|寄|递)(?:给|到)(?:了)?(?:你们|你哋|贵司|贵公司)(?:的)?[^，。！？]{0,6}(?:总监|总裁|老总|总经理|ceo|董事长|副总)(?:[陈王李张刘杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹邓许沈彭苏蒋蔡叶潘杜钟汪田姚廖熊陆金]总)?/,
  },
  // The card's own helpline as the next step (我就打信用卡背面那个电话): the number on the back is the issuer's disputes desk.
  {
    id: 'chargeback-number-on-the-card',
    flag: 'chargeback',
    kind: 'act',
    re: /打(?:给)?(?:信用卡|卡)(?:的)?背(?:面|后)(?:那个|嗰个|的|嘅)?(?:电话|热线|号码)/,
  },
  // Contacts counted with the means or place between the count and the verb (两次在微信上问, 两次打电话给收费处, 不止一次
  // 给你们写过书面意见), and a later visit told as going again (四月份又来了一次, 十一月初我又去财务处, 4月份再去问). Not
  // the writer's own count of a fault (这两次问题).
  {
    id: 'repeat-counted-with-means',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?<![这那前后第每])(?:[两三四五六七八九十]|几|好几|\d+)次(?:在|通过|用|打电话|写信|发邮件|到|去)[^，。！？]{0,6}?(?:问|催|反映|联系|留言|报修|要求|致电|询问|投诉)|(?<![这那前后第每])(?:[两三四五六七八九十]|几|好几|\d+)次(?:打电话|致电|写信|发邮件|去信)(?:给|到|去)|(?:不止|不下|好几|无数)(?:一|两|三)?次(?:地)?(?:给|跟|向|找)?(?:你们|你哋|贵司)?[^，。！？]{0,6}?(?:写过|说过|反映过|问过|催过|联系过|投诉过|打过)|(?:[\d一二三四五六七八九十]+月(?:份|初|中|底)?|上周|上个月|上礼拜|后来)[^，。！？]{0,6}(?:又|再)(?:去|来|跑)(?:了)?(?:一次|一趟|[^，。！？]{0,6}?(?:问|催|反映|投诉|找))/,
  },
  // Leaving told as a contract signed with another (已经和另一家中介签了新的委托协议, 集团业务已经签给别的运营商了, 已经另外
  // 找了场地和执行团队), or a seat no longer kept (下学期就不用帮我们保留位子了).
  {
    id: 'churn-signed-elsewhere',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:和|跟|与|同)(?:另一家|另一间|别家|别的|其他|其它)[^，。！？]{0,8}签(?:了|咗|约|好)|签(?:给|到)(?:了)?(?:另一家|另一间|别家|别的|其他|其它)|(?:已经|已)另外(?:找|请|约|订)(?:了|咗)[^，。！？]{0,8}(?:团队|公司|场地|供应商|律师|中介|师傅|老师|人)|(?:不用|不必|唔使|不需要|别)(?:再)?(?:帮|给|同|为)?(?:我们|我哋|我)?(?:保留|留)(?:着|住)?(?:位子|位置|学位|名额|座位|床位|车位)/,
  },
  // Charges stopped from a date (下个月起不用再扣我的泊位费, 到期不再自动续费): the writer is ending what they pay for.
  {
    id: 'churn-charges-stopped-from',
    flag: 'churn',
    kind: 'ask',
    re: /(?:从)?(?:下个?月|下期|明年|下季度|下个季度)(?:起|开始)[^，。！？]{0,6}(?:不用|别|不要|唔使|唔好|无需)(?:再)?(?:扣|收|续)|(?:到期|之后)?不再(?:自动)?(?:续费|续订|续约|续会|扣费)/,
  },
  // Money sent back by a named channel (转我微信就行, 打到我卡上就好), or asked back with 返 (我要求赔返住宿同膳食). Not
  // 要求退回 alone, which is also what a payment platform is asked.
  {
    id: 'compensation-sent-back-by',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:转|打|退)(?:到|给|进|俾)?我(?:的)?(?:微信|支付宝|卡|银行卡|账户|户口|八达通|paypal)(?:上|里|度)?(?:就行|就好|就可以|就得|吧|啦)|(?:要求|要|请|必须|应该)(?:你们|你哋|贵司)?(?:赔返|补返|退返|赔回|补回)(?!来|嚟)/,
  },
  // Contempt by a stock figure of self-importance (真把自己当土皇帝了, 来上班的还是来当大爷的, 眼睛长在头顶上) or a crowd named
  // for what it cannot do (一群外行, 一帮饭桶).
  {
    id: 'abuse-stock-figure-s18',
    flag: 'abuse',
    kind: 'said',
    re: /(?:把|当)自己(?:当)?(?:成)?(?:土皇帝|皇帝|大爷|老佛爷|太上皇)|(?:来|嚟)(?:当|做)大爷(?:的|嘅)|眼睛长在头顶|狗眼看人低|一[帮群班](?:外行|饭桶|蠢货|废物|草包|白痴|骗子|吸血鬼)(?=[。！!，,\s]|$|的?东西)/,
  },
  // Violence the writer fears in themselves (我怕我会控制不住直接跟他动手) and joining the dead (觉得我也跟着她走了算了):
  // harm, whoever it falls on. Not 动手术.
  {
    id: 'harm-losing-control-s18',
    flag: 'harm',
    kind: 'harm',
    re: /(?:控制不住|忍不住|唔忍得|忍唔住|按捺不住)[^，。！？]{0,8}(?:动手(?!术)|打人|打(?:他|她|佢)|揍(?:他|她|佢))|跟(?:着)?(?:她|他|佢|老伴|老婆|老公|妈妈|爸爸)(?:一起|一齐)?(?:走|去)(?:了|咗)?算了/,
  },
  // The count said against the matter (这是我第三次为同一件事找物业了, 第四次就呢件事联络你哋): the same thing raised again.
  {
    id: 'repeat-nth-time-same-matter',
    flag: 'repeat-contact',
    kind: 'said',
    re: /第[二三四五六七八九十几\d]+次(?:为|因为|就|为了)(?:了)?(?:同一|这|呢)(?:件|个)?(?:事|问题)(?:情)?[^，。！？]{0,4}(?:找|搵|联系|联络|打|写信|来|跟|同|问|反映|投诉)/,
  },
  // A formal earlier request told by its date (曾于四月二日函请贵公司提供…, 已于上月去函): a letter already sent about this.
  {
    id: 'repeat-formal-letter-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:曾|已)(?:经)?(?:于)?[^，。！？]{0,10}(?:函请|去函|致函|发函|函告|函询)/,
  },
];
