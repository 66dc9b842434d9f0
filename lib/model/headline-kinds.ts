/**
 * Kinds of support message whose headline label neither the model nor the rules get from the words alone
 * (issue 13, headline rounds blind6 / blind7): the shape of the message says more than its vocabulary. Each
 * check is a small named pattern that settle() (blend.ts) consults only after cheaper conditions on the labels
 * hold, so a message pays for at most a few regular-expression tests.
 */
import type { EscalationDetail, EscalationFlag } from '../types';

/**
 * Flags that threaten the company (court, regulator, bank dispute, going public, abuse): a customer who threatens
 * is angry, however calm the wording. Churn, compensation, a supervisor or a repeat contact are asks a frustrated
 * customer makes too; harm is mostly self-harm, which is despair, not anger.
 */
const THREATS: ReadonlySet<EscalationFlag> = new Set(['legal', 'regulator', 'public', 'chargeback', 'abuse']);

export function threatens(escalation: readonly EscalationFlag[] | undefined): boolean {
  if (escalation === undefined) return false;
  for (const f of escalation) if (THREATS.has(f)) return true;
  return false;
}

/**
 * A threat the escalation engine itself heard as threatened or already taken ("I'm taking this to the
 * ombudsman", "Trading Standards will hear about it", "copied to my solicitor", 我们法院见). Going public, abuse,
 * harm or leaving for a competitor count only with a complaint (`complaint`: an angry or fed-up word) said beside
 * it: 截图发朋友圈 after a lottery win is sharing good news, cancelling after a pet died is grief, and a quoted
 * insult or "beat you with experience" on Reddit is banter. Said over thanks or cheerful words ("Thank you for your
 * fourth letter…", "Great work."), it is still the customer's anger: the learned model hears the courtesy and
 * lands on joy or gratitude (blind9). An ask (strength demanded, "please close my account") is not a threat.
 */
export function threatSaid(detail: readonly EscalationDetail[] | undefined, complaint: boolean): EscalationFlag | null {
  if (detail === undefined) return null;
  let found: EscalationFlag | null = null;
  for (const d of detail) {
    if (d.strength === 'demanded') continue;
    if (d.flag === 'legal' || d.flag === 'regulator' || d.flag === 'chargeback') return d.flag;
    if (!complaint) continue;
    if (d.flag === 'harm') found = d.flag;
    else if (d.flag === 'public' || d.flag === 'abuse' || (d.flag === 'churn' && d.strength === 'threatened'))
      return d.flag;
  }
  return found;
}

/**
 * Said again and again, or for days: the count or duration a fed-up customer gives in place of a feeling word
 * ("已经三天了。三天。", 约咗三次都冇人上嚟, 又當掉了, 每次都说, "the third time", "for two weeks").
 */
const REPEATED_ZH =
  /第[二三四五六七八九十几幾\d]+次|[两兩三四五六七八九十几幾\d]+次(?![付分性])|次次|每次都|多少次|[一二两兩三四五六七八九十几幾半\d]+(?:个|個)?(?:天|周|週|星期|礼拜|禮拜|月|小时|小時|钟头|鐘頭)了|整整|从.{1,8}(?:到现在|开始就)|從.{1,8}(?:到現在|開始就)|又(?:當|当|坏|壞|卡|掛|挂|断|斷|出|死|失败|失敗|轉|转|要)/;
const REPEATED_EN =
  /\b(?:second|third|fourth|fifth|sixth) time\b|\b(?:three|four|five|six|several|multiple|many|\d+) times\b|\b(?:still|again)\b|\bevery (?:time|single time)\b|\bfor (?:over |more than )?(?:a|\d+|two|three|four|five|six) (?:days|weeks|months)\b/i;

export function repeated(text: string, zh: boolean): boolean {
  return (zh ? REPEATED_ZH : REPEATED_EN).test(text);
}

/**
 * Giving up on something already lost: "there's no point replacing it now", "Guess I won't be going after
 * all", "thanks anyway", 算了，不用换了, 算啦，都唔想再爭, 找不回来了吧. Resignation, not complaint or cheer.
 */
