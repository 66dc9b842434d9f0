/**
 * "How do I get a refund for a broken item?" names a problem without complaining about it. Both the model and
 * the rules hear "refund" and "broken" as complaint, and the panel said "frustrated" about a customer who only
 * asked (issue 13). A question in the mood of asking how, whether, when or if something can be done, with
 * nothing that sounds fed up, whose only negative words are the subject it asks about, is read as a question:
 * confusion when the customer says they are unsure or weighs two readings, anxiety when they say they are
 * worried, otherwise neutral.
 *
 * Real frustration asked as a question keeps its reading: "why does this keep breaking?!", "how many times do
 * I have to ask?", 为什么又坏了？？, 怎么还没到, 到底要等多久, 點解仲未退錢 carry a marker below.
 */
import type { EscalationFlag, Evidence } from '../types';
import * as headlineKinds from './headline-kinds';
import * as literalWords from './literal-words';

// Read once: run as CommonJS (tsx, the eval, the CLI), each access to an imported binding is a getter call.
const { onTheClock } = headlineKinds;
const { literalOnly } = literalWords;

/** Asking how / whether / when / if something can be done: the mood of someone who wants an answer. */
const ASKING_EN =
  /(?:^|[\s,.;:(])(?:how (?:do|does|can|could|would|should|long does|long will|long do|much does|much is|much will)|can (?:i|we)|(?:could|can) (?:i|we|you (?:tell|let|confirm|check|explain|advise|show))|(?:could|would) you (?:please )?(?:add|send|book|move|change|update|cancel|refund|freeze|pause|put|arrange|resend|reissue|close|swap|switch|transfer|remove|reset|extend|hold|post|note|log|pass|forward|issue|replace|fix|repair|look)\b|what time|may i|is it possible|is there|are there|do you|does (?:the|it|this|that|your|my)|will (?:i|it|the|my|you|there)|when (?:will|should|can|do|does|is|would)|what (?:happens|is your|'s your|are your|do i|should i|would|is the process|is the|'s the)|where (?:do|can|should) i|whether|would (?:it|i|that)|should i|am i|is (?:the|it|this|that|my) )/i;
const ASKING_ZH =
  /请问|請問|想问|想問|问下|問下|问一下|問一下|怎么(?:[办辦弄申操处處退换換寄]|样|樣)|怎麼(?:[办辦弄申操处處退换換寄]|样|樣)|怎样|如何|能不能|能否|可不可以|可以.{0,16}[吗嗎]|是否|会不会|會不會|點樣|可唔可以|係咪|系咪|有没有|有沒有|有冇|多久|几天|幾天|什么时候|什麼時候|幾時|是.{0,16}还是|是.{0,16}還是|定係|是不是|會唔會|会唔会|哪个|哪個|哪一|要不要|该不该|該不該|哪里|哪裡|哪边|哪邊|邊個|邊度|是什么|是什麼|什么意思|什麼意思|什么情况|什麼情況|怎么回事|怎麼回事|咩事|乜事|该信谁|該信誰|信哪个|信哪個|信邊個|信边个|去哪了|去哪里了|去哪裡了|去咗邊|什么区别|什麼區別|[吗嗎][？?]|咩[嘢野]|乜[嘢野]|(?:要|帶|带|係|系|做|有)咩|幾多|几多|[係系]唔[係系]/;

/**
 * Fed up, asked as a question: why, again, still, how many times, 为什么, 又, 到底, 点解, 仲未. Any of these, an
 * exclamation, a run of question marks or a shouted word, and the question is left to the model and the rules.
 */
const FED_UP_EN =
  /\bhow many (?:more )?times\b|\bhow much longer\b|\bhow hard\b|\bagain\b|\bstill\b|\byet another\b|\bkeeps?\b|\bseriously\b|\bever\b|\bfinally\b|\bsupposed to\b|\b(?:nobody|no one)\b|\b(?:three|four|five|ten|several|multiple|many) times\b|\b(?:asked|called|emailed|written|wrote|tried|contacted|chased)\b.{0,40}\b(?:twice|times|already)\b|\b(?:second|third|fourth|fifth) time\b|\beven\b|\bactually\b|\b(?:whole|entire) (?:day|morning|afternoon|evening|week)\b|\bwasted?\b|\bacceptable\b|\bhow is (?:it|this|that)\b|\banyone\b|\bit(?:'s| has) been\b|\bbeen waiting\b|\bwaiting (?:since|for)\b|\bfor (?:over |more than )?(?:a|\d+|two|three|four|five|six) (?:days|weeks|months)\b(?! (?:from|starting|while|during|next|over the|in (?:the )?(?:summer|winter|spring|autumn)))|\b(?:[A-Z]{4,}|NOW|YOU|NOT|WHY|HOW|ALL|ANY|YET|GET|FIX|OUT|ONE|TWO|THE|AND|SAY|DID|WAS|HAS)\b(?<!\b(?:IBAN|USPS|IMEI|ASAP|HTTP|HTTPS|JSON|HTML|SWIFT|GDPR|IBAN|NASA|UEFA|ISBN|MSRP|CSAT|SaaS)\b)/;
const FED_UP_ZH =
  /凭什么|憑什麼|怎么(?:还|又|会|這|这|回事|搞)|怎麼(?:還|又|會|這|回事|搞)|又(?![说說話话讲講写寫显顯])|还是没|還是沒|一直(?:没|沒|不|都没|都沒|等|在等)|总是|總是|老是|真的去|有人真的|耗在|耗了|浪费|浪費|白白|一下午|一上午|一整天|成日|整整|每次都要|每次都说|每次都說|每次都得|次次|多少次|几次了|幾次了|第[二三四五六七八九十几幾\d]+次|[一二两兩三四五六七八九十几幾半\d]+(?:个|個)?(?:天|周|週|星期|礼拜|禮拜|月|小时|小時|钟头|鐘頭)了|等了|等咗|别再|別再|不要再|有没有人|有沒有人|有冇人|说好|說好|讲好|講好|不下.{0,4}次|(?<!(?:一|每)(?:日|天))(?:好几|好幾|几|幾|多|[三四五六七八九十])次|试过|試過|(?:问题|問題|毛病|故障)(?:还|還)在|不然|要不然|难道|難道|你知道|你們知道|你们知道|知不知道|这么|這麼|那么|那麼|仲未|仲係|成日|咁耐|搞什么|搞什麼|受不了|受够|受夠/;
/** Asking why: a complaint on the complaints set, unless the customer says they are the one unsure. */
const WHY_EN = /\bwhy\b|\bhow come\b/i;
const WHY_ZH = /为什么|為什麼|为啥|為啥|點解|点解|到底|究竟/;
/**
 * The customer doubts their own reading or cannot find something: the negative words that follow are the
 * hypothesis they ask about ("是不是我操作有问题", "is there another step I'm missing?"), not a grievance.
 */
const SELF_DOUBT =
  /\bnot sure\b|\bunsure\b|\bconfus|\bdon't (?:quite |really |fully )?understand\b|\b(?:silly|stupid|dumb|daft) question\b|\b(?:doesn't|don't|does not|do not) seem to\b|\bi'm (?:a bit |a little |slightly |totally |completely )?lost\b|\bdo not understand\b|\bmissing something\b|\bam i missing\b|\bstep i'm missing\b|\b(?:might|may|could) be wrong\b|\bi (?:may|might) have\b|\bmisunderst|\b(?:can't|cannot|couldn't) find\b|\bdid i\b|\bam i\b|不明白|不太明白|不懂|看不懂|看不太懂|搞不懂|搞不清|不清楚|不太清楚|不确定|不確定|不知道是不是|会不会是|會不會是|分不清|只看到|好像没有|好像沒有|没看到|沒看到|看不到|懵|糊涂|糊塗|唔明|唔肯定|唔清楚|是不是我|是我.{0,6}[吗嗎]|是(?:不是)?(?:系统|系統|机器|機器|电脑|電腦|网站|網站)(?:出错|出錯|搞错|搞錯|弄错|弄錯|有问题|有問題)了?[吗嗎？?]|係咪我|可能是我|理解错|理解錯|误会|誤會|找不到|没找到|沒找到|揾唔到|搵唔到|唔係好明|唔太明|不是很明白|不太懂|不记得|不記得|唔記得|(?:操作|弄|搞|填|看|理解)(?:错|錯)了?[？?吗嗎]|我.{0,3}(?:搞|弄)(?:错|錯)/i;
/** Said feelings: with any of these the customer is telling how they feel, not only asking. */
const FEELING =
  /frustrat|annoy|\bangry\b|furious|fed up|sick of|tired of|ridiculous|unacceptable|disappoint|\bupset\b|terrible|awful|useless|rubbish|\bjoke\b|\bhate\b|waste of|烦|煩|气死|氣死|生气|生氣|火大|失望|无语|無語|离谱|離譜|垃圾|恶心|噁心|\bscam|rip-?off|坑人|骗|騙|过分|過分|忍|够了|夠了|崩溃|崩潰|郁闷|鬱悶|无奈|無奈|难受|難受|伤心|傷心|难过|難過|委屈|唉/i;
/**
 * Weight of a complaint word that self-doubt may carry ("是不是余额不能用", 3 in the packs); said feelings
 * (FEELING) have already left.
 */
const DOUBTED = 3;
/** An anger word under self-doubt ("係咪我搞錯咗") only at one clear word's weight. */
const DOUBTED_ANGER = 2;
const EXCLAIMED = /[!！]|[?？]{2,}/;
const ASKED = /[?？]/;
const POLITE_ZH = /请问|請問|想问|想問|问下|問下|问一下|問一下/;
/** A sentence that opens with please and a verb: "Please refund the duplicate.", "Please could you…". */
const PLEASE_EN =
  /(?:^|[.!?\n:]\s*)(?:please|kindly) (?:could you |can you )?(?:refund|cancel|send|resend|add|close|update|change|freeze|pause|move|book|remove|transfer|reverse|void|credit|reissue|replace|swap|switch)\b/i;

/**
 * The subject of a support question, not a feeling: what broke, what is late, what is refunded or cancelled.
 * The rules weigh these as complaint words; only when every negative cue the rules found is one of them does a
 * calm question read as calm. Written here for this check (lower case; matched against whole evidence spans).
 */
const TOPICS: ReadonlySet<string> = new Set([
  // English
  'refund',
  'refunds',
  'refunded',
  'return',
  'returned',
  'broken',
  'broke',
  'damaged',
  'damage',
  'faulty',
  'defective',
  'late',
  'delayed',
  'delay',
  'cancel',
  'cancelled',
  'canceled',
  'cancellation',
  'charged',
  'charged twice',
  'billed twice',
  'double charged',
  'wrong',
  'wrong size',
  'wrong item',
  'missing',
  'cracked',
  'crack',
  'scratched',
  'torn',
  'dented',
  'leaking',
  'failed',
  'declined',
  'error',
  'expired',
  'overdue',
  'late fee',
  'penalty',
  'fee',
  'problem',
  'issue',
  'stopped working',
  'not working',
  "isn't working",
  "isn't working properly",
  'freeze',
  'frozen',
  'duplicate',
  'overcharged',
  "doesn't work",
  "won't turn on",
  'lost in transit',
  'when will',
  // 简体
  '坏',
  '坏了',
  '坏掉',
  '烂',
  '破损',
  '破了',
  '碎了',
  '摔坏',
  '裂',
  '裂了',
  '裂纹',
  '划痕',
  '退款',
  '退钱',
  '退货',
  '延误',
  '延迟',
  '晚到',
  '丢件',
  '遗失',
  '漏发',
  '少发',
  '发错',
  '错发',
  '取消',
  '扣款',
  '扣费',
  '扣了',
  '收费',
  '计费',
  '运费',
  '没收到',
  '重复扣款',
  '失败',
  '故障',
  '出问题',
  '问题',
  '没声音',
  '没反应',
  '打不开',
  '登不上',
  '违约金',
  '罚款',
  '超时',
  '超时费',
  '滞纳金',
  '还没发货',
  '没发货',
  '售后',
  '冻结',
  '会不会',
  // 繁體
  '壞',
  '壞了',
  '壞咗',
  '壞掉',
  '爛',
  '爛咗',
  '破損',
  '摔壞',
  '裂紋',
  '刮痕',
  '刮花',
  '退錢',
  '退貨',
  '延誤',
  '延遲',
  '遺失',
  '漏發',
  '少發',
  '發錯',
  '錯發',
  '扣費',
  '扣咗',
  '收費',
  '計費',
  '運費',
  '沒收到',
  '冇收到',
  '重複扣款',
  '失敗',
  '出問題',
  '問題',
  '冇聲',
  '沒聲音',
  '沒反應',
  '打不開',
  '登入唔到',
  '違約金',
  '罰款',
  '超時',
  '超時費',
  '滯納金',
  '還沒發貨',
  '仲未出貨',
  '售後',
  '凍結',
  '會不會',
  '會唔會',
]);

/** Unsure, or weighing two readings: the customer asks what is going on, so the label is confusion. */
const UNSURE =
  /\bwhat does .{1,40} mean\b|\bmisunderst|\bdon't get\b|\b(?:doesn't|don't|does not|do not) add up\b|(?:^|[.?!,]\s*)(?:am|did|do|have|should|was) i\b|看不懂|看不太懂|什么意思|什麼意思|咩意思|区别|區別|分别|分別|对不上|對不上|理解错|理解錯|误会|誤會|搞错|搞錯|弄错|弄錯|操作错|操作錯|\bnot sure\b|\bunsure\b|\bconfus|\bdon't (?:quite |really |fully )?understand\b|\b(?:silly|stupid|dumb|daft) question\b|\b(?:doesn't|don't|does not|do not) seem to\b|\bi'm (?:a bit |a little |slightly |totally |completely )?lost\b|\bdo not understand\b|\bwhich\b|\bor not\b|\bwhether\b|,? or (?:is|was|are|were|did|do|does|should|will|has|have|am)\b|\bmissing something\b|\bmight be wrong\b|\bi (?:may|might) have\b|不明白|不太明白|不懂|搞不懂|搞不清|不清楚|不太清楚|不确定|不確定|懵|糊涂|糊塗|唔明|唔肯定|唔清楚|还是|還是|是不是|係咪|定係/i;

/** Two things the customer was told disagree ("the page says delivered, but…"): what to answer is which is right. */
const DISCREPANCY =
  /\b(?:says|said|shows|showed|told me)\b.{1,80}\bbut\b|(?:写|寫|说|說|话|話|讲|講|显示|顯示)[^。？?]{1,30}[，,；;][^。？?]{0,30}(?:写|寫|说|說|话|話|讲|講|显示|顯示)|(?:显示|顯示|写着|寫著|写的是|寫的是|说|說|話).{1,40}(?:但|可是|却|卻)|不一样|不一樣|唔一樣|对不上|對不上/i;
/** Asking which of two: with a discrepancy, the complaint words are what the customer weighs, not a grievance. */
const WEIGHING =
  /\bwhich\b|\bor (?:is|was|do|does|should|will|am)\b|哪|还是|還是|定係|抑或|邊個|边个|要不要|該不該|该不该/i;

/**
 * A question that offers two readings of what happened ("Is one of them a hold, or was I billed twice?",
 * 是预授权还是扣了两次？): the complaint words are one of the hypotheses, so the customer is unsure, not aggrieved.
 */
const TWO_READINGS =
  /,? or (?:was|were|is|are|did|do|does|has|have|had) (?:i|we|it|this|that|they|there|my|our|the)\b[^.!?\n]{0,60}\?|是[^。！？?!\n]{1,30}(?:还是|還是|定係|抑或)[^。！？?!\n]{1,30}[？?]/i;

/** Worried rather than cross: a calm question from a worried customer reads as anxiety. */
const WORRY =
  /\bworr(?:y|ied)\b|\bnervous\b|\bscared\b|\bafraid\b|\bpanick|\bis (?:my|the) (?:data|money|account|card(?: information)?) safe\b|担心|擔心|害怕|怕|不敢|不太敢|会怎么样|會怎麼樣|會點樣|紧张|緊張|慌|着急|著急|好驚|驚|心里没底|心裡沒底/i;

/** Negative cues weaker than this (a stray punctuation or sarcasm hint) do not count as complaint. */
const STRAY = 0.5;

const NEGATIVE_LABELS: ReadonlySet<string> = new Set(['anger', 'frustration', 'sadness', 'anxiety']);

/**
 * 'neutral' or 'confusion' when `text` is a calm question whose only negative cues (in `evidence`) are its
 * subject; null otherwise. `zh` selects the Chinese moods.
 */
export function calmQuestion(
  text: string,
  evidence: readonly Evidence[],
  escalation: readonly EscalationFlag[],
  zh: boolean,
): 'neutral' | 'confusion' | 'anxiety' | null {
  // Asking for the money back is the subject of a request ("Please refund the duplicate"), not an escalation.
  if (escalation.some((f) => f !== 'compensation') || EXCLAIMED.test(text)) return null;
  // English asks with a question mark or a sentence that opens with "please"; Chinese customers often leave the
  // question mark off after 请问 or 想问.
  const requested = !zh && PLEASE_EN.test(text);
  if (!requested && !ASKED.test(text) && !(zh && POLITE_ZH.test(text))) return null;
  if (
    zh
      ? !ASKING_ZH.test(text) || FED_UP_ZH.test(text)
      : !(requested || ASKING_EN.test(text) || TWO_READINGS.test(text)) || FED_UP_EN.test(text)
  )
    return null;
  if (FEELING.test(text)) return null;
  const doubt = SELF_DOUBT.test(text) || TWO_READINGS.test(text) || (DISCREPANCY.test(text) && WEIGHING.test(text));
  if (!doubt && (zh ? WHY_ZH : WHY_EN).test(text)) return null;
  let worried = false;
  for (const e of evidence) {
    if (e.label === undefined || !NEGATIVE_LABELS.has(e.label) || e.cue === 'model') continue;
    const w = Math.abs(e.weight);
    if (w < STRAY || TOPICS.has(e.text.trim().toLowerCase().replace(/’/g, "'")) || literalOnly(e.text, text)) continue;
    if (e.label === 'anxiety') worried = true;
    else if (!doubt || w > (e.label === 'anger' ? DOUBTED_ANGER : DOUBTED)) return null;
  }
  if (worried || WORRY.test(text) || (zh ? STAKE_ZH : STAKE_EN).test(text) || onTheClock(text, zh)) return 'anxiety';
  if (doubt) return 'confusion';
  return UNSURE.test(text) || DISCREPANCY.test(text) ? 'confusion' : 'neutral';
}

/**
 * Something at stake, asked about: fear said outright (担心, 怕, scared), or a loss the customer asks whether
 * they can undo (还能找回吗, is my card safe, will I lose it), or a change that was not theirs (wasn't me,
 * 不是我本人). A slip alone ("I ordered twice by mistake, please cancel one") is a request, not a worry. Weibo and Reddit read such messages as sadness, frustration or a plain
 * question; the agent should see a worried customer.
 */
const STAKE_EN =
  /\bworr(?:y|ied)\b|\bcan(?:'t|not|’t) (?:afford|risk|have) (?:a|another|any|to)\b|\b(?:mark|default|black mark) on (?:my|our) credit\b|\bcredit (?:file|score|rating|record)\b|\bonly (?:got |have |had )?(?:one|1|two|2|a (?:few|couple(?: of)?)) (?:\w+ )?left\b|\bnervous\b|\bscared\b|\bafraid\b|\bpanick|\bterrified\b|\bis (?:my|the|our) [a-z ]{1,30} safe\b|\bwill (?:i|we) lose\b|\b(?:get|have) (?:it|them|this|that|my [a-z]+) back\b|\b(?:any|some) (?:way|chance)\b.{0,40}\b(?:back|restored?|recover(?:ed)?|undo(?:ne)?)\b|\bisn't lost\b|\bwasn't me\b|\b(?:i )?didn't (?:authori[sz]e|change|make|order|request)\b/i;
const STAKE_ZH =
  /担心|擔心|害怕|好怕|我怕|怕被|怕员工|怕員工|驚|有点慌|有點慌|好慌|很慌|紧张|緊張|发抖|發抖|还能(?:找回|恢复|拿回|追回)|還能(?:找回|恢復|拿回|追回)|拿得回|找得回|追得回|攞得返|恢复吗|恢復嗎|会不会被|會不會被|会不会重复|會不會重複|會唔會|不是我本人|唔係我/;

/**
 * 'anxiety' when `text` asks about something at stake and nothing in it is fed up, angry or said as another
 * feeling; null otherwise. The model's and the rules' read of such messages is left when it is already anxiety.
 */
const ASKS_FOR = /\bplease\b|求|麻烦|麻煩|幫|帮/i;

export function atStake(text: string, escalation: readonly EscalationFlag[], zh: boolean): 'anxiety' | null {
  // Every test here is pure, so the cheap one that most messages fail (nothing asked) goes first.
  if (escalation.length > 0 || !(ASKED.test(text) || ASKS_FOR.test(text))) return null;
  if (!((zh ? STAKE_ZH : STAKE_EN).test(text) || onTheClock(text, zh))) return null;
  if ((zh ? FED_UP_ZH : FED_UP_EN).test(text) || FEELING.test(text)) return null;
  return 'anxiety';
}

/** A feeling said outright as a grievance (frustrated, disappointed, 失望, 无语): no cheerful news hides it. */
export function grievance(text: string): boolean {
  return FEELING.test(text);
}
