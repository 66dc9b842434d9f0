import type { Cue } from '../types';
import { REGULATOR } from './en-pairs';

// Session 27, read off the misses of corpus32 (six training writers who saw no code) after it was scored: the
// decider asked for by what they can do ("pass it to someone who can"), redress asked for as what is only fair
// ("a month free is the least you can do", "some kind of gesture would be appropriate"), the provider named as the
// one they will use instead, a promised amount chased ("so where's my £30"), and the followers of a page held up as
// an audience. Each is a shape, not one row's wording.

/** Staff or a decider the customer sends the matter on to. */
const WHO_CAN = String.raw`(?:someone|somebody|a person|anyone|anybody|a human|whoever)\s+(?:who|that)\s+(?:actually\s+|really\s+|genuinely\s+)?(?:can|could|is able to|has the (?:power|authority)|does have)\b`;

/** Something of value named as redress. */
const REDRESS = String.raw`(?:(?:a|one|two|three|\d+)\s+(?:months?|weeks?|years?)\s+(?:free|for free|on the house|credit)|(?:a\s+)?(?:full\s+|partial\s+)?refund|(?:a|some)\s+(?:credit|discount|voucher|rebate|partial refund|goodwill(?:\s+(?:gesture|credit|payment))?|compensation|reduction)|(?:my|our|the)\s+money\s+back|free\s+(?:replacement|delivery|month|upgrade|repair|service|installation)|compensation|a replacement)`;

/**
 * Appended to the English `rhetorical` table: redress said to be due, with a tag that wants agreement, not an answer
 * ("some kind of gesture would be appropriate, don't you think?").
 */
export const RHETORICAL_S27 = String.raw`\bshall\s+i\s+(?:put|post|share|upload|send)\b[^?]{0,80}\bor\s+(?:would|do)\s+you\s+(?:rather|want to|prefer to)\b|\b(?:is|are|would|will)\s+(?:the\s+)?(?:${REGULATOR.source.replace(/^\\b/, '')})\s+(?:going to\s+)?be\s+interested\b|\b(?:would|should|might)\s+be\s+(?:appropriate|in order|fair|reasonable|only fair|only right|the least)\b[^?]{0,30}[,;]\s*(?:don'?t you(?:\s+think|\s+agree)?|wouldn'?t you(?:\s+say|\s+agree)?|no|right|surely|yes)\s*\?`;

