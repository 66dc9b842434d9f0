// Blame: the customer's act given as the cause of the failure.

import { asks, BLAMED, hypothetical, NEAR, type Read, span } from './zh-read';
import { alt, type Clause } from './zh-split';

/** The agent handing something over: 我把入口发您 / 我將連結傳給你. */
const HANDS_OVER = /我(?:们|們|哋)?(?:把|將|将)[^，,。！？]{1,10}?(?:发|發|传|傳|寄|给|給|send)(?:您|你|俾你)/;

/** 说到底是您太客气了 thanks: these after 太 praise. */
const KIND_TOO = '客气|客氣|好|贴心|貼心|体贴|體貼|合理|周到|耐心|细心|細心|善良|有心|信任|支持';

/** What makes the customer's thing the fault: 不好/有問題/不聽. */
const FAULTY =
  '(?:不好|太差|不足|不够|不夠|唔夠|有问题|有問題|有误|有誤|不对|不對|唔啱|不符|不听|不聽|唔聽|没听|沒聽|冇聽|不看|唔睇|没看|沒看|冇睇|乱|亂)';

/** Guessing words that pin a cause: 八成是/多半是. */
const GUESS = '(?:八成|多半|十有八九|多数|多數|肯定|一定|估计|估計|梗係)';

/** A denial right before the customer: 不是您… / 並非因為你… (还不是您 and 要不是您 blame). */
const NOT_BEFORE = /(?<![还還要若仲])(?:不|非|唔)(?:是|係)?(?:因为|因為|由于|由於)?(?:主要|完全)?(?:是|係)?$/;

/** Lapses of omission: 没/未/忘/少/漏. */
const OMISSION = /没|沒|冇|未|忘|少|漏/;

/** What the customer gets: a consequence that grants is no reproach. */
const BENEFIT = /可以|能|免费|免費|可/;

/** A polite request is not a consequence: 所以请稍等. */
const REQUEST = /请|請|麻烦|麻煩|稍等|唔該|敬请|敬請/;

