// Praise, thanks or apology turned sour.

import { NEAR, type Read } from './zh-read';
import { alt } from './zh-split';

/** The customer helped the agent's side: praise for it is sincere. */
const HELPED_US = /(?:帮|幫)(?:我们|我們|我哋)/;

/** Time let pass: 隔了兩個禮拜 / 拖咗三日. */
const DELAY =
  /(?:隔了|隔咗|过了|過了|过咗|過咗|拖了|拖咗|等了|等咗)[^，,。！？]{0,3}?[\d一二两兩三四五六七八九十几幾半]+(?:个|個)?(?:天|日|周|週|星期|禮拜|礼拜|月|年|钟|鐘|小时|小時)/;

/** 您真是最认真的学员，同一个问题能问五遍 / 我们的电池没享受好您的寒假 / 恭喜您…错: praise or apology turned sour. */
export const irony: Read = (c, sentences) => {
  const { w } = c;
  const praised = new RegExp(
    `${c.customer}${alt(w.praiseLead)}[^，,。！？]{0,6}?${alt(w.praise)}|${alt(w.praiseLead)}[^，,。！？]{0,4}?${alt(w.overPraise)}|(?:真是|可真是|可真|还真|還真|真係)(?:太|好)?${alt(w.praise)}`,
  );
  const sour = new RegExp(alt(w.sour));
  const anySour = new RegExp(alt([...w.sour, ...w.weakSour]));
  const thanked = new RegExp(alt(w.thanks));
  const felt = new RegExp(
    `${c.agent}(?:的|嘅)[^，,。！？的]{1,8}?(?:没|沒|不|冇|唔)(?:太|有|能|怎么|怎麼)?${alt(w.feel)}(?:到|好|得)?${c.customer}(?:的|嘅)`,
  );
  // The mishap in the congratulated clause or the next; 忘记密码时可以… is a tip, not a mishap.
  const congrats = new RegExp(
    `${alt(w.congratulate)}${c.customer}?[^，,。！？]{0,10}?[，,]?[^，,。！？]{0,10}?${alt(w.mishap)}`,
  );
  const tip = /时|時|的话|的話|如果|可以|就能/;
  // 您要求可真多啊: the customer called demanding, in mock wonder.
  const fussy = new RegExp(`${c.customer}[^，,。！？]{0,4}?(?:可真|真是|也太|可|真)${alt(w.fussy)}`);
  // 您说的都对 / 您高兴就好: agreement given up in mockery.
  const yielding = new RegExp(alt(w.yielding));
  // 怎么不早点下单呢: a rhetorical why-not aimed at the customer.
  const whyNot = new RegExp(`${alt(w.whyNot)}`);
  // 感谢您的耐心，虽然您已经投诉了三次: thanks taken back in the same breath.
  // 感谢您第四次来信 / 您比我们还了解: thanks for a count of complaints, or the customer placed above the experts.
  const counted = new RegExp(`${alt(w.thanks)}${c.customer}?[^，,。！？]{0,6}?第${alt(w.manyth)}次`);
  const above = new RegExp(`${c.customer}[^，,。！？]{0,10}?比${c.agent}(?:还|還|更)${alt(w.knows)}`);
  const takenBack = new RegExp(`${alt(w.thanks)}[^。！？]{0,12}?[，,]${alt(w.although)}${c.customer}`);
  // 您可真是我们的“忠实”客户: praise in scare quotes.
  const quoted = new RegExp(
    `${c.customer}[^，,。！？]{0,12}?[“"「『‘]${alt([...w.praise, ...w.quotedPraise])}[”"」』’]`,
  );
  // 感谢您百忙之中终于抽空看了 / 辛苦您了，終於記得: thanks for finally doing it; 我们终于修好了 is our news.
  const late = new RegExp(
    `(?:${alt(w.thanks)}|辛苦|难为|難為)${c.customer}?[^。！？我]{0,12}?(?:终于|終於|总算|總算)${alt(w.late)}`,
  );
  // 感谢您在截止前五分钟才提交材料，真是太有效率了: thanks for doing it at the last moment, crowned with praise.
  // 辛苦您百忙之中抽空回覆，才隔了兩個禮拜: the polite formula undone by the delay it names.
  const busy = new RegExp(`(?:${alt(w.thanks)}|辛苦|难为|難為)${c.customer}?[^。！？我]{0,6}?(?:百忙之中|百忙中|抽空)`);
  const lastMinute = new RegExp(`${alt(w.thanks)}${c.customer}[^。！？我]{0,12}?才${alt(w.late)}`);
  // 多謝你…send十封email…真係好有效率: thanks for a flood of messages, crowned with praise.
  const flood = new RegExp(`${alt(w.thanks)}${c.customer}?[^。！？]{0,16}?${alt(w.manyth)}(?:封|通|條|条|次|遍)`);
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    const fl = flood.exec(s.text) ?? lastMinute.exec(s.text);
    const bz = busy.exec(s.text);
    const q =
      late.exec(s.text) ??
      (bz && DELAY.test(s.text) ? bz : null) ??
      (fl && praised.test(s.text) && !c.owns.test(s.text) && !c.agentActs.test(s.text) ? fl : null) ??
      quoted.exec(s.text) ??
      takenBack.exec(s.text) ??
      counted.exec(s.text) ??
      above.exec(s.text) ??
      (/[？?]/.test(s.mark) ? whyNot.exec(s.text) : null);
    if (q) {
      out.push([s.start + q.index, s.end]);
      continue;
    }
    const cg = congrats.exec(s.text);
    const f = felt.exec(s.text) ?? (cg && !tip.test(s.text) ? cg : null);
    if (f) {
      out.push([s.start + f.index, s.start + f.index + f[0].length]);
      continue;
    }
    // 您真细心，这个错别字我们马上改掉 is praise the agent acts on; 又帮我们找到… thanks real help.
    if (c.owns.test(s.text) || c.agentActs.test(s.text) || HELPED_US.test(s.text)) continue;
    const thanks = thanked.test(s.text);
    // 好好好，我马上给您改 is eager, not mocking: these count only where the agent does nothing.
    const y = fussy.exec(s.text) ?? yielding.exec(s.text);
    if (y) {
      out.push([s.start + y.index, s.start + y.index + y[0].length]);
      continue;
    }
    for (let k = 0; k < s.clauses.length; k++) {
      const cl = s.clauses[k]!;
      const m = praised.exec(cl.text);
      if (!m) continue;
      // The sour fact may come before the praise (您居然读完了说明书，真是难得) or after it.
      const others = s.clauses
        .slice(Math.max(0, k - NEAR), k + 1 + NEAR)
        .filter((x) => x !== cl)
        .map((x) => x.text);
      const own = `${cl.text.slice(0, m.index)}，${cl.text.slice(m.index + m[0].length)}`;
      if ((thanks ? sour : anySour).test([own, ...others].join('，'))) {
        out.push([s.start, s.end]);
        break;
      }
    }
  }
  return out;
};
