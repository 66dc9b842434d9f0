import type { Cue, PairCue } from '../types';
import { REGULATOR } from './zh-pairs';

// Session 20 (families read in the misses of corpus20d: hints and sarcasm, intents buried in long stories,
// unpunctuated chat; written in my own words and in Simplified; zh-hant.ts derives the Traditional forms, so run
// `npm run derive:hant` after an edit).
export const ZH_S20_CUES: readonly Cue[] = [
  // Told so many times the writer lost count (说了N次, 讲了不知道几次, 同管理处讲咗唔知几多次): contact before. A verb of
  // telling has to come first: 一天吃不知道几次 counts doses.
  {
    id: 'repeat-lost-count',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:说|讲|问|反映|打|催|投诉|报修|讲|call|找)(?:了|咗|过)(?:[nN]|无数|不知道多少|不知道几|唔知几多|唔知几|数不清|数唔清|n多)(?:次|遍|回|趟|轮)/,
  },
  // Trips counted to the counter (今天已经是我来回跑的第四趟了, 白跑了三趟): the writer has come before.
  {
    id: 'repeat-trips-counted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:来回|白|又)?跑(?:的|了|咗)?第?[二三四五六七八九十两\d]+趟|(?:来回|白)跑(?:了|咗)[二三四五六七八九十两几\d]+趟/,
  },
  // An earlier agent and what they said (跟上一个客服讲的, 昨天那位客服说会回拨, 琴日嗰位同事话会帮我): the writer is
  // back about the same thing.
  {
    id: 'repeat-earlier-agent-said',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:上一个|上一位|上个|第一次那个|第一次那位|头一次那个|之前那个|之前那位|之前的|昨天那个|昨天那位|琴日嗰个|琴日嗰位|上次那个|上次那位|头先嗰个|头先嗰位)(?:客服|同事|专员|职员|接线员|小姐|先生|师傅)(?:的|嘅)?(?:说|讲|话|答应|承诺|讲过|讲嘅|讲的|说的|话会|说会)/,
  },
  // The engineer sent before, and the fault back (上周你们工程师来测过说没问题。今天又断了): reported already. Not a visit
  // that fixed it (上周师傅来修过，现在很好用).
  {
    id: 'repeat-engineer-came-before',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:上周|上礼拜|上星期|上次|之前|前几天|上个月|早前)(?:你们|你哋)?(?:的|嘅)?(?:工程师|师傅|技术员|维修员|技工|维修师傅)(?:来|上门|上嚟|过来)(?:测|看|修|检查|睇)(?:过|咗)(?=.{0,24}(?:又|还是|仍然|依然|没用|冇用|照样|一样))/,
  },
  // The whole order wanted back in a chat line (这单全额退, 呢单全退): money back, said as an order.
  {
    id: 'compensation-order-back-whole',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:这单|这一单|呢单|整单|这份|这餐|呢餐)(?:全额|全部|全)退(?![^，。！？]{0,3}(?:吗|嗎|咩|不|唔|了|咗|啦))/,
  },
  // Money overcharged called a gift the writer never meant (这钱我就当捐了是吧, 你哋系当我赞助医院定点): sarcasm asking for
  // it back. A question mark or 是吧 makes it one; 就当捐了，算了 lets it go.
  {
    id: 'compensation-sarcastic-donation',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:当|算|让我)(?:我)?(?:是)?(?:捐|赞助|孝敬|打赏|白送|送)(?:给|俾|畀)?[^，。！？]{0,6}(?:是吧|是不是|吗|嗎|咩|定点|定系|[？?])/,
  },
  // A named sum put to the firm to settle (呢$450，你哋觉得应该点处理, 这两百你们看怎么办) and the gesture asked for
  // (你们就没有一点表示吗): money back, asked indirectly.
  {
    id: 'compensation-sum-put-to-you',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:这|呢|這)(?:笔|个)?[$￥¥]?[\d一二两三四五六七八九十百千]+(?:块|元|蚊|蚊鸡)?(?:钱)?[，,\s]*(?:你们|你哋)(?:觉得|看|话)(?:应该|应当)?(?:怎么|点样|点|咋)(?:处理|算|办|搞)|(?:就|总|总该|应该|是不是|是否)?(?:没有|冇|有没有|有冇|有什么|有咩|该有|应该有)(?:一点|点|啲|少少|任何)?(?:表示)(?=[吗嗎呢吧啊咩？?。！!，,]|$)/,
  },
  // The least a fee should come down by, said as a discount (月租费至少要打对折, 月费起码打个八折): the writer names
  // the remedy (zh-s19 reads 减 and 退).
  {
    id: 'compensation-fee-least-discount',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:月租|月费|租金|房租|管理费|服务费|学费|年费)[^，。！？]{0,6}(?:至少|最少|起码|点都)(?:都|也)?(?:要|应该|得)?(?:打(?:个)?(?:对|五|六|七|八|半)?折|减半|减一半|免一半)/,
  },
  // Whatever can be refunded (你们看能退多少退多少), a named sum to get back (攞返嗰二百蚊), and when the money comes
  // (几时赔, 什么时候赔): money back asked for.
  {
    id: 'compensation-whatever-can-be-refunded',
    flag: 'compensation',
    kind: 'ask',
    re: /能(?:退|赔|补)多少(?:就)?(?:退|赔|补)多少|(?:攞返|拿回|要回)(?:嗰|个|啲|那)?[$￥¥]?[\d一二两三四五六七八九十百千]+(?:蚊|块|元)|(?:几时|幾時|什么时候|啥时候|何时|幾時先)(?:先)?(?:赔|赔钱|还钱|退钱)(?![^，。！？]{0,4}(?:标准|规则|流程|政策))/,
  },
  // A life too heavy to go on with (我今晚就不活了, 干脆我死了最省钱, 一觉瞓咗唔好再醒好过): self-harm. Not the idiom
  // 我死都不会再买 (a customer leaving).
  {
    id: 'harm-end-it-tonight',
    flag: 'harm',
    kind: 'harm',
    re: /我(?:今晚|今天|明天|今日|听日|马上|这就|干脆)(?:就|也|都)?不活了|(?:干脆|不如|乾脆)?我(?:去)?死了(?:最|就|都|还)?(?:省钱|算了|好过|干净|解脱|轻松|一了百了)|(?:睡|瞓)(?:着|咗|了|过去)(?:就)?(?:不要|唔好|别|不再|唔再)(?:再)?醒/,
  },
  // A door or window of the firm's kicked in (哪天我忍不住把你们监控室的门给踹了): property threatened by the writer.
  {
    id: 'harm-kicked-in',
    flag: 'harm',
    kind: 'harm',
    re: /我(?:就|会|直接|忍不住|一定|迟早|真的|都)+把(?:你们|你哋|你|他|她|佢)(?:的|嘅)?[^，。！？]{0,8}(?:门|玻璃|窗|招牌|柜台|车|监控|电脑|屏幕)(?:给)?(?:踹|砸|敲|踢|掟)(?:了|烂|破|碎|咗|开|坏)/,
  },
  // The firm or its staff called dead (你们平台是死人吗) or idlers as a group (一群混日子的, 一班食闲饭嘅): contempt.
  {
    id: 'abuse-dead-or-idle',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋|你)(?:这|呢)?(?:个|间|家)?(?:平台|客服|公司|店|物业|医院|银行|学校)?(?:都|全)?(?:是|係|系)死人(?:吗|嗎|啊|嘛|么|呀|咩|吧|[？?])|(?:一群|一帮|一班|成班|全部都?是|个个都?是)(?:混日子|混吃等死|吃干饭|吃闲饭|食闲饭|饭桶)/,
  },
  // Worse than rubbish (垃圾中的垃圾), masked curses (X街), and the writer's time wasted as 老子's (浪费老子半小时): aimed
  // at the firm. An address (住喺X街) is not a curse.
  {
    id: 'abuse-rubbish-and-masked',
    flag: 'abuse',
    kind: 'said',
    re: /垃圾中(?:的|嘅)垃圾|(?:是|係|系)(?:x|×|＊|\*)街(?![\d号口道])|(?:浪费|耽误|耽搁|嘥)(?:了|咗)?老子/,
  },
  // The writer's papers to go before a lawyer (我要带去给律师看看): legal action being prepared.
  {
    id: 'legal-taken-to-lawyer',
    flag: 'legal',
    kind: 'act',
    strength: 'threatened',
    re: /(?:带去|拿去|拎去|交|发|寄)(?:给|俾|畀)(?:我的|我嘅)?(?:律师|律师朋友)(?:看看|看|过目|睇下|睇|评估)/,
  },
  // The firm's words imagined read out in court (不知道在法庭上念出来效果怎么样): a veiled suit.
  {
    id: 'legal-read-in-court',
    flag: 'legal',
    kind: 'act',
    strength: 'threatened',
    re: /(?:在|喺)法(?:庭|院)上?(?:念|读|讲|说|播|摆)出(?:来|嚟)/,
  },
  // Money pulled back through the bank or wallet (从花呗那边追回来了, 让银行把那笔重复扣款冲回去了): a reversal, done.
  // 退回 is the firm refunding, not the writer reversing.
  {
    id: 'chargeback-clawed-back',
    flag: 'chargeback',
    kind: 'act',
    re: /(?:从|在|通过|经)(?:花呗|信用卡|银行|支付宝|微信支付|paypal|发卡行)(?:那边|那里|嗰边)?[^，。！？]{0,4}(?:追|冲|扣|拿)(?:回|返)(?:来|嚟)?(?:了|咗)|(?:让|叫|请)(?:咗|了)?(?:银行|信用卡中心|发卡行|信用卡公司|花呗)(?:把|将)[^，。！？]{0,10}(?:冲回|追回|冲正|扣回|撤回)/,
  },
  // Gone over the agent's head already (越过你们客服直接找到了市分公司的投诉经理, 已经直接跟你们总公司的区经理反映过了).
  {
    id: 'supervisor-went-over-head',
    flag: 'supervisor',
    kind: 'act',
    re: /越过(?:你们|你哋)?(?:的|嘅)?(?:客服|前线|柜台|门店|店员|一线)(?:直接)?(?:找|联系|投诉|反映|打)/,
  },
  {
    id: 'repeat-head-office-told',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:跟|同|向|和)(?:你们|你哋)?(?:的|嘅)?(?:总公司|总部|集团|分公司|总店)(?:的|嘅)[^，。！？]{0,4}(?:经理|主管|负责人|总监|老板)(?:反映|投诉|讲|说|提)(?:过|咗)/,
  },
  // A deadline for paying up (两个礼拜内唔赔，我律师会…): the money is asked for before the threat.
  {
    id: 'compensation-pay-by-deadline',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:内|前|之前|为止)(?:还)?(?:唔|不|没|冇)(?:赔|赔钱|赔偿|退钱|退款)(?:的话)?[，,]/,
  },
  // The card company set against the firm (信用卡公司嗰边处理得快过你哋): a dispute about to be raised.
  {
    id: 'chargeback-bank-faster',
    flag: 'chargeback',
    kind: 'act',
    strength: 'threatened',
    re: /(?:信用卡公司|信用卡中心|发卡行|银行)(?:那边|嗰边|嗰度)(?:处理|搞|退)(?:得)?(?:快过|比你们快|比你哋快|更快)/,
  },
  // The agent's rank said to be too low, or someone with the power asked for (你这个级别处理不了, 找一个有权限改判责结果的
  // 人, 请你上头亲自打俾我): someone above the agent.
  {
    id: 'supervisor-rank-too-low',
    flag: 'supervisor',
    kind: 'ask',
    re: /你(?:这个|呢个)?级别(?:处理|解决|做主|决定)(?:不了|唔到)|(?:找|换|叫|请|搵)(?:一个|个|一位|位)?有(?:权限|权|决定权)[^，。！？]{0,10}(?:的|嘅)(?:人|同事|领导)|(?:请|叫|让)你(?:的|嘅)?(?:上头|上级|上司|主管|经理)(?:亲自)?(?:打(?:俾|给|畀)我|打电话(?:俾|给|畀)我|联系我|覆我|回复我)/,
  },
  // Renewal left hanging over the firm (合约下个月到期，你们自己看着办吧, 明年这个钱我掏不掏，你们自己琢磨吧): leaving.
  {
    id: 'churn-renewal-left-hanging',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:(?:合约|合同|会员|会籍|租约|套餐|约)[^，。！？]{0,6}到期|(?:续不续|掏不掏|交不交|付不付|续唔续|留唔留|俾唔俾))[^。！？]{0,10}(?:你们|你哋)(?:自己)?(?:看着办|睇住办|琢磨|掂量|心里有数|心里有数啦)/,
  },
  // A body of owners moving to replace the manager (议题之一就是换物业公司, 已经开始搵其他管理公司报价): leaving, done
  // as a vote.
  {
    id: 'churn-owners-replace-manager',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:议题|提议|表决|投票|开始|准备)[^，。！？]{0,6}(?:换|更换|另聘|换掉|炒)(?:掉)?(?:物业公司|物业|管理公司)|(?:搵|找)(?:其他|别的|第二间|另一间|另一家)(?:管理公司|物业公司)(?:报价|来)/,
  },
  // Plans for the rest of a course dropped (这边剩下的课我也不打算续了): leaving.
  {
    id: 'churn-not-renewing-plan',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:不打算|不准备|唔打算|冇打算|没打算)(?:再)?续(?:费|约|报|课|期)?(?:了|喇|啦)?/,
  },
  // Evidence made ready for a post with one step left (截好图了，就差配个文字发微博): going public.
  {
    id: 'public-one-step-left',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:就差|只差|就剩|只剩)(?:配(?:个|段)?(?:文字|文案|标题)|点(?:个)?(?:发送|发布)|按(?:个)?(?:发送|发布)|发(?:出去|出街))/,
  },
  // More people asked to see it and judge (要不要给更多人看看, 让大家看看到底谁是奥客): going public.
  {
    id: 'public-shown-to-everyone',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:给|让|俾|畀)(?:更多(?:的)?人|全网|网友|公众|大众|大家)(?:都)?(?:看看到底|睇下到底|评评理|看看谁|睇下边个|来评评理|见识一下)|(?:给|让|俾|畀)(?:更多(?:的)?人|全网|网友|公众)(?:看看|睇下|知道)/,
  },
  // An audience of followers invoked in a complaint (我小红书三万粉，不差这一篇): a post in reserve. Not an offer to
  // work together (三万粉，想跟你们谈合作).
  {
    id: 'public-follower-count',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:小红书|微博|抖音|b站|ig|youtube|快手|脸书|facebook|threads)[^，。！？]{0,2}[\d一二两三四五六七八九十几]+(?:万|千|k|w)?(?:多)?粉(?:丝)?(?![^。！？]{0,12}(?:合作|推广|探店|带货|商务|置换|邀约))/,
  },
  // A regulator filed with, said object first (教育局的投诉我交了) or by petition (向金管会陈情了): done.
  {
    id: 'regulator-petitioned',
    flag: 'regulator',
    kind: 'act',
    re: new RegExp(
      `(?:${REGULATOR.source})(?:的|嘅|那边的|嗰边嘅)?(?:投诉|申诉|陈情|举报)(?:我)?(?:已经|已|都)?(?:交|提交|递交|寄)(?:了|咗)|向(?:${REGULATOR.source})陈情(?:了|咗|过)`,
    ),
  },
  // A regulator shown the evidence (这段影片是给监理站看比较好): the writer means to take it there.
  {
    id: 'regulator-shown-evidence',
    flag: 'regulator',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(`(?:给|俾|畀|拿去给|拎去俾)(?:${REGULATOR.source})(?:的人)?(?:看|睇|过目)`),
  },
];

// A regulator's number or form made ready (住建局的电话我都查好了, 卫健委的热线我已经记下来了, 物监局嘅投诉表格我已经
// download咗, 交通运输局的热线我也不是不会打): the call is the writer's next step.
const READIED =
  /(?:电话|热线|号码|表格|投诉表|网址)(?:我)?(?:都|也|已经|早就|已)*(?:查好|记下|记好|准备好|存好|存低|下载|download|填好|找好|抄下|抄好|不是不会打|唔系唔识打)/;

export const ZH_S20_PAIRS: readonly PairCue[] = [
  {
    id: 'regulator-number-readied',
    flag: 'regulator',
    kind: 'act',
    strength: 'threatened',
    what: REGULATOR,
    act: READIED,
    within: 8,
  },
];
