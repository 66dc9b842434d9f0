// Refusals made final, and rules given as the reason, with nothing offered instead.

import { asks, hypothetical, NEAR, pivots, type Read, span } from './zh-read';
import { alt, type Sentence } from './zh-split';

/** 怎么也排不出 / 点都冇可能 / 我们这边做不了 / 没得商量: a refusal made final, with nothing offered instead. */
export const refusal: Read = (c, sentences) => {
  const { w } = c;
  const resultNeg = '[\u4e00-\u9fff](?:不|唔)(?:了|出|到|来|來|成|起|掉|上|下|动|動)';
  const refuse = `(?:${alt(w.refuse)}|${resultNeg})`;
  const final = new RegExp(`${alt(w.intensifier)}[^，,。！？]{0,8}?${refuse}`);
  // Without an intensifier only a refusal modal counts: 我这边看不到… reports a limit of sight, not a no.
  const agentRefuses = new RegExp(
    `${c.agent}(?:这边|這邊|呢边|呢邊|暂时|暫時|目前|也|都|实在|實在|真的|是|一定|肯定|绝对|絕對){0,2}${alt(w.refuse)}`,
  );
  const closeOff = new RegExp(alt(w.closeOff));
  const flat = new RegExp(`^${alt(w.flatNo)}(?:了|啦|喇|囉)?$`);
  const notRefusal = new RegExp(alt(w.notRefusal));
  const ruled = new RegExp(alt(w.rule));
  const subjectless = new RegExp(
    `^(?:这个|這個|呢个|呢個|此|该|該)?[^，,。！？您你我]{0,8}?${alt(w.refuse)}(?!${alt(w.status)})`,
  );
  const out: Array<[number, number]> = [];
  // Sentences that are not the customer's ask echoed back (今天上门维修？), counted once per draft.
  const customerIn = new RegExp(c.customer);
  const echoOf = (x: Sentence) => /[？?]/.test(x.mark) && !customerIn.test(x.text);
  const notEchoes = sentences.filter((x) => !echoOf(x)).length;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (asks(c, s)) continue;
    const owned = c.owns.test(s.text);
    // Every sentence but this one is an echo.
    const others = notEchoes - (echoOf(s) ? 0 : 1);
    for (let k = 0; k < s.clauses.length; k++) {
      const cl = s.clauses[k]!;
      // 之前怎么催都没用，是我们的疏忽 owns the stall it reports.
      const m = (owned ? null : closeOff.exec(cl.text)) ?? (pivots(c, sentences, i, k + 1) ? null : flat.exec(cl.text));
      if (m) {
        out.push(span(cl, m));
        continue;
      }
      // 这个颜色不能换。: a one-clause refusal with nobody and nothing else in the draft, save the customer's ask
      // echoed back as a question (今天上门维修？这个做不到。). A rule in the clause makes it the rule reader's.
      // 您是听不懂吗？ is a jab at the customer, not their ask echoed.
      const echoes = others === 0;
      const alone = echoes && s.clauses.length === 1 && !c.kind.test(s.text) && !ruled.test(s.text);
      const bare = alone ? subjectless.exec(cl.text) : null;
      const r = final.exec(cl.text) ?? agentRefuses.exec(cl.text) ?? bare;
      if (!r || hypothetical(c, cl.text, r.index)) continue;
      if (notRefusal.test(cl.text.slice(r.index)) || pivots(c, sentences, i, k + 1)) continue;
      out.push(span(cl, r, true));
    }
  }
  return out;
};

/** 按规定不能… / 我们的条款写得清清楚楚，…不能…: the rule given as the reason, nothing offered. */
export const ruleReason: Read = (c, sentences) => {
  const { w } = c;
  const rule = new RegExp(alt(w.rule));
  const forbid = new RegExp(alt([...w.forbid, ...w.closeOff]));
  const grant = new RegExp(alt(w.grant));
  // 规矩就是先付款 / 条款写着呢: the rule stated as the last word.
  const ruleFinal = new RegExp(`${alt(w.rule)}[^，,。！？]{0,6}?${alt(w.ruleFinal)}`);
  // 这是行业惯例，所有公司都这么做: the rule's next clause says everyone does it.
  const thenFinal = new RegExp(alt(w.everyone));
  const out: Array<[number, number]> = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (asks(c, s)) continue;
    const k = s.clauses.findIndex((cl) => rule.test(cl.text));
    if (k < 0) continue;
    // The rule's own clause and the two after it: further on, a 不能 is about something else.
    const reach = s.clauses.slice(k, k + 3);
    const j = reach.findIndex((cl) => forbid.test(cl.text));
    const stated = ruleFinal.test(s.clauses[k]!.text) || (s.clauses[k + 1] && thenFinal.test(s.clauses[k + 1]!.text));
    if (j < 0 && !stated) continue;
    const offer = s.clauses.slice(k, k + 2 * NEAR).some((cl) => grant.test(cl.text));
    if (offer || pivots(c, sentences, i, k)) continue;
    // When the refusal has its own clause (…规定，我也没办法) it is left for the refusal reader to name.
    const from = s.clauses[k]!;
    out.push([from.start, from.end]);
  }
  return out;
};
