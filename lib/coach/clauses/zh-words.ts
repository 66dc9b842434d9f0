// The word classes a script brings to the Chinese clause readers (zh-hans.ts, zh-hant.ts fill them in).

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
