import type { CoachIssueKind } from '../types';
import type { ClauseHit, ClauseReader } from './types';

// Chinese clause readers share one structure reading; each script brings its own word tables (zh-hans.ts,
// zh-hant.ts). A reader looks at who a clause is about (customer, agent side, a third party), whether its verb
// is negated or modal, what is named as the cause, and whether a minimiser, repetition or rule word is in it,
// then decides the kind. Every table repeat is bounded, and each clause is read a fixed number of times, so a
// long draft costs linear time.

/** Word classes, each a list of words or short regex fragments (no unbounded repeats). */
export interface ZhWords {
  /** The customer as a person: 您/你. */
  customer: string[];
  /** The agent's side: 我们/我/本公司. */
  agent: string[];
  /** Someone outside the conversation the failure can be pushed onto. */
  thirdParty: string[];
  /** Pronouns that point back at a third party named earlier: 他们/对方. */
  thirdPronoun: string[];
  /** Right before the customer, these turn a clause into a hypothetical: 如果您没收到… */
  conditional: string[];
  /** Cause markers that put the customer at the origin: 因为您… */
  cause: string[];
  /** Inference markers that read the failure back to the customer: 说明您的密码太简单. */
  inference: string[];
  /** "If it weren't for": 要不是您… */
  counterfactual: string[];
  /** After 要不是您, credit rather than blame: 提醒/帮忙. */
  credit: string[];
  /** Rhetorical "isn't it all": 还不是您… */
  rhetoricalCause: string[];
  /** "brought about": 造成/导致. */
  causeVerb: string[];
  /** A lapse the customer committed: 没/忘/漏/错/擅自. */
  lapse: string[];
  /** Things one "didn't" get that are not lapses: 没收到/没办法/没关系. */
  notLapse: string[];
  /** What a customer's own thing went through: 您的手机摔过. */
  mishandled: string[];
  /** What is wrong with what the customer supplied: 您填的号码少了一位. */
  defect: string[];
  /** Things a customer is expected to do; 您的狗没打疫苗 is a lapse, 您的狗没有大碍 is not. */
  duty: string[];
  /** Something went wrong: a 因为您… sentence without one is thanks or an explanation (因为您是老会员，所以…). */
  failure: string[];
  /** Consequence markers: 所以/才/导致. */
  consequence: string[];
  /**
   * "No surprise" markers: 也正常/难怪. They blame only from a later clause about the failure; in the lapse's own
   * clause (您没注意到也很正常) they excuse the customer.
   */
  noSurprise: string[];
  /** Reassurance, thanks, ownership and apology: a sentence with these is not blaming. */
  kind: string[];
  /** The agent side owns the failure somewhere in the draft. */
  owns: string[];
  /** Question particles and openers: a question asks for information. */
  question: string[];
  /** A negation that denies responsibility before the agent word: 不是/不算/不归. */
  denyBefore: string[];
  /** What is being denied: 问题/责任/负责/关系. */
  responsibility: string[];
  /** The agent side says it cannot govern the matter: 管不了/做不了主. */
  cannotGovern: string[];
  /** "only", when the agent calls itself a conduit: 只是/不过是. */
  only: string[];
  /** What a conduit does: 转告/转达/传话. */
  relay: string[];
  /** The agent's side declared fine: 一切正常/没问题. */
  allFine: string[];
  /** Obligation put on the customer: 得/要/必须/只能. */
  mustDo: string[];
  /** Asking or contacting: 问/找/联系. */
  contact: string[];
  /** The agent offers to act: 我帮您/我来. Keeps a redirect clean. */
  agentActs: string[];
  /** Minimisers that need a closing 而已/吗 to read as a brush-off: 只是…而已. */
  minimiser: string[];
  minimiserClose: string[];
  /** Whole minimising phrases: 又不是什么大事/这点小事. */
  smallMatter: string[];
  /** Rhetorical "is it worth": 至于/有必要/何必. */
  worthIt: string[];
  degree: string[];
  emotion: string[];
  /** Counting the times already told: 第三次/两次/好几遍. */
  ordinal: string[];
  count: string[];
  told: string[];
  /** Before a repetition phrase, an offer to repeat: 很乐意再说一次. */
  gladly: string[];
  /** Pointing the customer back to the thread: 翻一下聊天记录. */
  lookBack: string[];
  thread: string[];
  alreadyStated: string[];
  /** Intensifiers that make a refusal final: 绝对/怎么也/一律. */
  intensifier: string[];
  /** Refusal modals and results: 不能/无法/做不了. */
  refuse: string[];
  /** A flat no as a whole clause: 不行。/唔得。 */
  flatNo: string[];
  /** Closing the topic: 没得商量/别想了. */
  closeOff: string[];
  /** A refusal followed by these is a promise about the future or a feeling, not a refusal: 再让您…/想象. */
  notRefusal: string[];
  /** A turn to what the agent can do: 不过我可以… */
  pivot: string[];
  /** Rule words: 规定/条款/政策. */
  rule: string[];
  /** What a rule forbids: 不能/不予/一律不. */
  forbid: string[];
  /** A rule named to grant something: 可以/享受/有权. */
  grant: string[];
  /** Damage and loss results: 压坏/弄丢. */
  damage: string[];
  /** Sent to the wrong place: 寄到了旧地址. */
  sendVerb: string[];
  wrongPlace: string[];
  /** Mock praise aimed at the customer: 真是…最认真 / 可真会挑. */
  praiseLead: string[];
  praise: string[];
  /** Ordinals from the third on: thanking for the fourth letter is not thanks. */
  manyth: string[];
  /** Knowing and expertise: 了解/懂/专业. */
  knows: string[];
  /** Rhetorical why-nots: 怎么不早点… */
  whyNot: string[];
  thanks: string[];
  /** Concessives that take thanks back: 虽然/尽管. */
  although: string[];
  /** Praise words that turn sour in scare quotes: “忠实”客户. */
  quotedPraise: string[];
  /** Praise too big for the occasion, aimed at no one in particular: 真是帮大忙了/真是难得. */
  overPraise: string[];
  /** What turns praise sour in the same sentence: 偏偏/居然/问了五遍. */
  sour: string[];
  /** Sour only when no thanks frames the praise: 又/错 (谢谢您这么有耐心，我们又发现了… is sincere). */
  weakSour: string[];
  /** An owned object given feelings: 我们的电池没享受好您的寒假. */
  feel: string[];
  congratulate: string[];
  mishap: string[];
  /** Rule stated as the last word: 就是/写着呢. */
  ruleFinal: string[];
  /** "Everyone does it", after a rule: 所有公司都这么做. */
  everyone: string[];
  /** Verbs after 无法 that report a fault, not a refusal: 无法登录. */
  status: string[];
  /** Something went wrong, reported with no one doing it: 显示异常/到货晚了. */
  anomaly: string[];
  /** Called demanding in mock wonder: 要求可真多. */
  fussy: string[];
  /** Agreement given up in mockery: 您说的都对. */
  yielding: string[];
  /** "When all is said and done": 说到底/講到尾. A lapse after it is named as the root of the failure. */
  rootCause: string[];
  /** Sorting it out between parties: 协商/傾. 您自己跟他们协商 sends the customer off to do it. */
  negotiate: string[];
  /** Calling the task easy, as a reproach: 这么简单的/很基本耶/没什么难的. */
  condescend: string[];
  /** Finally getting round to it, after thanks: 终于记得/總算肯. */
  late: string[];
  /** Calmer alternatives, in this script. */
  alt: Record<ReaderName, string>;
}

