import type { EscalationFlag, EscalationStrength } from '../../../types';
import type { Range } from '../clauses';
import { PAYER } from './en-relationship';

// Written for Heartline. What an English message says around a cue that has already read as an intent, and that
// takes the intent back: the customer disclaims it, says the matter is over, reports someone else's words or
// acts, names a team or a person rather than an act, passes on praise, or pauses rather than leaves. Read only
// for cues that survived the clause reading, so a message with no flag never reaches these patterns.

/** Money, escalation and contact flags: what "not asking for anything" or "all sorted" takes back. */
const SOFT: ReadonlySet<EscalationFlag> = new Set([
  'compensation',
  'repeat-contact',
  'supervisor',
  'chargeback',
  'public',
  'regulator',
  'legal',
]);

// The customer says outright they want nothing from this message ("Not after compo", "not looking for any
// compensation", "not complaining", "not blaming you"). "Not asking for much: refund me…" still asks.
const DISCLAIMED =
  /\b(?:not|n't|never)\s+(?:really\s+)?(?:asking|after|looking|chasing|wanting|expecting|seeking|here|writing|in it)\s+(?:for\s+)?(?:any(?:thing)?(?:\s+(?:back|in return|from you))?|a thing|compo|compensation|money|a refund|refunds?|any (?:money|refund|compensation|compo|credit|goodwill))(?=[\s.,!;)]|$)|\bnot complaining\b|\b(?:i'?m|i am)\s+not\s+(?:chasing|pushing)(?=\s*(?:[\u2014\u2013,.;:-]|just\b|only\b|$))|\bnot (?:a complaint|blaming (?:you|anyone|your))\b|\bnot your fault\b/;
// The message says its trouble is with someone else ("(not you, don't worry!)").
const NOT_YOU = /\(not you\b|\bnot (?:you|about you),? don'?t worry\b/;
// A refund already granted, asked about only for when it lands ("the refund is approved on Monday").
const ALREADY_GRANTED =
  /^(?:refund|compensation|credit|reimbursement)s?\s+(?:is|was|has been|had been|got|were|have been)\s+(?:already\s+)?(?:approved|processed|issued|confirmed|authori[sz]ed)\b(?![^.!?]*\b(?:still|never|yet|(?:weeks?|months?) ago)\b)/;

// The matter is over: withdrawn, paid, settled, closed to the customer's satisfaction.
const OVER =
  /\byou (?:have |'ve )?(?:already |finally )?refunded (?:me|us)\b(?! (?:only|just|half|part|the wrong|too little|\S+ instead))(?=[^.!?]{0,30}\b(?:in the end|so i|and i|thanks|thank you|cheers))|\b(?:all sorted|sorted now|(?:already |all )?(?:processed and )?refunded,? (?:thank|thanks|cheers)|(?:happy|satisfied|content) with how it (?:ended|went|turned out|was (?:handled|resolved))|found in (?:my|our) favou?r|settled amicably|(?:,\s*)(?:which|that)\s+(?:was|got)\s+(?:all\s+)?(?:settled|resolved|sorted)(?:\s+(?:out|in the end))?(?!\s*,?\s*(?:but|or so|until|till|apparently|supposedly))|all (?:fine|good|sorted) in the end|no hard feelings|(?<!\b(?:not|never|yet to)\s)(?<!n't\s)(?:got|received|had) (?:the|my|our) (?:[\w-]+ ){0,2}?(?:compensation|refund|money back|reimbursement|payout)(?: for [^.!?,]{0,20}?)?(?: (?:today|this morning|yesterday|now|already))?(?=[,.!])|(?:already |have )?(?:given|paid|refunded) me (?:my money|it|the money) back|(?:ignore|disregard) (?:the|my) (?:\w+ ){0,4}?(?:request|email|message|complaint)|\b(?:refund|credit|money|reimbursement)s?\b(?: for [^.!?]{1,40}?)? (?:has |have )?(?:came|come) through\b|\b(?:refund|credit|money|reimbursement)s?\b(?: for [^.!?]{1,40}?)? (?:has |have )?(?:landed|arrived|hit my account|showed up)\b|\bthank(?:s| you)(?: so much| very much)? for (?:the|my|your|that|this) (?:[£$€]?[\d.,]+ |quick |speedy |fast |kind )?(?:credit|refund|voucher|compensation|goodwill|gesture|reimbursement)\b|so no need|no need (?:now|any ?more))\b/;

// The money already back from someone else ("I reported the charge to Apple and they refunded it", "got my money
// back through Google Play in the end"): nothing left to ask of us.
const ELSEWHERE_PAID = new RegExp(
  String.raw`\b(?:${PAYER}|apple|google(?: play)?|the app store|they)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|finally\s+)?(?:refunded|reimbursed|credited|returned)\s+(?:it|me|the (?:money|charge|payment|amount))\b(?!\s+(?:only|just|half|partly|in part))|\bgot (?:my|the|our) money back\s+(?:through|via|from)\b|\b(?:got|gets|getting|received|had)\s+(?:his|her|their)\s+(?:money|refund|cash|deposit)\s+back\b(?![^.!?]*\b(?:(?:i|we)\s+(?:want|need|expect|deserve|should get)|(?:want|need|give me|refund|expect)\s+mine|me too|same for me)\b)`,
);

