import type { Cue } from '../types';

// Session 25, read off corpus29 in my own words, in Simplified; zh-hant.ts derives the Traditional forms (run
// `npm run derive:hant` after an edit). Chat shorthand for an insult, exposure on a platform said as 挂, time spent
// chasing counted in days, and a boss asked whether they know how the firm trades.

export const ZH_S25_CUES: Cue[] = [
  // Pinyin initials for a curse (rnm退钱, cnm, nmsl, 你们tm是在搞笑吗) and 听不懂人话 said to the agent (a bot that
  // 听不懂人话 is only a bot).
  {
    id: 'abuse-pinyin-initials',
    flag: 'abuse',
    kind: 'said',
    re: /(?<![a-z])(?:rnm|cnm|wcnm|nmsl|nmb|mdzz)(?![a-z])|(?:你|你们|你哋|客服)\s?tm(?:d)?(?![a-z])|(?:你|你们|你哋|客服)(?:是|都|真的|根本|就)*(?:听不懂|听唔明|听唔懂)人话|(?:你|你们|你哋)(?:是)?不会说人话/,
  },
  // Exposure said as 挂 on a platform (抖音拍视频挂你们, 发微博挂你们家): 挂电话 is only hanging up.
  {
    id: 'public-hang-up-online',
    flag: 'public',
    kind: 'act',
    re: /(?:抖音|微博|小红书|网上|朋友圈|知乎|b站|黑猫|dcard|ptt|连登|脸书|fb|ig|视频|帖子)[^，。！？]{0,10}挂(?:你们|你哋|你)(?:家|店|公司)?(?!电话)/,
  },
  // Time spent chasing, counted (问了三天, 找了一个礼拜客服, 催了两周): the same problem raised again and again.
  {
    id: 'repeat-chased-for-days',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?:问|催|找|联系|打)(?:了|咗)(?:整整|足足)?(?:[一两二三四五六七八九十几\d]+|好几|好多)(?:个)?(?:天|礼拜|星期|周|个月)(?:的)?(?:客服|电话)?/,
  },
];

/** Appended to the Chinese `rhetorical` table: the boss asked whether they know how the firm trades. */
export const RHETORICAL_ZH_S25 =
  '(?:老板|老细|领导|ceo|总经理|董事长|总部)(?:知道|知唔知|知不知道|晓得)[^？?]{0,24}(?:吗|咩|[？?])';

/** The boss named in that question: a wish to have it put to someone above the agent. */
export const ZH_S25_SUPERVISOR: Cue = {
  id: 'supervisor-does-the-boss-know',
  flag: 'supervisor',
  kind: 'ask',
  re: /(?:你们|你哋|贵司)(?:的)?(?:老板|老细|领导|ceo|总经理|董事长)(?:知道|知唔知|知不知道|晓得)/,
};