export type ReaderName =
  | 'customer-cause'
  | 'not-us'
  | 'third-party'
  | 'minimise'
  | 'repetition'
  | 'refusal'
  | 'rule-reason'
  | 'agentless'
  | 'irony';

/** A clause: text between clause punctuation, with its offsets into the draft. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The mark that closed it, or '' at the end of the draft. */
  mark: string;
  clauses: Clause[];
}

const SENTENCE_MARK = /[。！？!?；;\n]/;
const CLAUSE_MARK = /[，,：:—…]/;
const SPACE = /\s/;

function trimmed(draft: string, start: number, end: number): Clause | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(draft[s]!)) s++;
  while (e > s && SPACE.test(draft[e - 1]!)) e--;
  return e > s ? { start: s, end: e, text: draft.slice(s, e) } : null;
}

/** Sentences and their clauses, in one pass over the draft. */
export function readSentences(draft: string): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const close = (at: number, mark: string) => {
    const c = trimmed(draft, clauseStart, at);
    if (c) clauses.push(c);
    const s = trimmed(draft, sentenceStart, at);
    if (s && clauses.length) sentences.push({ ...s, mark, clauses });
    clauses = [];
    sentenceStart = at + 1;
    clauseStart = at + 1;
  };
  for (let i = 0; i < draft.length; i++) {
    const ch = draft[i]!;
    if (SENTENCE_MARK.test(ch)) close(i, ch);
    else if (CLAUSE_MARK.test(ch)) {
      const c = trimmed(draft, clauseStart, i);
      if (c) clauses.push(c);
      clauseStart = i + 1;
    }
  }
  close(draft.length, '');
  return sentences;
}

