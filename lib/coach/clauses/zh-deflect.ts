// Deflection: the agent side steps out, or hands the matter to a third party.

import { asks, hypothetical, IF, type Read, span } from './zh-read';
import { alt } from './zh-split';

/** 不算我们的问题 / 我们也管不了 / 跟我们没关系 / 我只是转告: the agent side steps out of it. */
export const notUs: Read = (c, sentences) => {
  const { w } = c;
  const here = '(?:这边|這邊|呢边|呢邊|方面|公司|店|那边)?';
  const denied = new RegExp(
    `${alt(w.denyBefore)}${c.agent}${here}(?:能|可以|可|所能|來|来)?(?:的|嘅)?[^，,。！？您你]{0,4}?${alt(w.responsibility)}`,
  );
  // 物业这边管不了 / 我哋地產代理都冇權管: our side named by its role or by 这边 (the near side is always ours).
  const governs = new RegExp(
    `(?:${c.agent}${here}|[\u4e00-\u9fff]{1,4}(?:这边|這邊|呢边|呢邊))[^，,。！？您你]{0,6}?${alt(w.cannotGovern)}`,
  );
  const unrelated = new RegExp(
    `(?:跟|和|与|與|同)${c.agent}${here}[^，,。！？您你]{0,4}?(?:並|并|真的|完全|根本|一点|一點)?(?:没|沒|无|無|冇|毫无|毫無)(?:有)?(?:任何|半点|半點|一点|一點|咩)?(?:关系|關係|關|相干)`,
  );
  const conduit = new RegExp(
    `${c.agent}${here}[\u4e00-\u9fff]{0,3}?(?:也)?(?<!不|唔)${alt(w.only)}(?:个|個|一个|一個)?${alt(w.relay)}`,
  );
  // 我也是按流程办事 / 我们只是按医嘱执行: just following orders.
  const orders = new RegExp(
    `${c.agent}${here}(?:也|都)?${alt([...w.only, '也是', '也只是', '只能'])}(?:按|照|按照|遵照|依照|根据|根據|跟)[^，,。！？]{0,8}?(?:执行|執行|办事|辦事|操作|做事|处理|處理|办|辦|做|走)`,
  );
  // 我们这边一切正常: the agent's side declared fine.
  const fine = new RegExp(`${c.agent}${here}[^，,。！？您你]{0,8}?${alt(w.allFine)}`);
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    if (c.owns.test(s.text) || asks(c, s)) continue;
    const acting = c.agentActs.test(s.text);
    for (const cl of s.clauses) {
      const m =
        denied.exec(cl.text) ??
        unrelated.exec(cl.text) ??
        governs.exec(cl.text) ??
        conduit.exec(cl.text) ??
        orders.exec(cl.text) ??
        // 我们这边一切正常，我已经帮您联系银行 reports a check on the way to acting.
        (acting || IF.test(cl.text) ? null : fine.exec(cl.text));
      if (m) out.push(span(cl, m, true));
    }
  }
  return out;
};

/** 刮痕的事您得去问他们 / 是快递的事: the customer sent to a third party, or the failure handed to one. */
export const thirdParty: Read = (c, sentences) => {
  const { w } = c;
  const other = alt([...w.thirdParty, ...w.thirdPronoun]);
  // 您自己去跟他们协商 / 你同佢傾啦: the customer left to settle it with the other party.
  const sent = new RegExp(
    `${c.customer}(?:${alt(w.mustDo)}|自己|直接|去|再){0,4}(?:${alt(w.contact)}(?:一下)?${other}|(?:跟|和|与|與|同)${other}[^，,。！？]{0,3}?${alt(w.negotiate)})`,
  );
  // 請去問醫院: a request that sends the customer away to the other party.
  // 要等厂家通知: the answer left waiting on the other party.
  const waits = new RegExp(`(?:要|得|只能|需要|唯有)(?:再)?等${alt(w.thirdParty)}`);
  const sentAway = new RegExp(
    `(?:请|請|麻烦|麻煩)${c.customer}?(?:自己|直接)?去${alt(w.contact)}(?:一下)?${alt(w.thirdParty)}`,
  );
  const theirs = new RegExp(
    `(?:是|係|属于|屬於|归|歸)${alt(w.thirdParty)}(?:那边|那邊|嗰边|嗰邊|方面)?(?:的|嘅)(?:事|问题|問題|责任|責任|锅|鍋|状况|狀況|情况|情況)`,
  );
  // 是总部临时调的: someone else made the call.
  const decided = new RegExp(
    `(?:是|係)${alt(w.thirdParty)}[^，,。！？我您你]{0,4}?(?:定|调|調|改|决定|決定|安排|算|发|發|开|開|做|派)(?:的|嘅)`,
  );
  const deniedAsk = /(?:没有?|沒有?|不|冇|唔|无需|無需|不用)(?:再)?(?:让|讓|请|請|叫|要求|需要|使)$/;
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    if (c.agentActs.test(s.text) || c.owns.test(s.text)) continue;
    for (const cl of s.clauses) {
      const m =
        sent.exec(cl.text) ??
        sentAway.exec(cl.text) ??
        waits.exec(cl.text) ??
        theirs.exec(cl.text) ??
        decided.exec(cl.text);
      if (!m || hypothetical(c, cl.text, m.index)) continue;
      // 我没有让您再去找银行 denies the redirect.
      if (deniedAsk.test(cl.text.slice(Math.max(0, m.index - 6), m.index))) continue;
      out.push(span(cl, m, true));
    }
  }
  return out;
};