export function s27Cues({ platform }: { platform: string }): Cue[] {
  return [
    // The case sent on to whoever can decide it: "pass it to someone who can", "put me through to somebody who
    // actually can make decisions".
    {
      id: 'supervisor-someone-who-can',
      flag: 'supervisor',
      kind: 'ask',
      re: new RegExp(
        String.raw`\b(?:pass|put|hand|send|escalate|transfer|give|forward|refer)\s+(?:it|this|me|my case|the case|my complaint|the matter|this matter)\s+(?:on\s+|over\s+|up\s+|through\s+|back\s+)?to\s+${WHO_CAN}`,
      ),
    },
    // Someone senior wished for in a cleft or with a purpose: "what I would like is for someone senior to look at
    // it", "someone above Mark needs to ring me", "I want whoever is above him".
    {
      id: 'supervisor-someone-above-needs',
      flag: 'supervisor',
      kind: 'ask',
      re: /\bwhat\s+(?:i|we)\s+(?:would\s+like|'d\s+like|want|need|expect)\s+is\s+(?:for\s+)?(?:someone|somebody)\s+(?:more\s+)?(?:senior|higher up|in charge|with authority)\b|\b(?:someone|somebody)\s+(?:above|over)\s+(?:you|him|her|them|[a-z]+)\s+(?:needs to|has to|must|should|had better|better)\s+(?:ring|call|phone|contact|email|e-mail|get in touch with|reply to|speak to|talk to)\s+(?:me|us)\b/,
    },
    // Redress put as the least the firm can do: "a month free is the least you can do after this".
    {
      id: 'compensation-least-you-can-do',
      flag: 'compensation',
      kind: 'ask',
      re: new RegExp(
        String.raw`\b${REDRESS}\b[^.!?]{0,30}?\bis\s+(?:the\s+)?(?:very\s+)?least\s+(?:you|u|ya|your company|you lot|you guys|y'?all)\s+(?:can|could|should)\s+(?:do|offer)\b`,
      ),
    },
    // A gesture said to be due: "some kind of gesture would be appropriate", "a goodwill credit is in order".
    {
      id: 'compensation-gesture-appropriate',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:some\s+(?:kind|sort|form)\s+of|a|an)\s+(?:small\s+|goodwill\s+)*(?:gesture|goodwill\s+(?:credit|payment)|credit|refund|reduction|discount)\s+(?:of\s+goodwill\s+)?(?:would|should|might)\s+be\s+(?:appropriate|in order|fair|reasonable|only fair|only right|the right thing)\b|\b(?:some\s+(?:kind|sort|form)\s+of|a)\s+(?:goodwill\s+)?gesture\s+is\s+(?:in order|appropriate|due|owed|warranted)\b/,
    },
    // A free replacement wanted: "want a free replacement bag", "I expect a free repair".
    {
      id: 'compensation-want-free',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:i|we|i'?d|we'?d)?\s*(?:want|need|expect|would like|like|deserve)\s+(?:a|an|another)\s+(?:free|complimentary|free of charge)\s+(?:replacement|repair|one|bag|box|month|delivery|upgrade|night|meal|ticket|service|visit)\b/,
    },
    // A promised sum chased: "so where's my £30", "where is the £50 credit you promised".
    {
      id: 'compensation-where-is-sum',
      flag: 'compensation',
      kind: 'ask',
      re: /\bwhere'?s\s+(?:my|our|the)\s+(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:quid|pounds|dollars|euros|bucks))|\bwhere\s+is\s+(?:my|our|the)\s+(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:quid|pounds|dollars|euros|bucks))/,
    },
    // The provider they will use instead: "we'll go with BT instead", "I'll switch to Octopus instead".
    {
      id: 'churn-go-with-instead',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i|we)(?:'ll|'d| will| would| are going to|'re going to|'re gonna| shall)\s+(?:just\s+|have to\s+|simply\s+)?(?:go\s+with|sign\s+up\s+with|(?:switch|move|transfer|port)\s+(?:over\s+)?to)\s+[a-z0-9&'-]+(?:\s+[a-z0-9&'-]+){0,2}?\s+instead\b/,
    },
    // No more buying said by a second-language writer: "I will not buying again from you shop".
    {
      id: 'churn-not-buying-again',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i|we)\s+(?:will|would|shall)\s+not\s+(?:be\s+)?(?:buying|ordering|shopping|using|coming)\s+(?:again|any ?more|anymore)\b/,
    },
    // A standing order stopped as the alternative: "or im stopping the auto-ship", "or I'm ending the direct debit".
    {
      id: 'churn-or-stopping-plan',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:or|otherwise|else)\s+(?:i'?m|im|i am|we'?re|we are|i'?ll|ill|i will|we'?ll|we will)\s+(?:just\s+)?(?:stop(?:ping)?|cancel(?:l?ing)?|end(?:ing)?|kill(?:ing)?)\s+(?:the|my|our|this)\s+(?:auto-?ship|autoship|auto-?renew(?:al)?|subscription|sub|direct debit|standing order|membership|plan|contract|account|repeat order|deliveries)\b/,
    },
    // Followers of a page held up as an audience: "I wonder what your Facebook followers would make of…".
    {
      id: 'public-wonder-followers',
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: /\bwonder\s+what\s+(?:your|ur|the)\s+(?:[\w-]+\s+){0,2}?(?:followers|fans|subscribers|customers|readers|viewers|audience|members|public)\s+(?:would|will|might|'d)\s+(?:make of|think|say)\b/,
    },
    // Screenshots kept to be used: "ive got screenshots of this whole chat and im not scared to use them".
    {
      id: 'public-screenshots-use',
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: /\bscreenshots?\b[^.!?]{0,80}?\b(?:not|n'?t)\s+(?:scared|afraid|shy)\s+(?:to|of)\s+(?:use|using|post|posting|share|sharing|publish|publishing)\b/,
    },
    // Contempt as what the decider must not be: "someone senior who isn't completely brain-dead".
    {
      id: 'abuse-brain-dead',
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:who|that)\s+(?:isn'?t|is not|aren'?t|are not)\s+(?:completely\s+|totally\s+|utterly\s+|a\s+)?(?:brain-?dead|braindead|brainless|an idiot|a moron|a muppet|clueless|useless|incompetent)\b|\b(?:you|u|your\s+\w+)\s+(?:brain-?dead|braindead|brainless)\b/,
    },
    // The account already gone, said as a bare report: "deleted my account lmao", "Closed my account this morning.".
    {
      id: 'churn-bare-deleted-account',
      flag: 'churn',
      kind: 'act',
      strength: 'taken',
      re: /(?:^|[.!?]\s+|\n\s*)(?:just\s+|already\s+|finally\s+)?(?:deleted|closed|cancell?ed|terminated)\s+(?:my|our)\s+(?:account|subscription|membership|profile|contract)\b(?=\s*(?:[.!,]|$|lmao|lol|for good|today|this morning|yesterday|and\b))/,
    },
    // Leaving said by a firm's buyer: "we must stop to work with your company", "removed you from our approved
    // supplier list".
    {
      id: 'churn-stop-working-with',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:stop|cease|end)\s+(?:to\s+work|working|doing business|trading|to do business)\s+with\s+(?:you|your company|your firm|your business|u)\b|\bremoved\s+(?:you|your company|your firm)\s+from\s+(?:our|the)\s+(?:approved\s+|preferred\s+)?(?:suppliers?|vendors?|contractors?)\s+list\b/,
    },
    // Earlier contact counted as what was already tried: "than my last 3 emails did", "my previous two calls".
    {
      id: 'repeat-my-last-n',
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:my|our)\s+(?:last|previous|past|earlier|other)\s+(?:\d+|two|three|four|five|six|several|few|many)\s+(?:e-?mails|messages|calls|phone calls|chats|letters|tickets|complaints|requests)\b/,
    },
    // A charge the firm is told to take back: "Withdraw the interest charge or…", "reverse those late fees".
    {
      id: 'compensation-withdraw-charge',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:withdraw|remove|reverse|drop|waive|write off|cancel)\s+(?:the|this|that|your|these|those|all)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|interest|penalt(?:y|ies)|surcharges?|fines?)\b/,
    },
    // Contact implied by what came back: "nobody has replied in two weeks", "I've been given
    // four different explanations", "which I first reported on 11 January", "following up on our call", "the reply I
    // got from you last week".
    {
      id: 'repeat-implied-by-replies',
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:nobody|no one|no-one)\b[^.!?]{0,30}?\b(?:has\s+|have\s+)?(?:replied|responded|answered|got back|come back)\b[^.!?]{0,20}?\b(?:in|for|after)\s+(?:over\s+)?(?:\d+|two|three|four|five|six|several|a few)\s+(?:days|weeks|months)\b|\b(?:given|had|got|received|heard)\s+(?:\d+|two|three|four|five|six|several)\s+different\s+(?:explanations|answers|stories|excuses|reasons|responses|dates|promises)\b|\b(?:i|we)\s+first\s+(?:reported|raised|logged|flagged|contacted you|called|rang|emailed|e-mailed|wrote)\b(?!\s+(?:it\s+|this\s+|that\s+|the\s+\w+\s+)?to\s+(?:the|my|our|a|an|his|her|their)\b)|^\s*(?:just\s+)?following\s+up\s+(?:on|from)\s+(?:our|my|the|yesterday'?s|last week'?s|monday'?s|friday'?s)\s+(?:call|phone call|conversation|chat|e-?mail|meeting|ticket|complaint)\b|\bthe\s+(?:reply|response|answer|e-?mail)\s+(?:i|we)\s+(?:got|received|had)\s+(?:from\s+(?:you|your\s+[\w-]+)\s+)?(?:last\s+(?:week|month|time)|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/,
    },
    // Still waiting for the senior person promised: "I'm still waiting to speak to that team leader".
    {
      id: 'supervisor-still-waiting-to-speak',
      flag: 'supervisor',
      kind: 'ask',
      re: /\bstill\s+waiting\s+(?:to\s+(?:speak|talk)\s+(?:to|with)|for\s+(?:a\s+call\s+from|a\s+callback\s+from|a\s+call\s+back\s+from))\s+(?:that|the|your|a|this)\s+(?:team\s+leader|manager|supervisor|senior\s+\w+|head\s+of\s+\w+)\b/,
    },
    // A line or account to be cut off: "kindly do the needful and disconnect my broadband connection".
    {
      id: 'churn-disconnect-my-line',
      flag: 'churn',
      kind: 'ask',
      re: /\b(?:disconnect|deactivate|discontinue)\s+(?:my|our|the)\s+(?:broadband|internet|wifi|fibre|fiber|landline|phone line|line|connection|service|sim|number|account|plan|subscription)(?:\s+connection)?\b/,
    },
    // Leaving said plainly by writers of many Englishes: "I am shifting to Airtel", "Already moved to Vodafone.", "I've already signed with Zest", "give me one reason I shouldn't move to X".
    {
      id: 'churn-disconnect-shift-signed',
      flag: 'churn',
      kind: 'act',
      re: /\b(?:i|we)\s+(?:am|are|'m|'re)\s+(?:shifting|porting|switching|moving)\s+to\s+(?!(?:the|a|an|your|my|our|new|another)\b)[a-z][\w&'-]*|(?:^|[.!?]\s+)(?:already|just)\s+(?:moved|switched|ported|gone)\s+(?:over\s+)?to\s+(?!(?:the|a|an|your|my|our|new|monthly|annual)\b)[a-z][\w&'-]*|\b(?:i'?ve|i have|we'?ve|we have)\s+(?:already\s+|now\s+)?signed\s+(?:up\s+)?with\s+(?!(?:you|your|the same)\b)[a-z][\w&'-]*|\b(?:one|a single|any)\s+(?:good\s+)?reason\s+(?:why\s+)?(?:i|we)\s+(?:shouldn'?t|should not)\s+(?:move|switch|go|leave|take my business)\b|\bone\s+(?:good\s+)?reason\s+not\s+to\s+(?:press|click|hit)\s+(?:the\s+)?(?:button|cancel)\b/,
    },
    // The card scheme or the payment service named as the next step: "if it isn't I'm going through Visa", "I'm opening a
    // claim with PayPal".
    {
      id: 'chargeback-going-through-card',
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i'?m|i am|i'?ll|i will|we'?ll|we'?re)\s+(?:just\s+)?(?:going|go)\s+(?:through|via)\s+(?:visa|mastercard|amex|american express|my bank|my card (?:company|provider|issuer)|paypal)\b|\b(?:open|opening|file|filing|raise|raising|lodge|lodging)\s+a\s+(?:claim|dispute|case)\s+with\s+paypal\b/,
    },
    // Charges to be taken off: "I'd like the call-out charges taken off the bill".
    {
      id: 'compensation-taken-off-bill',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:charges?|fees?|costs?|amount|interest)\b[^.!?]{0,50}?\b(?:taken|knocked|wiped|removed|struck|credited)\s+off\s+(?:the|my|our|this|next)\s+(?:month'?s\s+)?(?:bill|invoice|account|statement)\b/,
    },
    // Contempt in plain words: "you're clearly too thick to understand…", "you glorified bin men".
    {
      id: 'abuse-thick-glorified',
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:you'?re|you are|ur|u r|your (?:staff|people|agents?) (?:are|is))\s+(?:clearly\s+|obviously\s+|just\s+|really\s+)?(?:too\s+)?thick\b|\byou\s+glorified\s+[a-z]/,
    },
    // Evidence held back for a platform: "If this isn't resolved by Friday they go on Trustpilot, transcripts and all."
    {
      id: 'public-they-go-on-platform',
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:they|these|those|it|the (?:photos|screenshots|pictures|videos|transcripts|recordings))\s+(?:go|goes|are going|is going|will go|get posted|gets posted)\s+(?:straight\s+)?(?:on|up on|onto|to)\s+(?:(?:our|my|the)\s+(?:[\w-]+\s+){0,2})?${platform}`,
      ),
    },
    // A fee that must come off: "either the £60 early exit fee comes off or…", "the cancellation fee comes off my bill".
    {
      id: 'compensation-fee-comes-off',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:fee|fees|charge|charges|interest|penalty|surcharge)\s+(?:comes?|gets?)\s+(?:taken\s+)?off\b/,
    },
    // Whoever decides, sent for: "pass it to whoever signs off on exceptions", "put me on to whoever's actually in
    // charge", "is there anyone further up who reads these?", "who signs off on goodwill payments at your end?".
    {
      id: 'supervisor-whoever-signs-off',
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:pass|send|escalate|give|put|hand)\s+(?:it|this|me|the case|my case)\s+(?:on\s+|up\s+|over\s+|through\s+)?to\s+whoever(?:'s|\s+is)?\s+(?:actually\s+|really\s+)?(?:signs off|approves|decides|can decide|has the authority|in charge|makes the (?:call|decision)|authori[sz]es)\b|\bwho\s+(?:signs off|approves|authori[sz]es)\s+(?:on\s+)?(?:goodwill|refunds|exceptions|compensation|credits|payments)\b|\b(?:anyone|anybody|someone|somebody)\s+(?:further|higher)\s+up\b/,
    },
    // Another provider of the kind named: "we will be finding another nursery"; a gift stopped: "cancel my monthly
    // £10 donation".
    {
      id: 'churn-finding-another-donation',
      flag: 'churn',
      kind: 'act',
      re: /\b(?:will be|'ll be|are|am)\s+(?:finding|looking for|getting)\s+(?:another|a new|a different)\s+(?:nursery|school|provider|supplier|gym|dentist|vet|garage|agent|company|bank|builder|cleaner|landlord|insurer|broker|carer|care home)\b|\bcancel\s+(?:my|our)\s+(?:monthly|regular|annual|weekly)\s+(?:[£$€]?\d+\s+)?(?:donation|gift|pledge|standing order|direct debit)\b/,
    },
    // Contempt as a kind of animal or incapacity: "You're vultures.", "are you people genuinely incapable of reading??".
    {
      id: 'abuse-vultures-incapable',
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:you'?re|you are|you lot are|ur)\s+(?:a\s+bunch\s+of\s+|a\s+pack\s+of\s+|nothing but\s+|just\s+)?(?:vultures|leeches|parasites|bloodsuckers)\b|\byou\s+(?:people|lot|guys)\s+(?:genuinely\s+|actually\s+|seriously\s+|completely\s+|just\s+)?(?:incapable|unable)\s+of\s+(?:reading|listening|understanding)\b/,
    },
    // Harm by dogs set on staff, and a life not expected to go on ("I don't think I'll be around by the time…").
    {
      id: 'harm-dogs-not-around',
      flag: 'harm',
      kind: 'harm',
      re: /\bset(?:ting)?\s+(?:the|my)\s+dogs?\s+on\b|\b(?:won'?t|don'?t think i'?ll|dont think ill|don'?t think i want to|dont think i want to|not going to)\s+be\s+around\s+(?:much\s+longer|for\s+much\s+longer|by the time|long|for long)\b/,
    },
    // The bank told to claw it back; a lawyer described, not named ("someone who bills by the hour").
    {
      id: 'chargeback-claw-back',
      flag: 'chargeback',
      kind: 'act',
      re: /\b(?:bank|card (?:company|provider|issuer)|amex|visa|mastercard)\b[^.!?]{0,30}\bclaw\s+(?:it|the money|that|the charge)\s+back\b/,
    },
    {
      id: 'legal-bills-by-the-hour',
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\bsomeone\s+who\s+(?:bills|charges)\s+by\s+the\s+hour\b/,
    },
    // Leaving said in chat shorthand ("or im done w u", "plenty of other gyms round here"), and contempt by brain cells
    // ("not one working brain cell between them").
    {
      id: 'churn-done-w-u-plenty-others',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i'?m|im|i am)\s+(?:so\s+|just\s+)?done\s+w(?:\/|ith)?\s+(?:u|you|ya)\b|\bplenty\s+of\s+other\s+(?:gyms|shops|banks|providers|companies|places|stores|networks|airlines|hotels|restaurants|options|garages|sellers|suppliers)\b/,
    },
    {
      id: 'abuse-brain-cells',
      flag: 'abuse',
      kind: 'said',
      re: /\bnot\s+(?:one|a single)\s+(?:working\s+)?brain\s+cell\b|\bbrain\s+cells?\s+between\s+(?:them|you|the lot of you)\b/,
    },
  ];
}