/** 因为您… / 还不是您…造成的 / 您没…，…也正常: the customer's act given as the cause of the failure. */
export const customerCause: Read = (c, sentences) => {
  const { w } = c;
  const causeFirst = new RegExp(`${alt(w.cause)}${c.customer}(?!的|们|們)`);
  const rhetorical = new RegExp(`${alt(w.rhetoricalCause)}${c.customer}[^，。！？]{1,16}?${alt(w.causeVerb)}`);
  const lapse = new RegExp(
    `${c.customer}(?!的|们|們|嘅)[^，,。！？]{0,10}?${alt(w.lapse)}(?!有?${alt(w.notLapse)})|${c.customer}(?:的|嘅)[^，,。！？您你]{1,6}?(?:没有|没|沒有|沒|冇|未)${alt(w.duty)}|${c.customer}(?:的|嘅)?[^，,。！？您你]{1,4}?${alt(w.mishandled)}(?:过|過|咗)`,
  );
  // 要不是您把地址写成了老家…: the customer as the one thing between the order and success; 要不是您提醒 credits.
  const counterfactual = new RegExp(`${alt(w.counterfactual)}${c.customer}(?!${alt(w.credit)})`);
  const inferred = new RegExp(
    `${alt(w.inference)}${c.customer}[^，,。！？]{0,10}?(?:太|不够|不夠|没|沒|冇|不|唔|错|錯|过于|過於)(?!需|用|必|会|會|使|少)`,
  );
  // 是您填的身份证号少了一位: what the customer supplied named as the fault.
  // 您提到的折扣已经过期 reports what they asked about, not what they supplied.
  const supplied = new RegExp(
    `${c.customer}(?:自己)?(?!提|说|說|讲|講|问|問|要|想|看|喜|关|關|担|擔)[\u4e00-\u9fff]{1,2}(?:的|嘅)[^，,。！？]{0,8}?${alt(w.defect)}`,
  );
  // 说到底还是家长没有督促: the failure traced to an omission with no subject needed; 我 in between owns it.
  const root = new RegExp(
    `${alt(w.rootCause)}[^，,。！？我]{0,12}?(?:没有|没|沒有|沒|冇|未|忘|漏|不按|不听|不聽)(?!有?${alt(w.notLapse)})|${alt(w.rootCause)}[^，,。！？我]{0,6}?${c.customer}[^，,。！？我]{0,10}?(?:太(?!${KIND_TOO})|过多|過多|过度|過度|错|錯|乱|亂)`,
  );
  // 是您信用紀錄不好 / 是您自己不聽: the customer's own thing or deafness named as the fault (不是您… clears).
  const theirFault = new RegExp(`(?<![不非唔])(?:是|係)${c.customer}(?:自己)?(?:的|嘅)?[^，,。！？我]{0,8}?${FAULTY}`);
  // 八成是您亂餵零食: a guess that lands on the customer needs no failure word.
  const guessed = new RegExp(`${GUESS}(?:是|係)${c.customer}(?!的|们|們|嘅|哋)`);
  const consequence = new RegExp(alt(w.consequence));
  const failure = new RegExp(alt(w.failure));
  const followed = new RegExp(alt([...w.consequence, ...w.noSurprise]));
  const customerIn = new RegExp(c.customer);
  const agentIn = new RegExp(c.agent);
  // 並非您安裝不當造成的 / 不是因为您: the customer named only to be cleared.
  const cleared = (text: string, m: RegExpExecArray) => {
    const who = m[0].search(customerIn);
    return who >= 0 && NOT_BEFORE.test(text.slice(Math.max(0, m.index + who - 6), m.index + who));
  };
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    if (c.kind.test(s.text) || asks(c, s)) continue;
    const failed = failure.test(s.text);
    // 您没有完成实名认证，所以暂时无法提现，我把认证入口发您 explains on the way to the fix.
    const helping = c.agentActs.test(s.text) || HANDS_OVER.test(s.text);
    for (let k = 0; k < s.clauses.length; k++) {
      const cl = s.clauses[k]!;
      const cf = counterfactual.exec(cl.text);
      if (cf) {
        out.push(span(cl, cf, true));
        break;
      }
      const cause = causeFirst.exec(cl.text);
      const m =
        root.exec(cl.text) ??
        guessed.exec(cl.text) ??
        theirFault.exec(cl.text) ??
        rhetorical.exec(cl.text) ??
        (cause && failed ? cause : null) ??
        supplied.exec(cl.text) ??
        inferred.exec(cl.text);
      if (m && !hypothetical(c, cl.text, m.index) && !cleared(cl.text, m) && !/的话|嘅話|的話/.test(cl.text)) {
        out.push(span(cl, m, true));
        break;
      }
      const l = lapse.exec(cl.text);
      if (!l || helping || hypothetical(c, cl.text, l.index) || cleared(cl.text, l)) continue;
      // 材料被退回，您少交了户口本复印件: the failure first, then the customer's lapse as its reason.
      // Only an omission reads back as the reason (您少交了…); 您自己去找… after 是快递的问题 is a redirect.
      const before = OMISSION.test(l[0]) ? s.clauses.slice(Math.max(0, k - NEAR), k) : [];
      const failedFirst = before.find(
        (x) => failure.test(x.text) && !agentIn.test(x.text) && !customerIn.test(x.text) && !BLAMED.test(x.text),
      );
      if (failedFirst) {
        out.push([failedFirst.start, cl.end]);
        break;
      }
      // The failure follows the lapse: later in the clause, or in a later clause of the same sentence that is not
      // about the customer (您没收到，所以我们重发了 is the agent acting on it).
      const after = cl.text.slice(l.index + l[0].length);
      if (consequence.test(after)) {
        out.push(span(cl, l, true));
        break;
      }
      let later: Clause | undefined;
      for (const x of s.clauses.slice(k + 1, k + 1 + NEAR)) {
        // Once the agent steps in (我马上查) the sentence is about what the agent does, not what the lapse caused.
        // 您付过款了，当然可以退 ends on a benefit, not a failure.
        if (agentIn.test(x.text) || customerIn.test(x.text) || REQUEST.test(x.text) || BENEFIT.test(x.text)) break;
        if (followed.test(x.text)) {
          later = x;
          break;
        }
      }
      if (later) {
        out.push([cl.start + l.index, later.end]);
        break;
      }
    }
  }
  return out;
};
