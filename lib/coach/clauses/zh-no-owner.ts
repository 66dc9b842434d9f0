// A failure reported with nobody doing it.

import { asks, BLAMED, hypothetical, type Read } from './zh-read';
import { alt } from './zh-split';

/** 沙发在运输途中被压坏了 / 通知寄到了旧地址: a failure with nobody doing it, in a draft that owns nothing. */
export const agentless: Read = (c, sentences, draft) => {
  const { w } = c;
  if (c.owns.test(draft)) return [];
  // 俾人取消咗: an unnamed 'someone' is still nobody.
  const passive = new RegExp(`(?:被|给|給|俾)(?:人|人哋|别人|別人)?${alt(w.damage)}`);
  // 牙套在技工所做错了: a service step done wrong or lost, with nobody named as doing it.
  const slipped = new RegExp(`[\\u4e00-\\u9fff](?:错|錯|丢|丟)(?:了|咗)|${alt(w.anomaly)}`);
  // 架车係车行嘅，刮花咗你要自己搵佢哋 names a party: the defensive readers' move.
  const named = new RegExp(alt([...w.thirdParty, '他们', '他們', '她们', '她們', '对方', '對方', '佢哋']));
  const misrouted = new RegExp(`${alt(w.sendVerb)}(?:到|去|给|給|咗去|咗)了?${alt(w.wrongPlace)}`);
  // 您点的餐 names the customer as owner of the thing, not as the one who got it wrong.
  // 你件衫 (a pronoun and a measure word) is Cantonese for 你的衫: owner, not doer.
  const someone = new RegExp(
    `${c.agent}|${c.customer}(?![\\u4e00-\\u9fff]{0,2}(?:的|嘅)|(?:件|個|个|部|架|張|张|隻|只|條|条|本|份|間|间|單|单|盒|包|對|对|雙|双|台|輛|辆|粒|杯|樽))`,
  );
  // 不能转给其他学员 is a refusal about what may happen, not a report of what went wrong.
  const modal = /(?:不|唔|无法|無法|能|可以|会|會|要|将|將|得|没有?|沒有?|冇|未)$/;
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    // 开错了是医生的问题 names who is to blame: the defensive readers' move, not an agentless one.
    if (asks(c, s) || c.kind.test(s.text) || c.agentActs.test(s.text) || BLAMED.test(s.text) || named.test(s.text))
      continue;
    for (const cl of s.clauses) {
      const m = passive.exec(cl.text) ?? misrouted.exec(cl.text) ?? slipped.exec(cl.text);
      if (!m) continue;
      // A named doer (我们寄错了 owns it; 您填的地址 is another reader's) or a hypothetical is not agentless.
      const before = cl.text.slice(0, m.index);
      if (someone.test(before) || modal.test(before) || hypothetical(c, cl.text, m.index)) continue;
      out.push([cl.start, cl.end]);
    }
  }
  return out;
};