// A threat or condition in the cue's own sentence keeps it: "not after compo, but if it happens again I'll…". The
// apostrophe of "we'll" is required: "well" is a word.
const STILL_THREATENS =
  /\b(?:if|unless|or (?:i|else|we)|otherwise|i'?ll|i will|we'll|i'?m going to|going to|i shall|we shall)\b/;

// Someone else's words or acts, read in the cue's sentence.
const THIRD_PARTY_SAYS =
  /\b(?:my|our|a)\s+(?:\w+\s+)?(?:friend|mate|brother|sister|cousin|colleague|neighbou?r|dad|mum|mom|uncle|aunt|son|daughter|husband|wife|partner|grandson|granddaughter|grandma|grandad|nan|kids?)\b(?:[^.!?]{0,60}?\band)?\s+(?:is |keeps |was |has )?(?:saying|says|said|reckons|telling me|tells me|suggested|suggests)\b[^.!?]{0,30}\b(?:i|we)\s+(?:can|could|should|might|ought to)\b/;
// Someone else's talk of a threat, passed on ("they mention going to the papers, but that's between them and us").
const OTHERS_MENTION =
  /\b(?:they|he|she|the family|a reporter|a journalist)\s+(?:mention(?:s|ed)?|talk(?:s|ed)? about|emailed asking|asked me to comment)\b/;
const OWN_THREAT = /\b(?:i'?ll|i will|we'll|we will|i'?m going to|we'?re going to|i shall|we shall)\b/;
const OTHERS_POST =
  /\b(?:some of|other|the other)\s+(?:the\s+)?(?:other\s+)?(?:parents|customers|people|members|residents|tenants|users|mums|dads)\b[^.!?]{0,60}?\b(?:talking about|thinking about|planning|want(?:ing)? to|threatening to)\b|\b(?:someone|somebody|people|a scammer|scammers|a fake account)\s+(?:has|have|had|is|are|was|were|keeps?)\s+(?:been\s+)?(?:posting|posted|sharing|shared|advertising|selling|impersonating|spamming|using)\b|\b(?:saw|seen|read|came across|spotted|found)\s+(?:a|an|the|some|that|this|your|their)\s+(?:[\w-]+\s+){0,2}?(?:reviews?|posts?|threads?|articles?|videos?|tweets?|comments?|stories)\b(?![^.!?]*\b(?:i|we)(?:'m|'ll|'ve| am| will| have| shall)?\s+(?:(?:also|now|just|going to|gonna)\s+)?(?:post|posted|posting|wrote|write|writing|left|leave|leaving|put|putting|made|make|making|shared|share|sharing)\b)|\b(?:saw|seen|noticed|read|reading)\s+(?:(?:on|in)\s+[\w-]+\s+)?(?:a few|some|lots of|loads of|other|several|many)?\s*(?:people|folks|others|neighbours|users|customers|parents)\b|\b(?:reviews?|posts?|complaints?) from (?:my |our |other |some )?(?:customers|people|users|parents|guests)\b|\b(?:a|the|one|my|our|some|other|several|many|a few|lots of)\s+(?:(?:other|of your)\s+)?(?:customer|client|buyer|guest|tenant|user|member|resident|passenger)s?\s+(?:is|are|has|have|had)?\s*(?:disputing|disputed|charged back|filed|opened|raised|posted|threatening|threatened|suing|sued|taking you to court|reporting)\b|\byou (?:can|could|should|might|to) warn\b/;
const CARD_DISPUTE =
  /\b(?:dispute|disputed|disputing|chargeback|charge back|charged back|card provider|card issuer|card company)\b/;
// A threat reported against the customer ("your driver was threatening to beat me"), or a game won.
const HARM_AT_ME =
  /\b(?:he|she|they|someone|somebody|your \w+|the \w+|a \w+)\s+(?:was |were |is |has |had )?threaten(?:ed|ing)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:me|us)\b/;
// Not going on as a customer ("I don't see us staying with you when the contract ends"): leaving, read as giving up.
const HARM_NOT =
  /\b(?:stay|staying|stick|sticking|carry on|carrying on|continue|continuing|remain|remaining)\s+(?:on\s+)?with\s+(?:you|you guys|you lot|your (?:company|firm|bank|network|service|brand|app))\b|\b(?:beat|beating|beaten)\s+(?:them|him|her|you|me|us)\s+(?:in|at|on)\s+(?:ranked|a game|the game|a match|the match|chess|fifa|cod|pvp|the final|a race|the quiz)\b|\b(?:didn'?t|did not|never|doesn'?t)\s+(?:even\s+)?knock\b|\bknock(?:ed|ing)?\s+(?:on|at)\s+(?:the|my|our)\s+door\b/;

// A name or team, not an act: Sue the colleague, the legal team at work, a case read about, a letter received.
const NOT_ACT: Partial<Record<EscalationFlag, RegExp>> = {
  // An insult owned up to and apologised for ("Calling your staff idiots was out of order").
  abuse:
    /\bcalling\s+(?:you|your\s+[\w-]+|the\s+[\w-]+)\s+(?:an?\s+)?[\w*-]+\s+was\s+(?:out\s+of\s+order|wrong|uncalled\s+for|unfair|not\s+(?:ok|okay|fair|right)|rude|unacceptable)\b|\bapologi[sz]e\s+for\s+(?:calling|what\s+i\s+said|my\s+(?:language|words|behaviou?r|outburst|tone|rudeness))\b/,
  // An assurance about billing asked for, nothing asked back: "please confirm in writing that my card will not be
  // charged again, and that the next charge will be the normal $86.40".
  compensation:
    /\b(?:keep an eye out|look(?:ing)? out|watch(?:ing)? out)\s+for\s+(?:the|my|that|your)\s+refund\b(?![^.!?]*\b(?:or|otherwise|else|if (?:it|not))\b)|\b(?:receipt|confirmation|proof|statement|letter)\s+(?:for|of)\s+(?:the|my)\s+(?:refund|credit|compensation|reimbursement)\b|^(?![\s\S]*\b(?:refund|credit|money back|reimburs|compensat|refunded|waive))[\s\S]*\bconfirm\b[^.!?]{0,60}?\b(?:will not|won'?t|will no longer|is not going to)\s+be\s+(?:charged|billed|debited)\b/,
  legal:
    /\bsue(?=-|\s+(?:from|here|in|at|has|is|was|comes|said|says|who|and co)\b|\s*&|'s\b|,\s+(?:from|here)\b)|\bmr\.? judge\b|\b(?:we are|we'?re|this is)\s+(?:an?\s+)?(?:small\s+|large\s+|local\s+|boutique\s+)?(?:law firm|firm of solicitors|legal practice|solicitors'? (?:firm|practice))\b|\bsolicitors here\b|\b(?:my|our|the) (?:server|colleague|manager|boss|friend|neighbou?r|receptionist|assistant|cleaner|nurse|carer|waitress|teacher|sister|aunt|daughter|wife|mum|mom) sue\b|\bsue (?:ellen|anne|ann|lee|marie|beth)\b|\bcourt (?:road|rd|lane|ln|street|st|avenue|ave|drive|way|close|place|house|farm|hotel|gardens)\b|\b(?:judge'?s|judges) (?:arms|head)\b|\b(?:small claims|legal aid|law|legal) (?:clinic|workshop|seminar|advice session|drop-in|fair)\b|\b(?:i'?m|i am|i work as|as) (?:a|an) (?:practising |practicing |trainee |junior )?(?:solicitor|lawyer|attorney|barrister|paralegal)\b(?![^.!?]*\b(?:will|'ll|know my rights|sue|suing|court|claim|proceedings|action)\b)|\b(?:our|my) (?:legal|compliance|procurement) (?:team|department|dept|counsel) (?:needs?|requires?|wants?|has asked for|asked for|requests?|is requesting|would like) (?:a |an |the |your |our )?(?:signed |latest |current |updated |full |copy of (?:the |your )?)*(?:copy|nda|dpa|contract|agreement|certificate|document|policy|terms|w-?9|invoice|quote|details|information|data processing|version)\b|\b(?:our|my|the)\s+(?:legal|compliance|procurement)\s+(?:team|department|dept|counsel)\s+(?:is|are|has|have)\s+(?:\w+\s+)?(?:reviewing|checking|looking (?:at|over)|approved|signed off|asked|asking|requested)\b(?!\s+whether\b[^.!?]*\b(?:breach\w*|liable|grounds|claim)\b)|\b(?:read|heard|saw|seen)\s+(?:about|of)\s+(?:the|a|this)\s+(?:class action|lawsuit|court case|legal case)\b|\b(?:got|received|had)\s+(?:a|an)\s+(?:letter|email|notice)\s+from\s+(?:a|an|some|their)\s+(?:law firm|solicitors?|lawyers?|debt collect\w+)\b/,
  // The press told of something good: "the local paper might be interested in your charity run".
  // The writer is the press asking about a feature ("We're a local news site putting together a list of the best
  // bakeries"), not a customer going to it.
  // A writer for the press who says this is a personal matter ("I write the consumer column at the Herald, but this is
  // purely a personal query").
  public:
    /\b(?:purely|just|only|strictly)\s+(?:a\s+)?(?:personal|private)\s+(?:query|question|matter|enquiry|inquiry)\b|\bnot\s+(?:writing|asking)\s+(?:as|in\s+my\s+capacity\s+as)\s+(?:a\s+)?(?:journalist|reporter|columnist)\b|\b(?:we'?re|we are|i'?m|i am)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:news\s+(?:site|website|outlet|desk)|newspaper|magazine|blog|podcast|radio\s+(?:station|show)|tv\s+(?:channel|show)|publication|journalist|reporter|editor|food\s+writer|blogger|features?\s+writer)\b(?![^.!?]*\b(?:complain\w*|refund|never|worst|terrible|disgust\w*|unacceptable|treated|treat|expos\w*|how (?:you|your))\b)|\binterested\s+in\s+(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?:charity|fundrais\w*|appeal|initiative|launch|anniversary|volunteers?|award|sponsorship|community\s+(?:work|project|day))\b|\bgave (?:him|her|them|the (?:driver|rider|courier|host|guest)|my (?:driver|rider|host))\s+(?:a\s+)?(?:1|one|2|two)[- ]stars?\b|\b(?:customer|guest|buyer|rider|passenger)s? gave me\b|\b(?:not (?:me|mine|yours)|(?:your|the) other branch|another (?:firm|company|branch|shop))\b|\bthe independent (?:adjudicator|review(?:er)?|examiner|assessor|complaints|panel|ombudsman|expert|advocate|commission|inquiry|office)\b|\bcomplaints? (?:desk|team|department|line|portal|unit)\b/,
  supervisor:
    /\bpass (?:that|this|it|these|them)\s+(?:on|along)\s+to\b(?!\s+(?:someone|somebody|anyone|anybody|a person)\s+(?:who|that)\s+(?:can|could|is able to|has))|\bpass (?:on |along )?my (?:thanks|compliments|praise)\b|\b(?:someone|somebody|anyone|manager|senior|head)\s+(?:\w+\s+)?(?:in|from|on)\s+(?:your|the)\s+(?:partnerships?|sales|marketing|business development|wholesale|press|media|procurement|commercial|recruitment|careers|affiliate)\b|\b(?:said|told me|promised)\s+(?:that\s+)?(?:the|a|your)\s+(?:[\w-]+\s+)?(?:manager|supervisor)\s+would\s+(?:call|ring|phone|email|contact|get back)\b/,
  // Coming over to us is no leaving: "switching to you was the best decision we made", "we moved to you from BT",
  // "we're switching our office to your fibre plan".
  // "Just refund the duplicate and we're done": the matter settled by the refund, not the customer leaving.
  // Staying preferred to the move it names ("I'd rather stay with you than move my mortgage elsewhere").
  churn:
    /\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:much\s+)?(?:rather|prefer\s+to)\s+(?:stay|remain|stick)\b[^.!?]{0,30}?\bthan\b|\blooking\s+(?:elsewhere|everywhere|around)\s+(?:in|on)\s+(?:the|your|this|my)\s+(?:app|site|website|page|menu|settings|account|dashboard|portal|screen)\b|\b(?:we|i|the (?:shop|office|store|restaurant|business|warehouse|site))\s+(?:will be|'ll be|are|am|is|shall be)\s+closed\s+(?:from|between|until|till|on|over|for)\b|\b(?:refund|credit|fix|sort|send|pay|reverse|waive|replace|correct)\b(?:[^.!?]|\.\d){0,60}?\band\s+(?:we'?re|we are|i'?m|i am)\s+(?:done|square|even|good|sorted)\b(?![^.!?]*\b(?:never|again|leav|cancel|clos|elsewhere|somewhere else))|\b(?:switch(?:ed|ing)?|mov(?:ed|ing)|came|coming|changed|changing)\s+(?:(?:our|my|the|all (?:our|my))\s+(?:[\w-]+\s+){0,2}?)?(?:over\s+)?to\s+(?:you|you guys|your (?:[\w-]+\s+)?(?:company|service|bank|network|firm|plan|package|tariff|broadband|fibre|fiber|platform|app|software|system|product|accounts?|contract))\b(?!\s+(?:people|lot)\b)(?![^.!?]*\b(?:leav|cancel|clos|quit|terminat|switch\w* (?:back|away)|mistake|regret))|\bcancel\s+(?:my|the|this|our)\s+(?:appointment|booking|reservation|table|slot|visit|session|lesson|class)\b[^.!?]*\b(?:re-?book|reschedule|rearrange|another\s+(?:day|time|date))|\bswitch(?:ing)?\s+(?:from\s+(?:the\s+|my\s+)?(?:monthly|annual|yearly|basic|standard|premium|free|pro|family|business|lite)\b|(?:over\s+)?to\s+(?:the\s+)?(?:monthly|annual|yearly|basic|standard|premium|pro|family|business|lite)\s+(?:plan|tier|package|tariff|subscription|option|billing))|\bcancel\s+(?:po|purchase\s+order|order\s+line|line\s+\d)|\bre-?(?:subscribe|join|activate|instate)\b|\b(?:closed|cancell?ed)\s+(?:my|our|an?)\s+old\s+(?:account|card|plan|subscription|number)\b|\b(?:check-?in|gate|boarding|registration|entries|applications?|the (?:shop|store|office|desk|bar|kitchen|pool))\s+(?:closes?|closing)\b|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:hotel|booking|reservation|gym|trial|flight|room|appointment|ticket|table|holiday|trip)\s+(?:that\s+)?(?:i|we)\s+cancell?ed\b|\bin (?:her|his|their|the tenant'?s|the previous \w+'?s) name\b[^.!?]{0,60}\bin (?:mine|my name)\b/,
  // A repeated act of someone else's, counted ("Third time the courier's thrown my parcel over the gate").
  // …and the agent repeating themselves ("you've now read me the same policy three times").
  // …and the customer's own nth go at a chore ("third time today I've had to pull the tray out").
  'repeat-contact':
    /\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+(?:today|this\s+(?:morning|week|month))\s+(?:that\s+)?(?:i'?ve|i\s+have)\s+had\s+to\s+(?!(?:call|ring|phone|e-?mail|write|chase|contact|message|ask|explain)\b)|\byou(?:'ve| have)?\s+(?:now\s+)?(?:read|told|sent|given|quoted|recited)\s+me\s+(?:the same\s+)?(?:[\w-]+\s+){0,3}?(?:three|four|five|\d+|several|many)\s+times\b|(?:^|[.!?]\s*)(?:this is\s+)?(?:the\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+(?:the|your|that|this|a|an|he|she|they|it)\s+(?:[\w']+\s+){0,2}?(?:has\s+|have\s+|had\s+|'s\s+|was\s+|were\s+)?(?:thrown|left|dropped|delivered|missed|broken|crashed|failed|damaged|lost|turned up|arrived|charged|overcharged|cancell?ed|been)\b|\byou (?:keep )?(?:ring|call|phone|text|email)\w*\s+(?:me\s+)?(?:\w+\s+){0,2}?times\b|\brang up (?:my|the|our)\b/,
  // A word read off a statement ("a line saying chargeback reversal"): the merchant's entry, not the customer's act.
  // A claim form is an insurer's or an airline's, not a payment dispute, unless a card or payment service is named.
  // …and a chargeback asked about ("whats a chargeback?? the game says my account is locked because of a chargeback").
  chargeback:
    /\bwhat'?s\s+(?:a|an)\s+['"‘“]?(?:chargeback|charge back)\b|\b(?:locked|suspended|banned|blocked|frozen|closed|restricted)\s+(?:because of|due to|for|over)\s+(?:a|an|the)\s+(?:chargeback|charge back)\b|\bclaim forms?\b(?![^.!?]*\b(?:paypal|bank|card|visa|mastercard|amex|stripe|klarna|issuer)\b)|\b(?:saying|says|shows?|showing|reads?|labell?ed|marked|entry|line)\s+['"‘“]?(?:chargeback|dispute) (?:reversal|adjustment|credit)\b|\bwh?at (?:does|do|is) (?:a |an |the )?['"‘“]?(?:chargeback|charge back)['"’”]? (?:mean|stand for)\b/,
  regulator:
    /\b(?:withdrew|(?:have|'ve|had)\s+withdrawn|dropped|retracted)\s+(?:it|the\s+complaint|my\s+complaint)\b|\b(?:was|were|had been) (?:going|about|planning|tempted) to\b[^.!?]*\bbut\b|\bi (?:work|worked|volunteer) (?:on|at|for|in) (?:the )?[\w' -]{0,40}?(?:ombudsman|regulator|commission|authority|standards)\b/,
};
// The grant doubted ("my bank says nothing has been processed"): the money is still wanted.
const DOUBTED = /\b(?:nothing|never|still|no record|lied|lying|not (?:arrived|received|there|in))\b/;
// A school exercise ("a class project on how power prices work", "our mock trial unit", "our class is doing a
// unit on how to complain"): the trigger words are the children's, not a complaint's.
const EXERCISE =
  /\b(?:class|school|uni|university|college|homework) (?:project|assignment|essay|unit|exercise|presentation)\b|\bmock trial\b|\b(?:our|my|the) class is doing\b/;
// A trigger word inside a name: a firm ("Refund Ninja Ltd", "Claimsmart Solicitors Ltd" is still a firm's name) or
// what something is called ("our company is called…", "an app named…"; not "called my bank").
const NAMED_AFTER =
  /^[\w'-]+(?:\s+[\w&'-]+){0,2}\s+(?:ltd|limited|inc|llc|plc|gmbh|pty|corp|l\.l\.c|co(?:\.|\b(?!-)))\b/;
const NAMED_BEFORE =
  /\b(?:(?:is|are|was|were|be|been|'s|'re|company|firm|business|shop|store|app|brand|product|page|group|channel|something|one)\s+(?:called|named)|trading as|t\/a)\s+(?:[\w&'-]+\s+){0,2}$/;
// A swear word that qualifies the writer's own thing or a thing named ("this f***ing printer").
const AT_A_THING =
  /\b(?:the|this|that|my|our|these|those) (?:(?:stupid|bloody|damn|damned|cursed|wretched|flipping|dumb|old) )?$/;
const SWEAR_AT_THING =
  /^[a-z]*[*@#$%!]+[a-z]*ing\s+(?!(?:hell|heck|you|your|u|ur|idiots?|morons?|clowns?|people|staff|lot|team|company|agents?|muppets?|useless)\b)[a-z]/;
// A freeze, pause or downgrade asked for in place of leaving.
const PAUSING =
  /\b(?:freeze|pause|suspend|put (?:it|\w+ \w+) on hold|downgrade)\w*\b[^.!?]{0,40}\b(?:instead of|rather than|not|without)\s+cancel|\b(?:i'?ll|we'?ll|i will|we will) be back (?:in|by|next|after|for)\b/;

// A refund already under way asked about only for its timing ("just checking it was started", "is that normal?
// I only want to know when to expect it"), with nothing in the message chasing it: a status question, not a demand.
const TIMING_ONLY =
  /\b(?:just|only) (?:checking|wondering|asking|curious|want(?:ed|ing)? to (?:know|check|confirm|make sure|understand))\b|\bis (?:this|that|it) normal\b|\bso (?:i|we) can plan\b/;
const UNDER_WAY =
  /\b(?:refund|credit|reimbursement|money)s?\b[^.!?]{0,40}\b(?:takes?|taking|started|approved|processed|issued|in progress|on (?:its|the) way|due|arrive|land|show)\b|\b(?:got|get|getting) (?:a |the |their |his |her )?refund in \d+|\b(?:timing|how (?:long|many (?:days|weeks)))\b/;
const CHASING =
  /\b(?:still|never|nothing|again|yet|ignored|chas\w+|(?:second|third|fourth|\d+(?:st|nd|rd|th)) (?:time|email|call|message)|how many times|weeks? ago|months? ago|unacceptable|ridiculous|want (?:it|my money)|now|today|asap|immediately)\b|!/;

// A message to the customer's own bank or card issuer: opened to it by name, or disputing a charge whose merchant
// is quoted as a statement shows it ("the £60 payment to 'PETBOX LTD'"). A refund the merchant refused is told to
// the bank, not asked of us: the dispute is the whole request.
const TO_PAYER =
  /^\s*(?:hello|hi|hey|dear|to)\s+(?:the\s+)?(?:natwest|barclays|barclaycard|monzo|amex|american express|hsbc|lloyds|santander|chase|starling|revolut|nationwide|halifax|citi(?:bank)?|capital one|wells fargo|tsb|first direct|mbna|paypal|visa|mastercard|discover|(?:card|credit card|disputes?|chargebacks?|fraud) (?:services|team|department|centre|center|unit))\b|\b(?:reverse|dispute|recall|charge back|(?:raise|open|lodge|file) a (?:dispute|chargeback|claim) (?:on|for|against))\s+(?:the\s+|this\s+|a\s+)?(?:[£$€]\s?[\d,.]+\s+)?(?:payment|charge|transaction|debit)s?\s+(?:of\s+[£$€]?\s?[\d,.]+\s+)?(?:to|from|by|made to)\s+['"‘“]/;

// A past act asked about only for what it means now ("I had a chargeback two years ago. Will that affect my
// application?"): the question is the message.
const PAST_ASKED =
  /\b(?:will|would|does|could|can|might|is) (?:that|this|it) (?:still )?(?:affect|stop|impact|count against|matter|be a problem|hurt|prevent|block|show up)\b/;
const LONG_AGO = /\b(?:years?|months?) (?:ago|back)\b|\blast year\b|\bin (?:19|20)\d\d\b|\bback in\b/;

// Session 17. An insult the writer gives themself ("I am an absolute muppet", "booked the wrong dates like an
// idiot"): read on the words just before the epithet, with nobody else named before it in the sentence.
const SELF_INSULT =
  /(?:\bi(?:'m| am| was| felt| feel| must be)|\bsilly me,?|\bmyself,?)\s+(?:such\s+|being\s+|a bit of\s+|a right\s+)?(?:an?\s+)?(?:absolute\s+|complete\s+|total\s+|utter\s+|right\s+|proper\s+|bit of an?\s+)?$|\blike\s+(?:an?\s+)?(?:absolute\s+|complete\s+|total\s+|utter\s+|right\s+|proper\s+)?$/;
const OTHERS_NAMED = /\b(?:you|your|ur|u|they|them|he|him|she|her|staff|driver|agent|team|company|people|lot)\b/;
// A payment dispute that is over, was a slip, or was never about us ("withdrew it once your team refunded", "opened
// a dispute by mistake", "none of them yours", "I said no", "I don't want to use it", "with a different gym").
const DISPUTE_OVER =
  /\b(?:withdr(?:ew|awn)|closed|cancell?ed|dropped|retracted)\s+(?:it|the (?:dispute|case|claim|chargeback))\b|\b(?:dispute|case|claim|chargeback)s?\b[^.!?]{0,50}?\b(?:is|was|has been|got|were|have been)\s+(?:now\s+|since\s+|already\s+)?(?:closed|withdrawn|dropped|cancell?ed|resolved)\b|\b(?:by mistake|accidentally|misclick(?:ed)?|was a mistake|my mistake|my error|their error)\b|\bnone of (?:them|which|those|these)\s+(?:are |is |were )?yours\b|\b(?:don'?t|do not|didn'?t|did not|haven'?t|have not)\s+(?:want to\s+|wish to\s+|intend to\s+)?(?:use it|disputed? (?:anything|it|this|that))\b|\bi said no\b|\b(?:that'?s|that is|it'?s|it is|which is|which was|that was|all)\s+(?:long\s+since|long|since|all)\s+(?:closed|settled|resolved|sorted|over|done|finished)\b|\b(?:know|knows|understand|understands|familiar with)\s+(?:exactly\s+|full well\s+|perfectly well\s+|very well\s+)?how\s+(?:a\s+|the\s+)?(?:chargebacks?|disputes?|card disputes?|paypal (?:claims|disputes))\s+works?\b|\bwith (?:a different|another|some other)\s+(?:[\w-]+\s+)?(?:company|gym|shop|store|merchant|retailer|provider|firm|seller|app|bank)\b/;
// A message written to praise staff to their manager, with nothing in it going wrong: the manager is asked to hear
// thanks, not to take over a complaint.
const PRAISE_FOR_STAFF =
  /\bhow (?:grateful|thankful) (?:i am|we are|my \w+ (?:is|are))\b|\bhow (?:patient|kind|helpful) (?:young )?\w+ (?:was|were|has been)\b|\b(?:deserves?\s+(?:some\s+)?(?:recognition|a raise|praise|credit|to know)|nominat(?:e|ion)|saved (?:me|us|my)|rescued|such care|on (?:her|his|their) record|(?:my|our) compliments|quite the opposite|nothing'?s wrong|no escalation needed|exceptional|outstanding|superb|wonderful|above and beyond|a credit to)\b/;
const TROUBLE =
  /\b(?:still|never|appalled|shocked|horrified|outraged|disgusted|unacceptable|disappoint(?:ed|ing)|furious|angry|refund|complain(?:t|ing|ed)?|rude|worst|terrible|awful|appalling|useless|ridiculous|waiting|chasing|nobody|no one|not (?:happy|good enough|acceptable|good|an answer|really an answer)|unfortunately|doesn'?t|does not|isn'?t|won'?t|can'?t|cannot|unable|problem|failed|gone|wrong (?:item|size|order|charge|amount)|broken|damaged|overcharged|lost)\b/;
// A lawyer or judge in someone's past, told in a message with nothing going wrong ("he sat as a judge for thirty
// years, so expect a room full of lawyers"); a relative who is one, in a complaint, still acts for the customer.
const FORMER_LAWYER =
  /\b(?:used to be|sat as|retired|former|ex-?)\s+(?:an?\s+)?(?:judge|solicitor|lawyer|barrister|attorney|court clerk|magistrate)\b/;
// A threat the writer made before and now reports as over ("last month I threatened to close the account… your team
// handled it well", "I know I was threatening to go to the ombudsman, and I'm sorry for the tone").
const PAST_THREAT =
  /\b(?:i|we)\s+(?:had\s+|'d\s+)?(?:threatened|was threatening|were threatening)\s+(?:to\s+)?(?:[\w-]+\s+){0,2}$/;
// A habit of the past ("when the old company ran it I used to dispute half the invoices"): what the writer did then.
const PAST_HABIT = /\b(?:i|we)\s+used\s+to\s+(?:[\w-]+\s+){0,2}$/;
// A slip: "left a 1-star review by mistake", "accidentally opened a dispute".
const MISTAKE = /\b(?:by mistake|accidentally|misclick(?:ed)?|meant to (?:tap|press|click|give|leave|put))\b/;
// Someone else threatening the customer ("my landlord is threatening to take me to small claims").
const THREATENED_BY_OTHER =
  /\b(?:my|our|the|a)\s+(?:[\w-]+\s+)?(?:landlord|landlady|neighbou?r|ex|employer|tenant|builder|seller|buyer|client|customer|boss|school|council|letting agent|ex-?(?:wife|husband|partner))\s+(?:is|are|was|were|has been|have been|keeps)\s+threaten(?:ing|ed)\s+(?:to\s+)?(?:take|sue|report|go|call|complain)\b/;

// Whole-message readings, kept for the message being read: its cues are vetoed one after another.
let seen = '';
let facts = 0;
const NOT_YOU_BIT = 1;
const DOUBTED_BIT = 2;
const PAUSING_BIT = 4;
const DISCLAIMED_BIT = 8;
const OVER_BIT = 16;
const EXERCISE_BIT = 32;
const TIMING_BIT = 64;
const TO_PAYER_BIT = 128;
const PAST_ASKED_BIT = 256;
const PRAISE_BIT = 512;
const TROUBLE_BIT = 1024;
const KNOWN = 2048;

/**
 * A contact made by the customer's lawyer ("Our solicitors wrote to your head office on 2 May… no acknowledgement") is
 * the legal step, not the customer chasing (LABELS.md: repeat-contact is this customer's own contacts).
 */
const LAWYER_WROTE =
  /\b(?:my|our)\s+(?:solicitors?|lawyers?|attorneys?|advocates?|(?:general\s+)?counsel|legal\s+(?:team|department|representatives?|advisers?))\b(?:,[^,.!?]{1,40},)?\s+(?:have\s+|has\s+|already\s+)?(?:wrote|written|sent|emailed|served|issued|posted)\b/;

function messageFacts(text: string): number {
  if (text === seen && facts & KNOWN) return facts;
  seen = text;
  let f = KNOWN;
  if (text.includes('not ') && NOT_YOU.test(text)) f |= NOT_YOU_BIT;
  if (DOUBTED.test(text)) f |= DOUBTED_BIT;
  if (PAUSING.test(text) && !/\b(?:rather than|instead of) (?:freez|paus)/.test(text)) f |= PAUSING_BIT;
  if (DISCLAIMED.test(text)) f |= DISCLAIMED_BIT;
  if (OVER.test(text)) f |= OVER_BIT;
  if (EXERCISE.test(text)) f |= EXERCISE_BIT;
  if (TO_PAYER.test(text)) f |= TO_PAYER_BIT;
  if (PAST_ASKED.test(text)) f |= PAST_ASKED_BIT;
  if (PRAISE_FOR_STAFF.test(text)) f |= PRAISE_BIT;
  if (TROUBLE.test(text)) f |= TROUBLE_BIT;
  if (TIMING_ONLY.test(text) && UNDER_WAY.test(text) && !CHASING.test(text)) f |= TIMING_BIT;
  facts = f;
  return f;
}

/**
 * Whether the words around a cue starting at `start` in `sentence` take its intent back. `text` is the folded
 * (lower-case) message.
 */
// Letters the firm sent the customer, counted ("I got your third letter this month about the arrears", "Third letter
// this month saying I owe money I've already paid"): our reminders, not the customer chasing us.
const FIRM_LETTERS =
  /\b(?:your|got|received|receiving|had|another)\s+(?:[\w-]+\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:letter|reminder|notice|bill|demand|statement)s?\b|\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:letter|reminder|notice|bill|demand|statement)\s+(?:(?:this|that|in a|in the)\s+(?:week|month|year|fortnight)\s+)?(?:from you\s+)?(?:saying|telling me|claiming|demanding|asking me|threatening)\b/;
// A count that names the contact itself ("my third email"), which no disclaimer of money takes back.
const CONTACT_WORD =
  /\b(?:e-?mails?|calls?|called|rang|phoned|messages?|messaged|chats?|wrote|written|contact(?:ed)?|letters?|tickets?)\b/;
const I_CHASED = /\b(?:i|we)(?:'ve| have)?\s+(?:sent|written|wrote|called|rung|rang|emailed|chased)\b/;

// The ticket closed, not the account: "I've given up, please just close the ticket", "you can close this case".
const CLOSE_TICKET =
  /^(?:close|closing|closed|end|ending)\s+(?:(?:the|this|my|our|that|your)\s+)?(?:support\s+|help\s+|service\s+)?(?:ticket|case|chat|conversation|complaint|thread|request|query|enquiry|inquiry|claim|report)s?\b(?!\s+(?:and|,)\s+(?:my|the|our)\s+(?:account|membership|subscription|contract|plan))/;

export function enVetoes(
  text: string,
  flag: EscalationFlag,
  strength: EscalationStrength,
  start: number,
  sentence: Range,
): boolean {
  const s = text.slice(sentence.start, sentence.end);
  if (
    flag !== 'harm' &&
    flag !== 'abuse' &&
    (NAMED_AFTER.test(text.slice(start, start + 48)) || NAMED_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
  )
    return true;
  if (flag === 'harm') return HARM_AT_ME.test(s) || HARM_NOT.test(s);
  if (flag === 'abuse') {
    const before = text.slice(Math.max(sentence.start, start - 40), start);
    if (SELF_INSULT.test(before) && !OTHERS_NAMED.test(text.slice(sentence.start, start))) return true;
  }
  if (flag === 'chargeback' && DISPUTE_OVER.test(s) && !STILL_THREATENS.test(s)) return true;
  if (flag === 'churn' && CLOSE_TICKET.test(text.slice(start, start + 60))) return true;
  if (flag === 'compensation' && ELSEWHERE_PAID.test(s) && !STILL_THREATENS.test(s)) return true;
  // A refusal to pay beside a card dispute ("Dispute is open with my card provider… either way I'm not paying for a
  // service I never got") is the dispute's reason, not money asked of us.
  if (flag === 'compensation' && strength === 'threatened' && CARD_DISPUTE.test(text)) return true;
  if (flag === 'repeat-contact' && FIRM_LETTERS.test(s) && !I_CHASED.test(s)) return true;
  if (flag === 'repeat-contact' && LAWYER_WROTE.test(s)) {
    // Unless the customer chased it themselves ("…and I chased it by phone last week").
    const before = text.slice(sentence.start, start);
    if (
      LAWYER_WROTE.test(before + text.slice(start, start + 40)) &&
      !/\b(?:i|we|i'?ve|we'?ve)\s|\b(?:my|our)\s+(?:call|calls|e-?mails?|letters?|messages?|chats?|visits?)\b/.test(
        before.replace(LAWYER_WROTE, ''),
      )
    )
      return true;
  }
  if (flag !== 'abuse' && PAST_THREAT.test(text.slice(Math.max(sentence.start, start - 40), start))) return true;
  if (flag !== 'abuse' && PAST_HABIT.test(text.slice(Math.max(sentence.start, start - 40), start))) return true;
  if ((flag === 'public' || flag === 'chargeback' || flag === 'churn') && MISTAKE.test(s) && !STILL_THREATENS.test(s))
    return true;
  if ((flag === 'legal' || flag === 'regulator' || flag === 'public') && THREATENED_BY_OTHER.test(s)) return true;
  // Read once per message (messageFacts): a test of the whole text per cue grew with the square of its length.
  const m = messageFacts(text);
  if (flag === 'supervisor' && (m & (PRAISE_BIT | TROUBLE_BIT)) === PRAISE_BIT) return true;
  if (flag === 'legal' && !(m & TROUBLE_BIT) && FORMER_LAWYER.test(s)) return true;
  if (flag !== 'abuse' && m & EXERCISE_BIT) return true;
  if (m & NOT_YOU_BIT && flag !== 'abuse') return true;
  if (flag === 'compensation' && m & TO_PAYER_BIT) return true;
  if (SOFT.has(flag) && strength === 'taken' && m & PAST_ASKED_BIT && LONG_AGO.test(s)) return true;
  // Done long ago and said in the same breath to be over ("Last year I took you to the small claims court over a boiler,
  // which was settled and all fine in the end"): background to a new question.
  if (SOFT.has(flag) && strength === 'taken' && m & OVER_BIT && LONG_AGO.test(s) && OVER.test(s)) return true;
  if (flag === 'compensation' && strength === 'demanded' && m & TIMING_BIT && !STILL_THREATENS.test(s)) return true;
  if (flag === 'compensation' && !(m & DOUBTED_BIT) && ALREADY_GRANTED.test(text.slice(start, sentence.end)))
    return true;
  const notAct = NOT_ACT[flag];
  if (notAct?.test(s)) return true;
  if (/\bkeep (?:the|your) $/.test(text.slice(Math.max(0, start - 10), start))) return true;
  if (flag === 'churn' && m & PAUSING_BIT) return true;
  if (SOFT.has(flag) && OTHERS_MENTION.test(s) && !OWN_THREAT.test(s)) return true;
  // Someone else's words the customer then adopts ("…and I think I will") are the customer's own.
  if (SOFT.has(flag) && !STILL_THREATENS.test(s) && (THIRD_PARTY_SAYS.test(s) || OTHERS_POST.test(s))) return true;
  if (
    flag === 'abuse' &&
    (s.includes('not your fault') ||
      (AT_A_THING.test(text.slice(Math.max(0, start - 16), start)) &&
        SWEAR_AT_THING.test(text.slice(start, start + 40))))
  )
    return true;
  if (!SOFT.has(flag) || STILL_THREATENS.test(s)) return false;
  // A report of something done stays done when the matter is over ("I opened a PayPal case and they found in my
  // favour"); what is still asked for or threatened is taken back.
  // "Not after compensation" disclaims what is asked, not the contact already made ("my third email about it").
  return (
    ((m & DISCLAIMED_BIT) !== 0 &&
      (flag !== 'repeat-contact' || !CONTACT_WORD.test(text.slice(start, Math.min(sentence.end, start + 40))))) ||
    ((strength !== 'taken' || flag === 'repeat-contact') && (m & OVER_BIT) !== 0)
  );
}
