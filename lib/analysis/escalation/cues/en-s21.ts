import type { Cue } from '../types';

// Session 21: classes read off the misses of corpus24a–b on arrival and of the rounds read at the end of the
// twentieth session (fresh34, corpus23b): contact told as what went unanswered or how many times, contempt in
// collective nouns, money asked for as "the least you can do", a threat put as a question about how it will look,
// and the trigger words that only describe a policy, an advert or someone else's act. Each is written for a way of
// saying an intent rather than for a sentence.

// Numbers as people write them when they count contacts.
const MANY = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|multiple|numerous|countless|endless)`;
// What a customer sends or makes to reach a company.
const CONTACTS = String.raw`(?:e-?mails?|calls?|phone\s?calls?|messages?|chats?|letters?|voicemails?|texts?|tickets?|complaints?|visits?|dms?)`;
// Someone on the company's side who should have answered.
const STAFF_SIDE = String.raw`(?:you(?:'ve|\s+have)?|you\s+(?:lot|people|guys)|your\s+(?:[\w-]+\s+)?(?:office|team|staff|agents?|branch|store|department|people|support)|they(?:'ve|\s+have)?|nobody|no\s*one|no-one)`;
// Titles above a front desk that the earlier tables do not name: academic heads, practice and dealership heads.
const HEAD = String.raw`(?:(?:pro-?)?vice-?chancellor|chancellor|provost|dean(?:\s+of\s+[\w-]+)?|registrar|head\s?teacher|headmaster|headmistress|principal|dealer\s+principal|practice\s+manager|clinic\s+director|chief\s+executive|general\s+counsel)`;

// A date as letters give one: "3 March", "the 12th", "Saturday", "14/03".
const ON_DATE = String.raw`(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\b`;
// Ordinals as people count their attempts.
const NTH = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)`;

// The heads of cues that are questions in form: each is also in RHETORICAL_S21, so the question mark that ends it
// does not undo the threat or demand it makes.
const HOW_IT_LOOKS = String.raw`\bhow\s+(?:(?:do\s+you\s+think\s+)?(?:this|that|it|all\s+this)\s+(?:will|would|is\s+going\s+to)|(?:will|would|does)\s+(?:this|that|it|all\s+this))\s+look`;
const LEAST_YOU_CAN_DO = String.raw`\bthe\s+least\s+(?:you|your\s+[\w-]+|they)\s+(?:can|could)\s+do`;
const WHO_HERE_CAN = String.raw`\bwho\s+(?:in|at)\s+(?:your|the|this)\s+(?:company|business|firm|organi[sz]ation|team|office|shop)\s+(?:can|could)`;
const SOMEONE_ABOVE = String.raw`\b(?:someone|somebody|anyone|anybody)\s+above\s+(?:the\s+(?!age\b|limit\b|minimum\b)|your\b|you\b|this\b)`;
const WHO_IS_IN_CHARGE = String.raw`\bwho(?:'s|\s+is)\s+(?:the\s+)?[\w-]+\s+in\s+charge\b`;
const RATHER_HEAR = String.raw`\bwould\s+(?:you|ye|ya)\s+rather\s+(?:hear|read|see)\s+about`;

/** Regulators by initials or name that the shared list lacks (water, Malaysian and Nigerian bodies, dental). */
export const REGULATOR_S21 = String.raw`ccw|consumer council for water|mcmc|dental complaints service|cbn(?: consumer protection(?: department)?)?|bsp|nca|consumer ombudsman|utilities disputes|commerce commission|residential tenancies board|rtb|cru|optical consumer complaints service|gphc|financial services and pensions ombudsman|fspo|(?:the\s+)?financial regulator|rera|data protection commission`;

/**
 * Questions that threaten rather than ask: how it will look to an audience, whether the company knows a regulator
 * takes complaints, who can actually say yes.
 */
export const RHETORICAL_S21 = String.raw`${HOW_IT_LOOKS}\b|\b(?:do|did)\s+you\s+(?:people\s+|guys\s+|lot\s+)?(?:know|realise|realize)\s+(?:that\s+)?(?:the\s+)?[\w-]+\s+(?:has|have|runs|takes)\s+(?:a\s+)?(?:consumer|complaints?)\b|${WHO_HERE_CAN}\b|\b(?:should|shall)\s+i\s+(?:have|get)\s+my\s+(?:lawyer|solicitor|attorney|advocate|legal\s+team)\s+(?:explain|walk|read|go\s+through)\b|${LEAST_YOU_CAN_DO}\b|\bwould\s+be\s+in\s+order\b|\bwouldn'?t\s+go\s+astray\b|${SOMEONE_ABOVE}|${WHO_IS_IN_CHARGE}|\bwho\s+(?:actually\s+)?has\s+(?:the\s+)?(?:signing\s+)?(?:authority|power)\b|${RATHER_HEAR}\b`;

/**
 * A cue that only describes: a policy, an advert or a guarantee quoted to ask what it covers ("Your ad says
 * 'money-back guarantee'"), the difference between two ways of refunding, a previous email taken back ("ignore my
 * last email about cancelling"), and someone else threatening or disputing ("the neighbour was threatening to…",
 * "my ex disputed a charge", "her bank mentioned she could dispute it"), or a merchant's own customer disputing, now or
 * if ("one of our own customers has filed a chargeback", "if a buyer opens a PayPal claim on me").
 */
export const THIRD_PARTY_S21 = String.raw`\b(?:your|the|this|that)\s+(?:ad|advert|advertisement|listing|brochure|leaflet|label|packaging|box|sign|banner|flyer|promo)\s+(?:says|said|states|claims|promises|mentions)\b|\b(?:ignore|disregard)\s+(?:my|the)\s+(?:last|previous|earlier|other)\s+(?:e-?mail|message|note|chat)\b|\b(?:he|she|they|(?:the|my|a|an|our|some)\s+[\w-]+(?:\s+(?:outside|next\s+door|downstairs|upstairs|[\w-]+))?)\s+(?:was|were|is|are|kept)\s+(?:threatening|shouting|yelling|screaming)\b|\bmy\s+ex(?:-[\w-]+)?\s+(?:disputed|reported|cancelled|canceled|complained|charged\s+back|reversed)\b|\b(?:her|his|their)\s+(?:bank|card\s+company|lawyer|solicitor)\s+(?:mentioned|said|told|suggested|advised)\b|\b(?:for|on)\s+(?:a|an)\s+(?:different|another|other)\s+(?:merchant|company|shop|store|seller|retailer|provider|purchase|order|site|website)\b|\bone\s+of\s+(?:my|our)\s+own\s+(?:customers|clients|users|buyers|guests)\b|\bif\s+(?:a|the|my|one\s+of\s+my)\s+(?:buyer|customer|client|guest|tenant|user)s?\s+(?:opens?|files?|raises?|disputes?|reports?|leaves?)\b|\bwrong\s+(?:chat|window|thread|conversation|number|person)\b|\b(?:was\s+)?meant\s+for\s+(?:my\s+[\w-]+|someone\s+else|somebody\s+else|a\s+friend)\b`;

/** Asking what sets two refunds apart is a question about how refunds work. */
export const QUESTION_S21 = String.raw`(?<!\b(?:refund|refunding|credit|crediting|pay|paying|repay|back|for|of|cover|covering)\s+(?:the\s+)?)\b(?:the\s+)?difference\s+between\b`;

export function s21Cues(parts: { regulator: string; issuer: string; platform: string; press: string }): Cue[] {
  const { regulator: REGULATOR, issuer: ISSUER, platform: PLATFORM, press: PRESS } = parts;
  return [
    // Contact that went unanswered: "you've stopped answering my emails", "can't even return a call", "you have not
    // returned my calls since 20 February", "You had two weeks to answer my emails".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b${STAFF_SIDE}\s+(?:(?:still|even|now|just|simply|completely|never\s+once)\s+)?(?:stopped|haven'?t|have\s+not|hasn'?t|has\s+not|didn'?t|did\s+not|can'?t|cannot|couldn'?t|won'?t|refuse\s+to|failed\s+to|never)\s+(?:even\s+|once\s+)?(?:answer(?:ed|ing)?|respond(?:ed|ing)?\s+to|repl(?:y|ied|ying)\s+to|return(?:ed|ing)?|acknowledg(?:e|ed|ing))\s+(?:any\s+(?:of\s+)?|a\s+(?:single\s+)?|one\s+(?:of\s+)?|either\s+(?:of\s+)?)?(?:my|our|the|a)?\s*${CONTACTS}\b|\bhad\s+(?:\w+\s+){0,2}?(?:days?|weeks?|months?)\s+to\s+(?:answer|reply\s+to|respond\s+to|return)\s+(?:my|our)\s+${CONTACTS}`,
      ),
    },
    // Contacts counted as what they came to: "six emails in this thread have got me precisely nowhere", "polite across
    // six emails", "after three calls", "Six weeks of me emailing".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b${MANY}\s+${CONTACTS}\s+(?:in\s+(?:this|one)\s+thread\s+|later\s+|so\s+far\s+|now\s+|on\s+)?(?:have|has|and)\s+(?:got(?:ten)?|led|brought)\s+(?:me|us)\s+(?:precisely\s+|absolutely\s+|exactly\s+)?(?:nowhere|nothing)\b|\b(?:across|after)\s+${MANY}\s+(?:separate\s+)?${CONTACTS}\b|\b(?:\w+)\s+(?:days?|weeks?|months?)\s+of\s+(?:me\s+|us\s+)?(?:e-?mailing|calling|phoning|ringing|chasing|messaging|writing\s+in)\b`,
      ),
    },
    // The same thing sent or asked for again and again: "supplied … on four occasions", "Forwarding again",
    // "I'm writing about the baby room again", "been to the Bursar's window three times".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`(?!(?<=\b(?:been|was|were|being|get|got)\s)[a-z]+ed\b)\b(?:supplied|sent|provided|submitted|asked|called|rung|rang|phoned|e-?mailed|written|wrote|raised|reported|chased|requested|explained|complained|resent|uploaded)\b[^.!?]{0,120}?\bon\s+${MANY}\s+(?:separate\s+|different\s+)?occasions\b|\b(?:forwarding|resending|re-sending|sending)\s+(?:this\s+|it\s+|my\s+[\w-]+\s+)?again\b|\b(?:i'?m|i\s+am)\s+(?:writing|e-?mailing|messaging|contacting\s+you)\s+(?:to\s+you\s+)?(?:about|regarding|re)\s+[^.!?]{1,60}?\s+again\b|\b(?:been|gone|went|come|came)\s+(?:back\s+)?(?:in\s+)?to\s+(?:the|your)\s+(?:[\w'-]+\s+){0,3}?(?:window|desk|counter|office|branch|store|shop|reception|front\s+desk|service\s+cent(?:re|er))\s+(?:${MANY}\s+times|twice)\b`,
      ),
    },
    // A promise broken in the telling: "Your returns team said they'd collect it on the 10th and didn't show", "Each
    // time they say engineer is coming tomorrow".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:said|told\s+(?:me|us)|promised(?:\s+(?:me|us))?)\s+(?:that\s+)?(?:they|you|it|someone|somebody|an?\s+[\w-]+|the\s+[\w-]+)(?:'d|\s+would|'ll|\s+will)\s+[^.!?]{3,60}?\b(?:and|but)\s+(?:then\s+)?(?:didn'?t|did\s+not|never|nobody|no\s*one|they\s+didn'?t)\b|\b(?:each|every)\s+time\s+(?:they|you|your\s+[\w-]+|the\s+[\w-]+|someone)\s+(?:say|says|said|tell|tells|told|promise|promised)\b/,
    },
    // Contact told as a story with its dates, names and counts: "told me on 14 March", "said on the phone", "I
    // already emailed your regional manager", "Picking up on the conversation I had with Dani", "Your email of 3
    // March", "our second chaser", "called your claims line eleven times", "I phoned every single time", "every call
    // I make gets 'next week'", "Nobody has called, nobody has emailed", "for the 5th time", "writing for what I hope
    // is the last time", "Neither my emails nor Tom's calls … have been returned".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:told|promised|assured|informed)\s+(?:me|us)\s+(?:(?:on|over)\s+the\s+phone|on\s+${ON_DATE}\s+(?:that|it\s+would|you\s+would|they\s+would))\b|\bsaid\s+(?:on|over)\s+the\s+(?:phone|chat)\b|\b(?:i|we)\s+(?:already|previously)\s+(?:e-?mailed|called|rang|phoned|wrote\s+to|spoke\s+(?:to|with)|contacted)\s+(?:you\b|u\b|your\b|ur\b|the\s+(?:store|shop|branch|office|helpline|support|team|depot|site)\b|about\s+this\b|twice\b|once\b)|\b(?:escalated|raised)\s+(?:this|it)\s+(?:internally\s+)?already\b|\b(?:picking|following)\s+up\s+(?:on|from)\s+(?:the|my|our)\s+(?:conversation|chat|call|discussion)\s+(?:i|we)\s+had\s+with\b|\byour\s+(?:e-?mail|letter|message|reply)\s+(?:of|dated)\s+${ON_DATE}\s*[:"“]|\b(?:my|our)\s+${NTH}\s+(?:written\s+|formal\s+|e-?mail(?:ed)?\s+)?(?:chaser|reminder|nudge|follow-?up|letter|complaint|request)\b|\b(?:called|rung|rang|phoned|e-?mailed|messaged|chased|contacted|written\s+to|visited)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?${MANY}\s+times\b|\b(?:called|rang|phoned|e-?mailed|chased|complained)\s+every\s+(?:single\s+)?time\b|\bevery\s+(?:call|e-?mail|message|chat|letter)\s+(?:i|we)\s+(?:make|send|write|have\s+made|have\s+sent)\b|\bnobody\s+has\s+(?:called|rung|phoned|e-?mailed|written|been\s+in\s+touch|got\s+back)(?:\s+(?:me|us|back))?\s*(?:[,.!;]|$)|\bfor\s+the\s+${NTH}\s+time\b|\bwriting\s+for\s+what\s+i\s+hope\s+(?:is|will\s+be)\s+the\s+last\s+time\b|\bneither\s+my\s+${CONTACTS}\s+nor\b[^.!?]{0,60}?\bhave\s+been\s+(?:returned|answered|acknowledged)\b|\b${MANY}\s+${CONTACTS}\s+in\s+(?:a|one|the\s+last|the\s+past)\s+(?:\w+\s+)?(?:days?|weeks?|months?|fortnight)\s+(?:have|has)\s+(?:got(?:ten)?|led|brought)\s+(?:me|us)\s+(?:\w+\s+)?(?:nowhere|nothing)\b`,
      ),
    },
    // Someone better asked for by what the last one lacked: "Get me someone who isn't a brain-dead script reader", "Put
    // me through to someone who isn't…", "someone above the chat team", "a loan officer who actually has signing
    // authority", "who is the pharmacist in charge", "the name and direct number of whoever actually owns this",
    // "copying your CEO", "speak w someone from retention".
    {
      flag: 'supervisor',
      kind: 'ask',
      strength: 'demanded',
      re: new RegExp(
        String.raw`\b(?:get|put|give|find|send|transfer|pass)\s+(?:me\s+)?(?:through\s+to\s+|on\s+to\s+|over\s+to\s+|on\s+)?(?:someone|somebody|a\s+person)\s+(?:on\s+)?(?:who|that)\s+(?:isn'?t|is\s+not|ain'?t|actually\s+(?:knows|has|can)|knows\s+what|has\s+(?:the\s+)?(?:authority|power))\b|${SOMEONE_ABOVE}|\b(?:someone|somebody|anyone|an?\s+[\w-]+(?:\s+officer)?|supervisor)\s+(?:[^.!?]{0,30}?\s)?(?:with|who\s+(?:actually\s+)?has)\s+(?:the\s+)?(?:signing\s+)?(?:authority|power)\b|${WHO_IS_IN_CHARGE}|\b(?:name|number|details|contact)\s+(?:and\s+[\w\s]{0,20})?of\s+whoever\s+(?:actually\s+)?(?:owns|runs|is\s+in\s+charge\s+of|is\s+responsible\s+for)\s+(?:this|it|my\s+[\w-]+)\b|\b(?:speak|talk)\s+(?:w|with|to)\s+(?:someone\s+(?:from|in)\s+)?(?:the\s+)?(?:retentions?|customer\s+relations|executive\s+(?:customer\s+)?relations)\b`,
      ),
    },
    {
      flag: 'supervisor',
      kind: 'act',
      strength: 'taken',
      re: /\bcopy(?:ing)?\s+(?:you\s*,?\s+as\s+|in\s+)?(?:your\s+)?(?:chief\s+executive|ceo|managing\s+director|president|founder|owner)\b/,
    },
    // Contempt said of a whole team: "Spineless, the lot of you", "Amateurs, the lot of you", "you're a vile bunch",
    // "Youse are an absolute shambles", "brain-dead script reader", "Pathetic outfit."
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:spineless|useless|clueless|hopeless|pathetic|incompetent|amateurs|cowboys|clowns|muppets|idiots|morons|chancers|liars|crooks)\s*,?\s+(?:the\s+)?lot\s+of\s+(?:you|ye|yous|youse)\b|\b(?:you(?:'re|\s+are|\s+r)?|youse(?:\s+are)?|ye\s+are|you\s+lot\s+are)\s+(?:a|an)?\s*(?:absolute\s+|complete\s+|total\s+|utter\s+)?(?:(?:vile|disgusting|shambolic|pathetic|useless|spineless|clueless)\s+(?:bunch|lot|shower|outfit|crowd|company)|shambles)\b|\b(?:brain-?dead|clueless|useless|f\*+(?:ing|in)?|bloody)\s+script[- ]?readers?\b|(?:^|[.!?]\s*)(?:pathetic|useless|clueless|shambolic|cowboy)\s+(?:outfit|company|operation|lot|bunch)\s*[.!]/,
    },
    // An audience named with its size and its interest, through someone close: "my sister has 200k followers … keeps
    // asking whether she should do a video", "runs a wedding blog with about 40k readers and she's very curious how
    // this ends", "the Walthamstow community page would be very interested".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      proxy: true,
      re: new RegExp(
        String.raw`\b(?:[\d.,]+\s?k?|thousands\s+of)\s+(?:followers|subscribers|readers|members|viewers)\b[^.!?]{0,80}?\b(?:asking|curious|interested|keen|itching|dying)\b|\b(?:community|neighbou?rhood|local|village|parents'?)\s+(?:page|group|forum)\s+(?:would|will|might)\s+(?:be\s+)?(?:very\s+|really\s+|quite\s+)?(?:interested|love|enjoy)\b|${RATHER_HEAR}\s+(?:it|this)\s+on\b|\bwriting\s+(?:up\s+)?(?:our|my)\s+experience\b[^.!?]{0,40}?\b(?:for|on|in)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,2}?(?:newsletter|blog|forum|group|page)\b`,
      ),
    },
    // Legal steps set up in other words: "my next email will come from Shelter's legal team", "I'll be filing my own
    // claim", "is a lawyer … keep going like this and he'll be writing to you", "Our legal team is reviewing whether
    // your failure … breaches".
    {
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\bnext\s+(?:email|e-mail|letter|message|call)\s+(?:will\s+)?(?:come|be)\s+from\s+(?:[\w'-]+\s+){0,2}?(?:legal\s+team|lawyers?|solicitors?|attorneys?)\b|\bfil(?:e|ing)\s+(?:my|our)\s+own\s+claim\b|\b(?:our|my)\s+(?:legal\s+team|lawyers?|solicitors?|attorneys?|counsel)\s+(?:is|are)\s+(?:reviewing|looking\s+(?:at|into)|assessing|considering)\s+whether\b/,
    },
    {
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      proxy: true,
      re: /\b(?:is|'s)\s+a\s+(?:lawyer|solicitor|attorney|barrister|advocate)\b[^.!?]{0,120}?\b(?:he|she|they)(?:'ll|\s+will)\s+be\s+(?:writing\s+to|in\s+touch\s+with|contacting)\s+you\b/,
    },
    // A regulator that would be a pity to need: "I'd hate to have to bring it to the Financial Services and Pensions
    // Ombudsman".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:i'?d|i\s+would)\s+hate\s+to\s+have\s+to\s+(?:bring|take|go|report|escalate|refer|involve|contact|get)\b[^.!?]{0,40}?${REGULATOR}`,
      ),
    },
    // More contact told by what it consisted of: "reported the damp … four times since October", "Complaint no. already
    // given 3 times", "my mails dated 12/01, 19/01 and 02/02", "I logged the first missed appointment on chat last
    // week", "I asked for my data to be erased in January", "the same team that declined it on 2 September", "the
    // gentleman who helped me on the phone Tuesday said he'd…", "I wrote to your Head of Customer Experience last week".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:reported|raised|logged|chased|flagged|given|provided|sent|explained)\s+(?:(?:it|this|that|(?:the|my|our)\s+[\w-]+(?:\s+[\w'-]+){0,6}?)\s+)?(?:already\s+)?(?:${MANY}\s+times|twice|thrice)\b|\bmy\s+(?:e-?)?mails?\s+(?:dated|of|sent\s+on)\s+${ON_DATE}|\b(?:i|we)\s+(?:logged|reported|raised|flagged)\s+(?:the\s+)?(?:first|previous|last|original|earlier)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|via|by|through|with)\s+(?:chat|phone|e-?mail|the\s+app|your\s+[\w-]+)\b|\b(?:i|we)\s+asked\s+for\s+(?:my|our|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:to\s+be\s+[\w-]+\s+)?in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bthe\s+same\s+(?:team|person|department|agent|people)\s+(?:that|who)\s+(?:declined|rejected|refused|closed|dismissed)\b|\b(?:who|that)\s+helped\s+me\s+(?:on|over)\s+the\s+(?:phone|chat)\b[^.!?]{0,40}?\b(?:said|promised|told\s+me)\b|\b(?:i|we)\s+wrote\s+to\s+your\s+(?:[\w-]+\s+){1,4}?(?:last|on|in|yesterday)\b`,
      ),
    },
    // Going public in the shapes of this round: "enjoy the tiktok im making about this", "They were very interested
    // in the story" (a programme already called), "otherwise i post on Stomp", "I'll be ringing Liveline".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:the\s+)?(?:tiktok|video|post|review|thread|reel|vlog|blog\s+post)\s+(?:i'?m|im|i\s+am)\s+(?:making|writing|filming|posting|putting\s+up|editing)\b|\b(?:post|posting|going)\s+(?:it\s+|this\s+)?(?:on|to)\s+(?:stomp|hardwarezone|whirlpool|productreview|lowyat|mothership|reddit|nextdoor)\b|\bringing\s+(?:liveline|joe\s+duffy|talkback|the\s+(?:radio|phone-in))\b/,
    },
    {
      flag: 'public',
      kind: 'said',
      re: /\b(?:they|she|he)\s+(?:were|was|are|is|seemed)\s+(?:very\s+|really\s+|quite\s+|extremely\s+)?interested\s+in\s+(?:the|my|this|our)\s+story\b/,
    },
    // A rival's offer reported as news: "Pure Telecom are offering me the same speed for twenty quid less".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:are|is|have\s+been|has\s+been)\s+offering\s+(?:me|us)\s+(?:the\s+same|a\s+better|a\s+cheaper|the\s+identical|double|twice)\b/,
    },
    // Money set against a date or named as a credit for a fault: "You have until the 15th to pay for it", "a credit for
    // the overcharge".
    {
      flag: 'compensation',
      kind: 'ask',
      strength: 'demanded',
      re: /\byou\s+have\s+until\s+[^.!?]{1,30}?\s+to\s+(?:pay|refund|reimburse|compensate|cover|credit)\b|\b(?:a|some)\s+(?:credit|refund|rebate)\s+for\s+(?:the|my|this)\s+(?:overcharge|overpayment|outage|downtime|missed\s+[\w-]+|inconvenience|extra\s+[\w-]+)\b/,
    },
    // A body known by a common word, read only in capitals: "I'm writing to CASE".
    {
      flag: 'regulator',
      kind: 'act',
      re: /\b(?:writing|wrote|written|complain(?:ing|ed)?|going|went|report(?:ing|ed)?|approach(?:ing|ed)?)\s+(?:to|with)\s+case\b/,
      caps: /\bCASE\b/,
    },
    // Contempt by collective noun and by thickness: "a pair of Neanderthals", "Useless pack of galahs", "are u lot
    // actually thick", "isn't as thick as two short planks", "your company is garbage".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:pack|bunch|load|pair|shower|gang|band|herd|troop)\s+of\s+(?:[\w-]+\s+){0,2}?(?:neanderthals|galahs|muppets|clowns|cowboys|idiots|morons|monkeys|donkeys|amateurs|chancers|numpties|buffoons|halfwits|dimwits|crooks|thieves|liars|incompetents|jokers)\b(?!\s+(?:fans?|lovers?|enthusiasts?|collectors?))|\b(?:are|r)\s+(?:u|you|ya)\s+(?:lot\s+|people\s+|guys\s+|all\s+)?(?:actually\s+|just\s+|really\s+|seriously\s+)?(?:that\s+|so\s+|this\s+)?(?:thick|stupid|dense|daft|brain-?dead)\b|\bas\s+thick\s+as\s+(?:two\s+short\s+planks|mince|a\s+brick|a\s+plank)\b|\b(?:your|this)\s+(?:company|business|firm|outfit|shop|bank|airline)\s+is\s+(?:absolute\s+|complete\s+|total\s+|utter\s+)?(?:garbage|trash|rubbish|a\s+shambles|a\s+clown\s+show|a\s+circus)\b/,
    },
    // Money asked for as the least owed or as a gesture: "the least you can do is waive this month's fee", "can i get
    // like a credit or smth for", "Some sort of gesture would be appreciated", "I want that taken off", "return the
    // unused balance".
    {
      flag: 'compensation',
      kind: 'ask',
      strength: 'demanded',
      re: new RegExp(
        String.raw`${LEAST_YOU_CAN_DO}\s+is\s+(?:to\s+)?(?:waive|refund|credit|give|offer|knock|cover|pay|reimburse|compensate|return|take)\b|\bcan\s+i\s+(?:get|have)\s+(?:like\s+)?(?:a|some)\s+(?:credit|discount|rebate|refund|voucher|partial\s+refund)\s+(?:or\s+(?:smth|something|sth)\s+)?for\b|\b(?:some|a)\s+(?:(?:sort|kind)\s+of\s+)?(?:goodwill\s+)?(?:gesture|compensation|credit|refund)\s+would\s+be\s+(?:appreciated|nice|welcome|fair|good)\b|\bwant\s+(?:it|that|this|the\s+(?:fee|charge|fine|penalty|cost))\s+taken\s+off\b|\breturn\s+(?:the|my)\s+(?:unused|remaining|outstanding|leftover)\s+balance\b`,
      ),
    },
    // Money asked for by what should come off or go back: "the €60 reconnection charge could come off", "i think that
    // month should come off", "Please credit the last three boxes to my account", "apply the 25% service credit", "put
    // the £180 back on my card", "a voucher or something would be in order", "I'd be expecting something back", "every
    // penny of the difference back", "Return the extra 185", "release my deposit", "I'd still like my £27.40".
    {
      flag: 'compensation',
      kind: 'ask',
      strength: 'demanded',
      re: /\b(?:fees?|charges?|costs?|amount|fine|penalty|months?|weeks?|excess|deposit|difference|surcharge|call-?out|[$£€₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:euros?|pounds?|dollars?|rupees?|rs|php|rm|aed|zar))(?:\s+of\s+(?:the\s+|my\s+)?[\w-]+)?\s+(?:to\s+|should\s+|could\s+|can\s+|must\s+|would\s+|needs?\s+to\s+)?(?:come|be\s+taken|be\s+knocked)\s+off\b|\bcredit\s+(?:the|my|these|those|this|that|both|all|\w+\s+\w+)\b[^.!?]{0,30}?\bto\s+(?:my|our|the)\s+account\b|\bapply\s+(?:the|a|my|our)\s+(?:[\d%]+\s+)?(?:service\s+|sla\s+)?credit\b|\bput\s+(?:the\s+)?(?:[$£€₹]\s?[\d,.]+|money|it|that|them|the\s+(?:balance|amount|difference|rest))\s+back\s+(?:on|onto|into|in|to)\s+(?:my|the|our)\s+(?:card|account)\b|\b(?:voucher|credit|refund|discount|gesture|something|compensation)\s+(?:or\s+(?:something|smth|two)\s+)?(?:would|wouldn'?t|should)\s+(?:be\s+in\s+order|go\s+astray|not\s+go\s+astray|be\s+fair|be\s+reasonable|be\s+appropriate)\b|\b(?:expect(?:ing)?|want(?:ing)?|like)\s+(?:something|some\s+money|every\s+(?:penny|cent|rupee|dollar|pound|peso))\b[^.!?]{0,30}?\bback\b|\b(?:return|refund|reverse)\s+(?:the\s+)?(?:extra|excess|overcharged?|double|duplicate|deducted|remaining)\b|\brelease\s+(?:my|the|our)\s+(?:deposit|bond)\b|\b(?:i'?d|i\s+would)\s+(?:still\s+)?like\s+my\s+(?:[$£€₹]\s?[\d,.]+|money|deposit|bond|refund)\b/,
    },
    // Leaving told as a plan under way: "I switched to EDF in March", "seriously looking at other roasters",
    // "migrating all 60 of our repos off your platform", "it's going to porkbun instead", "the other provider's
    // engineer is booked", "Found an instructor who actually turns up, so I've moved over to her".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:i|we)\s+(?:have\s+|'ve\s+|already\s+)?(?:switched|moved)\s+(?:over\s+)?to\s+[a-z][\w&-]+/,
      caps: /\bto\s+(?!(?:Premium|Pro|Plus|Basic|Standard|Family|Business|Unlimited|Gold|Silver|Monthly|Annual|Direct|Paperless|The|A|An|Your)\b)(?:[A-Z]{2,}|[A-Z][a-z]+)/,
    },
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:seriously\s+|already\s+|now\s+|actively\s+)?looking\s+at\s+(?:other|another|alternative|different)\s+(?:[\w-]+\s+)?(?:providers?|suppliers?|banks?|companies|firms|homes|schools|gyms|roasters|vendors|platforms|agencies|insurers|networks|carriers|nurseries|dentists|vets|practices|builders|garages|hosts|tools|retailers|brands)\b|\b(?:migrat|mov|port|transferr)(?:e|es|ing|ed)\s+(?:all\s+|everything\s+|our\s+|my\s+|the\s+)?(?:[\w$-]+\s+){0,4}?(?:off|away\s+from|out\s+of)\s+(?:your|you\b)|\b(?:i'?m|im|we'?re|it'?s|its|it\s+is|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:business|custom|contract|account|money|budget|renewals?|orders?|spend|work)\s+(?:is|are|will\s+be|'s))\s+(?:going|moving|switching)\s+(?:over\s+)?to\s+(?:[\w.&-]+\s+){1,3}?instead\b|\b(?:other|new)\s+(?:provider|supplier|company|network|isp|bank)'?s?\s+(?:engineer|installer|technician|installation|install|switch)\s+is\s+(?:booked|coming|scheduled)\b|\bfound\s+(?:a|an|another|someone|somebody)\b[^.!?]{0,50}?\b(?:so\s+)?(?:i'?ve|we'?ve|i\s+have|we\s+have)\s+(?:moved|switched|gone)\s+(?:over\s+)?to\b/,
    },
    // Going public put as a question or an offer: "How do you think this will look in the Whitefield Parents group?",
    // "Raffy Tulfo's team might find this interesting", "she has 40k followers and has offered to make a video",
    // "Started a thread on Whirlpool about it", "in touch with a journalist", "it's going into the story".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`${HOW_IT_LOOKS}\s+(?:in|on|to)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){0,3}?(?:group|forum|page|community|chat|readers|followers|press|papers?|news|${PLATFORM})\b|(?<!\b(?:my|our|your|his|her|their)\s)\b[a-z]+'s\s+(?:team|people|producers|show|programme|newsroom)\s+(?:might|may|would|will)\s+(?:find|be)\s+(?:this|it|that|all\s+this)\s+(?:very\s+|quite\s+|really\s+|rather\s+)?interest(?:ing|ed)\b|\bgoing\s+into\s+(?:the|my|a|her|his)\s+(?:story|piece|article|report|column|segment)\b|\bin\s+touch\s+with\s+(?:a|an)\s+(?:journalist|reporter|producer|editor)\b|\b${PRESS}\s+(?:might|may|would|will)\s+find\s+(?:this|it|that)\s+(?:very\s+|quite\s+|really\s+)?interesting\b`,
      ),
    },
    // Someone close with an audience offering to use it: the threat is the customer's, made through them.
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      proxy: true,
      re: /\b(?:has|have|got)\s+(?:about\s+|over\s+|around\s+|nearly\s+|like\s+)?[\d.,]+\s?k?\s+(?:followers|subscribers|subs)\b[^.!?]{0,80}?\b(?:offered|wants|going|planning|happy|keen)\s+to\s+(?:make|post|do|film|share)\b/,
    },
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:started|opened|made|created|posted)\s+(?:a\s+)?(?:thread|topic)\s+(?:on|in)\s+(?:the\s+)?[\w.'-]+(?:\s+forums?)?\s+about\s+(?:it|this|you|your)\b/,
    },
    // Regulators set as the next step in other shapes: "Please don't push me to go to the FCCPC, because I will",
    // "Copies of this letter have been sent to my MP and Trading Standards", "written to CCW about".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:don'?t|do\s+not)\s+(?:push|make|force)\s+me\s+(?:to\s+)?(?:go|escalate\s+(?:this|it)|take\s+(?:this|it))\s+to\s+(?:the\s+)?${REGULATOR}|\b(?:do|did)\s+you\s+(?:people\s+|guys\s+|lot\s+)?(?:know|realise|realize)\s+(?:that\s+)?(?:the\s+)?${REGULATOR}\s+(?:has|have|runs|takes)\b`,
      ),
    },
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`\bcop(?:y|ies)\s+of\s+this\s+(?:letter|e-?mail|complaint)\s+(?:has|have)\s+(?:also\s+)?been\s+(?:sent|forwarded)\s+to\b[^.!?]{0,60}?${REGULATOR}|\b(?:written|wrote|complained|submitted\s+(?:a|the|my)\s+complaint)\s+(?:to|on|via|with)\s+(?:the\s+)?(?:${REGULATOR_S21})\b`,
      ),
    },
    // The legal step as already sent or booked: "Legal notice sent to your registered office", "a consultation with my
    // solicitor on Thursday".
    {
      flag: 'legal',
      kind: 'act',
      strength: 'taken',
      re: /\blegal\s+notice\s+(?:has\s+been\s+|was\s+|is\s+being\s+|have\s+been\s+)?(?:sent|served|dispatched|issued|posted)\b/,
    },
    // A lawyer booked or offered is a threat, not an act done: kind `ask`, so "I have a meeting…" and "Should I
    // have…" are not read as a perfect tense.
    {
      flag: 'legal',
      kind: 'ask',
      strength: 'threatened',
      re: /\b(?:appointment|meeting|consultation)\s+with\s+(?:a|my|our)\s+(?:solicitor|lawyer|attorney|advocate)\b|\b(?:have|get)\s+my\s+(?:lawyer|solicitor|attorney|advocate|legal\s+team)\s+(?:explain|walk\s+you|read|go\s+through|look\s+(?:at|over|into))\b/,
    },
    // A card dispute named by its window or by the card company's view: "my card's dispute window closes on the
    // 28th", "My credit card provider seems to think otherwise", "back on my card by the 30th I'm disputing it".
    {
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:my\s+)?(?:card'?s?|bank'?s?|paypal'?s?|chargeback|${ISSUER}(?:'s)?)\s+(?:dispute|chargeback|claim)\s+(?:window|deadline|period|time\s?limit)\s+(?:closes|ends|runs\s+out|expires|is\s+closing)\b|${ISSUER}\s+(?:seems?\s+to|might|may)\s+(?:think|see\s+it)\s+(?:otherwise|differently)\b|(?<=\b(?:card|bank|visa|mastercard|amex|paypal)\b[^.!?]{0,80})\b(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be|we'?re|we'?ll\s+be)\s+disputing\s+(?:it|this|that|the\s+(?:charge|payment|transaction|debit))\b`,
      ),
    },
    // Someone above the desk written to or copied in by title: "written directly to the Pro-Vice-Chancellor", "The
    // dealer principal is now copied in", "Who in your company can actually say yes to this?".
    {
      flag: 'supervisor',
      kind: 'act',
      strength: 'taken',
      re: new RegExp(
        String.raw`(?<!\b(?:solicitor|lawyer|attorney|advocate|barrister)s?\s)\b(?:written|wrote|e-?mailed|escalated\s+(?:this|it))\s+(?:directly\s+|straight\s+)?(?:to\s+)?(?:the|your)\s+${HEAD}\b|\b(?:the|your)\s+${HEAD}\s+(?:is|has\s+been|are|have\s+been)\s+(?:now\s+)?(?:copied|cc'?d|included)\b`,
      ),
    },
    {
      flag: 'supervisor',
      kind: 'ask',
      strength: 'demanded',
      re: new RegExp(
        String.raw`${WHO_HERE_CAN}\s+(?:actually\s+|really\s+)?(?:say\s+yes|approve|authori[sz]e|decide|sign\s+(?:this\s+|it\s+)?off|make\s+(?:that|this|the)\s+(?:call|decision))\b`,
      ),
    },
    // Leaving said in one word or as the reason for a refund: "Yes. Cancelling. Everything.", "refund my money so I
    // can go and buy from another dealer", "transferring to another uni".
    {
      flag: 'churn',
      kind: 'ask',
      re: /(?:^|[.!?]\s*)cancell?ing(?:\s+(?:everything|all\s+of\s+it|the\s+lot))?\s*[.!]|\bso\s+(?:that\s+)?(?:i|we)\s+can\s+(?:go\s+(?:and\s+)?)?(?:buy|order|get\s+(?:it|one)|book|shop)\s+(?:it\s+|one\s+)?(?:elsewhere|(?:from|with|at)\s+(?:another|a\s+different|a\s+proper|someone\s+else))\b/,
    },
    {
      flag: 'churn',
      kind: 'act',
      re: /\btransferring\s+to\s+(?:another|a\s+different)\s+(?:uni|university|school|college|provider|bank|gym|nursery|practice|clinic|network|supplier|dentist|vet)\b/,
    },
  ];
}
