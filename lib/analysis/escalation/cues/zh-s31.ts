import type { Cue } from '../types';

// Session 31, after the session's blind sets were scored (fresh57): shapes read off their misses, written as shapes
// with wordings of our own beside them. Pressure asked as a question (是要我直接找银行吗, 还是我自己找信用卡公司比较快,
// 非得我打到工信部你们才肯); the boss called for (你们老板呢？让他出来说话); a fee asked down or written off (课时费能不能
// 减一点, 把这笔费用冲销掉); praise on a public platform that is a threat (我去小红书好好夸夸你们); and owners voting a
// property manager out (换物业). Written in Simplified (zh-hant.ts derives the Traditional forms; the Cantonese words
// are written as they are).

/**
 * Pressure asked as a question: 是要我直接找银行处理吗, 是不是非得我打到工信部你们才肯, 还是我自己找信用卡公司比较快,
 * 係咪要我报消委会你哋先肯. The cue inside is the customer's next step, not a question about how it works. A bare 是不是
 * 要我… asks how it works (是不是要我提供发票才能退款): it is pressure only with 直接 or with the firm's 才 after it.
 */
export const RHETORICAL_ZH_S31 =
  '(?<![还還])(?:是要|是不是要|是不是得|难道要|係咪要|系咪要)我(?:直接|自己直接|[^？?。！\\n]{0,20}?(?:你们|你哋|你地)(?:才|先))|(?:是不是非得|难道非得|非得|非要)我|(?:还是|还是说)我(?:自己)?(?:要|得|只能|直接|去)?[^？?。！\\n]{0,20}?(?:比较快|更快|快一点|快啲|才行|才有用)';

/** A public platform where a customer writes about a firm (lower case: the tables read folded text). */
const PLATFORM =
  '(?:小红书|微博|抖音|快手|大众点评|点评|黑猫|知乎|豆瓣|b站|朋友圈|ptt|dcard|连登|脸书|fb|ig|threads|google|谷歌|openrice|开饭)';

export const ZH_S31_CUES: Cue[] = [
  // The boss called for by asking where they are: 你们老板呢？, 你哋经理呢？叫佢出嚟讲. 你们 is needed: a bare 老板呢 may
  // ask after the boss of the customer's own shop.
  {
    id: 'supervisor-where-is-the-boss',
    flag: 'supervisor',
    kind: 'ask',
    re: /(?:你们|你哋|你地)(?:的|嘅)?(?:老板|经理|负责人|领导|主管|店长|院长|校长|园长|老细|事头)呢(?=\s*[？?！!])/,
  },
  // A fee asked down: 这个月的课时费能不能减一点, 月费可唔可以减返啲, 服务费应该少收一半吧.
  {
    id: 'compensation-fee-asked-down',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:费|费用|月费|年费|课时费|学费|服务费|管理费|物业费|房租|租金|尾款|账单)[^，。！？\n]{0,6}?(?:能不能|可不可以|可唔可以|能否|可否|是不是应该|是否应该|应该|应当)[^，。！？\n]{0,4}?(?:减|减免|少收|打折|退)(?:一点|一些|点|啲|部分|返|回|一半)/,
  },
  // A charge asked to be written off: 请把这笔费用冲销掉, 将该笔扣款撤销.
  {
    id: 'compensation-charge-written-off',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:把|将)(?:这笔|该笔|此笔|这项|这个|呢笔)?(?:费用|款项|扣款|账单|金额|收费|超额费|附加费)(?:给)?(?:冲销|冲正|撤销|免除|减免|退回|退还)/,
  },
  // Praise promised on a public platform, said so that it is a threat: 我去小红书好好夸夸你们, 去Dcard好好推荐一下你们家的
  // 「售后服务」, 上连登赞下你哋，话俾全世界知. 好好 or telling everyone makes it irony; a plain promise to recommend is praise.
  {
    id: 'public-praise-as-threat',
    flag: 'public',
    kind: 'act',
    re: new RegExp(
      `(?:去|上|到|喺|在)${PLATFORM}(?:[跟和同及]${PLATFORM})*[^，。！？\\n]{0,6}?(?:好好|大力)(?:地)?(?:夸夸|夸一夸|夸一下|夸|推荐一下|推荐|赞下|赞一下|赞|宣传一下|宣传|表扬|介绍一下)|(?:去|上|到|喺|在)${PLATFORM}[^，。！？\\n]{0,6}?(?:夸夸|夸一下|夸|推荐一下|推荐|赞下|赞一下|赞|宣传一下|宣传|表扬)[^。！？\\n]{0,12}?(?:让|叫|话俾|讲俾|话畀)(?:大家|全世界|所有人|其他人|全网)`,
    ),
  },
  // Owners voting the property manager out: 业主群在征集签名换物业, 我们准备炒咗你哋管理公司.
  {
    id: 'churn-replace-property-manager',
    flag: 'churn',
    kind: 'act',
    // A vote or a petition under way: threatened, as zh-s20's churn-owners-replace-manager.
    strength: 'threatened',
    re: /(?:换|换掉|炒|炒咗|炒掉|解聘)(?:你们|你哋)?(?:这家|呢间)?(?:物业公司|物业|管理公司|管业处)/,
  },
  // A business weighing the partnership again: 并重新评估双方后续合作, 我司会重新考虑与贵司的合作.
  {
    id: 'churn-reassess-cooperation',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /重新(?:评估|考虑|审视|评价)(?:双方|我们|我们的|与贵司的|与你们的|同你哋嘅)?(?:的)?(?:后续|今后|未来|之后)?(?:的)?(?:合作|合作关系|续约)/,
  },
];
