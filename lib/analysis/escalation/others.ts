/**
 * Words a customer pastes from someone else: a post, text or email quoted after saying who wrote it ("My neighbour
 * put this on our street WhatsApp group:", "Got this email today, is it actually from you?", 'your agent said my
 * complaint "would go to the ombudsman"'), the other side's lines of a chat pasted with the customer's own ("Jess:
 * just report them to the BBB" beside "Me: i don't want to go that far"), and a message forwarded from someone else.
 * A cue there is someone else's act, not the customer's, however long the quote: intent.ts's own check reads only
 * short quotes, since a long one may be the customer's own post ("I tweeted: '…'"), which no introducer here names
 * someone else for.
 */
import type { Range } from './clauses';

// Someone the customer writes about.
const PERSON = String.raw`(?:neighbou?rs?|sister|brother|friend|mate|husband|hubby|wife|partner|son|daughter|mum|mom|mother|dad|father|colleague|co-?worker|boss|manager|tenant|landlord|flatmate|roommate|housemate|cousin|aunt|uncle|customer|client|kids?|grandson|granddaughter|grandkids?|grandchild(?:ren)?|nephew|niece|stepson|stepdaughter|teenager|nan|gran|grandma|grandad|other half|boyfriend|girlfriend|fianc[eé]e?|spouse)`;
const SAID = String.raw`(?:put|posted|wrote|said|says|texted|messaged|sent|announced|replied|commented|shared|tweeted|goes|went|told (?:me|us|her|him|them|my \w+)|screamed|shouted|yelled|reckons|reckoned|suggested|advised|warned)`;
const INTRO_EN = new RegExp(
  [
    String.raw`\b(?:my|our|his|her|their|a|the)\s+(?:[\w'-]+\s+){0,2}?${PERSON}\b[^\n"“]{0,60}?\b${SAID}\b`,
    String.raw`\b(?:someone|somebody|some guy|a guy|a woman|a man|a lady|a bloke|the (?:guy|lady|woman|man|girl|bloke|chap|fella|person|agent|rep|advisor|adviser|operator))\b[^\n"“]{0,60}?\b${SAID}\b`,
    String.raw`\b(?:got|received|had|getting)\s+(?:this|the following|a|an|your)\s+(?:[\w'-]+\s+){0,2}?(?:e-?mail|text|message|letter|sms|notice|voicemail|dm|notification|reply|response|update)\b`,
    // "the letter I got yesterday says 'you may refer your complaint to…'": the firm's own words.
    String.raw`\b(?:the|your|this|a)\s+(?:letter|e-?mail|text|message|notice|sms|reply|response)\s+(?:i|we)\s+(?:got|received|had)\b[^\n"“]{0,40}?\b(?:says|said|reads|read|states|stated)\b`,
    // A line of the firm's own document answered ("Re: \"If you wish to cancel the service, please give…\"").
    String.raw`(?:^|\n)[ \t]*re\s*:(?=[ \t]*["“])`,
    String.raw`\b(?:fwd|fw|forwarded|forwarding|copied|pasted)\s+(?:from|by)\s+(?:my|our|a|the)\s+(?:[\w'-]+\s+){0,2}?${PERSON}\b`,
    String.raw`\b(?:you|u|(?:your|ur|yr)\s+(?:[\w-]+\s+){0,2}?(?:agent|rep|representative|team|staff|colleague|advisor|adviser|e-?mail|reply|website|site|terms|t&cs|letter|message|chatbot|bot|app|policy|faq))\b[^\n"“]{0,100}?\b(?:said|says|told me|wrote|replied|stated|states|promised|claimed|claims|sent (?:me|us)|(?:ended|closed|finished|signed off)(?: (?:the|our|my) (?:chat|call|conversation|e-?mail|message|reply))? with)\b`,
  ].join('|'),
  'gi',
);
// After a piece said to be pasted below: the rest of that paragraph, then the opening mark.
const PIECE_QUOTE = /^[^"“]{0,300}?\n\s*["“]/;
// After the introducer: the rest of its sentence, then the opening mark; a single quote only where a word could not
// go on (after a colon or a space: "your colleague wrote: 'If you remain unhappy…'"), since in a word it is an
// apostrophe.
const TO_QUOTE = /^[^\n"“]{0,80}?(?:[:,.?!]?\s*(?:\n\s*)*["“]|(?::\s*|\s)(?:\n\s*)*['‘](?=[A-Za-z]))/;

// The speaker comes first and is someone else: no 我 and no sentence end between them and the verb, and not the 有人 of
// 没有人 / 有没有人 ("有没有人管？我说…" is the customer's own quote). Forwarding (转一下) counts only with whose words
// they are (转一下我大姑在家族群里发的话), since a customer also forwards their own post.
const INTRO_ZH =
  /(?:(?<![跟和对對同向给給找问問了过過])(?<!(?:找|问|問|打给|打給|联系|聯繫)(?:了|过|過)?客服[，,]\s?)(?:你们|你(?![们們哋])|你們|你哋|贵司|貴司|贵公司|貴公司|客服|店长|店長|顾问|顧問|专员|專員)[^“「"'‘\n。！？!?；;]{0,12}?(?:回复|回覆|答复|答覆|覆|写道|寫道|写|寫|说|說|讲|講|话|話)(?:我|了|咗)?(?:说|說|话|話|道|的是)?|原[话話](?:是)?|(?:佢|他|她)(?:们|們|哋)?[^“「"'‘\n。！？!?；;我]{0,12}?(?:send|[发發传傳])(?:咗|了)[^“「"'‘\n。！？!?；;]{0,6}|(?:收到|接到)(?:了|咗)?(?:你们|你們|你哋|贵司|貴司)?(?:的|嘅)?[^“「"'‘\n。！？!?]{0,8}?(?:通知|邮件|郵件|短信|简讯|簡訊|信息|訊息|消息)|(?:短信|简讯|簡訊|通知)[^“「"'‘\n。]{0,6}?(?:说|說|写|寫))|(?:邻居|鄰居|朋友|男友|女友|男朋友|女朋友|老公|老婆|同事|室友|我妈|我媽|我爸|女儿|女兒|儿子|兒子|房东|房東|租客|家人|(?<![没沒])有人|群里|群裡|你们客服|你們客服|你们的客服|你們的客服)[^“「"\n。！？!?；;我]{0,20}?(?:发|發|说|說|写|寫|转|轉|传|傳|留言|回复|回覆|讲|講|話)|(?:转发|轉發|转|轉|贴|貼)(?:一下|个|個)[^“「"\n。！？!?我]{0,20}?(?:的话|的話|的消息|的留言|的语音|的語音|的讨论|的討論)|(?:物业|物業|业委会|業委會|管理处|管理處|学校|學校|老师|老師)[^“「"\n。！？!?；;我]{0,8}?(?:发|發|贴|貼)的(?:通知|公告|消息|訊息|讯息)|(?:转|轉|贴|貼)(?:一段|一条|一條|一则|一則)(?!我自己|我本人)[^“「"\n。！？!?]{0,20}?(?:的话|的話|的消息|的訊息|的讯息|的留言|的语音|的語音|的讨论|的討論|聊天记录|聊天記錄|的对话|的對話|的通知)/g;
const TO_QUOTE_ZH = /^[^“「"'‘\n]{0,40}?[：:，,]?\s*(?:\n\s*)*[“「"'‘]/;

const CLOSE: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
/** A single quote that closes: no letter follows it (an apostrophe has one). */
export const SINGLE_CLOSE = /['’](?![A-Za-z])/;
const SINGLE_END = new RegExp(SINGLE_CLOSE.source, 'g');
/** A quote left open runs to the end of its paragraph, and no further than this. */
const OPEN_QUOTE_REACH = 1500;

// A line marked as forwarded (【轉傳】女兒：媽，直接叫他們解約啦！, 【转发】…), as chat apps paste one: someone else's words,
// unless the customer labels it as their own.
const FORWARDED_LINE =
  /^[ \t]*[【[](?:转发|轉發|转传|轉傳|转寄|轉寄|转载|轉載|转|轉|fwd?)[】\]](?![ \t]*(?:我|我们|我們|me)[ \t]*[:：])[^\n]*$/gim;

// Lines of a pasted chat: "Name: words". The customer's own label, then labels that are headers, not speakers.
// A line may start with its time in brackets ("[10:02] Agent (Priya): …", "[3/6/2024 10:15] Kelvin Lau: …") and name
// the speaker's role after the name ("Tom (Support):").
const CHAT_LINE =
  /^[ \t]*(?:[[【][\d/:.\- ,apmAPM年月日]{3,24}[\]】][ \t]*)?([A-Za-z][\w .'-]{0,24}?|我|我們|我们|[\u4e00-\u9fff]{1,5})(?:[ \t]*[(（]([^)）\n]{1,20})[)）])?[ \t]*[:：][ \t]*\S.*$/gm;
const SELF = /^(?:me|i|myself|我|我們|我们)$/i;
/**
 * The firm's side of a pasted chat, named by role: "Agent", "Agent Maria", "Support", "Tom (Support)", 客服, 客戶服務,
 * 商家. Its lines are the firm's words in any pasted chat of two or more lines, whoever else speaks; and beside them
 * "You:" is how a chat app labels the customer.
 */
const AGENT =
  /^(?:agent|support|customer (?:service|support|care)|advisor|adviser|rep|representative|team lead|bot|assistant|客服|客戶服務|客户服务|客服中心|商家|店家|卖家|賣家|小二)(?![A-Za-z])/i;
/** The role named in brackets after a name: "Tom (Support)", "小美（客服）". */
const AGENT_ROLE = /^\s*(?:support|agent|customer service|team lead|客服|客戶服務|客户服务)\s*$/i;
const NOT_SPEAKER =
  /^(?:subject|re|fw|fwd|from|to|cc|bcc|sent|date|order|order no|ref|reference|note|ps|p\.s|update|edit|account|tracking|address|phone|tel|email|e-mail|name|time|item|total|amount|case|ticket|invoice|policy|booking|flight|step \d+|q|a|\d+|单号|單號|订单号?|訂單號?|地址|电话|電話|手机|手機|时间|時間|日期|问题|問題|主题|主題|备注|備註|金额|金額|姓名|邮箱|郵箱|附件|型号|型號|原因|诉求|訴求|要求|结果|結果|回复|回覆|答复|答覆|客服|商品|产品|產品|编号|編號)$/i;

// "Here's our chat:", "Sharing my chat with my sister", 贴一下我们部门群里的讨论.
const CHAT_INTRO =
  /\b(?:here'?s|here is|sharing|pasting|pasted|copying|copied)\s+(?:our|my|the|their|a)\s+(?:[\w-]+\s+){0,3}?(?:chat|conversation|thread|messages|group chat|discussion|exchange)\b|(?:贴|貼|转|轉|发|發)(?:一下|返|个|個)?[^。\n]{0,15}?(?:讨论|討論|聊天|对话|對話|群聊|group|群)|(?:群里|群裡|群入面|group)[^。\n]{0,6}?(?:聊天|对话|對話|讨论|討論)?[^。\n]{0,4}?(?:贴|貼)|[【[](?:聊天[记記][录錄]|[对對][话話][记記][录錄]|[对對][话話]|截[图圖])[】\]]|聊天[记記][录錄]如下/i;

// "Forwarding the below from my tenant — it's her complaint, not mine", "forwarding below, this was my colleague's
// complaint": everything from the forwarded part on.
// "This was sent by the previous tenant to our old office manager, see below": the writer names another sender.
// "The tenant's email is below": so does a landlord's agent passing a tenant's complaint on to a contractor.
const FORWARD_INTRO = new RegExp(
  String.raw`\b(?:forwarding|forwarded|passing on|sending on|sharing)\b[^\n]{0,80}?\b(?:from\s+(?:my|our|a|the)\s+(?:[\w'-]+\s+){0,2}?${PERSON}\b|(?:(?:my|our|a|the)\s+(?:[\w'-]+\s+){0,2}?)?${PERSON}'s\s+(?:[\w-]+\s+){0,2}?(?:complaint|e-?mail|message|letter|note|thread|reply)s?\b)|\b(?:this|it|the (?:e-?mail|message|letter|note|complaint) below|below)\s+(?:was|is)\s+(?:originally\s+)?(?:sent|written|e-?mailed)\s+by\s+(?:my|our|a|the|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:${PERSON}|owners?|occupants?|residents?|directors?|members?|users?|suppliers?|contractors?|employees?|lodgers?|buyers?|sellers?|vendors?)\b|\b(?:the|my|our|a)\s+(?:[\w'-]+\s+)?${PERSON}'s\s+(?:e-?mail|message|complaint|letter|note|text)\s+is\s+(?:below|underneath|pasted below|copied below|forwarded below)\b`,
  'i',
);
// The forwarded part's header, or the blank run the analysis leaves where it masked that header (same offsets).
const FORWARD_MARK = /^[ \t]*(?:-{2,}|_{2,}|>|from:|begin forwarded|forwarded message|original message)|^[ \t]{8,}$/im;

// A piece the customer pastes and says is not theirs: "my brother forwarded me this article this morning, pasted below",
// "here's the post, copied below". What follows in quote marks is the piece.
const PIECE_BELOW =
  /\b(?:article|news ?story|news item|post|thread|press release|tweet|blog|newsletter|announcement|notice)\b[^\n]{0,80}?\b(?:pasted|copied|quoted|forwarded|reproduced) (?:in )?below\b/gi;

// A pasted transcript's lines carry their speaker in brackets, often with a time: "[客服-小美 5月6日 14:02] 亲，已帮您升级处理",
// "[Agent - Dan 10:42] I'll escalate this", "[我] 好". The speaker is the bracket's first word.
const BRACKET_LINE = /^[ \t]*[[【]([^\]】\n]{1,40})[\]】][ \t]*[:：]?[ \t]*\S.*$/gm;
const BRACKET_SPEAKER = /^[ \t]*([A-Za-z][\w.'-]{0,20}|[\u4e00-\u9fff]{1,4})/;
// Nor a review's own headings (【初次评价】…【追评】…): the buyer writes both.
const NOT_BRACKET_SPEAKER =
  /^(?:初次|追加|评价|評價|追评|追評|评论|評論|晒单|曬單|买家|買家|问题|問題|备注|備註|补充|補充|更新|转发|轉發|转传|轉傳|转寄|轉寄|转载|轉載|转|轉|fwd?|聊天|对话|對話|截图|截圖|图片|圖片|语音|語音|上午|下午|中午|晚上|凌晨|早上|今天|昨天|前天|星期|周|週|am|pm|today|yesterday|mon|tue|wed|thu|fri|sat|sun|image|photo|voice|sticker)/i;
const TRANSCRIPT_MARK =
  /(?:^|\n)[ \t]*(?:-{2,}|—{1,}|={2,}|_{2,})?[ \t]*(?:以下(?:为|為|是|係)?)?[^\n]{0,12}(?:聊天|对话|對話|沟通|溝通)(?:记录|記錄|紀錄)(?:如下)?[：:]?[ \t]*(?:-{2,}|—{1,}|={2,}|_{2,})?[ \t]*(?:\n|$)|(?:^|\n)[ \t]*(?:-{2,}|={2,}|_{2,})?[ \t]*(?:chat|conversation|call)?[ \t]*(?:transcript|log|history)[^\n]{0,20}(?:-{2,}|={2,}|_{2,}|:)[ \t]*(?:\n|$)/i;

/**
 * The other side's lines of a pasted transcript whose speakers are bracketed: two or more such lines, or one under a
 * header that says a transcript follows. The customer's own lines ([我], [Me]) stay theirs.
 */
function bracketedLines(text: string, out: Range[]): void {
  if (!text.includes('[') && !text.includes('【')) return;
  const lines: { speaker: string; start: number; end: number }[] = [];
  BRACKET_LINE.lastIndex = 0;
  for (let m = BRACKET_LINE.exec(text); m !== null; m = BRACKET_LINE.exec(text)) {
    const speaker = BRACKET_SPEAKER.exec(m[1]!)?.[1];
    // A bracketed tag that is a forwarding mark, or a heading such as [聊天记录], is not a speaker.
    // Nor is a time ([下午 3:41], [Mon 10:02]): the customer's own log is stamped so too.
    if (!speaker || NOT_BRACKET_SPEAKER.test(speaker)) continue;
    lines.push({ speaker, start: m.index, end: m.index + m[0].length });
  }
  if (lines.length === 0 || (lines.length < 2 && !TRANSCRIPT_MARK.test(text))) return;
  for (const l of lines) if (!SELF.test(l.speaker)) out.push({ start: l.start, end: l.end });
}

// How a letter ends: a valediction on its own line ("Kind regards,", "Cheers,", 此致 / 敬礼, 順祝 商祺), then the name,
// title, firm and phone under it. A trigger word there names a job or a firm ("Chargebacks & Disputes Team", "Legal &
// General", 法务部), not an act. A P.S. after the signature is the writer speaking again.
const VALEDICTION_LINE =
  /^[ \t]*(?:(?:many |with )?thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|cheers|(?:kind|warm|warmest|best|many) regards|regards|best(?: wishes)?|(?:yours )?(?:sincerely|faithfully|truly)|respectfully|warmly|此致|敬礼|敬禮|此致敬礼|此致敬禮|顺祝|順祝|顺颂|順頌|商祺|谨上|謹上|谨启|謹啟|敬上|祝好)[ \t]*[,，.。!！]?[ \t]*$/gim;
const SIGNATURE_LINE = /^[ \t]*[^\n]{0,70}$/;
const SIGNATURE_ENDS = /^[ \t]*(?:p\.?\s?p\.?\s?s\b|p\.?\s?s\b|附[言注]|另[：:，,]|补充|補充|又及)/i;
const SIGNATURE_LINES = 8;
const SPEAKS = /\b(?:i|i'?ll|i'?m|i'?ve|im|ill|we|we'?ll|we'?re|you|you'?ll|u)\b|我|你|您/i;

function signature(text: string, out: Range[]): void {
  VALEDICTION_LINE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = VALEDICTION_LINE.exec(text); m !== null; m = VALEDICTION_LINE.exec(text)) last = m;
  if (last === null) return;
  const start = last.index + last[0].length;
  let end = start;
  let lines = 0;
  for (let at = start; at < text.length; ) {
    const nl = text.indexOf('\n', at + 1);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).replace(/^\n/, '');
    if (SIGNATURE_ENDS.test(line)) break;
    // A sentence under the valediction is the letter going on, not a signature.
    // So is a line that speaks ("I'll see you in court", 我会投诉): a signature names, it does not say.
    if (
      !SIGNATURE_LINE.test(line) ||
      /[.!?。！？]\s*$/.test(line.replace(/\b(?:ltd|inc|co|corp|plc|llp|llc|jr|sr|dr)\.\s*$/i, '')) ||
      SPEAKS.test(line)
    )
      break;
    if (line.trim() !== '' && ++lines > SIGNATURE_LINES) return;
    end = lineEnd;
    at = lineEnd;
  }
  if (end > start) out.push({ start, end });
}

// A contact form's chosen reason (Reason for contact: Cancel subscription, 問題類別：取消訂閱): picked from a list, often
// the wrong one ("NOT cancelling, picked the wrong option"); what the customer means is in the message they write.
const FORM_REASON =
  /^[ \t]*(?:reason(?: for (?:contact|enquiry|inquiry|your (?:enquiry|inquiry|message)))?|contact reason|enquiry type|inquiry type|query type|request type|type of (?:enquiry|inquiry|request|query)|category|topic|issue type|问题类型|问题类别|問題類型|問題類別|咨询类型|諮詢類型|諮詢類別|反馈类型|反饋類型|联系原因|聯絡原因|联络原因|工单类型|工單類型)[ \t]*[:：][^\n]*$/gim;

function formReasons(text: string, out: Range[]): void {
  FORM_REASON.lastIndex = 0;
  for (let m = FORM_REASON.exec(text); m !== null; m = FORM_REASON.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
}

// A confidentiality notice at the foot of a business email ("This email and any attachments are confidential…",
// "…registered in England and Wales"): boilerplate, to the end of its paragraph.
const DISCLAIMER =
  /(?:^|\n)[ \t]*(?:this (?:e-?mail|message)(?: and any (?:attachments?|files?)(?: (?:to|with) it)?)? (?:is|are|may be) (?:strictly )?(?:confidential|private|intended)|(?:confidentiality notice|disclaimer)\s*[:：]|本邮件(?:及其附件)?(?:含有|包含|仅|僅)|本郵件(?:及其附件)?(?:含有|包含|僅))[\s\S]*?(?=\n[ \t]*\n|$)/gi;

function disclaimers(text: string, out: Range[]): void {
  if (!/confidential|disclaimer|本邮件|本郵件/i.test(text)) return;
  DISCLAIMER.lastIndex = 0;
  for (let m = DISCLAIMER.exec(text); m !== null; m = DISCLAIMER.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
}

let lastText: string | null = null;
let lastSpans: Range[] = [];

/**
 * Whether start…end lies in the line that introduces a pasted chat ("Pasting our chat so I have it on record:",
 * 贴返个大厦WhatsApp group俾你睇：) when someone else's lines follow it: pasting is no act of the customer's.
 */
export function inPasteIntro(text: string, start: number, end: number): boolean {
  const m = CHAT_INTRO.exec(text);
  if (m === null) return false;
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const nl = text.indexOf('\n', m.index + m[0].length);
  const lineEnd = nl < 0 ? text.length : nl;
  if (start < lineStart || end > lineEnd) return false;
  return othersWords(text).some((s) => s.start >= lineEnd);
}

/** The spans of `text` that are someone else's words (see above), in order. */
export function othersWords(text: string): Range[] {
  if (text === lastText) return lastSpans;
  const spans: Range[] = [];
  quotesAfter(text, INTRO_EN, TO_QUOTE, spans, COLON_LINE, LINE_END);
  quotesAfter(text, INTRO_ZH, TO_QUOTE_ZH, spans, COLON_ZH, SENTENCE_END_ZH);
  quotesAfter(text, PIECE_BELOW, PIECE_QUOTE, spans);
  chatLines(text, spans);
  bracketedLines(text, spans);
  signature(text, spans);
  forwarded(text, spans);
  if (text.includes(':') || text.includes('：')) formReasons(text, spans);
  disclaimers(text, spans);
  if (text.includes('【') || text.includes('[')) {
    FORWARDED_LINE.lastIndex = 0;
    for (let m = FORWARDED_LINE.exec(text); m !== null; m = FORWARDED_LINE.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start);
  lastText = text;
  lastSpans = spans;
  return spans;
}

/**
 * How far before a quote a cue may start and still be the quote's: the introducer ("wrote: ", "Forwarded from my
 * wife: ") and no further.
 */
const INTRO_REACH = 40;

/**
 * Whether start…end lies within someone else's words in `text`, or ends in them having started on the words that
 * introduce them ("wrote: 'You can take this to the ombudsman…'" read as one cue).
 */
export function inOthersWords(text: string, start: number, end: number): boolean {
  for (const s of othersWords(text)) {
    if (end > s.end || end <= s.start) continue;
    if (s.start <= start || (s.start - start <= INTRO_REACH && !/[.!?。！？\n]/.test(text.slice(start, s.start))))
      return true;
  }
  return false;
}

function quotesAfter(
  text: string,
  intro: RegExp,
  toQuote: RegExp,
  out: Range[],
  toColon?: RegExp,
  colonEnds?: RegExp,
): void {
  intro.lastIndex = 0;
  for (let m = intro.exec(text); m !== null; m = intro.exec(text)) {
    const after = m.index + m[0].length;
    const q = toQuote.exec(text.slice(after, after + 200));
    if (!q) {
      if (toColon !== undefined && colonEnds !== undefined) colonPiece(text, intro, after, toColon, colonEnds, out);
      continue;
    }
    const open = after + q[0].length - 1;
    const mark = text[open]!;
    let close = -1;
    if (mark === "'" || mark === '‘') {
      SINGLE_END.lastIndex = open + 1;
      close = SINGLE_END.exec(text)?.index ?? -1;
    } else close = text.indexOf(CLOSE[mark]!, open + 1);
    if (close < 0) {
      const para = text.indexOf('\n\n', open + 1);
      close = Math.min(para < 0 ? text.length : para, open + OPEN_QUOTE_REACH);
    }
    out.push({ start: open, end: close + 1 });
    intro.lastIndex = Math.max(intro.lastIndex, close + 1);
  }
}

// Someone's words given after a colon with no quote marks: in English, the one line pasted under an introducer that
// ends its line ("This is what your agent wrote to me yesterday:\n We are unable to offer a refund…"); in Chinese,
// the rest of the sentence after 客服回复我：. Only that line or sentence: the customer's answer follows it.
const COLON_LINE = /^[^\n"“]{0,80}?:[ \t]*\n[ \t]*(?=[^\s"“'‘])/;
const COLON_ZH = /^[^“「"'‘\n。！？!?]{0,10}?[：:][ \t]*(?=[^\s“「"'‘])/;
const LINE_END = /\n|$/;
const SENTENCE_END_ZH = /[。！？!?\n]|$/;

function colonPiece(text: string, intro: RegExp, after: number, toColon: RegExp, ends: RegExp, out: Range[]): void {
  const c = toColon.exec(text.slice(after, after + 120));
  if (!c) return;
  // From the colon: a cue read across it ("sent me:\nYou may refer … to the ombudsman") is the piece's.
  const colon = after + c[0].search(/[:：]/);
  const start = after + c[0].length;
  const end = ends.exec(text.slice(start, start + 600));
  const stop = end === null ? Math.min(text.length, start + 600) : start + end.index + end[0].length;
  out.push({ start: colon, end: stop });
  intro.lastIndex = Math.max(intro.lastIndex, stop);
}

function chatLines(text: string, out: Range[]): void {
  if (!/[:：]/.test(text)) return;
  const lines: { label: string; agent: boolean; start: number; end: number }[] = [];
  let self = false;
  let agents = 0;
  CHAT_LINE.lastIndex = 0;
  for (let m = CHAT_LINE.exec(text); m !== null; m = CHAT_LINE.exec(text)) {
    const label = m[1]!.trim();
    const agent = AGENT.test(label) || (m[2] !== undefined && AGENT_ROLE.test(m[2]));
    if (!agent && NOT_SPEAKER.test(label)) continue;
    if (SELF.test(label)) self = true;
    if (agent) agents++;
    lines.push({ label, agent, start: m.index, end: m.index + m[0].length });
  }
  if (lines.length === 0) return;
  // Only a chat with the customer's own lines in it ("You:" beside the firm's), or one the customer says is someone
  // else's, says whose the other lines are; the firm's own lines are the firm's in any chat of two lines or more.
  const own = (l: { label: string }) => SELF.test(l.label) || (agents > 0 && /^(?:you|u)$/i.test(l.label));
  const whole = self || CHAT_INTRO.test(text) || (agents > 0 && lines.some(own));
  const firm = agents > 0 && lines.length >= 2;
  for (const l of lines) if ((firm && l.agent) || (whole && !own(l))) out.push({ start: l.start, end: l.end });
}

function forwarded(text: string, out: Range[]): void {
  const m = FORWARD_INTRO.exec(text);
  if (!m) return;
  const after = m.index + m[0].length;
  const mark = FORWARD_MARK.exec(text.slice(after));
  if (mark) out.push({ start: after + mark.index, end: text.length });
}
