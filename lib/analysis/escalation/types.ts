import type { EscalationFlag, EscalationStrength } from '../../types';
import type { Range } from './clauses';

/**
 * How a cue's intent is read.
 * - `act`: something the customer does (sue, report, post, dispute): `taken` when done, else `threatened`.
 * - `ask`: something the customer wants us to do (refund, close the account, a manager): `demanded`, or
 *   `threatened` in the consequence of a condition, `taken` when done.
 * - `said`: saying it is the act (an insult, "third time I'm writing"): `taken`; questions do not undo it.
 * - `harm`: violence or self-harm: `threatened` whatever the mood, unless negated or someone else's.
 */
export type CueKind = 'act' | 'ask' | 'said' | 'harm';

export interface Cue {
  /** Names the cue for the zh-Hant overrides (zh-hant.overrides.ts); every zh-Hans cue has one. */
  id?: string;
  flag: EscalationFlag;
  kind: CueKind;
  /** Written without flags; compiled case-insensitive and global. */
  re: RegExp;
  /** A swear word aimed at nobody: abuse in a complaint, emphasis in praise ("I fucking love it"). */
  undirected?: boolean;
  /** The strength when nothing in the clause says otherwise (e.g. "never ordering again" is a threat). */
  strength?: EscalationStrength;
  /** See PairCue.proxy. */
  proxy?: boolean;
  /**
   * Tested on the match as written (case kept): a name known by its capitals ("the FMCSA", "the Civil Aeronautics
   * Board"), which the lowered text the cues read cannot tell from ordinary words.
   */
  caps?: RegExp;
}

/**
 * A cue built from two parts of one sentence: what the intent is about (an account, a lawyer, a bank) and what
 * is done to it (close, instruct, reverse), in either order, at most `within` characters apart. New wordings
 * of an intent mostly recombine these two, so they carry further than whole phrases do.
 */
export interface PairCue {
  /** As Cue.id. */
  id?: string;
  flag: EscalationFlag;
  kind: CueKind;
  what: RegExp;
  act: RegExp;
  within: number;
  strength?: EscalationStrength;
  /** Fire only in a complaint or a threat: posting on a platform is also how happy customers share. */
  needsHeat?: boolean;
  /**
   * Someone acting for the customer is the subject ("my cousin is a solicitor and she's interested in this",
   * 我朋友在报社工作): the threat is the customer's, so another subject or a relative's words do not make it
   * reported speech.
   */
  proxy?: boolean;
}

/**
 * One language's tables: the cues, then the words around a cue that change what it means. All data; the
 * reading itself (intent.ts) is shared by every language.
 */
