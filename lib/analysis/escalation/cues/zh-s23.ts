// Session 23: the Chinese forms of an ultimatum put as a question, beside the English ones of en-s23.ts: "do I have
// to go to X before you will act" (是不是要我去消协你们才肯退, 係咪要我去消委會投訴你哋先肯退錢) and a choice whose
// other half is the customer going elsewhere (是你们主动退款，还是我自己去找银行拒付). Neither asks for information.
// "后续是你们去沟通还是我自己去？" names no one to go to and stays a question. Written from the English class and how
// the two scripts say it, not read off a round. Both scripts and Cantonese.

const YOU = '(?:你们|你們|你哋|贵司|貴司|你)';
const BEFORE_YOU_ACT = '(?:才|先)(?:会|會|肯|能|愿意|願意|理|处理|處理|重视|重視|退|赔|賠|回复|回覆|解决|解決)';

/** Appended to the Chinese `rhetorical` table. */
export const RHETORICAL_ZH_S23 = [
  `(?:要我|我(?:是不是|是否|係咪|係唔係)?(?:真的|一定)?(?:要|得|需要))(?:先|自己)?(?:去|找|向|到)[^，,。？?]{1,14}${YOU}${BEFORE_YOU_ACT}`,
  `(?:还是|還是|定係|抑或)(?:要)?我(?:自己|直接|只能|就)?(?:去|找|向|到)(?![？?。，,！!]|$)`,
].join('|');
