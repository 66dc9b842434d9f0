import type { Cue } from '../types';
import { NOT_A_BODY } from './en-s19';

// Session 20: classes read off the misses of corpus20a–c on arrival (long messages with the intent in the middle,
// oblique intent, regional and second-language English, trigger words without the intent), each written for a way
// of saying an intent rather than for a sentence.

// A pronoun or name for the one who will get it: "him", "your driver", "that agent", "Sipho".
const HIM = String.raw`(?:him|her|them|he|she|they|your\s+(?:[\w-]+\s+)?(?:driver|engineer|agent|guy|man|tech|technician|rep|rider|courier|staff|manager|landlord|bailiffs?|collectors?)|that\s+(?:[\w-]+\s+)?(?:driver|engineer|agent|guy|man|tech|rep|rider|courier))`;

/**
 * Questions that ask for someone with power rather than for information: "So who can?" on its own after a refusal,
 * "Is there really nobody above…?", and a lawyer offered ("Should I ask my solicitor to walk you through it?"). Read as rhetorical, so the cue inside is not undone by the question mark.
 */
export const RHETORICAL_S20 = String.raw`(?:^|[.!?]\s+)(?:so\s+|then\s+|ok(?:ay)?,?\s+|right,?\s+)?who\s+can(?:,?\s+then)?\s*\?|\bis\s+there\s+really\s+(?:nobody|no\s*one)\b|\b(?:should|shall)\s+i\s+(?:ask|get|have)\s+my\s+(?:lawyer|solicitor|attorney|advocate|legal\s+team)\s+to\b`;

// The matter filed or lodged with a body, whose name follows: "filing at", "Filed with", "lodging this with", "file w the".
const FILED_WITH = String.raw`\b(?:fil(?:e|ed|ing)|lodg(?:e|ed|ing))\s+(?:(?:it|this|that|a complaint|a case|my complaint|the complaint|everything)\s+)?(?:at|with|w\/?)\s+(?:the\s+)?`;

// Initials a body is known by, tested as written (Cue.caps): "filing at CHED", "explain it to MAS".
const INITIALS = String.raw`(?!${NOT_A_BODY}\b)[a-z]{3,6}\b`;