/** An alternation, longest first so the regex engine prefers the fuller word. */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

interface Compiled {
  w: ZhWords;
  customer: string;
  agent: string;
  kind: RegExp;
  owns: RegExp;
  question: RegExp;
  conditionalBefore: RegExp;
  pivot: RegExp;
  agentActs: RegExp;
}

function compile(w: ZhWords): Compiled {
  return {
    w,
    customer: alt(w.customer),
    agent: alt(w.agent),
    kind: new RegExp(alt(w.kind)),
    owns: new RegExp(alt(w.owns)),
    question: new RegExp(alt(w.question)),
    conditionalBefore: new RegExp(`${alt(w.conditional)}$`),
    pivot: new RegExp(alt(w.pivot)),
    agentActs: new RegExp(alt(w.agentActs)),
  };
}

/** A question that asks for information, not a rhetorical jab. */
function asks(c: Compiled, s: Sentence): boolean {
  return (s.mark === '？' || s.mark === '?') && c.question.test(s.text);
}

/** Where a match in a clause starts and ends in the draft, through the clause's end when asked. */
function span(clause: Clause, m: RegExpExecArray, toClauseEnd = false): [number, number] {
  const start = clause.start + m.index;
  return [start, toClauseEnd ? clause.end : start + m[0].length];
}

/** The customer named at `index` of `text` is inside a hypothetical (如果您…) rather than a statement. */
function hypothetical(c: Compiled, text: string, index: number): boolean {
  return c.conditionalBefore.test(text.slice(Math.max(0, index - 4), index));
}

/** How many clauses on a move reaches for its cause, consequence or pivot; also keeps long sentences linear. */
const NEAR = 3;

/** A refusal or rule that turns, in its sentence or the next, to what the agent will do instead. */
function pivots(c: Compiled, sentences: Sentence[], i: number, fromClause: number): boolean {
  const s = sentences[i]!;
  const rest = s.clauses.slice(fromClause, fromClause + 2 * NEAR).map((cl) => cl.text);
  if (rest.some((t) => c.pivot.test(t))) return true;
  const next = sentences[i + 1];
  return Boolean(next && c.pivot.test(next.text));
}

/** A clause that states a condition: …的话 / 只要… */
const IF = /的话|的話|如果|如果係|只要|假如|要是/;

/** A party is named as answerable: 是医生的问题. */
const BLAMED = /(?:的|嘅)(?:问题|問題|责任|責任|锅|鍋|错|錯)/;

/** The customer helped the agent's side: praise for it is sincere. */
const HELPED_US = /(?:帮|幫)(?:我们|我們|我哋)/;

/** 说到底是您太客气了 thanks: these after 太 praise. */
const KIND_TOO = '客气|客氣|好|贴心|貼心|体贴|體貼|合理|周到|耐心|细心|細心|善良|有心|信任|支持';