export interface LanguageCues {
  cues: readonly Cue[];
  pairs: readonly PairCue[];
  /** Negation in the stretch before a cue ("not going to", 不是要, 沒有要). */
  negation: RegExp;
  /** Where that stretch starts: a new subject or a consequence ("I'll", 我就), so "if it isn't fixed I'll cancel" is not negated. */
  scopeBreak: RegExp;
  /** A sentence asking how something works ("how do I", 怎么, 流程). */
  question: RegExp;
  /**
   * A clause built as a yes/no question (係咪…, 是不是…, 买咗之后减价可唔可以…): a past marker inside it
   * (係咪买咗七日内都可以退) is part of what is asked, not a report.
   */
  yesNo?: RegExp;
  /**
   * Right after a cue, the writer correcting themselves (我想退会……唔係，係退出个群组): the cue was a slip.
   * Anchored at the start.
   */
  selfCorrected?: RegExp;
  /**
   * Right after a cue (read on the next few characters), words that make it a policy asked about: 退款规则,
   * 赔偿标准是怎样的, 拒付一般是什么流程. Anchored at the start.
   */
  policyAfter?: RegExp;
  /**
   * The same with the policy named before the cue ("the notice period for ending our contract", "the fee for
   * cancelling"), read up to the cue.
   */
  policyBefore?: RegExp;
  /**
   * What the writer will do if a condition fails (我就, 不然, 否则): a sentence opened politely (`askOpener`) that
   * holds a condition asks about a hypothetical unless it also holds this. Without it, any condition ends the
   * question.
   */
  ownConsequence?: RegExp;
  /** An intent said to have been only meant (本来, 原本, 准备, 差点, 刚才说要); see `dropped`. */
  meantTo?: RegExp;
  /**
   * After a meant intent, the message dropping it or saying it is not needed (就算了, 不用了, 改成五星了, 请忽略,
   * 还好…处理好了): a threat taken back in the same message raises nothing. Global.
   */
  dropped?: RegExp;
  /** Someone's word, not the writer's (你们说, 客服讲): a drop said in it (你们说处理好了) drops nothing. */
  hearsay?: RegExp;
  /**
   * The writer opening as a law firm, a bank or card centre, or a newspaper or broadcaster (我们是一家律师事务所,
   * 这边是某银行信用卡中心, 我们是晚报广告部): see `lawNoun`, `pressNoun`. Tested on the whole message, so anchored.
   */
  writerLaw?: RegExp;
  writerBank?: RegExp;
  writerPress?: RegExp;
  /** Right before an insult, the writer naming themself (我真是个猪脑子, "I'm such a numpty"): self-mockery. Anchored at the end. */
  selfAimed?: RegExp;
  /**
   * The writer saying where they work, mid-message ("I happen to work at the Ombudsman's office", "I work for a law
   * firm"): a cue inside that phrase names their job, not a body they turn to. Global; tested on the cue's sentence.
   */
  workplace?: RegExp;
  /** A cue naming the writer's own trade (律所, 所里; 报社, 节目组): for a law firm or the press, only these are theirs. */
  lawNoun?: RegExp;
  pressNoun?: RegExp;
  /**
   * A polite opener that puts the whole sentence in question, across its commas (请问一下，我的退款…还没到账):
   * unlike "let me know how…, I'm leaving", nothing after it is a statement of its own.
   */
  askOpener?: RegExp;
  /** Question shapes that demand or threaten instead of asking ("how many times", 到底, 信不信). */
  rhetorical: RegExp;
  /** A yes/no request that is a demand ("can you refund me"), read only for `ask` cues. */
  request: RegExp;
  /** Someone else is the one asking ("my manager asked me to", 我们领导让我). */
  thirdParty: RegExp;
  /**
   * After a cue, the writer says they are being pushed to it ("I don't want to involve lawyers, but you're leaving me
   * no choice"): the negation before the cue is reluctance, not refusal.
   */
  forced?: RegExp;
  /** Manners that ask for information, not for the act ("kindly tell me the procedure for…"): no demand in them. */
  infoAsk?: RegExp;
  /** Thanks and praise in the sentence. */
  praise: RegExp;
  /**
   * A turn in the sentence ("but", "still", 但是): praise before it says nothing about a cue after it
   * ("your agent was kind, but close my account").
   */
  contrast: RegExp;
  /**
   * Someone other than the writer as the subject of the clause ("she", "my sister", 他, 朋友): what that
   * person did or wants is reported, not the customer's own intent. Global; the last one before a cue counts
   * unless the writer comes after it (`self`).
   */
  other: RegExp;
  /**
   * Someone of the writer's own acting for them, so their act is the customer's ("getting my mum to dispute it
   * with her bank", "me and my dad rang his bank", "or my daughter takes this to small claims for me"). Read on the
   * clause and the few words before it; `forSelfMessage` on the whole message ("writing on behalf of my father").
   */
  forSelf?: RegExp;
  forSelfMessage?: RegExp;
  /**
   * A clause opening on a verb of saying with no subject of its own (说要去投诉, 话会告): its speaker is the last
   * subject named before it in the sentence. Anchored at the clause's start.
   */
  saidBy?: RegExp;
  /** The writer as subject (I, we, 我): after another subject, the clause is the customer's again. Global. */
  self: RegExp;
  /** A cue that opens on its own subject and negates it ("I'm not going to leave a review"). */
  selfNegated: RegExp;
  /** The matter is over ("the refund arrived", 已经收到了). */
  resolved: RegExp;
  /**
   * A past act the customer says they have let go ("that's water under the bridge", 这事就算翻篇了): its sentence
   * settles whatever went wrong then, complaint words included.
   */
  forgiven?: RegExp;
  /** Something the sentence says turned out badly, so praise nearby is not the whole story. */
  complaint: RegExp;
  /**
   * The writer apologising for writing again ("sorry to message a second time, I forgot the photo"), with no
   * frustration in the sentence: the repeat is theirs to own, not a complaint about being ignored.
   */
  apology?: RegExp;
  /** Done already: perfect and past markers (I've, already, 已经, 咗). */
  taken: RegExp;
  /**
   * Done already for certain, whatever else the clause says (I've, already, 已): a report even beside "please".
   * Default: 已, already, I've, I have.
   */
  perfect?: RegExp;
  /** Asking for it now (please, right now, 帮我, 马上): a request, not a report of something done. */
  demand: RegExp;
  /** Will do: future and modal markers (I'll, going to, 就, 会). */
  threat: RegExp;
  /** The sentence states a condition (if, unless, 再不, 不然). */
  conditional: RegExp;
  /**
   * Right after a cue, a future verb whose subject the cue is ("…my solicitor will write to you"): a condition
   * with no comma before it ("if I don't get it by Tuesday my solicitor will…") has ended, and the cue opens the
   * consequence. Anchored at the start of the text after the cue.
   */
  subjectOfThreat?: RegExp;
  /** Idioms and names that contain a cue but never mean it ("killer deal", 曝光度). */
  idiom: RegExp;
  deadline: RegExp;
  /**
   * Words elsewhere in the message that take back a cue already read as an intent (a disclaimer, a matter over,
   * someone else's act); `text` is folded. English only so far.
   */
  veto?: (text: string, flag: EscalationFlag, strength: EscalationStrength, start: number, sentence: Range) => boolean;
  /** A time said without a preposition ("today", "in the next hour"): read only when `deadline` finds nothing. */
  deadlineLoose?: RegExp;
  /**
   * A sentence that opens on the consequence of the one before ("You have until Friday. After that it's the bank's
   * problem."): with no deadline of its own, the deadline of the sentence before is its. Anchored at its start.
   */
  consequenceOpener?: RegExp;
  /** A sentence that points back to a time named before it ("by then", "until then"). */
  deadlineBack?: RegExp;
  /** A sentence that is only a time, its one group the time ("Nov 30.", "Friday 5pm."). */
  deadlineBare?: RegExp;
  /** A sentence after a threat that sets its limit ("You have till Monday.", "I'm giving this one more week."). */
  ultimatumAfter?: RegExp;
}