const RESIGNED =
  /\bno point\b|\bnot (?:really )?asking for anything\b|\bjust wanted (?:you|to let you) (?:to )?know\b|\bguess (?:i|we) (?:won't|will not|can't|cannot)\b|\bafter all\b|\boh well\b|\bnever mind\b|\bthanks anyway\b|\bit is what it is\b|\bno way to get (?:it|them) back\b|算了|算啦|不用换了|不用換了|唔使換|唔使再|不想(?:去|再)争|不想(?:去|再)爭|唔想再爭|就这样吧|就這樣吧|找不回来|找不回來|攞唔返|没办法了|沒辦法了|只能这样|只能這樣|舍不得|捨不得|唔捨得/i;

export function resigned(text: string): boolean {
  return RESIGNED.test(text);
}

/**
 * Thanks that only close the message ("Thanks anyway.", "Appreciate any help,\nDana", 麻烦了，谢谢) or open a
 * "but" ("Thanks for the reply, but…", 谢谢回复，不过…): manners around a complaint, not gratitude. Thanks for
 * something done ("Thank you so much for sorting out…", 感谢…帮我找回) is gratitude and is left alone.
 */
const CLOSING_THANKS =
  /(?:\bthanks?(?: you)?(?: anyway| in advance| again)?|\bappreciate (?:any|your) help|\bcheers|谢谢|謝謝|多谢|多謝|麻烦了|麻煩了|辛苦了|唔該)[\s\S]{0,8}[.!。！,，~～]?\s*(?:\n[^\n]{0,40})?\s*$/i;
const THANKS_BUT =
  /^\W*(?:thanks|thank you|谢谢|謝謝|多谢|多謝|唔該)[^.!?\n。！？]{0,40}[,，.。]?\s*(?:but\b|however\b|不过|不過|但是?|可是)/i;
/** Thanks for a deed: a sentence that starts with thanks for, or 感谢/谢谢 someone for helping. */
const THANKS_FOR =
  /\bthank(?:s| you)(?: so much| very much| again)? for (?!(?:your|the) (?:reply|response|email|message)\b)|\b(?:grateful|thankful) for\b|\bappreciate (?:how|that|you|everything|all)\b|(?:感谢|感謝|谢谢|謝謝|多谢|多謝|唔該晒).{0,16}(?:帮|幫|陪|专门|專門|专登|專登|找回|处理|處理)/i;

/** Thanks in this message are manners around something else, not the point of it. */
export function politeFrame(text: string): boolean {
  if (THANKS_FOR.test(text)) return false;
  return THANKS_BUT.test(text) || CLOSING_THANKS.test(text);
}

/**
 * Thanks for a deed, said outright: the agent should see gratitude even when the deed involved a loss
 * ("感謝…幫我找回遺失的錢包") or the model heard only a plain report ("唔該晒…專登留低幫我搬").
 */
export function thanksForDeed(text: string): boolean {
  return THANKS_FOR.test(text);
}

/**
 * Something at stake on a clock: a deadline with a consequence ("The filing deadline is midnight tonight",
 * "If it doesn't sync tonight 40 people won't get paid", 报名截止是今天晚上, 聽日就要交論文, 后天就月底了, 错过时间会不会有影响).
 * Both a near time and a stake must be said.
 */