/** What makes the customer's thing the fault: 不好/有問題/不聽. */
const FAULTY =
  '(?:不好|太差|不足|不够|不夠|唔夠|有问题|有問題|有误|有誤|不对|不對|唔啱|不符|不听|不聽|唔聽|没听|沒聽|冇聽|不看|唔睇|没看|沒看|冇睇)';

/** Guessing words that pin a cause: 八成是/多半是. */
const GUESS = '(?:八成|多半|十有八九|多数|多數|肯定|一定|估计|估計|梗係)';

/** Reassurance about a worry: 放心/不用太担心/唔使擔心. */
const SOOTHE = /放心|不用(?:太)?担心|不用(?:太)?擔心|别(?:太)?担心|別(?:太)?擔心|唔使(?:太)?擔心|无需担心|無需擔心/;

/** Time let pass: 隔了兩個禮拜 / 拖咗三日. */
const DELAY =
  /(?:隔了|隔咗|过了|過了|过咗|過咗|拖了|拖咗|等了|等咗)[^，,。！？]{0,3}?[\d一二两兩三四五六七八九十几幾半]+(?:个|個)?(?:天|日|周|週|星期|禮拜|礼拜|月|年|钟|鐘|小时|小時)/;

/** A denial right before the customer: 不是您… / 並非因為你… (还不是您 and 要不是您 blame). */
const NOT_BEFORE = /(?<![还還要若仲])(?:不|非|唔)(?:是|係)?(?:因为|因為|由于|由於)?(?:主要|完全)?(?:是|係)?$/;

/** Lapses of omission: 没/未/忘/少/漏. */
const OMISSION = /没|沒|冇|未|忘|少|漏/;

/** What the customer gets: a consequence that grants is no reproach. */
const BENEFIT = /可以|能|免费|免費|可/;

/** A polite request is not a consequence: 所以请稍等. */
const REQUEST = /请|請|麻烦|麻煩|稍等|唔該|敬请|敬請/;

/** "Everyone else manages", as a clause's last word: 大部分會員都會 (都会收到短信 is a future, not a reproach). */
const PEERS_MANAGE =
  /(?:大部分|大多数|大多數|绝大多数|絕大多數|其他|其它|别的|別的|一般|所有|好多|很多)(?:的|嘅)?(?:会员|會員|用户|用戶|客人|顾客|顧客|客户|客戶|人|家长|家長|学员|學員|车主|車主|同学|同學)(?:(?:都|也|一看就|一睇就|一学就|一學就|一眼就)(?:会|會|懂|識|明|知道|明白|搞得定|做得到|弄得好|冇問題|没问题|沒問題)|(?:根本|都|也)?(?:看不出|睇唔出|看不到|察觉不到|察覺不到|发现不了|發現不了|留意唔到)(?:来|來|嚟)?)(?:[了啦喇吧啊呀耶喔嘅的]{0,2})$/;

/** Telling the customer their reaction is too big: 唔使咁大反應 / 不用这么激动 (不用这么担心 reassures). */
const CALM_DOWN =
  /(?:不用|不必|无需|無需|唔使|唔駛|用不着|用不著|犯不着|犯不著|别|別|唔好)(?:这么|這麼|那么|那麼|咁|如此)(?:大)?(?:反应|反應|激动|激動|生气|生氣|火大|发火|發火|嬲|大惊小怪|大驚小怪|小题大做|小題大做|大声|大聲)|(?:是不是|係咪|是否)(?:有点|有點|有啲)?太(?:紧张|緊張|激动|激動|敏感|在意|计较|計較|夸张|誇張|大惊小怪|大驚小怪)/;

/** A number closed by "only": 扣咗五蚊手續費啫 / 晚了两天而已. */
const ONLY_AN_AMOUNT =
  /[^，,。！？]{0,10}[\d一二两兩三四五六七八九十几幾百千][^，,。！？]{0,8}?(?:啫|咋|而已|罢了|罷了)$/;

type Read = (c: Compiled, sentences: Sentence[], draft: string) => Array<[number, number]>;

