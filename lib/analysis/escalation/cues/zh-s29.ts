import type { Cue } from '../types';

// Session 29, written from sentences made up here before the session's blind sets were read: money to be got back
// rather than refunded (我只想要回我的钱, 我只想攞返我啲錢), a fee that should come down or a cost that is the firm's
// (月租是不是该给我减点, 运费应该你们出), a renewal stopped (下个月起不用再给我续费了), numbers closed (把我名下的号都销了),
// a promise by the firm's staff set against the time since (之前客服说48小时内回复，现在都一周了), and money asked back
// without the usual words: a charge not owed (我不应该为没用到的服务付钱, 断网那几天的钱我是不会交的, 没上门的那次别收我钱), a
// cost asked about as a challenge (酒店的钱你们报不报), a fee voided (滞纳金作废吧), a loss not the customer's to bear;
// head office asked for (我要直接跟你们总部反映), and weeks of back and forth with the firm's staff (跟你们客服来回扯了一个月). Shapes, in
// Simplified (zh-hant.ts derives the Traditional forms; the Cantonese words are written as they are).

/** What the customer paid and wants back. */
const PAID = '(?:钱|款|费用|押金|定金|订金|货款|本金|钱款|服务费|会员费|学费|房租|租金|运费)';

/**
 * Money got back through someone else (信用卡那边会找你们商户把钱要回来, 钱我自己要回来 after a platform complaint) is
 * their act or a dispute's, not a refund asked of the firm.
 */
const NOT_VIA = '(?<!(?:自己|商户|商家|merchant|银行|信用卡|支付宝|微信支付|平台|发卡行)[^，。！？\\n]{0,3})';

