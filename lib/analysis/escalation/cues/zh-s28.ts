import type { Cue } from '../types';

// Session 28, read off the misses of the session's blind sets after their final scoring, in my own words and in
// Simplified (zh-hant.ts derives the Traditional forms): money asked for politely (麻烦你们确认这笔能报销, 收据附上请汇给我,
// 服务费应该减一点, 这部分损失我要求物业承担). A fee to be cancelled politely (这笔滞纳金请帮我取消) joined zh-s27's
// compensation-fee-waived. Each is a shape, not one row's wording.

/** Who is asked to bear a cost. */
const PAYER = '(?:你们|贵司|贵公司|你们公司|物业|商家|平台|店家|厂家|你们店)';

export const ZH_S28_CUES: Cue[] = [
  // A repayment to be confirmed or sent: 麻烦你们确认这笔能报销, 请在周五前汇给我, 补给我们.
  {
    id: 'compensation-reimbursed-or-sent',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:确认|同意|安排|帮我|给我|请|麻烦)[^，。！？\n]{0,8}?(?:能|可以|会|予以)?报销|(?:汇|打款|转账|补)给(?:我|我们)(?!.{0,4}(?:电话|信息|短信|消息|邮件))/,
  },
  // A cost to be borne by the firm: 这部分损失我要求物业承担, 损失应由你们负责赔偿.
  {
    id: 'compensation-loss-borne',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      `(?:损失|费用|差价|维修费|修理费|误工费)[^，。！？\\n]{0,10}?(?:要求|应由|应该由|应当由|必须由|得由|请)${PAYER}?(?:来)?(?:承担|负责赔偿|赔偿|全额承担)`,
    ),
  },
  // A fee that should come down: 这个月的服务费应该减一点, 物业费是不是得少收一些.
  {
    id: 'compensation-fee-reduced',
    flag: 'compensation',
    kind: 'ask',
    re: /(?:服务费|月费|房租|租金|物业费|管理费|会员费|年费)(?:应该|应当|是不是得|得|要)(?:减|少收|打折)(?:一点|一些|一半|点|些|半)/,
  },
];
