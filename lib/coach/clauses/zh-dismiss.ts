// Dismissal: the problem made small, the customer talked down to, or reproached for asking again.

import { IF, type Read, span } from './zh-read';
import { alt } from './zh-split';

/** Reassurance about a worry: 放心/不用太担心/唔使擔心. */
const SOOTHE = /放心|不用(?:太)?担心|不用(?:太)?擔心|别(?:太)?担心|別(?:太)?擔心|唔使(?:太)?擔心|无需担心|無需擔心/;

/** "Everyone else manages", as a clause's last word: 大部分會員都會 (都会收到短信 is a future, not a reproach). */
const PEERS_MANAGE =
  /(?:大部分|大多数|大多數|绝大多数|絕大多數|其他|其它|别的|別的|一般|所有|好多|很多)(?:的|嘅)?(?:会员|會員|用户|用戶|客人|顾客|顧客|客户|客戶|人|家长|家長|学员|學員|车主|車主|同学|同學)(?:(?:都|也|一看就|一睇就|一学就|一學就|一眼就)(?:会|會|懂|識|明|知道|明白|搞得定|做得到|弄得好|冇問題|没问题|沒問題)|(?:根本|都|也)?(?:看不出|睇唔出|看不到|察觉不到|察覺不到|发现不了|發現不了|留意唔到)(?:来|來|嚟)?)(?:[了啦喇吧啊呀耶喔嘅的]{0,2})$/;

/** Telling the customer their reaction is too big: 唔使咁大反應 / 不用这么激动 (不用这么担心 reassures). */
const CALM_DOWN =
  /(?:不用|不必|无需|無需|唔使|唔駛|用不着|用不著|犯不着|犯不著|别|別|唔好)(?:这么|這麼|那么|那麼|咁|如此)(?:大)?(?:反应|反應|激动|激動|生气|生氣|火大|发火|發火|嬲|大惊小怪|大驚小怪|小题大做|小題大做|大声|大聲)|(?:是不是|係咪|是否)(?:有点|有點|有啲)?太(?:紧张|緊張|激动|激動|敏感|在意|计较|計較|夸张|誇張|大惊小怪|大驚小怪)/;

/** A number closed by "only": 扣咗五蚊手續費啫 / 晚了两天而已. */
const ONLY_AN_AMOUNT =
  /[^，,。！？]{0,10}[\d一二两兩三四五六七八九十几幾百千][^，,。！？]{0,8}?(?:啫|咋|而已|罢了|罷了)$/;

/** 不就是…吗 / 只是…而已 / 至于这么生气吗: the problem or the feeling made small. */
export const minimise: Read = (c, sentences) => {
  const { w } = c;
  const closed = new RegExp(`${alt(w.minimiser)}[^，,。！？]{1,16}?${alt(w.minimiserClose)}`);
  const small = new RegExp(alt(w.smallMatter));
  const worth = new RegExp(`${alt(w.worthIt)}[^，,。！？]{0,8}?${alt(w.degree)}[^，,。！？]{0,3}?${alt(w.emotion)}`);
  const agentFirst = new RegExp(`^[^，,。！？]{0,3}${c.agent}`);
  const easy = new RegExp(alt(w.condescend));
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    const acting = c.agentActs.test(s.text);
    // 这么简单的操作却出了错，真抱歉 owns the slip; only a bare "it's easy" or "everyone manages" talks down.
    const sincere = c.kind.test(s.text) || acting;
    const soothes = SOOTHE.test(s.text) || c.kind.test(s.text);
    for (const cl of s.clauses) {
      const m = worth.exec(cl.text) ?? small.exec(cl.text) ?? CALM_DOWN.exec(cl.text);
      if (m) {
        out.push(span(cl, m));
        continue;
      }
      // 我只是想确认一下而已 makes the agent's own ask small, and 只是…而已，我已经帮您改好了 reassures.
      // 只是轻微感冒而已…不用太担心 reassures: the minimiser calms a worry rather than waving off a complaint.
      const n = soothes ? null : (closed.exec(cl.text) ?? (sincere ? null : ONLY_AN_AMOUNT.exec(cl.text)));
      if (n && !agentFirst.test(cl.text) && !acting) {
        out.push(span(cl, n));
        continue;
      }
      const d = sincere ? null : (easy.exec(cl.text) ?? PEERS_MANAGE.exec(cl.text));
      if (d) out.push(span(cl, d));
    }
  }
  return out;
};

/** 第三次跟您说了 / 已经回复过您两次 / 请先翻一下聊天记录: repetition as a reproach. */
export const repetition: Read = (c, sentences) => {
  const { w } = c;
  const told = alt(w.told);
  const nth = new RegExp(`第${alt(w.ordinal)}(?:次|遍)(?:跟|和|给|給|同|向)?${c.customer}?${told}`);
  const last = new RegExp(
    `(?:再|重新)?${told}(?:最后|最後)一(?:次|遍)|(?:最后|最後)一(?:次|遍)(?:跟|和|给|給|同)?${c.customer}?${told}|我再${told}(?:多)?(?:一|多)(?:次|遍)`,
  );
  const counted = new RegExp(
    `(?:已经|已經|都|早就|早已|前後|前后)[^，,。！？]{0,6}?${told}(?:过|過|了|咗)?${c.customer}?${alt(w.count)}(?:次|遍)|${told}(?:过|過|咗)${c.customer}?${alt(w.count)}(?:次|遍)`,
  );
  const again = new RegExp(
    `${c.customer}(?:怎么|怎麼|点解|點解)?又(?:来|來|嚟|再)?(?:问|問|催|找|投诉|投訴)|${told}(?:过|過|了|咗)?(?:多少|几多|幾多|无数|無數|好几|好幾|N)(?:次|遍)`,
  );
  const back = new RegExp(`${alt(w.lookBack)}(?:一下|一翻|一看|下)?[^，,。！？]{0,4}?${alt(w.thread)}`);
  const stated = new RegExp(alt(w.alreadyStated));
  // 又係呢個問題？: the same question again, as a sigh.
  const sameAgain =
    /又(?:是|係)(?:这个|這個|呢個|呢个|同一个|同一個|同样的|同樣的|同样|同樣)(?:问题|問題|事|嘢)|(?:每次|次次|成日|老是|總是|总是)都?(?:来|來|嚟)?(?:问|問)(?:同样|同樣|同一个|同一個|一样|一樣|呢啲|这些|這些)/;
  const glad = new RegExp(`${alt(w.gladly)}$`);
  const agentFirst = new RegExp(`^[^，,。！？]{0,4}${c.agent}(?!再)`);
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    const acting = c.agentActs.test(s.text);
    for (const cl of s.clauses) {
      const m =
        nth.exec(cl.text) ??
        last.exec(cl.text) ??
        counted.exec(cl.text) ??
        again.exec(cl.text) ??
        // 又是這個問題的話，我直接幫您換 is a plan for a repeat, not a sigh.
        (IF.test(cl.text) || acting ? null : sameAgain.exec(cl.text));
      if (m && !glad.test(cl.text.slice(Math.max(0, m.index - 6), m.index))) {
        out.push(span(cl, m));
        continue;
      }
      // 我帮您翻一下之前的记录 is the agent looking; only the customer being sent back to read reproaches.
      const b = back.exec(cl.text);
      const st = b && !agentFirst.test(cl.text) ? b : stated.exec(cl.text);
      if (st) out.push(span(cl, st, true));
    }
  }
  return out;
};