export function s20Cues(parts: { platform: string; regulator: string; issuer: string; press: string }): Cue[] {
  const { platform: PLATFORM, regulator: REGULATOR, issuer: ISSUER, press: PRESS } = parts;
  return [
    // The matter filed with or taken to a body by the verbs people use for courts and offices: "filing at CHED",
    // "Filed with BSP na", "take the whole file to LASCOPA", "lodging this with the Council for Medical Schemes".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${FILED_WITH}${REGULATOR}|\b(?:tak(?:e|ing)|took|bring(?:ing)?|brought|carry(?:ing)?)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:file|paperwork|receipts|lot|thing|matter|case)\s+to\s+(?:the\s+)?${REGULATOR}`,
      ),
    },
    // A body set to ask the questions, or to judge: "explain it to MAS", "the NTC might have an opinion about that",
    // "let LASCOPA ask you the questions", "I will know what to do with CBN".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\bexplain(?:ing)?\s+(?:it|this|that|yourselves?|all (?:of )?this)\s+to\s+(?:the\s+)?${REGULATOR}|${REGULATOR}\s+(?:might|may|would|will|could)\s+(?:well\s+)?(?:have|take|form)\s+(?:an?\s+|their\s+own\s+)?(?:opinion|view|interest|different view)\b|\blet\s+(?:the\s+)?${REGULATOR}\s+(?:ask|decide|judge|sort|deal|look)\b|\bknow\s+what\s+to\s+do\s+with\s+(?:the\s+)?${REGULATOR}`,
      ),
    },
    // A complaint with a body already numbered: "RBI CMS complaint number is N2024/0038815", "Ofcom complaint's in",
    // "my FOS case reference is".
    {
      flag: 'regulator',
      kind: 'said',
      re: new RegExp(
        String.raw`${REGULATOR}\s+(?:[a-z]{2,5}\s+)?(?:complaint|case|dispute)(?:'s|\s+is|\s+has\s+been)\s+(?:in|lodged|filed|open|opened|registered)\b|${REGULATOR}\s+(?:[a-z]{2,5}\s+)?(?:complaint|case|dispute)\s+(?:number|no\.?|ref(?:erence)?(?: number| no\.?)?)\s+(?:is|:)`,
      ),
    },
    // An office that came out because the customer called it: "I rang environmental health and they were out on
    // Thursday", "called trading standards, they're coming Monday".
    {
      flag: 'regulator',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:rang|called|phoned|contacted|got|had)\s+(?:in\s+)?(?:the\s+)?(?:council'?s?\s+)?(?:environmental\s+health|building\s+control|housing\s+standards|private\s+sector\s+housing|${REGULATOR})(?:\s+(?:team|officers?|department|in))?\b[^.!?]{0,30}?\b(?:they|who|he|she)(?:'re|\s+are|\s+were|\s+came|\s+have|'ve|\s+will|'ll)\s+(?:been\s+)?(?:out|round|coming|visiting|came|inspect|inspected|inspecting|attended)\b`,
      ),
    },
    // A post that is already up or a rating taken down: "My post … is already up on r/cars", "Just edited it to 1 star",
    // "Already posted on Twitter with the photo", "Tweeted @ you".
    {
      flag: 'public',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:my|the)\s+(?:post|thread|video|review|write-?up)\b[^.!?]{0,40}?\b(?:is|'s)\s+(?:already\s+|now\s+)?(?:up|live)\s+(?:on|at)\s+${PLATFORM}|\b(?:edited|changed|dropped|lowered|updated)\s+(?:it|my review|my rating|the review|the rating)\s+(?:down\s+)?to\s+(?:1|one|2|two)\s+stars?\b|\b(?:already\s+)posted\s+(?:it\s+|this\s+|the\s+[\w-]+\s+)?(?:on|to)\s+${PLATFORM}|(?:^|[.!?]\s*)tweeted\s+(?:@\s*)?(?:you|u|at you|your)\b`,
      ),
    },
    // Going public said as where the evidence will go or who will enjoy it: "that's exactly where the video of this
    // is going", "the people on Hellopeter will find my little diary very entertaining", "I suspect a fair few of them
    // would like to hear about that", "writing a very different post … It goes live Monday".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:that'?s|is)\s+(?:exactly\s+|precisely\s+)?where\s+(?:the|my|this)\s+(?:video|photos?|pictures?|footage|screenshots?|story|review|chat|recording)\b[^.!?]{0,40}?\b(?:is|are)\s+going\b|\b(?:people|folks|followers|members|readers)\s+(?:on|of|in)\s+${PLATFORM}\s+(?:will|would|might|are going to)\s+(?:find|love|enjoy|like)\b|\b(?:active|admin|a member)\s+(?:on|in|of)\s+(?:a\s+couple\s+of\s+|several\s+|a\s+few\s+|two\s+|three\s+)?(?:[\w'-]+\s+){0,3}?(?:facebook|whatsapp|telegram|community|parents'?|local|neighbou?rhood)\s+(?:[\w'-]+\s+)?groups?\b[^.!?]{0,60}?\b(?:would|will|might)\s+(?:like|love|want|be interested)\s+to\s+(?:hear|know|read|see)\b|\b(?:writing|drafting|putting together)\s+(?:a|an)\s+(?:very\s+|quite\s+)?(?:different|new|honest|detailed)\s+(?:post|review|blog post|thread|video)\s+(?:about|on)\s+(?:how|what|the way)\s+you\b`,
      ),
    },
    // Menace by waiting for someone or a next time: "I'll be waiting for him in the car park after his shift", "I'll be
    // waiting on the drive with a baseball bat", "next time he won't be driving off so easily", "he'll leave with more
    // than a scratched van", "he will see what I will do", "someone in that branch is going to get hurt".
    {
      flag: 'harm',
      kind: 'harm',
      re: new RegExp(
        String.raw`\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|we'?ll)\s+be\s+waiting\s+(?:for\s+${HIM}\s+)?(?:(?:in|on|at|outside|by)\s+(?:the\s+|my\s+|his\s+|their\s+)?(?:car\s*park|drive(?:way)?|door|gate|street|road|front|yard|garden|shop|depot|office|desk)\b[^.!?]{0,40}?|after\s+(?:his|her|their)\s+shift\b[^.!?]{0,20}?)?(?:with\s+(?:a|my)\s+(?:baseball\s+|cricket\s+)?(?:bat|knife|hammer|machete|stick|crowbar|shotgun|gun)\b|after\s+(?:his|her|their)\s+shift\b|(?:in|at)\s+the\s+car\s*park\b)|\bnext\s+time\s+(?:he|she|they|your\s+[\w-]+)\s+(?:won'?t|will\s+not)\s+(?:be\s+)?(?:get(?:ting)?|driv(?:e|ing)|walk(?:ing)?|leav(?:e|ing)|go(?:ing)?)\s+(?:off|away|out)?\s*(?:so\s+easily|so\s+lightly|in\s+one\s+piece)|\b(?:he|she|they)(?:'ll|\s+will)\s+leave\s+with\s+more\s+than\b|\b(?:he|she|they|you)\s+will\s+see\s+what\s+i\s+(?:will|can|'ll)\s+do\b|\bsomeone\s+(?:in|at)\s+(?:that|your|the)\s+(?:branch|office|shop|store|depot|call centre|call center)\s+(?:is\s+going\s+to|is\s+gonna|will)\s+get\s+hurt\b`,
      ),
    },
    // Self-harm said as ending it, with "everything" or "just": "thoughts this week about just ending everything", "I
    // honestly feel like ending it".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:feel(?:ing)?\s+like|thought(?:s)?\s+(?:\w+\s+){0,3}?(?:about|of)|think(?:ing)?\s+(?:about|of))\s+(?:just\s+)?ending\s+(?:it|everything|it\s+all|my\s+life)\b(?!\s+(?:with|early|now)\b)/,
    },
    // Someone above asked for as a question: "So who can?" on its own after a refusal, "Is there really nobody in your company
    // above 'senior customer care officer'?".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /(?:^|[.!?]\s+)(?:so\s+|then\s+|ok(?:ay)?,?\s+|right,?\s+)?who\s+can(?:,?\s+then)?\s*\?|\b(?:is|isn'?t)\s+there\s+(?:really\s+)?(?:nobody|no\s*one|anyone|someone)\s+(?:in\s+(?:your|the)\s+(?:company|organi[sz]ation|business|office)\s+)?(?:above|senior\s+to|higher\s+than)\b/,
    },
    // Someone above named by their post, to ring the writer or be rung: "I want the lab head to call me", "I'll be
    // ringing the franchise owner directly", "Could someone above the front desk please ring me?".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:i\s+want|i'?d\s+like|i\s+need|get)\s+(?:the|your)\s+(?:lab|department|clinic|practice|branch|store|site|ward|school|centre|center|hotel|restaurant|service|project)\s+(?:head|manager|director|lead|owner|principal)\s+to\s+(?:call|ring|phone|contact|email)\s+me\b|\bsomeone\s+above\s+(?:the\s+)?(?:front\s+desk|reception|call\s+cent(?:re|er)|helpline|chat|branch|you|this\s+level)\b/,
    },
    {
      flag: 'supervisor',
      kind: 'act',
      re: /\b(?:ring|call|phone|contact|email|write\s+to)(?:ing)?\s+(?:the|your)\s+(?:franchise|franchisee|store|branch|business|company)\s+(?:owner|director|head)\s+directly\b|\b(?:ringing|calling|phoning|contacting|emailing|writing\s+to)\s+(?:the|your)\s+(?:franchise|franchisee|store|branch|business|company)\s+(?:owner|director|head)\b/,
    },
    // Already gone above: "escalated this to your VP of Customer Success via LinkedIn", "emailed yer complaints director,
    // a Ms Fraser", "emailed your chief customer officer directly".
    {
      flag: 'supervisor',
      kind: 'said',
      re: /\b(?:i'?ve|i\s+have|i|ah'?ve|already)\s+(?:already\s+|now\s+|also\s+)?(?:escalated|emailed|written\s+to|wrote\s+to|messaged|contacted|copied\s+in|cc'?d)\s+(?:this\s+|it\s+)?(?:to\s+)?(?:your|yer|ur|the)\s+(?:vp|svp|evp|vice[- ]president|chief\s+\w+(?:\s+\w+)?\s+officer|ceo|coo|cfo|(?:complaints|customer|regional|area|operations|managing|sales|service)\s+director|head\s+of\s+[\w-]+|managing\s+director|founder|owner)\b/,
    },
    // Contact counted in passing: "this is my 4th follow-up", "for the 5th time", "I've done both twice", "followed up
    // with your agent four times", "three written requests have gone unanswered", "same as last two times".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:my|the)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth)\s+follow[- ]?up\b|\bfollowed\s+up\s+(?:with\s+[\w\s'-]{1,30}?\s+)?(?:\d+|two|three|four|five|six|several|multiple)\s+times\b|\b(?:two|three|four|five|six|\d+)\s+(?:written\s+|separate\s+)?(?:requests|emails|letters|messages|complaints|calls)\s+(?:\w+\s+){0,3}?(?:have|has)\s+(?:all\s+)?(?:gone|been\s+left|gone\s+completely)\s+unanswered\b|\bsame\s+as\s+(?:the\s+)?last\s+(?:two|three|four|\d+)\s+times\b|\bi'?ve\s+done\s+both\s+(?:twice|three\s+times|\d+\s+times)\b|\bfor\s+the\s+(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|umpteenth|nth)\s+time\b|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+(?:i'?m\s+|i\s+am\s+)?(?:writing|telling|asking|explaining|chasing|reporting|raising)\b/,
    },
    // The same thing raised again after it was closed: "Raised in app, ticket auto-closed. Raised again, closed again",
    // "We've raised this bug four times", "I have reported the missed collections seven times".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:raised|reported|flagged|submitted|logged(?=\s+(?:it|this|that|the|a|an)\b))\s+(?!(?:me|us|out|in|off)\b)(?:it\s+|this\s+|again\s+)?(?:[\w'-]+\s+){0,4}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous)\s+times\b|\b(?:raised|reported|logged)\s+again\b[^.!?]{0,20}?\bclosed\s+again\b/,
    },
    // Leaving said as a porting step: "PAC requested", "Already sent PORT message", "UPC code aa gaya hai".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:(?:pac|stac)(?:\s+code)?|port(?:ing)?\s+(?:code|out\s+code|message|request))\s+(?:(?:has\s+been|'s|is|was)\s+)?(?:requested|sent|received|done|in|came|aa\s+gaya)\b|\b(?:requested|sent|got|received)\s+(?:my|the|a|the\s+)?\s*(?:pac|stac|port(?:ing)?\s+(?:code|message|request)|upc)\b/,
    },
    // The last time said of the next booking: "this will be the last holiday we book with you", "that's the last
    // order I place with you".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:this|that|it)\s+(?:will\s+be|is|'s|was|'ll\s+be)\s+the\s+last\s+(?:[\w-]+\s+){1,2}?(?:we|i)\s+(?:ever\s+)?(?:book|buy|order|place|take|have|get|renew|use)\b[^.!?]{0,20}?\b(?:with|from|through)\s+you\b/,
    },
    // Service stopped for a dependant: "my son won't be continuing with the tuition. Please stop the GIRO".
    {
      flag: 'churn',
      kind: 'ask',
      re: /\bplease\s+stop\s+(?:the|my|our)\s+(?:giro|direct\s+debit|standing\s+order|debit\s+order|auto-?debit|auto-?pay(?:ment)?|recurring\s+payments?|monthly\s+payments?)\s+(?:from|after|with\s+effect|as\s+of)\b/,
    },
    // Money back said as what should happen: "That fee should be reversed", "the agency fee should come back to me",
    // "a voucher or something would be in order", "cover the lost day rates", "could come off before the next bill".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:that|the|this|my)\s+(?:[\w-]+\s+){0,2}?(?:fee|charge|fine|penalty|deduction|amount|deposit)\s+(?:should|must|needs?\s+to|ought\s+to)\s+(?:be\s+)?(?:reversed|refunded|waived|credited|returned|come\s+back\s+to\s+me|come\s+off)\b|\b(?:voucher|credit|refund|discount|goodwill\s+gesture|partial\s+refund)\s+(?:or\s+something\s+)?(?:would\s+be\s+(?:in\s+order|fair|appropriate|reasonable)|is\s+in\s+order)\b|\bcover\s+(?:the|my|our)\s+(?:lost\s+)?(?:day\s+rates?|wages|earnings|income|hotel|taxi|costs?|expenses|losses)\b|\b(?:charge|fee|that|it|this)\s+(?:could|can)\s+(?:come|be\s+taken)\s+off\s+(?:the|this|my|our|next)\s+(?:month'?s\s+|next\s+)?(?:invoice|bill|statement|account)\b|\b(?:gesture|credit|discount|voucher)\s+(?:wouldn'?t|would\s+not)\s+go\s+astray\b/,
    },
    // The money named and wanted back: "I want my R3,200 back", "Return the extra 185", "get the Rs 42,000 back".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:i\s+want|we\s+want|give\s+me|get|return|refund)\s+(?:my\s+|the\s+|our\s+)?(?:extra\s+|full\s+)?(?:(?:rs\.?|inr|r|n|₦|₹|p|₱|php|s\$|\$|£|€|rm|ksh|aed)\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:rand|naira|rupees|pesos|dollars|pounds|euros|ringgit))\s*(?:back\b|extra\b)?/,
    },
    // A card dispute set up or threatened by asking the bank to undo it: "asked my bank to recall both payments",
    // "I go through Capitec and reverse it myself", "I ask DBS to reverse it", "instructed FNB to dispute".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:asked|ask(?:ing)?|instructed|instruct(?:ing)?|told|tell(?:ing)?|getting|get)\s+(?:my\s+bank|my\s+card\s+(?:company|issuer)|${ISSUER}|[a-z][\w&-]{1,12})\s+to\s+(?:recall|reverse|dispute|claw\s+back|stop|charge\s+back)\s+(?:both\s+|the\s+|all\s+|this\s+|that\s+|those\s+|it\b|them\b|transaction\b)|\bgo\s+through\s+(?:my\s+bank|${ISSUER}|[a-z][\w&-]{1,12})\s+and\s+(?:reverse|dispute|recall|charge\s+back)\s+(?:it|this|the\s+(?:charge|payment|transaction))\b`,
      ),
    },
    // A lawyer offered as the next reader: "Should I ask my lawyer to walk you through clause 7?", "my sister-in-law
    // happens to practise at a firm", "My father's friend is a lawyer and he is already going through the agreement".
    {
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:should|shall)\s+i\s+(?:ask|get|have)\s+my\s+(?:lawyer|solicitor|attorney|advocate|legal\s+team)\s+to\b|\b(?:happens?\s+to\s+practi[sc]e|practi[sc]es)\s+(?:law\s+)?(?:at|with|in)\s+(?:a|the)\s+(?:[\w'-]+\s+){0,3}?(?:firm|chambers|practice)\b|\b(?:lawyer|solicitor|attorney|advocate)\s+and\s+(?:he|she|they)\s+(?:is|are|'s|'re)\s+(?:already\s+)?(?:going\s+through|reading|looking\s+(?:at|over))\s+(?:the|our|my)\s+(?:agreement|contract|terms|lease|paperwork|policy)\b/,
    },
    // A tribunal or mediation as the next step: "taking it to the Housing and Property Chamber", "bring this to the
    // barangay for mediation and then court", "taking the deposit to the tribunal".
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:tak(?:e|ing)|took|bring(?:ing)?|brought)\s+(?:it|this|the\s+(?:deposit|matter|case|dispute|claim)|them|you)\s+to\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,3}?(?:tribunal|chamber)|barangay|lok\s+adalat|consumer\s+(?:court|forum|commission)|disputes?\s+tribunal)\b/,
    },
    // Contempt said of everyone there: "Incompetent from top to bottom", "a bunch of clueless amateurs", "a shower of
    // useless gobshites", "a liar and a snake", "a rude, useless woman", "You people are thieves".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:incompetent|useless|clueless|hopeless|crooks?|thieves|liars?)\s+from\s+top\s+to\s+bottom\b|\b(?:are|is|r)\s+(?:a\s+)?(?:bunch|pack|shower|load|gang)\s+of\s+(?:[\w-]+\s+)?(?:amateurs|clowns|muppets|idiots|cowboys|gobshites|chancers|crooks|thieves|liars|incompetents|eejits|numpties)\b|\b(?:is|are)\s+a\s+liar\s+and\s+a\s+(?:snake|cheat|crook|thief)\b|\b(?:is|was)\s+a\s+rude,?\s+(?:useless|lazy|ignorant|incompetent)\s+(?:woman|man|girl|boy|person|cow|idiot)\b|\byou\s+people\s+are\s+(?:thieves|crooks|criminals|scammers|liars|frauds|a\s+joke|clowns|useless)\b|\b(?:una|una\s+be|you\s+be)\s+(?:scam|fraud|useless|mumu|ode)\b|\bmumu\s+(?:people|company|agents|staff)\b|\b(?:mga\s+)?bobo\s+(?:ba\s+)?kayo\b|\bwalang\s+kwenta\s+(?:talaga\s+)?kayo\b|\b(?:you\s+)?useless\s+muppets\b/,
    },
    // The same verbs with a body known only by its capitals, or by a title that starts with Council: "filing at CHED",
    // "Filed with BSP na", "explain it to MAS", "I will know what to do with CBN", "lodging this with the Council for
    // Medical Schemes".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${FILED_WITH}${INITIALS}(?!['’]s\s+(?:office|team|desk)\b)|\b(?:tak(?:e|ing)|took|bring(?:ing)?|brought)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:file|paperwork|matter|case)\s+to\s+(?:the\s+)?${INITIALS}`,
      ),
      caps: /\s[A-Z]{3,6}$/,
    },
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\bexplain(?:ing)?\s+(?:it|this|that|yourselves?)\s+to\s+(?:the\s+)?${INITIALS}|\bknow\s+what\s+to\s+do\s+with\s+(?:the\s+)?${INITIALS}`,
      ),
      caps: /\s[A-Z]{3,6}$/,
    },
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:the\s+)?${INITIALS}\s+(?:might|may|would|will|could)\s+(?:well\s+)?(?:have|take|form)\s+(?:an?\s+|their\s+own\s+)?(?:opinion|view|interest|different view)\b`,
      ),
      caps: /^(?:the\s+)?[A-Z]{3,6}\s/,
    },
    {
      flag: 'regulator',
      kind: 'act',
      re: /\b(?:fil(?:e|ed|ing)|lodg(?:e|ed|ing)|report(?:ed|ing)?)\s+(?:(?:it|this|that|a complaint|a case|my complaint|the complaint|everything)\s+)?(?:at|with|to)\s+the\s+council\s+(?:for|of|on)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*/,
      caps: /Council (?:for|of|on) (?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*$/,
    },
    // A body named as the next step: "RBI ombudsman is next, don't make me", "Ofgem's next".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`${REGULATOR}\s*(?:is|'s|will\s+be)\s+(?:my\s+)?next\b(?!\s+(?:door|to|week|month|year|on|in)\b)`,
      ),
    },
    // A ticket still open by its number, or answers heard before: "ticket 59210, the export is still broken", "I've
    // been told twice over the phone", "has been telling me 'come back next week' since February", "you did not answer
    // my 3 emails", "following up ulit". Not "your agents keep telling me…": most writers read that as a refusal.
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:ticket|case|ref(?:erence)?|complaint)\s+(?:no\.?\s*|number\s+)?#?\d{3,}\b[^.!?]{0,40}?\bstill\s+(?:broken|not|no|open|unresolved|down|failing|happening|waiting)\b|\bi'?ve\s+been\s+told\s+(?:twice|three\s+times|(?:\d+|several|multiple|many)\s+times)\b|\b(?:has|have)\s+been\s+telling\s+me\b[^.!?]{0,50}?\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last|\d)|\b(?:did\s*n[o']?t|never|haven'?t|have\s+not|failed\s+to)\s+(?:answer(?:ed)?|repl(?:y|ied)\s+to|respond(?:ed)?\s+to|acknowledge[d]?)\s+(?:any\s+of\s+|either\s+of\s+)?my\s+(?:\d+|two|three|four|five|six|several|last\s+(?:two|three|\d+))\s+(?:emails|messages|calls|letters|chats|mails)\b|\bfollowing\s+up\s+(?:ulit|uli|again)\b/,
    },
    // Property damaged as the threat: "I'll put his van windows through", "put your shop windows in".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\s+(?:put|smash|kick)\s+(?:his|her|their|your|the)\s+(?:[\w-]+\s+)?windows?\s+(?:in|through)\b/,
    },
    // corpus21a (US and Canadian chat): the rest of this file's classes in chat wording.
    // Someone in charge named by post: "i need to speak to the GM of this location", "the pharmacist in charge".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:speak|talk)\s+(?:to|with|w)\s+(?:the|your|ur)\s+(?:gm|general\s+manager|(?:pharmacist|person|nurse|officer)\s+in\s+charge|manager\s+on\s+duty|duty\s+manager|store\s+manager|branch\s+manager)\b/,
    },
    // Leaving by moving the money or the pay: "moving my direct deposit to chime", "closed my checking w you people and
    // moved everything to the credit union", "ur about to lose a 9 yr customer".
    {
      flag: 'churn',
      kind: 'act',
      re: /\bmov(?:e|ed|ing)\s+(?:my\s+|our\s+)?(?:direct\s+deposit|salary|paycheck|pay\s*cheque|savings|mortgage|pension|everything|all\s+(?:my|our)\s+(?:money|accounts?|business))\s+(?:over\s+)?to\b|\bclosed\s+(?:my|our)\s+(?:checking|savings|current\s+account|account|accounts)\s+(?:w|with)\s+(?:you|u|you\s+people|you\s+guys)\b/,
    },
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:you'?re|ur|you\s+are|u\s+r)\s+about\s+to\s+lose\s+(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?customer\b/,
    },
    // Contempt in chat: "you're literally the dumbest support ive ever dealt with", "ur completely useless".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:you'?re|ur|you\s+are|u\s+r)\s+(?:literally\s+)?the\s+(?:dumbest|stupidest|most\s+useless|most\s+incompetent)\s+(?:[\w-]+\s+)?(?:support|agent|rep|person|company|bank|service|team|people)\b|\b(?:you'?re|ur|you\s+are|u\s+r)\s+(?:completely|totally|absolutely|utterly)\s+useless\b/,
    },
    // Menace said loosely: "im gonna beat his ass", "throwing every dumbbell through your front window", "she better not
    // be there when i come by tomorrow", "im not responsible for what i do when i see the billing office".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\bbeat\s+(?:his|her|their|your|ur|that\s+\w+'?s)\s+ass\b|\bthrow(?:ing)?\s+(?:a|every|the|my|this|each)\s+[\w-]+\s+through\s+(?:your|ur|the|their)\s+(?:front\s+|shop\s+|office\s+)?windows?\b|\b(?:he|she|they|you)\s+(?:had\s+)?better\s+not\s+be\s+(?:there|around|in)\b[^.!?]{0,20}?\bwhen\s+i\s+(?:come|get|show|turn)\b|\b(?:not|won'?t|will\s+not)\s+(?:be\s+)?responsible\s+for\s+(?:what\s+i\s+(?:do|might\s+do|will\s+do|'ll\s+do)|my\s+actions)\b|\b(?:he|she|they)(?:'ll|\s+will)\s+be\s+picking\s+(?:his|her|their)\s+teeth\s+up\b/,
    },
    // Money named and expected removed: "i expect the $200 removed", "I expect the £40 refunded".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\bi\s+expect\s+(?:the\s+|my\s+)?(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:dollars|pounds|euros))\s+(?:[\w-]+\s+)?(?:removed|refunded|credited|back|waived|returned|reimbursed|taken\s+off)\b/,
    },
    // A state office by what it oversees, and the city's inspectors: "filing a complaint with the state insurance
    // department", "calling 311 to get a city inspector out".
    {
      flag: 'regulator',
      kind: 'act',
      re: /\b(?:the\s+)?state\s+(?:insurance|banking|utility|utilities|public\s+service|labor|labour|housing)\s+(?:department|dept|commission(?:er)?|regulator|board|division)\b|\b(?:call(?:ing)?|ring(?:ing)?|dial(?:l?ing)?)\s+311\b|\bget\s+(?:a|the)\s+(?:city|housing|building|code|health|fire)\s+inspector\s+(?:out|over|in|round|to\s+come)\b/,
    },
    // Contacts by their course: "going back and forth w billing for 2 months", "called on the 4th and again the 6th", "Why
    // am I explaining this again?", "the last two i talked to", "submitted the claim form 3 weeks ago and heard nothing".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\bgoing\s+back\s+and\s+forth\s+(?:w|with)\s+(?:[\w-]+\s+){1,2}?for\s+(?:\d+|two|three|four|several|a\s+few)\s+(?:days|weeks|months)\b|\b(?:called|rang|emailed|wrote|messaged|phoned)\b[^.!?]{0,30}?\band\s+again\s+(?:on\s+)?(?:the\s+\d|\d|yesterday|today|this\s+morning|last)|\bwhy\s+am\s+i\s+(?:explaining|repeating|telling\s+you)\s+(?:this|it|myself)\s+again\b|\bthe\s+last\s+(?:two|three|four|\d+)\s+(?:people\s+|agents\s+|reps\s+)?(?:i|we)\s+(?:talked|spoke|chatted)\s+(?:to|with)\b|\b(?:submitted|sent|filed|filled\s+in|completed)\s+(?:the|my|a|your)\s+(?:[\w-]+\s+){0,2}?(?:form|claim|request|application)\b[^.!?]{0,40}?\bago\b[^.!?]{0,20}?\b(?:heard\s+nothing|no\s+(?:reply|response|answer|word))\b/,
    },
    // corpus21b (UK, Irish, Australian and New Zealand mail): contacts counted by what was sent, asked or left, or by
    // who was passed on: "I have sent you the proof of payment four times", "I've asked twice in chat today", "you've
    // ignored three emails", "I've left four messages now", "Three promised call-backs, none received", "ur the third
    // person ive been passed to", "you havent replied to my messages in 3 weeks", "on hold 2 hrs today and nearly 3
    // yesterday", "I've told your call centre every single time".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:i'?ve|i\s+have|i|we'?ve|we\s+have|we)\s+(?:already\s+|now\s+)?(?:sent|asked|told|emailed|e-mailed|called|rung|rang|phoned|messaged|chased|written|explained|provided|uploaded|resent|re-sent)\b(?:\s+(?!(?:me|us)\b)[\w'’-]+){0,6}?\s+(?:twice|(?:three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous|many)\s+times)\b|\b(?:ignored|disregarded)\s+(?:my\s+)?(?:two|three|four|five|six|\d+|several|all\s+my)\s+(?:emails|messages|letters|calls|chats)\b|\b(?:i'?ve|i\s+have)\s+(?:now\s+)?left\s+(?:two|three|four|five|six|\d+|several)\s+(?:messages|voicemails)\b|\b(?:two|three|four|five|six|\d+)\s+promised\s+call-?backs\b|\bthe\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:person|agent|rep|department|team)\s+(?:i'?ve|i\s+have|ive)\s+been\s+(?:passed|transferred|put\s+through|sent)\s+to\b|\b(?:haven'?t|have\s+not|havent|not)\s+(?:replied|responded|answered)\s+(?:to\s+)?(?:any\s+of\s+)?my\s+(?:emails|messages|letters|calls)\s+in\s+(?:\d+|two|three|four|several)\s+(?:days|weeks|months)\b|\bon\s+hold\s+(?:for\s+)?(?:\d+|two|three|an?)\s+(?:hrs?|hours|mins?|minutes)\s+today\s+and\b[^.!?]{0,20}?\byesterday\b|\b(?:i'?ve|i\s+have|i)\s+(?:told|rung|rang|called|phoned|emailed|reported\s+it\s+to)\s+(?:your|ur|the)\s+(?:[\w-]+\s+){0,2}?(?:every|each)\s+(?:single\s+)?time\b/,
    },
    // Where it is going, said of the evidence or the matter: "This is going to A Current Affair and the ACCC", "the
    // screenshots are going to the Commerce Commission either way".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:this|it|the\s+(?:screenshots|photos|pictures|evidence|receipts|recordings?|emails|paperwork))\s+(?:is|are|'s|'re)\s+going\s+(?:straight\s+)?to\s+(?:[\w'-]+\s+){0,4}?(?:and\s+)?(?:the\s+)?${REGULATOR}`,
      ),
    },
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:this|it|the\s+(?:screenshots|photos|pictures|evidence|story|video|footage))\s+(?:is|are|'s|'re)\s+going\s+(?:straight\s+)?to\s+(?:the\s+)?${PRESS}`,
      ),
    },
    // A newspaper by its title said to be interested: "The Otago Daily Times might be quite interested in how…".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:the\s+)?(?:[a-z]+\s+){0,3}(?:times|post|herald|news|mail|telegraph|guardian|gazette|chronicle|tribune|courier|standard|express|mirror|journal|independent|examiner|advertiser|echo)\s+(?:might|may|would|will|could)\s+(?:well\s+)?be\s+(?:very\s+|quite\s+|rather\s+|really\s+|most\s+)?interested\b/,
      caps: /^(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){0,3}[A-Z][a-z]+\s/,
    },
    // Custom moved to a rival: "we've moved our Munster deliveries to another haulier", "taking both the house and car
    // insurance elsewhere at renewal".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:moved|moving|move|taken|taking|take)\s+(?:our|my|both\s+(?:the|our|my))\s+(?:[\w-]+\s+){0,4}?(?:to\s+(?:another|a\s+different|a\s+new|other)\s+(?:[\w-]+\s+)?(?:haulier|supplier|provider|carrier|courier|company|firm|insurer|bank|roaster|wholesaler|agency|vendor|contractor)|elsewhere)\b/,
    },
    // "Get me someone who isn't a brain-dead script reader."
    {
      flag: 'abuse',
      kind: 'said',
      re: /\bbrain-?dead\s+(?:script\s+)?(?:readers?|agents?|reps?|staff|people|muppets|idiots|morons|bots?)\b/,
    },
    // corpus22a–b (business customers; people under strain). Self-harm said as not needing things or not being here:
    // "I won't be needing any of it after this week", "I don't really want to be here without her", "I just want to
    // walk into the sea", "switch everything off, me included".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\bwon'?t\s+(?:be\s+needing|need)\s+any\s+of\s+(?:it|this|that|them)\s+(?:soon|much\s+longer|for\s+(?:much\s+)?long|after\s+(?:this|tonight|today|tomorrow|next))\b|\b(?:don'?t|do\s+not)\s+(?:really\s+)?want\s+to\s+be\s+here\s+(?:without|after|much\s+longer)\b|\bwalk\s+(?:into\s+the\s+(?:sea|river|lake)|in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|lorry|truck|car))\b|\b(?:switch|turn)\s+(?:everything|it\s+all)\s+off,?\s+(?:me|myself)\s+included\b/,
    },
    // Menace by what will happen: "see what happens to your front window", "he'll find out exactly what happens", "he
    // won't be walking straight after", "drag him out of the cab myself", "met at the door by me and my shotgun", "I'm
    // not responsible for what happens if I'm told to wait again".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\bsee\s+what\s+happens\s+to\s+(?:your|the|that|his|her|their)\s+(?:next\s+(?:one\s+of\s+your\s+)?)?(?:[\w-]+\s+)?(?:window|windows|van|vans|car|cars|office|shop|staff|driver|engineer|rep|agent|bailiff)s?\b|\b(?:he|she|they)(?:'ll|\s+will)\s+find\s+out\s+(?:exactly\s+)?what\s+happens\b|\b(?:he|she|they)\s+(?:won'?t|will\s+not)\s+be\s+walking\s+(?:straight|right|properly)\b|\bdrag\s+(?:him|her|them)\s+out\s+of\s+(?:the|his|her|their)\s+(?:cab|van|car|lorry|truck|office)\b|\bby\s+me\s+and\s+my\s+(?:shotgun|gun|bat|dogs?|cricket\s+bat|machete)\b|\bnot\s+(?:be\s+)?responsible\s+for\s+what\s+happens\b/,
    },
    // Someone who decides, named by what they decide or where they sit: "I'd like to speak to the owner, not the room
    // leader", "speak to whoever actually sets the fees", "a call from your service manager", "a meeting with the
    // registered manager", "Whoever approved this invoice needs to call me", "a call with your Head of Customer Success".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:speak|talk)\s+(?:to|with)\s+(?:the\s+(?:owner|proprietor|registered\s+manager|practice\s+manager|head\s+teacher|headteacher|principal)|whoever\s+(?:actually\s+)?(?:sets|decides|approved|approves|runs|signs\s+off|makes\s+the\s+decisions?|is\s+in\s+charge))\b|\b(?:a\s+)?(?:call|meeting|phone\s+call)\s+(?:from|with)\s+(?:your|the)\s+(?:(?:service|registered|general|branch|practice|regional|area|operations|account|store|site)\s+manager|head\s+of\s+[\w-]+(?:\s+[\w-]+)?|(?:managing|regional|operations|customer\s+\w+)\s+director|ceo|owner)\b|\bwhoever\s+(?:approved|signed\s+off|decided|authori[sz]ed)\s+(?:this|that|the)\b[^.!?]{0,30}?\b(?:needs\s+to|should|must)\s+(?:call|ring|contact|email)\s+me\b/,
    },
    // Going public, said in passing: "Already on Mumsnet.", "I'm posting this on Hacker News", "writing up the whole saga
    // on r/PPC", "added our experience to the r/sysadmin thread", "writing it all up on Hitched", "Posted on Trustpilot and
    // the village Facebook page".
    {
      flag: 'public',
      kind: 'said',
      re: new RegExp(
        String.raw`(?:^|[.!?]\s+)(?:already|it'?s\s+already|this\s+is\s+already)\s+(?:on|up\s+on)\s+${PLATFORM}|(?:^|[.!?]\s+)posted\s+(?:it\s+)?(?:on|to)\s+${PLATFORM}\b`,
      ),
    },
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:posting|writing\s+(?:up|it\s+(?:all\s+)?up)|writing\s+(?:up\s+)?the\s+whole\s+(?:saga|story|thing))\b[^.!?]{0,30}?\bon\s+(?:${PLATFORM}|hacker\s+news|g2|capterra|productreview|hitched|glassdoor|checkatrade|feefo|reviews\.io)|\badded\s+(?:our|my)\s+(?:experience|story|review)\s+to\s+(?:the\s+)?(?:${PLATFORM}|r\/[a-z0-9_]{2,})`,
      ),
    },
    // The press already asking: "A journalist at The Grocer has asked me for comment", "My brother works at the
    // Chronicle and he's already asked if he can…", "she has 200k followers on TikTok and keeps asking whether she should
    // do a video".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      proxy: true,
      re: /\b(?:journalist|reporter|editor|producer)\s+(?:at|from|on)\s+[^.!?]{1,40}?\bhas\s+(?:asked|contacted|approached)\s+me\b|\bworks\s+(?:at|for)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s+and\s+(?:he|she|they)(?:'s|\s+has|\s+have|'ve)\s+(?:already\s+)?(?:asked|offered)\b|\b\d+k?\s+followers\s+on\s+[\w.]+\b[^.!?]{0,40}?\b(?:asking|asked|wants?)\s+(?:whether|if|to)\s+(?:she|he|they|we|i)\s+(?:should\s+)?(?:do|make|post|film)\s+a\s+(?:video|post|thread)\b/,
    },
    // Leaving for a rival named or found: "we're moving to Sysco", "We've found a nursery that actually answers the
    // phone", "Both cats are going to another insurer", "we're going to have to look at other fulfilment options",
    // "Already unplugged your tablet and put it in a box".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:moving|switching)\s+(?:over\s+)?to\s+(?!(?:the|a|an|my|our|your|court|small|see|be|do|get|have|make|take|need|bed|work|hospital|school|london|spain|france|ofcom|ofgem|ofwat|acas|fos)\b)[a-z][\w&'-]+(?:,|\s+(?:simple|end\s+of|from|next|as\s+of|instead|then)\b)|\b(?:we'?ve|i'?ve|we\s+have|i\s+have)\s+found\s+(?:a|another)\s+(?:[\w-]+\s+)?(?:nursery|school|supplier|provider|company|firm|gym|dentist|vet|insurer|bank|agency|carrier|haulier|roaster|garage|practice|service)\s+(?:that|who|which)\s+(?:actually|does|will|can)\b|\b(?:both|all)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:cats|dogs|policies|cars|accounts|lines|phones|sites|vehicles)\s+are\s+going\s+to\s+(?:another|a\s+different|a\s+new)\b|\blook\s+at\s+other\s+(?:[\w-]+\s+)?(?:options|suppliers|providers|vendors|homes|carriers|partners)\b|\bunplugged\s+your\s+(?:tablet|device|terminal|router|box|hub|meter)\b/,
    },
    // Contacts counted in business wording: "I have uploaded those invoices three separate times", "i've given you our VAT
    // number three times", "I have appealed twice", "Four weeks, three different people, zero answers", "hi again, same
    // thing as yesterday", "ten weeks and two reminders", "I've messaged you on Instagram, email and WhatsApp", "notified
    // your arrears team on 4 April and again on 19 April".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:now\s+)?(?:uploaded|given|submitted|appealed|resubmitted|re-?uploaded|provided)\b(?:\s+[\w'-]+){0,5}?\s+(?:twice|(?:two|three|four|five|six|\d+)\s+(?:separate\s+|different\s+)?times)\b|\b(?:two|three|four|five|six|\d+)\s+different\s+(?:people|agents|reps|advisers|account\s+managers)\b[,\s]+(?:zero|no)\s+(?:answers|replies|progress|response)\b|(?:^|[.!?]\s+)hi\s+again\b[^.!?]{0,10}?\bsame\s+(?:thing|issue|problem)\s+as\s+(?:yesterday|last\s+(?:week|time))\b|\b(?:two|three|four|five|\d+)\s+reminders\b|\b(?:messaged|contacted|tried)\s+(?:you\s+)?(?:on|by|via|through)\s+(?:[\w-]+,\s+){1,3}(?:[\w-]+\s+)?(?:and|&)\s+[\w-]+\b|\b(?:notified|told|informed|reminded)\s+(?:your|the)\s+[\w\s-]{1,30}?\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+and\s+again\b/,
    },
    // Money asked back in business wording: "Please credit the three days of downtime to our account", "apply the credit
    // against invoice 10-4471", "I want all of them reversed", "I want this year's premiums back", "Pay the claim.".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\bplease\s+(?:credit|apply\s+the\s+(?:service\s+)?credit)\b[^.!?]{0,40}?\b(?:to\s+our\s+account|against\s+(?:invoice|our|the\s+next))\b|\bi\s+want\s+(?:all\s+of\s+)?(?:them|those|these|it\s+all)\s+reversed\b|\bi\s+want\s+(?:this|last)\s+year'?s\s+(?:premiums?|fees?|subscription|membership)\s+back\b|(?:^|[.!?]\s+)pay\s+(?:the|my|our)\s+claim\s*[.!]/,
    },
    // Harm, read off every English fixture's misses at the session's end (the flag an agent must not miss). Violence
    // through a window, a desk or a windscreen ("I'll put his head through the showroom window", "put every window in",
    // "I'm going over the desk"); who leaves hurt ("he'll be leaving it on a stretcher", "he'll be needing an engineer
    // himself", "he won't be driving off in one piece"); hands not kept to oneself; a car keyed; a weapon by the door;
    // a shame if the windows…; an accident that might happen; "watch himself round here".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\bput(?:ting)?\s+(?:his|her|their|your|ur|the|one|a\s+[\w-]+|it)\s+(?:[\w-]+\s+){0,2}?(?:through|thru)\s+(?:his|her|their|your|ur|the|its|that)\s+(?:[\w-]+\s+)?(?:window|windscreen|windshield|desk|door|wall|counter)\b|\bput\s+(?:every|all\s+the|all\s+your)\s+windows?\s+(?:in|through)\b|\bgo(?:ing)?\s+over\s+(?:the|that|his|her)\s+(?:desk|counter)\b|\b(?:he|she|they)(?:'ll|\s+will)\s+be\s+(?:leaving|going\s+home|needing|carried\s+out)\b(?:\s+[\w-]+){0,3}?\s+(?:on\s+a\s+stretcher|in\s+an\s+ambulance|in\s+worse\s+shape|(?:an?\s+)?(?:engineer|doctor|dentist|ambulance|surgeon)\s+(?:himself|herself|themselves))\b|\b(?:he|she|they)\s+(?:won'?t|will\s+not)\s+be\s+(?:driving|walking|leaving|going)\s+(?:off\s+|away\s+|home\s+|out\s+)?(?:in\s+one\s+piece|so\s+easily)\b|\bcan'?t\s+promise\s+(?:i'?ll|i\s+will)\s+keep\s+my\s+hands\s+to\s+myself\b|\b(?:i|ill|i'?ll)\s+key\s+(?:his|her|that|your|the)\s+(?:[\w'-]+\s+)?(?:car|van)\b|\b(?:got|have|keep)\s+a\s+(?:cricket\s+|baseball\s+)?bat\s+by\s+the\s+door\b|\b(?:be\s+a\s+(?:real\s+)?shame|shame)\s+if\s+(?:the|your|that|those)\s+(?:[\w'-]+\s+){0,4}?(?:windows?|van|car|shop|office|sign)\b|\bwindows?\s+might\s+not\s+stay\s+(?:nice|in\s+one\s+piece|intact)\b|\bthere\s+(?:might|may|could)\s+be\s+an\s+accident\s+(?:with|involving)\s+(?:that|his|her|your|their)\b|\bwatch\s+(?:himself|herself|themselves|his\s+back|her\s+back)\s+(?:round|around)\s+here\b/,
    },
    // Self-harm said as not waking up, no reason to stay, better gone: "I don't really want to wake up tomorrow", "I don't
    // think there's much reason for me to stick around", "what the point is of carrying on", "better if im gone", "ill
    // kms", "I don't know if I want to be around when she finds out".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:don'?t|do\s+not)\s+(?:really\s+)?want\s+to\s+wake\s+up\b|\b(?:i'?ll|ill|gonna|going\s+to|i\s+will|might|wanna)\s+kms\b|\b(?:much|any)\s+(?:reason|point)\s+(?:for\s+me\s+)?(?:to\s+)?(?:stick(?:ing)?\s+around|carry(?:ing)?\s+on|be(?:ing)?\s+here)\b|\bwhat\s+the\s+point\s+is\s+of\s+(?:carrying\s+on|going\s+on|being\s+here|living)\b|\b(?:better|easier)\s+(?:off\s+)?if\s+i'?m\s+(?:gone|not\s+here|not\s+around|dead)\b|\beveryone\s+would\s+be\s+better\s+off\s+(?:without\s+me|if\s+i)\b|\b(?:don'?t\s+know\s+if|not\s+sure)\s+i\s+want\s+to\s+be\s+(?:around|here|alive)\b/,
    },
  ];
}