/** 因为您… / 还不是您…造成的 / 您没…，…也正常: the customer's act given as the cause of the failure. */
const customerCause: Read = (c, sentences) => {
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
        theirFault.exec(cl.text) ??
        guessed.exec(cl.text) ??
        rhetorical.exec(cl.text) ??
        (cause && failed ? cause : null) ??
        supplied.exec(cl.text) ??
        inferred.exec(cl.text);
      if (m && !hypothetical(c, cl.text, m.index) && !cleared(cl.text, m) && !/的话|嘅話|的話/.test(cl.text)) {
        out.push(span(cl, m, true));
        break;
      }
      const l = lapse.exec(cl.text);
      if (!l || hypothetical(c, cl.text, l.index) || cleared(cl.text, l)) continue;
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

/** 不算我们的问题 / 我们也管不了 / 跟我们没关系 / 我只是转告: the agent side steps out of it. */
const notUs: Read = (c, sentences) => {
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
const thirdParty: Read = (c, sentences) => {
  const { w } = c;
  const other = alt([...w.thirdParty, ...w.thirdPronoun]);
  // 您自己去跟他们协商 / 你同佢傾啦: the customer left to settle it with the other party.
  const sent = new RegExp(
    `${c.customer}(?:${alt(w.mustDo)}|自己|直接|去|再){0,4}(?:${alt(w.contact)}(?:一下)?${other}|(?:跟|和|与|與|同)${other}[^，,。！？]{0,3}?${alt(w.negotiate)})`,
  );
  // 請去問醫院: a request that sends the customer away to the other party.
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
      const m = sent.exec(cl.text) ?? sentAway.exec(cl.text) ?? theirs.exec(cl.text) ?? decided.exec(cl.text);
      if (!m || hypothetical(c, cl.text, m.index)) continue;
      // 我没有让您再去找银行 denies the redirect.
      if (deniedAsk.test(cl.text.slice(Math.max(0, m.index - 6), m.index))) continue;
      out.push(span(cl, m, true));
    }
  }
  return out;
};

/** 不就是…吗 / 只是…而已 / 至于这么生气吗: the problem or the feeling made small. */
const minimise: Read = (c, sentences) => {
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
    const soothes = SOOTHE.test(s.text);
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
const repetition: Read = (c, sentences) => {
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
  const sameAgain = /又(?:是|係)(?:这个|這個|呢個|呢个|同一个|同一個|同样的|同樣的|同样|同樣)(?:问题|問題|事|嘢)/;
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

/** 怎么也排不出 / 点都冇可能 / 我们这边做不了 / 没得商量: a refusal made final, with nothing offered instead. */
const refusal: Read = (c, sentences) => {
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
const ruleReason: Read = (c, sentences) => {
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

/** 沙发在运输途中被压坏了 / 通知寄到了旧地址: a failure with nobody doing it, in a draft that owns nothing. */
const agentless: Read = (c, sentences, draft) => {
  const { w } = c;
  if (c.owns.test(draft)) return [];
  const passive = new RegExp(`(?:被|给|給|俾)${alt(w.damage)}`);
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

/** 您真是最认真的学员，同一个问题能问五遍 / 我们的电池没享受好您的寒假 / 恭喜您…错: praise or apology turned sour. */
const irony: Read = (c, sentences) => {
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

const READS: Array<[ReaderName, CoachIssueKind, Read]> = [
  ['customer-cause', 'blame', customerCause],
  ['not-us', 'defensive', notUs],
  ['third-party', 'defensive', thirdParty],
  ['minimise', 'dismissive', minimise],
  ['repetition', 'dismissive', repetition],
  ['refusal', 'absolute', refusal],
  ['rule-reason', 'policy', ruleReason],
  ['agentless', 'no-ownership', agentless],
  ['irony', 'sarcasm', irony],
];

/** One reader per move, reading the draft with the given script's word tables. */
export function buildZhReaders(prefix: string, words: ZhWords): ClauseReader[] {
  const c = compile(words);
  return READS.map(([name, kind, read]) => ({
    id: `${prefix}-clause-${name}`,
    kind,
    find(draft: string): ClauseHit[] {
      return read(c, readSentences(draft), draft).map(([start, end]) => ({ start, end, alternative: words.alt[name] }));
    },
  }));
}
