import type { Cue } from '../types';

// Session 30, after the session's blind sets were scored (fresh56): shapes read off their misses, written as shapes with
// wordings of our own beside them. A cost the customer should not bear, put as a challenge (运费总不能让我自己出吧, 總唔會
// 要我自己俾運費掛); accounts reconciled with the firm again and again (跟你们对过三次账了); a business
// taking its orders elsewhere (暂停采购计划，另行选择供应商, 终止合作); a membership contract ended (解除会员合同); "see you on
// Weibo" (微博见); pinyin curses spelt out with spaces (n m s l); contempt for the firm itself (你们公司真的很废). Written
// in Simplified (zh-hant.ts derives the Traditional forms; the Cantonese words are written as they are).

/** A cost set on the customer, asked back as a challenge (总不能让我自己出吧): a demand, not a question. */
export const RHETORICAL_ZH_S30 = '(?:总|始终)(?:不能|不会|不可能|唔会|唔可以|冇理由|没理由|不至于)(?:让|要|叫|由)我';

export const ZH_S30_CUES: Cue[] = [
  // A cost the customer should not carry, asked as a challenge: 运费总不能让我自己出吧？ 總唔會要我自己俾運費寄返去掛？
  {
    id: 'compensation-not-mine-to-pay',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:总|始终)(?:不能|不会|不可能|唔会|唔可以|冇理由|没理由|不至于)(?:让|要|叫|由)我(?:自己)?(?:来)?(?:出|付|俾|畀|承担|负担|买单|埋单|掏)/,
  },
  // Accounts gone over with the firm again and again: 我们财务已经跟你们对过三次账了, 同你哋讲咗好多次.
  {
    id: 'repeat-contact-with-you-n-times',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:跟|和|同|与)(?:你们|你哋|贵司|贵公司|你们的|你哋嘅)[^，。！？\n]{0,8}?(?:对|核对|沟通|确认|联系|说|讲|反映|催|提|倾)(?:过|了|咗)(?:[^，。！？\n]{0,2})?(?:[两二三四五六七八九十几\d]+|好几|好多|无数)(?:次|回|遍)/,
  },
  // A promise by the firm with its own deadline, set against the days since: 都说好三天内退款，现在第十天了; 客服讲好一周内上
  // 门，而家都两个礼拜. Who promised must be said: a bare 说好三天内发货 may be the product page's.
  {
    id: 'repeat-contact-promised-by-now',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:客服|你们|你哋|商家|店家|卖家|专员|师傅|售后|都|明明|之前|上次)[^，。！？\n]{0,4}?(?:说好|讲好|话好|答应|承诺|保证)(?:了|过|咗)?(?:的)?[^，。！？\n]{0,6}?(?:[一两二三四五六七八九十\d]+|半)(?:个)?(?:工作)?(?:天|日|周|星期|礼拜|小时|个月)(?:内|之内|以内|前)[^，。！？\n]{0,6}?(?:回复|回电|处理|退款|退|到账|上门|寄出|发货|联系|搞掂|解决)[^。！？\n]{0,4}?[，,][^。！？\n]{0,4}?(?:现在|到现在|结果|而家|都|已经)[^。！？\n]{0,4}?(?:第)?(?:[一两二三四五六七八九十\d]+|半)(?:个)?(?:工作)?(?:天|日|周|星期|礼拜|个月|月)/,
  },
  // A business customer taking its orders elsewhere: 暂停下半年的采购计划，另行选择供应商; 终止与贵司的合作.
  {
    id: 'churn-orders-elsewhere',
    flag: 'churn',
    kind: 'act',
    re: /(?:另行|另外|重新|转而|改为|改向)(?:选择|寻找|找|物色|采购|考虑)(?:其他|其它|别的|新的|别家)?(?:的)?(?:供应商|合作方|合作伙伴|服务商|厂家|商家|渠道|品牌)|(?:暂停|停止|终止)(?:[^，。！？\n]{0,8}?)(?:采购计划|采购|合作|订货|下单|供货合同|合作关系)/,
  },
  // A membership or service contract ended: 解除会员合同, 解除合约, 解除服务协议.
  {
    id: 'churn-membership-contract-ended',
    flag: 'churn',
    kind: 'ask',
    re: /解除(?:[^，。！？\n]{0,6}?)(?:合同|合约|协议|会籍|会员资格|会员关系|服务关系)/,
  },
  // "See you on Weibo": the customer's next stop, named as a meeting place (微博见, 小红书见, 网上见).
  {
    id: 'public-see-you-on-platform',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?:微博|抖音|快手|小红书|黑猫|朋友圈|网上|媒体|头条|b站|知乎|脸书|fb|ig|dcard|ptt|连登|高登|threads|油管|youtube)(?:上)?见(?:吧|啦|了|喽|咯|囉)?(?=$|[，,。！!？?\s~～])/,
  },
  // Pinyin curses spelt out letter by letter: n m s l, w c n m, m d z z.
  {
    id: 'abuse-spaced-pinyin',
    flag: 'abuse',
    kind: 'said',
    re: /(?<![a-z])(?:n[\s.]+m[\s.]+s[\s.]+l|w[\s.]+c[\s.]+n[\s.]+m|m[\s.]+d[\s.]+z[\s.]+z|s[\s.]+b[\s.]+(?=客服|玩意|东西))(?![a-z])/,
  },
  // Contempt for the firm itself: 你们公司真的很废, 你哋间公司真係好垃圾.
  {
    id: 'abuse-firm-is-rubbish',
    flag: 'abuse',
    kind: 'said',
    re: /(?:你们|你哋|贵公司)(?:这|呢|嗰)?(?:间|家|个)?(?:公司|店|客服)(?:真的|真係|真系|真心|实在|根本|就是)?(?:是|係)?(?:好|很|超|太|有够|非常)?(?:废|烂|垃圾|渣|废物|废柴)(?![品料物件话])/,
  },
];
