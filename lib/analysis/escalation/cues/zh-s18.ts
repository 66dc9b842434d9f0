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
  // 客服总部): the writer has been through the usual channel and is now past it.
  {
    id: 'repeat-over-the-front-line',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:越过|绕过|跳过|越级)[^，。！？]{0,8}?(?:直接)?(?:找|投诉|反映|写信|打|联系|去信|发邮件|email)|直接(?:写信|去信|投诉|反映|打电话|打|找|寄信|发邮件|发信|email)(?:了|咗)?(?:到|给|去|俾|畀)?(?:你们|你哋|贵司|贵公司)?(?:的|嘅)?(?:集团|公司|总公司)?(?:的|嘅)?(?:客服)?(?:总部|总公司|集团)/,
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
];