const CLOCK_EN =
  /\b(?:tonight|tomorrow|today|midnight|this (?:morning|afternoon|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the \d{1,2}(?:st|nd|rd|th)|in (?:an hour|\d+ hours)|next week)\b/i;
const STAKE_EN =
  /\bdeadline\b|\b(?:on |by )?the (?:very )?last day\b|\bif (?:i|we|this|it) (?:miss|doesn['’]t|does not|don['’]t|do not|isn['’]t|is not|can['’]t|cannot)\b|\bin time\b|\b(?:days?|hours?|half|doses?) left\b|\bwon['’]t (?:make it|get paid)\b|\bruns? out\b/i;
const CLOCK_ZH =
  /今晚|今天|今日|明天|明早|聽日|听日|聽朝|听朝|后天|後天|下午|上午|月底|这周|這週|這周|本周|本週|[\d一二三四五六七八九十]+[点點]/;
const STAKE_ZH =
  /截止|截至|赶不上|趕不上|来不及|來不及|错过|錯過|就不能|就不|就没|就沒|就冇|就要交|就要考|得先|还要做|還要做|只剩|得返|剩返|最后一天|最後一天|就失效|会不会有影响|會不會有影響/;

export function onTheClock(text: string, zh: boolean): boolean {
  return zh ? STAKE_ZH.test(text) && CLOCK_ZH.test(text) : STAKE_EN.test(text) && CLOCK_EN.test(text);
}

/**
 * Courtesy used as an edge: "With all due respect, …", 我再客气最后一次, 想很客氣地請教一下, 恕我直言. Said over a
 * complaint, it is anger held in.
 */
const POINTED =
  /\bwith (?:all )?due respect\b|\bconsiders? (?:this|that|it) acceptable\b|\bthink (?:this|that|it) is acceptable\b|\bi(?:'d| would) appreciate (?:a call|a reply|an answer|an explanation|it if someone)\b.{0,60}\b(?:this time|actual|for once)\b|客气最后一次|客氣最後一次|很客气地|很客氣地|恕我直言|说句不好听|說句不好聽/i;

export function pointedPoliteness(text: string): boolean {
  return POINTED.test(text);
}

/**
 * A death or a goodbye said in passing ("We had to say goodbye to our dog", "passed away", 生前, 过世): whatever
 * thanks close the message, the agent is writing to someone grieving.
 */
const GRIEF =
  /\bpassed away\b|\b(?:had to|have to) say goodbye\b|\bput (?:him|her|them) to sleep\b|\bfuneral\b|去世|过世|過世|离世|離世|生前|往生/i;

/** Someone close who died, said as the customer's own loss: "my late husband", 我們家的狗狗上週走了. */
const CLOSE_LOSS =
  /\b(?:my|our) late (?:husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|grandmother|grandfather|gran|nan)\b|\b(?:my|our) (?:husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|gran|nan|dog|cat) (?:passed away|died)\b|\b(?:since|after|now that) (?:my|our) (?:husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|gran|nan) (?:has |had )?(?:passed|died)\b(?! (?:his|her|their|the|a|an|my|our|all|every|with|it|to|out|on to|through))|(?:狗狗|猫咪|貓咪|爸爸|妈妈|媽媽|老公|老婆|外婆|奶奶|嫲嫲|爷爷|爺爺|外公|阿嬷|阿嬤|阿爸|阿媽|老豆|老母|我爸|我妈|我媽|(?:[他她佢牠它])(?=上[週周个個]|上個|上个|前[几幾]天|昨天|尋日|琴日|早前))(?:上[週周]|上[个個](?:月|禮拜|礼拜|星期)|前[几幾]天|昨天|尋日|琴日|前天|早前|已经|已經)?(?:走了|走咗|过世|過世|去世)/i;

export function grief(text: string): boolean {
  return GRIEF.test(text) || CLOSE_LOSS.test(text);
}

/** The customer's own bereavement said outright. */
export function closeLoss(text: string): boolean {
  return CLOSE_LOSS.test(text);
}

/**
 * Letting go, said in so many words: "guess that's that", "I'll let the subscription run out", "it just stopped
 * being worth it", "I don't have it in me to wait", "Well, that's that then", "I guess it's just gone", "I never
 * got to say goodbye", "I looked at it and just didn't feel anything", "I really hoped this place would… I think I'll give notice". The customer is no longer
 * asking for it to be put right.
 */
const LETTING_GO =
  /\bguess that['’]?s that\b|\bso that['’]?s that\b|\b(?:let|letting) (?:it|(?:the|my|our) (?:\w+ )?(?:subscription|membership|plan|contract|account|card|policy)) (?:run out|lapse|expire)\b|\bstopped being worth\b|\bnothing dramatic\b|\bdon['’]?t have it in me\b|\bno hard feelings\b|\bend of an era\b|\bgood while it lasted\b|\bthere aren['’]?t many of us left\b|\bwell,? that['’]?s that\b|\bi guess it['’]?s (?:just |all )?gone\b|\b(?:just )?(?:didn['’]?t|did not) feel anything\b|\bfelt nothing\b|\b(?:not a|no) big deal,? i suppose\b|\bdon['’]?t even want to (?:appeal|complain|argue|fight)\b|\b(?:didn['’]?t|did not|never) (?:get to |got to )?say goodbye\b|\bi (?:really |had )?hoped (?:this|it|the|that)\b[^?]{0,200}\b(?:give (?:my )?notice|cancel|leave|move out)\b/i;

/** A long tie to the company or the thing lost: "for nearly ten years", "since dial-up", "years ago", "back when". */
const LONG_TIE =
  /\b(?:for|over) (?:nearly |almost |over |more than |about |well over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many) years\b|\bsince (?:dial-up|the (?:very )?(?:start|beginning)|day one|(?:19|20)\d\d)\b|\byears ago\b|\bback when\b/i;

/**
 * A goodbye rather than a complaint: letting go said outright, or a long tie ended while leaving (`leaving`: the
 * escalation engine heard churn). Sadness, however plainly the cancellation is asked for.
 */
export function farewell(text: string, leaving: boolean): boolean {
  return LETTING_GO.test(text) || (leaving && LONG_TIE.test(text));
}

/** A spoiled occasion or the customer's own bereavement: sadness under a plain request (blend.ts settle). */
export function sadUnderRequest(text: string): boolean {
  return CLOSE_LOSS.test(text) || LET_DOWN.test(text);
}

/** sadUnderRequest without the bereavement, for text grief() has already said no to. */
export function letDown(text: string): boolean {
  return LET_DOWN.test(text);
}

/**
 * Let down, with nothing left to ask for: a day that was spoiled, a gift that came too late ("I was really
 * looking forward to the concert", "took the wind out of me", 期待了半年的演唱会, 本身想送畀老婆做週年禮物). The
 * model hears the occasion as joy; the agent is writing to someone disappointed.
 */
const LET_DOWN =
  /\b(?:was|were|had been|i'd been|we'd been|i'd|we'd) (?:really |so |very |all )?(?:been )?looking forward\b|\b(?:gone|going|moved|moving|went) into (?:a )?(?:care|nursing|residential) home\b|\bwon['’]t be able to (?:go|come|make it|use (?:it|them|his|her)) (?:now|any ?more)\b|\bthe (?:house|home|flat) (?:i|we) grew up in\b|\bdoesn['’]t matter (?:now|any ?more)\b|\bwon['’]t get another chance\b|\btook the wind out\b|\bheart ?broken\b|\bjust wanted (?:it|this|the day|everything|him|her|them) to\b|\bnothing (?:you|anyone) can do (?:now|about it)\b|(?:期待|盼)了(?:好久|很久|[半一两兩几幾\d]+(?:个|個)?(?:月|年|天|周|週|星期))的|本来想[让送给]|本來想[讓送給]|本身想[送畀俾]|原本想[送让讓]|说什么也没用|說什麼也沒用|講咩都冇用|讲咩都冇用|蔫了|心淡|心入面有啲唔捨得|罷啦|罢啦/i;

/**
 * Good news told with excitement, then a practical question ("JUST GOT FRONT ROW!!! … Do I need to print
 * anything?", "She's home and she's eating!! … What food should she be on?", 抢到了！！！…请问要带身份证吗？,
 * 并网成功…第一次看到…): the model hears the question, or the shaking and the shouting, as confusion, anxiety or
 * frustration; the agent is answering someone happy. Needs a piece of news that went the customer's way and
 * excitement said (an exclamation, a smiley, "for the first time"), and nothing complained of (blend.ts).
 */
const GOOD_NEWS_EN =
  /\b(?:just got|got (?:in|accepted|through|the (?:job|place|offer|tickets?|seats?))|finally (?:managed|did it|passed|got (?:in|it|them|one|my|the|a|front))|managed (?:a|an|my|to)|for the (?:very )?first time|first ever|we did it|(?:she|he|they)(?:['’]s| is|['’]re| are) (?:home|back home|eating|walking|awake|out of surgery)|pulled through|(?:were|was) connected|(?:is|are|was|were) approved|passed (?:my|the|her|his)|so (?:happy|excited|relieved)|over the moon|thrilled|delighted|can['’]t believe (?:it|we|i)\b)/i;
const GOOD_NEWS_ZH =
  /抢到|搶到|终于|終於|第一次|成功了|并网成功|並網成功|开通了|開通了|录取|錄取|考上|考过了|考過了|派到|中签|中簽|通过了|通過了|太好了|好开心|好開心|开心死|開心死|激动|激動|哈哈/;
/** The practical question that follows the news: asked, not "why" or "how could you". */
const PRACTICAL =
  /^(?![\s\S]*(?:\bwhy\b|\bhow come\b|为什么|為什麼|为啥|為啥|點解|点解|凭什么|憑什麼))[\s\S]*[?？](?:\s|$|[)）])/i;
const QUESTION_MARK = /[?？]/;
const EXCITED = /[!！]|:\)|:D|😊|😀|😄|🎉|\bfor the (?:very )?first time\b|第一次|哈哈|开心|開心/i;

export function goodNews(text: string, zh: boolean): boolean {
  // Pure tests, cheapest and most often failed first: excitement, a question mark (PRACTICAL needs one), the news.
  return (
    EXCITED.test(text) &&
    QUESTION_MARK.test(text) &&
    (zh ? GOOD_NEWS_ZH : GOOD_NEWS_EN).test(text) &&
    PRACTICAL.test(text)
  );
}

/**
 * Something alive or needed at stake, asked about: a pet's or a child's symptom, a medicine running low, a
 * supply or a fine hanging over the household ("the wound looks red, is that normal or should we bring her
 * in?", "is there any chance my insulin order could still go out today?", 一直趴着不动，这样正常吗, 會唔會要罰錢,
 * 明天真的會停水嗎). The model hears the symptom or the notice as sadness, confusion or a complaint; the agent
 * is answering someone worried.
 */
const AT_STAKE_EN =
  /\b(?:wound|stitches|swollen|swelling|puffy|bleeding|fever|temperature|vomit(?:ing|ed)?|rash|lump|limping|lethargic|(?:not|isn['’]t|hasn['’]t been|won['’]t) eat(?:ing)?|insulin|inhaler|epipen|medication|prescription|blood pressure)\b|\bwill (?:i|we) (?:be|get) (?:fined|penali[sz]ed|evicted|disconnected|cut off)\b|\bwill (?:the|my|our) (?:water|power|electricity|gas|heating|supply) (?:be|get) (?:cut|turned|switched|disconnected)/i;
const ASKS_WHAT_TO_DO_EN =
  /\bis (?:that|this|it) normal\b|\bshould (?:i|we) (?:bring|take|call|ring|go|be (?:ringing|calling|worried))\b|\b(?:any|some) chance\b|\bwill (?:i|we|the|my|our)\b/i;
const ASCII_QUESTION_MARK = /[?]/;
const AT_STAKE_ZH =
  /伤口|傷口|发烧|發燒|呕吐|嘔吐|不吃东西|不吃東西|不吃饭|不吃飯|唔食嘢|趴着不动|趴著不動|没精神|沒精神|急诊|急診|胰岛素|胰島素|(?:会不会|會不會|會唔會|会唔会)要?(?:罚|罰|扣|被|停)|真的[会會](?:停|被|罚|罰|扣)|(?:寶寶|宝宝|BB).{0,20}(?:停水|停电|停電|停气|停氣)|(?:停水|停电|停電).{0,20}(?:寶寶|宝宝)/;
const ASKS_WHAT_TO_DO_ZH =
  /正常[吗嗎]|正唔正常|要不要|需唔需要|需要.{0,8}[吗嗎]|[会會][^，,。]{0,8}[吗嗎]|會唔會|会唔会|[？?]/;

export function worriedAbout(text: string, zh: boolean): boolean {
  // Pure tests: the short ask goes before the long list of what can be at stake, which almost never holds.
  return zh
    ? ASKS_WHAT_TO_DO_ZH.test(text) && AT_STAKE_ZH.test(text)
    : ASCII_QUESTION_MARK.test(text) && ASKS_WHAT_TO_DO_EN.test(text) && AT_STAKE_EN.test(text);
}