export const ZH_S29_CUES: Cue[] = [
  // Getting one's own money back: 我只想要回我的钱, 拿回那笔押金, 我只想攞返我啲錢; 押金要拿回来, 钱得退回来.
  {
    id: 'compensation-money-got-back',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      `${NOT_VIA}(?:要回|拿回|取回|讨回|讨还|追回|拿返|攞返|拎返|攞番|拎番|要返)(?:我|我们|我哋)?(?:的|啲|嘅)?(?:那|这|呢|嗰)?(?:笔|些|啲|份)?(?:付的|交的|给的|俾嘅|畀嘅)?${PAID}|${NOT_VIA}${PAID}(?:(?!自己)[^，。！？\\n]){0,6}?(?:拿回来|要回来|退回来|还回来|拿返嚟|攞返嚟|攞返|拎返|退返俾我|还俾我)`,
    ),
  },
  // A fee that should come down, asked outright or as a question: 月租是不是该给我减点, 月費係咪應該減返啲.
  {
    id: 'compensation-fee-cut-asked',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:月租|月费|服务费|房租|租金|物业费|管理费|会员费|年费|网费|话费|套餐费|宽带费)[^，。！？\n]{0,6}?(?:是不是|是否|係咪|能不能|可不可以|可唔可以)?(?:总)?(?:应该|应当|该|得|要)(?:要)?(?:给我|帮我|俾我|同我)?(?:减|少收|少算|少计|打折|便宜)(?:返|番)?(?:一点|一些|一半|点|些|半|啲)/,
  },
  // A cost that is the firm's to pay: 运费是你们发错货产生的，应该你们出吧; 運費唔應該由我出.
  {
    id: 'compensation-cost-is-yours',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:运费|邮费|来回运费|退货运费|寄回运费|差价|手续费|维修费|上门费)[^。！？\n]{0,14}?(?:应该|应当|理应|该)(?:由)?(?:你们|贵司|商家|你哋|店家|平台)(?:来)?(?:出|付|承担|负责|包)|(?:运费|邮费|来回运费|退货运费|寄回运费|手续费|维修费|上门费)[^，。！？\n]{0,6}?(?:不|唔)(?:应该|应当|该)(?:由)?我(?:来)?(?:出|付|承担|负责|俾|畀)/,
  },
  // A renewal stopped: 下个月起不用再给我续费了, 唔使再幫我續約. Not when they will renew it themselves (不用帮我续费，我自己续).
  {
    id: 'churn-renewal-stopped',
    flag: 'churn',
    kind: 'ask',
    re: /(?:不用|不要|别|唔使|唔好|无需|不必|毋须)(?:再)?(?:给我|帮我|同我|为我|替我)?(?:自动)?(?:续费|续约|续订|续期|续会|续)(?:了|喇|啦|咗)?(?![^。！？\n]{0,10}(?:我自己|自己|手动))/,
  },
  // Numbers and accounts closed: 把我名下的号都销了, 将宽带拆掉.
  {
    id: 'churn-numbers-closed',
    flag: 'churn',
    kind: 'ask',
    re: /(?:把|将)(?:我|我们)?(?:名下|家里|家)?(?:的|嘅)?[^，。！？\n]{0,4}?(?:号|号码|账户|账号|户口|宽带|手机卡|卡)(?:都|全部|全)?(?:销|注销|销户|拆|退订)(?:掉|了|咗|咗佢|吧)/,
  },
  // A promise by the firm's staff set against the time since: 之前客服说48小时内回复，现在都一周了.
  {
    id: 'repeat-contact-promise-overdue',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:之前|上次|上回|前几天|前天|昨天|上周|上个星期|上礼拜|上個禮拜)[^，。！？\n]{0,6}?(?:客服|你们|你哋|专员|师傅|工作人员|售后)[^，。！？\n]{0,4}?(?:说|讲|话|答应|承诺|保证)(?:了|过|咗)?[^。！？\n]{0,16}?(?:回复|回电|处理|联系|搞掂|解决|上门|到账|退)[^。！？\n]{0,4}?[，,][^。！？\n]{0,4}?(?:现在|到现在|结果|而家|都|已经)[^。！？\n]{0,8}?(?:[一两三四五六七八九十\d]+|半)(?:个)?(?:天|日|周|星期|礼拜|禮拜|个月|月)/,
  },
  // A charge not owed: 我不应该为没用到的服务付钱, 我唔應該為冇用過嘅服務俾錢, 凭什么让我付钱.
  {
    id: 'compensation-should-not-pay',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:我|我们|我哋)(?:根本)?(?:不|唔)(?:应该|应当|该|需要|用)(?:为|替)[^，。！？\n]{0,12}?(?:付钱|付款|买单|埋单|交钱|俾钱|畀钱|给钱|付费)|凭什么(?:要)?(?:让|叫)?我(?:来)?(?:付|交|出|俾|畀)(?:钱|费|这笔|这个钱)/,
  },
  // Refusing to pay for what was not had: 断网那几天的钱我是不会交的, 斷網嗰幾日啲錢我唔會俾.
  {
    id: 'compensation-will-not-pay',
    flag: 'compensation',
    kind: 'act',
    strength: 'threatened',
    // Only for days or service not had: a levy refused in a dispute, or next month's fee refused on leaving (下个月的钱我不会再交), is
    // not money asked back.
    re: /(?:那几天|这几天|那段时间|这段时间|断网|停水|停电|断电|没用|没有用|没享受|没收到|没上门|没来|嗰几日|冇用|冇收到)[^，。！？\n]{0,8}?(?:钱|费用|月租|月费|服务费|网费|水费|电费)[^，。！？\n]{0,3}?(?:我|我哋|我们)?(?:是)?(?:不会|唔会|绝不会|绝对不会|坚决不|不打算|不准备|唔打算)(?:交|付|给|俾|畀|出)(?![给到过])/,
  },
  // Not to be charged for one occasion: 没上门的那次别收我钱, 这个月的月费不应该扣我.
  {
    id: 'compensation-do-not-charge',
    flag: 'compensation',
    kind: 'ask',
    // The visit that never happened (没上门的) is part of what is named, not a negation of the ask.
    re: /(?:(?:没|冇|未)[^，。！？\n]{0,6}?(?:的|嘅))?(?<![从由])(?:那次|这次|那笔|这笔|那几天|这几天|那个月|这个月|嗰次|呢次|嗰几日|呢个月)(?!起)(?:的|嘅)?(?:钱|费用|月费|月租)?[^，。！？\n]{0,4}?(?:别|不要|唔好|勿|不应该|(?<!该)不该|唔应该)(?:收|扣)(?:我|我们|我哋)?(?:的|嘅)?(?:钱|费|费用)?/,
  },
  // A cost put to the firm as a challenge: 酒店的钱你们报不报, 车费你们赔不赔. Not a policy question (请问…能不能报).
  {
    id: 'compensation-cost-challenged',
    flag: 'compensation',
    kind: 'said',
    re: /(?<!(?:请问|想问|咨询|请教|问下|问一下)[^，。！？\n]{0,12})(?:酒店|住宿|打车|车费|交通|路费|维修|修理|医药|误工|改签)(?:的)?(?:钱|费|费用)?[^，。！？\n]{0,4}?(?:你们|贵司|你哋)(?:到底)?(?:报不报|赔不赔|给不给报|管不管|出不出|认不认)/,
  },
  // A fee voided: 那笔滞纳金作废吧, 违约金撤销.
  {
    id: 'compensation-fee-voided',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:滞纳金|违约金|手续费|罚款|罚金|附加费|利息|逾期费)[^，。！？\n]{0,4}?(?:作废|撤销|一笔勾销)/,
  },
  // A loss not the customer's to bear: 这个损失总不能让我自己扛吧, 费用唔應該由我一個人孭.
  {
    id: 'compensation-loss-not-mine',
    flag: 'compensation',
    kind: 'said',
    re: /(?:损失|费用|钱|差价)[^，。！？\n]{0,6}?(?:总不能|不能|不应该|唔可以|唔应该|凭什么)(?:让|叫|要|由)?我(?:自己|一个人)?(?:来)?(?:扛|承担|负担|买单|埋单|出|背|食|孭)/,
  },
  // Over the agent's head to head office: 我要直接跟你们总部反映, 我会找你们总公司讨说法.
  {
    id: 'supervisor-head-office',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:跟|向|找|去|给|到)(?:你们|你哋|贵司)?(?:的)?(?:总部|总公司|集团总部|上级公司|上级部门)(?:的人)?(?:那边|那里|度)?(?:反映|投诉|说|讲|反馈|讨说法|讨个说法|要说法|要个说法|问个明白)/,
  },
  // Weeks of back and forth with the firm's staff: 跟你们客服来回扯了一个月了, 同你哋客服拗咗成個禮拜.
  {
    id: 'repeat-contact-back-and-forth',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:跟|和|同|与)(?:你们|你哋|贵司)?(?:的)?(?:客服|售后|人工|专员|热线|门店)[^，。！？\n]{0,4}?(?:来回|反复|扯皮|扯|沟通|打了|聊了|说了|交涉|拗|纠缠)[^，。！？\n]{0,6}?(?:[一两三四五六七八九十\d]+|好几|几|成|半)(?:个)?(?:月|星期|礼拜|周|天|次|回|遍)/,
  },
  // Contempt in Taiwan and Hong Kong slang aimed at the firm's people: 你們客服很瞎耶, 你哋啲職員好廢.
  {
    id: 'abuse-staff-lame',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋)(?:的|嘅|啲)?(?:客服|店员|员工|人员|职员|售后|同事)?(?:很|超|真的|有够|好|真系|真是|都几)(?:瞎|废)(?![物话])/,
  },
  // The payment sent back the way it came: 款项原路返回, 钱请原路退回.
  {
    id: 'compensation-original-route',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:款项|钱款|款|钱|费用|货款)(?:请|麻烦|尽快|马上)?原路(?:退回|返回|退还|退|返还)/,
  },
  // Read off the session's blind sets (fresh55) after their final scoring, so their figures are in-sample from here.
  // A regulator invited to judge: 我不介意让市场监管局来评评理.
  {
    id: 'regulator-invited-to-judge',
    flag: 'regulator',
    kind: 'act',
    strength: 'threatened',
    // The 不 of 不介意 (I don't mind…) is part of the dare, not a negation of it.
    re: /(?:(?:我)?(?:不介意|不怕|大不了)(?:就)?)?(?:让|叫|请|找)(?:市场监管局|市场监督管理局|市监局|工商局|工商|消协|消委会|消保官|消保会|消基会|12315|12345|监管部门|有关部门|主管部门)(?:来)?(?:评评理|评理|介入|处理|管管|看看|主持公道)/,
  },
  // Not going to use us again: 反正以后也不打算再用了, 以后都唔会再帮衬.
  {
    id: 'churn-not-again',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /(?:以后|往后|今后|之后)(?:也|都|就)?(?:不打算|不准备|不想|唔打算|唔想)(?:再)?(?:用|买|来|光顾|帮衬|续|找你们)/,
  },
  // A course ended at the end of the term: 孩子这个班我们就上到这期结束吧.
  {
    id: 'churn-until-term-ends',
    flag: 'churn',
    kind: 'ask',
    re: /(?:就)?上到(?:这期|这学期|本期|本学期|这个月|月底|这一期)(?:结束|为止|完)/,
  },
  // Every channel tried: 业主群、物业前台、热线我都反映过了.
  {
    id: 'repeat-contact-all-channels',
    flag: 'repeat-contact',
    kind: 'said',
    re: /[、，,][^。！？\n]{0,8}(?:我|我们)(?:都|全都|已经都|都已经)(?:反映|反应|联系|找|问|打|投诉|报)过(?:了|啦|晒)?/,
  },
  // Who can decide, asked outright: 你们这边到底谁能拍板？
  {
    id: 'supervisor-who-can-decide-asked',
    flag: 'supervisor',
    kind: 'ask',
    re: /谁(?:能|可以|才能|先可以|先能)(?:拍板|做主|作主|说了算|话事)/,
  },
];
