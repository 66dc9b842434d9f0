import {
  A,
  EN_ABSOLUTE_ALT as ABSOLUTE_ALT,
  EN_CONDITIONAL_BEFORE as CONDITIONAL_BEFORE,
  EN_OWNS_IT as OWNS_IT,
  EN_PIVOT as PIVOT,
  EN_POLICY_ALT as POLICY_ALT,
  EN_REASSURES as REASSURES,
} from '../en-shared';
import { ACTS_OR_GOOD_NEWS, AGENT_ACTS } from './en';
import { anyOf } from './phrase-table';
import type { CoachRule } from './types';

// Families rather than phrases: a subject, a verb class and a guard, so rewordings of the same move still match.
// Every repeat is bounded ({0,n}) and no group nests an unbounded repeat, so long drafts stay linear.

const W = String.raw`[^.!?;\n]`;

/** Somebody on the agent's side is the subject, or the sentence names the customer as the cause (blame's to flag). */
const OWNER_IN_SENTENCE = /\b(?:we|I|us|our\s+(?:team|warehouse|staff|side|end))\b|\b(?:because|since)\s+you\b/i;
/** A rule, named to grant something rather than to refuse. */
const GRANTS = new RegExp(
  String.raw`\b(?:entitled|eligible|qualif\w*|covers|guarantee[sd]?)\b|\byou(?:${A}re|\s+are)\s+(?:due|owed)\b|\b(?:can|may)\s+be\s+[a-z]+ed\b|\byou\s+(?:can|will|get|may|are\s+able)\b(?!${A}t|\s+not)`,
  'i',
);

const ACTS = String.raw`(?:read|check|follow|enter|click|tick|tell|told|mention|let\s+us\s+know|inform|confirm|select|choose|pick|include|update|register|activate|verify|provide|contact|attach|respond|reply|pay|save|submit|sign|look|notice|install|open|keep|bring|print|return|cancel|charge|log\s+in|use|upload|specify|fill|double-check|call|enrol|enroll|book|renew|apply|arrive|turn\s+up|show\s+up)`;

/**
 * en-def-could-not-have, one phrase family an entry (in match order): the outcome was someone else's doing,
 * or past the agent's part.
 */
export const NOT_OUR_DOING: readonly string[] = [
  // nothing more we could have done
  String.raw`\bnothing\s+(?:more\s+|else\s+)?(?:we|I)\s+could\s+have\s+done\b`,
  // we couldn't have done anything more
  String.raw`\b(?:we|I)\s+couldn${A}t\s+have\s+done\s+(?:anything|more)\b`,
  // we followed the process exactly
  String.raw`\b(?:we|I)\s+followed\s+(?:the|our|all|every|standard)\s+(?:\w+\s+)?(?:process|procedure|protocol|steps?|rules|guidelines)\s+(?:exactly|correctly|properly|to\s+the\s+letter|as\s+(?:we|I)\s+should)\b`,
  // we're just a marketplace (but not 'just a click away')
  String.raw`\b(?:we${A}re|we\s+are)\s+(?:just|only|merely)\s+(?:a|an|the)\s+\w+(?:\s+\w+)?\b(?![^.!?\n]{0,20}\baway\b)`,
  // they're the ones who …
  String.raw`\b(?:they${A}re|they\s+are)\s+the\s+ones\s+(?:who|that|holding|responsible)\b`,
  // I wasn't the one / we weren't the team
  String.raw`\b(?:I|we)\s+(?:wasn${A}t|weren${A}t|was\s+not|were\s+not)\s+the\s+(?:one|ones|person|team)\b`,
  // between you and your bank
  String.raw`\bbetween\s+you\s+and\s+(?:your|the)\b`,
  // we only deliver / just sell
  String.raw`\bwe\s+(?:only|just|merely)\s+(?:deliver|sell|ship|handle|process|provide|list|host|resell|pass\s+on|bring|drive|carry|forward|book|arrange|collect)\b`,
  // not by us, not with our website
  String.raw`\bnot\s+(?:by|with)\s+(?:us|our\s+(?:\w+\s+){0,2}?(?:site|website|team|company|store|platform|app|service))\b`,
  // it is the courier's fault / the bank's call
  String.raw`\b(?:is|was|are|were)\s+(?:entirely\s+|all\s+)?(?:your|the)\s+(?:bank|card\s+issuer|courier|carrier|provider|store|seller|hotel|property|airline|restaurant|supplier)${A}s\s+(?:doing|fault|responsibility|problem|issue|choice|decision|call)\b`,
  // set by the promoter, decided by the council
  String.raw`\b(?:set|decided|chosen|controlled|priced)\s+by\s+the\s+(?:promoter|organi[sz]er|venue|landlord|insurer|seller|merchant|platform|authority|government|council|partner|airport|manufacturer|supplier)\b`,
  // the airline's problem, your bank's responsibility (not after 'not')
  String.raw`\b(?=the|your)(?<!(?:not|n${A}t)\s+)(?:the|your)\s+(?:airport|promoter|venue|organi[sz]er|installer|partner|marketplace|platform|doctor|pharmacy|bank|courier|carrier|seller|manufacturer|airline|hotel|driver|landlord|insurer|school|agent|store|supplier|provider|restaurant|venue|council)${A}s\s+(?:problem|fault|responsibility|issue|doing|call)\b`,
  // I wasn't on shift / involved
  String.raw`\bI\s+(?:wasn${A}t|was\s+not)\s+(?:on\s+shift|working|here|there|involved)\b`,
  // can't speak to that
  String.raw`\bcan${A}t\s+speak\s+(?:to|for)\s+(?:that|what|this)\b`,
  // I don't set the prices / make the rules
  String.raw`\bI\s+(?:don${A}t|do\s+not)\s+(?:set|make|decide|control|choose|write)\s+(?:the\s+)?(?:prices|rules|policy|policies|decisions|fees|rates|terms)\b`,
  // it comes from your bank
  String.raw`\b(?:comes?|came)\s+from\s+(?:your|the)\s+(?:bank|card\s+issuer|provider|carrier|courier|network)\b`,
  // exactly as we were supposed to
  String.raw`\bexactly\s+as\s+(?:we|I)\s+(?:were\s+supposed\s+to|should(?:\s+have)?)\b`,
  // we had nothing to do with
  String.raw`\b(?:I|we)\s+had\s+nothing\s+to\s+do\s+with\b`,
  // the error is all theirs / lies with them
  String.raw`\b(?:errors?|mistakes?|fault|problems?|issues?|blame)\s+(?:is|are|was|were|lies)\s+(?:all\s+|entirely\s+)?(?:theirs|on\s+them|with\s+them)\b`,
  // wasn't me, wasn't our doing
  String.raw`\b(?:wasn${A}t|weren${A}t|was\s+not|were\s+not)\s+(?:me|us|my\s+(?:doing|fault|call)|our\s+(?:doing|fault|call))\b`,
  // not something we are responsible for
  String.raw`\b(?:isn${A}t|is\s+not|not)\s+something\s+(?:we${A}re|we\s+are|I${A}m|I\s+am)\s+(?:responsible|liable|accountable)\s+for\b`,
  // that's on the renter / the courier
  String.raw`\b(?:that|this|it)(?:${A}s|\s+is|\s+was)\s+on\s+the\s+(?:\w+\s+)?(?:renter|customer|courier|carrier|bank|driver|seller|manufacturer|supplier|hotel|airline|store|owner|tenant|guest|user|tenant|landlord)\b`,
  // we can't control who … (unless a 'but' follows)
  String.raw`\bwe\s+(?:don${A}t|do\s+not|can${A}t|cannot)\s+control\s+(?:who|what|which|how|when|the)\b(?![^.!?\n]{0,60}\bbut\b)`,
  // the decision was made by head office
  String.raw`\b(?:decision|call)\s+(?:was|is)\s+(?:made|taken)\s+(?:by|at)\s+(?:head\s+office|management|headquarters|corporate|the\s+\w+\s+team|higher\s+up)\b`,
  // we can't be blamed / held responsible
  String.raw`\b(?:we|I)\s+(?:can${A}t|cannot|can\s+not)\s+be\s+(?:blamed|held\s+(?:responsible|accountable|liable))\b`,
  // our team did nothing wrong
  String.raw`\b(?:we|I|our\s+(?:\w+\s+)?(?:team|staff|agents?|warehouse|driver|store))\s+(?:did|have\s+done|has\s+done|${A}ve\s+done)\s+nothing\s+wrong\b`,
  // a courier issue, a third-party problem
  String.raw`\b(?:a|an)\s+(?:courier|carrier|bank|delivery|postal|manufacturer|supplier|third[-\s]party|isp)\s+(?:issue|problem|matter|thing|fault)\b`,
  // the seller handles returns
  String.raw`\bthe\s+(?:seller|merchant|vendor|courier|bank|manufacturer)\s+(?:handles|deals\s+with|is\s+responsible\s+for)\s+(?:that|this|it|those|returns|refunds)\b`,
];

/**
 * en-dis-already-answered, one phrase family an entry (in match order): the question is closed, the feeling
 * overdone, the customer one of many.
 */
export const ALREADY_ANSWERED: readonly string[] = [
  // I've already answered / addressed that
  String.raw`\b(?:I|we)(?:${A}ve|\s+have)\s+already\s+(?:answered|addressed|covered|responded\s+to)\b`,
  // this has already been answered
  String.raw`\b(?:this|that|your\s+question)\s+(?:has|was)\s+already\s+been\s+(?:answered|addressed|covered|explained)\b`,
  // a sentence opening 'Clearly,'
  String.raw`(?:^|[.!?]\s+)clearly,`,
  // no need for that tone
  String.raw`\bno\s+need\s+for\s+(?:that|this|the|such)\s+(?:tone|language|attitude|rudeness)\b`,
  // no need to be so rude
  String.raw`\bno\s+need\s+to\s+be\s+(?:so\s+)?(?:rude|nasty|aggressive|abusive|like\s+that)\b`,
  // fuss over nothing
  String.raw`\bfuss\s+(?:over|about)\s+(?:nothing|this|a\s+(?:little|small))\b`,
  // making such a fuss / a scene
  String.raw`\bmaking\s+(?:such\s+)?a\s+(?:big\s+)?(?:fuss|scene|drama)\b`,
  // a mountain out of a molehill
  String.raw`\bmountain\s+out\s+of\s+a\s+molehill\b`,
  // it is all covered in the FAQ (unless it is attached or offered)
  String.raw`\b(?:this|that|it|everything)\s+(?:is|was)\s+(?:all\s+)?(?:covered|explained|written|described|listed|spelled\s+out)\s+in\s+(?:the|our|your)\s+(?:\w+\s+)?(?:email|faq|guide|manual|terms|page|article|message)\b(?![^.!?\n]{0,40}(?:attached|happy\s+to|I${A}ve\s+(?:attached|linked|sent)))`,
  // getting so worked up over (not after 'I understand you are')
  String.raw`\b(?=get|got)(?<!\b(?:understand|see|know|hear|appreciate|why|how)\s+(?:that\s+)?(?:you${A}re\s+|you\s+are\s+)?)(?:getting|get|got)\s+(?:so\s+)?(?:worked\s+up|upset|angry|mad|annoyed|emotional|hysterical)\s+(?:over|about)\b`,
  // let's not overthink
  String.raw`\b(?:let${A}s\s+not|don${A}t|no\s+need\s+to)\s+overthink\b`,
  // we already went through
  String.raw`\b(?:I|we)\s+(?:already\s+|have\s+already\s+|${A}ve\s+already\s+)(?:went|gone|been)\s+(?:through|over)\b`,
  // 'It's just a scratch.' as a whole sentence
  String.raw`(?:^|[.!?]\s+)(?:it${A}s|it\s+is)\s+(?:just\s+|only\s+)?an?\s+\w+\.(?=\s|$)`,
  // no reason to be this upset
  String.raw`\bno\s+(?:reason|need)\s+to\s+be\s+(?:this|that|so)\s+(?:upset|angry|annoyed|worked\s+up|cross|mad)\b`,
  // I've explained this several times (not to the courier or the warehouse)
  String.raw`\b(?:I|we)(?:${A}ve|\s+have)?\s+(?:already\s+)?(?:explained|told|said|mentioned|answered|clarified)\b(?!\s+(?:this\s+to\s+)?(?:the|our|your)\s+(?:courier|driver|warehouse|team|bank|supplier|engineer|landlord|airline|vet|clinic|store|shop|depot|manager|office|insurer|carrier)s?\b)${W}{0,40}?\b(?:more\s+than\s+once|several\s+times|multiple\s+times|repeatedly|twice|over\s+and\s+over)\b`,
  // don't see the problem / what the big deal is
  String.raw`\bdon${A}t\s+see\s+(?:the|what\s+the|why\s+this\s+is\s+a)\s+(?:problem|issue|big\s+deal)\b`,
  // not sure what the problem is
  String.raw`\bnot\s+sure\s+what\s+the\s+(?:problem|issue)\s+is\b`,
  // let's keep this short
  String.raw`\blet${A}s\s+keep\s+(?:this|it)\s+(?:short|brief|simple)\b`,
  // not worth a complaint
  String.raw`\b(?:isn${A}t|is\s+not|not)\s+(?:really\s+)?worth\s+(?:a\s+|the\s+|an\s+)?(?:complaint|complaining|fuss|getting\s+upset|email|escalating|escalation)\b`,
  // I have already told you
  String.raw`\b(?:I|we)(?:${A}ve|\s+have)\s+already\s+(?:told|explained\s+to|shown)\s+you\b`,
  // nobody will even notice
  String.raw`\b(?:nobody|no\s+one)\s+(?:will|would)\s+(?:even\s+)?(?:see|notice|care|mind|know)\b`,
  // a sentence opening 'Seriously,' or 'Come on,'
  String.raw`(?:^|[.!?]\s+)(?:seriously|come\s+on),`,
  // one more time / say it again (unless thanks or sorry follow)
  String.raw`\b(?:one\s+(?:more|last)\s+time|say\s+(?:this|it)\s+again)\b(?![^.!?\n]{0,30}(?:thank|sorry|apologi))`,
  // we get this question all the time
  String.raw`\bwe\s+get\s+(?:this|that)\s+(?:question|request|complaint)\s+(?:constantly|all\s+the\s+time|a\s+lot|every\s+day|daily)\b`,
  // no point complaining
  String.raw`\b(?:no|not\s+much|little)\s+point\s+(?:in\s+)?(?:complaining|arguing|shouting|getting\s+angry|getting\s+upset)\b`,
  // not sure why this needed …
  String.raw`\bnot\s+sure\s+why\s+(?:this|it|you)\s+(?:needs?|needed|requires?|required|took|takes)\b`,
  // ', but fine'
  String.raw`,\s*but\s+fine\b`,
  // you clearly haven't …
  String.raw`\byou\s+(?:clearly|obviously)\s+(?:haven${A}t|didn${A}t|don${A}t|did\s+not|have\s+not)\b`,
  // most people figure it out on their own
  String.raw`\b(?:most|other|many)\s+(?:people|customers|users)\b${W}{0,30}?\b(?:figure\s+(?:this|it)\s+out|work\s+(?:this|it)\s+out|on\s+their\s+own|by\s+themselves|without\s+(?:any\s+)?(?:help|trouble|problems|issues))\b`,
  // we've been over this
  String.raw`\b(?:I|we)(?:${A}ve|\s+have)\s+(?:already\s+)?(?:been|gone)\s+(?:over|through)\s+(?:this|that|it)\b`,
  // getting so dramatic
  String.raw`\b(?:get|getting|be|being)\s+(?:so\s+)?dramatic\b`,
  // as stated in my last …
  String.raw`\bas\s+(?:stated|mentioned|explained|noted|said|outlined)\s+(?:in|on)\s+my\s+(?:last|previous|earlier|first)\b`,
  // calm yourself
  String.raw`\b(?:calm|compose)\s+yourself\b`,
  // take a deep breath
  String.raw`\btake\s+a\s+(?:deep\s+)?breath\b`,
  // get a grip
  String.raw`\bget\s+a\s+grip\b`,
  // why this is a big deal
  String.raw`\b(?:what|why)\s+(?:the|this\s+is\s+a|it${A}s\s+a|it\s+is\s+a)\s+big\s+deal\b`,
  // such a big deal
  String.raw`\bsuch\s+a\s+big\s+deal\b`,
  // a sentence opening 'Look,' or 'Listen,' (unless an apology follows)
  String.raw`(?:^|[.!?]\s+)(?:look|listen|look\s+here),(?!\s*(?:I${A}m|we${A}re)\s+(?:\w+\s+)?sorry)`,
  // we get hundreds of these
  String.raw`\bwe\s+(?:get|have|receive|deal\s+with|handle)\s+(?:hundreds|thousands|dozens|lots|loads|tons)\s+of\s+(?:these|those|requests|complaints|emails|messages|tickets|customers)\b`,
];

export const EN_COMPOSED_RULES: readonly CoachRule[] = [
  // — blame —
  {
    id: 'en-blame-you-omitted',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+|probably\s+|must\s+have\s+|may\s+have\s+|might\s+have\s+)?(?:did\s+not|didn${A}t|never|failed\s+to|forgot\s+to|neglected\s+to|forgot\s+about|didn${A}t\s+bother\s+to|chose\s+not\s+to)\s+(?:\w+ly\s+)?${ACTS}`,
      'i',
    ),
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: 'It looks like this step did not go through, so',
  },
  {
    id: 'en-blame-you-faulted',
    kind: 'blame',
    pattern:
      /\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+|probably\s+|must\s+have\s+|may\s+have\s+|might\s+have\s+|seem\s+to\s+have\s+|appear\s+to\s+have\s+)?(?:ignored|skipped|overlooked|misread|mistyped|misspelt|misspelled|misunderstood|disregarded|missed\s+(?:the|a|our)\s+(?:step|warning|notice|deadline|instructions?|field|note|email|message|part|bit|line|section)|missed\s+(?:where|that\s+(?:it|the|we)))\b/i,
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: 'That detail is easy to miss — here it is again:',
  },
  {
    id: 'en-blame-you-did-it-wrong',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\byou(?:${A}ve|\s+have)?\s+(?:must\s+have\s+|may\s+have\s+|might\s+have\s+|probably\s+)?(?:entered|typed|filled\s+(?:in|out)|put|used|set|installed|configured|wrote|spelled|spelt|chose|picked|selected|ordered|gave|sent|clicked|plugged|connected)\b${W}{0,30}?\b(?:wrong(?:ly)?|incorrect(?:ly)?|by\s+mistake|improperly)\b`,
      'i',
    ),
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: "the details didn't match, so",
  },
  {
    id: 'en-blame-because-you',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:because|since|as|happened\s+when)\s+you\s+(?:\w+ly\s+)?(?:didn${A}t|did\s+not|never|hadn${A}t|had\s+not|haven${A}t|have\s+not|weren${A}t|were\s+not|wasn${A}t|waited|ignored|skipped|forgot|failed|missed|chose|picked|selected|entered|typed|used|clicked|left\s+it|took\s+too\s+long)\b|\byou\s+\w+${W}{0,60}?(?:,\s*|\s+)(?:so\s+of\s+course|which\s+is\s+(?:exactly\s+)?why|that${A}s\s+why|that\s+is\s+why|hence\s+the|no\s+wonder)\b|\bthe\s+(?:problem|issue|reason)\s+is\s+(?:that\s+)?you\b|\byou\s+(?:\w+\s+){0,2}?(?:booked|chose|picked|selected|ordered|bought|opted\s+for|paid\s+for)\b${W}{0,40}?,?\s+so\s+(?:the\s+|your\s+)?\w+(?:\s+\w+)?\s+(?:wasn${A}t|isn${A}t|won${A}t|can${A}t|didn${A}t|was\s+not|is\s+not)\b`,
      'i',
    ),
    // "Because you weren't home, the parcel came back, so I've rebooked it" explains on the way to a fix.
    notInSentence: new RegExp(
      String.raw`${REASSURES.source}|,\s*so\s+(?:I|we)(?:${A}ve|${A}ll|\s+have|\s+will)\s+(?:re\w+|booked|arranged|sent|moved)\b|\bbut\s+(?:I|we)(?:${A}ve|\s+have)\s+(?:already\s+|now\s+)?\w+ed\b|\b(?:early|earlier|faster|sooner|quicker|upgraded|free|discounted|cheaper)\s+(?:because|since|as)\s+you\b|\b(?:is|are|was|were|got|get)\s+(?:now\s+|also\s+)?(?:free|discounted|upgraded|waived|cheaper)\b|,\s*(?:so|and)\s+you\s+can\b`,
      'i',
    ),
    alternative: 'Here is what happened and how we fix it:',
  },
  {
    id: 'en-blame-result-because-you',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:failed|went\s+wrong|(?:was|were)\s+wrong|(?:was|were|got)\s+(?:\w+ly\s+)?(?:declined|rejected|given\s+away|cancell?ed|locked|blocked|lost|damaged|refused|delayed|voided|suspended)|melted|expired|broke|stopped\s+working|didn${A}t\s+work|happened|occurred|arose|applied|kicked\s+in|(?:was|were)\s+added|(?:was|were|got)\s+(?:towed|impounded|clamped|fined|banned|flagged|closed|frozen|disconnected|cut\s+off)|went\s+offline|disconnected|crashed|logged\s+out|timed\s+out|bounced)\b${W}{0,40}?\b(?:because|since|as)\s+you\b(?!\s+(?:were|had\s+been)\s+(?:charged|billed|sent|given|told|promised)|\s+(?:asked|requested|wanted|instructed|told\s+us)\b)`,
      'i',
    ),
    // "because you sent us a blurry photo" still blames: only we/I as the subject owns it.
    notInSentence: new RegExp(String.raw`\b(?:we|I)\b|${REASSURES.source}`, 'i'),
    alternative: 'Here is what happened and how we fix it:',
  },
  {
    id: 'en-blame-your-end',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:that|this|it|the\s+(?:issue|problem|error|fault|glitch))(?:${A}s|\s+is|\s+was|\s+lies|\s+must\s+be|\s+seems\s+to\s+be|\s+is\s+likely)\s+(?:on|with|at)\s+your\s+(?:end|side|device|network|connection|computer|phone|browser|bank)\b|\byour\s+(?:own\s+)?(?:end|side)\s+(?:is|was)\s+the\s+problem\b|\b(?:the\s+)?(?:fault|problem|issue|error|blame)\s+(?:lies|rests|sits)\s+(?:entirely\s+|squarely\s+)?(?:with|on)\s+your\b|\byour\s+(?:[\w'’]+\s+){0,3}?(?:is|was|are|were)\s+(?:the|to)\s+(?:problem|culprit|blame)\b|\byou\s+(?:must\s+have\s+|probably\s+|may\s+have\s+|might\s+have\s+)?(?!(?:need|proceed|succeed|feed|exceed|indeed)\b)\w+ed\b${W}{0,30}?\byourself\b|\b(?:perhaps\s+|maybe\s+)?next\s+time,?\s+(?:you${A}ll|you\s+(?:will|might|may|could|should|can))\s+(?:want\s+to\s+)?(?:read|check|look|make\s+sure|pay|follow|remember)\b`,
      'i',
    ),
    alternative: 'Let me check both sides with you',
  },

  {
    id: 'en-blame-counterfactual',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:had\s+you|if\s+you(?:${A}d|\s+had))\s+(?:only\s+|just\s+|actually\s+|simply\s+|bothered\s+to\s+|taken\s+the\s+time\s+to\s+)?(?:read|checked|followed|looked|told|contacted|updated|used|paid|waited|entered|selected|chosen|ordered|kept|called|asked|listened|noticed|mentioned|installed|registered|confirmed|opened|replied|responded|done|taken|clicked|logged|saved|booked|been\s+(?:more\s+)?careful)\b|\b(?:this|that|it|none\s+of\s+(?:this|that))\s+(?:wouldn${A}t|would\s+not|would\s+never)\s+have\s+happened\s+if\s+you\b|\b(?:had\s+you|if\s+you(?:${A}d|\s+had))\s+(?:only\s+|just\s+|actually\s+|simply\s+)?\w+ed\b${W}{0,40}?\b(?:would|wouldn${A}t|could\s+have)\b|\b(?:had\s+you|if\s+you(?:${A}d|\s+had))\s+(?:only\s+|just\s+)?\w+\b${W}{0,40}?\b(?:we|it|you|this|that|they)\s+(?:could|would)(?:n${A}t)?\s+have\b`,
      'i',
    ),
    notInSentence: REASSURES,
    alternative: 'Going forward, it may help to',
  },
  {
    id: 'en-blame-you-were-told',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\byou${A}?re\s+the\s+one\s+(?:who|that)\b|\byou${A}re\s+supposed\s+to\b|\b(?=you)(?<!(?:no\s+way|couldn${A}t\s+have|could\s+not\s+have|how\s+could)\s+)you${A}d\s+have\s+(?:known|seen|noticed|avoided|realised|realized|spotted)\b|\bas\s+you(?:${A}d|\s+had)?\s+(?:agreed|promised|confirmed)\b|\byou\s+are\s+the\s+one\s+(?:who|that)\b|\byou\s+(?:were|have\s+been|had\s+been)\s+(?:clearly\s+|already\s+|specifically\s+)?(?:told|informed|advised|warned|notified|reminded)\b|\byou\s+should(?:${A}ve|\s+have)?\s+(?:already\s+|really\s+)?known\b|\b(?:mistake|fault|error|responsibility)\s+(?:was|is|lies|remains)\s+(?:entirely\s+|all\s+|clearly\s+)?(?:yours|with\s+you|on\s+you)\b|\b(?:it${A}s|it\s+is|that${A}s|that\s+is)\s+(?:down\s+to|on)\s+you\s+to\b`,
      'i',
    ),
    notInSentence: /\b(?:sorry|apologi[sz]e|wrong(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|by\s+(?:us|me|our))\b/i,
    alternative: 'Here it is again, in case it got lost:',
  },

  // — defensive —
  {
    id: 'en-def-we-did-right',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\b(?:we|I)(?:${A}ve|\s+have)?\s+(?:did|done)\s+(?:everything|all|it|our\s+part|our\s+job)\s+(?:right|correctly|properly|by\s+the\s+book|on\s+time|as\s+(?:we|I)\s+should)\b|\b(?:we|I)\s+(?:did|have\s+done|${A}ve\s+done)\s+our\s+part\b`,
      'i',
    ),
    alternative: 'Let me look into what happened',
  },
  {
    id: 'en-def-not-us',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\bnot\s+(?:by|because\s+of|due\s+to|from)\s+anything\s+(?:we|I)\s+did\b|\bnothing\s+(?:we|I)\s+did\b|\b(?:we|I)(?:${A}re|${A}m|\s+are|\s+am)?\s*(?:not|aren${A}t)\s+(?:to\s+blame|at\s+fault|the\s+ones\s+(?:who|that))\b|\bno(?:thing)?\s+(?:fault|problem|issue|error)?\s*(?:of\s+ours|on\s+our\s+part)\b`,
      'i',
    ),
    alternative: 'I will follow this up for you',
  },
  {
    id: 'en-def-third-party-caused',
    kind: 'defensive',
    pattern:
      /\b(?:caused\s+by|due\s+to|because\s+of|the\s+fault\s+of|down\s+to|blame|a\s+matter\s+for|a\s+question\s+for|an\s+issue\s+for|a\s+problem\s+for|handled\s+by)\s+(?:the\s+|your\s+)?(?:courier|carrier|bank|weather|post(?:al)?\s+service|post\s+office|delivery\s+(?:company|partner|firm)|manufacturer|supplier|airline|third[-\s]party|isp|internet\s+provider|card\s+issuer|payment\s+provider)\b/i,
    notInSentence:
      /\b(?:sorry|apologi[sz]e|our\s+(?:mistake|fault)|on\s+us|I\s+(?:will|'ll|am|'m|have|'ve)\s+(?:chase|chasing|chased|contact|follow))\b/i,
    alternative: 'I will chase this with them for you',
  },
  {
    id: 'en-def-our-side-fine',
    kind: 'defensive',
    pattern:
      /\bnothing\s+(?:is\s+)?wrong\s+with\s+our\s+\w+|\bour\s+(?:servers?|system|site|website|app|checkout|platform|side|end)\s+(?:is|are|was|were)\s+(?:working\s+)?(?:fine|perfectly|normally|correctly|working\s+(?:fine|normally|perfectly))|\beverything\s+(?:is|was|looks)\s+(?:fine|correct|working)\s+on\s+our\s+(?:end|side)\b/i,
    alternative: 'Let me check this against what you are seeing',
  },
  {
    id: 'en-def-not-my-call',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\bI${A}?m\s+(?:only|just)\s+(?:the\s+messenger|an?\s+(?:agent|advisor|employee|rep)|support|customer\s+service|following\s+orders)\b|\bI\s+am\s+(?:only|just)\s+(?:the\s+messenger|an?\s+(?:agent|advisor|employee|rep))\b|\b(?:it${A}s|that${A}s|it\s+is|that\s+is)\s+not\s+(?:up\s+to\s+me|my\s+(?:call|decision)|in\s+my\s+hands)\b|\bI\s+don${A}t\s+make\s+the\s+(?:rules|decisions|policy)\b|\b(?:they|management|the\s+\w+)\s+makes?\s+(?:those|these|the|all\s+the)\s+(?:decisions|calls|rules)\b`,
      'i',
    ),
    alternative: 'Let me find the right person and follow it through',
  },

  {
    id: 'en-def-could-not-have',
    kind: 'defensive',
    pattern: anyOf(NOT_OUR_DOING),
    notInSentence: AGENT_ACTS,
    alternative: 'I will follow this up for you',
  },
  {
    id: 'en-def-go-ask-them',
    kind: 'defensive',
    pattern:
      /\b(?:talk|speak)\s+(?:to|with)\s+(?:your|the)\s+(?:bank|card\s+issuer|courier|carrier|seller|manufacturer|supplier|isp|provider|post\s+office|airline|vendor|merchant)\b|\b(?:contact|call|ask|email|reach\s+out\s+to|check\s+with|get\s+in\s+touch\s+with|take\s+(?:it|this|that)\s+up\s+with)\s+(?:your|the)\s+(?:bank|card\s+issuer|courier|carrier|seller|manufacturer|supplier|isp|provider|post\s+office|airline|vendor|merchant)\b/i,
    notBefore:
      /\b(?:(?:I|we)(?:['’]ll|\s+will|\s+can|\s+could|['’]ve|\s+have|\s+am\s+going\s+to|['’]m\s+going\s+to|['’]d|\s+would)?(?:\s+also|\s+now|\s+personally|\s+happily)?|let\s+(?:me|us)|allow\s+(?:me|us)|happy\s+to|able\s+to)\s+$/i,
    notInSentence:
      /\b(?:I|we)(?:['’]ll|\s+will|['’]ve|\s+have|\s+can)\s+(?:also\s+)?(?:chase|follow|contact|call|join|stay|help)\b/i,
    alternative: 'I will chase this with them for you',
  },

  // — dismissive —
  {
    id: 'en-dis-repeat-myself',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+|\n)(?:(?:once\s+)?again|to\s+repeat|to\s+reiterate|as\s+already\s+(?:said|noted|stated)),|\b(?:I${A}ll|I\s+will|let\s+me)\s+(?:reiterate|repeat\s+(?:myself|this|it))\b|\bI\s+(?:must|have\s+to)\s+(?:reiterate|repeat\s+myself)\b|\bas\s+(?:I|we)\s+(?:noted|said|mentioned|explained|stated|told\s+you|wrote)\s+(?:before|earlier|previously|already|yesterday|above|twice)\b|\b(?:like|as)\s+(?:I|we)\s+(?:said|told\s+you|mentioned|explained)\b`,
      'i',
    ),
    notAfter:
      /^\s*(?:thank|thanks|sorry|apologies|my\s+apologies|I['’]m\s+(?:\w+\s+)?sorry|we['’]re\s+(?:\w+\s+)?sorry|(?:I|we)\s+(?:\w+\s+)?apologi[sz]e|please\s+accept)/i,
    notInSentence: ACTS_OR_GOOD_NEWS,
    alternative: 'To recap,',
  },
  {
    id: 'en-dis-stop-asking',
    kind: 'dismissive',
    pattern:
      /\bno\s+need\s+to\s+(?:keep|continue|go\s+on)\s+(?:asking|chasing|writing|emailing|calling|messaging|following\s+up)|\b(?:please\s+)?stop\s+(?:asking|chasing|following\s+up|sending|writing|emailing|messaging|calling|spamming)\b/i,
    alternative: 'I will keep you updated, so you do not have to chase',
  },
  {
    id: 'en-dis-not-complicated',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:it${A}s|it\s+is|that${A}s|that\s+is|this\s+is)\s+(?:really\s+|honestly\s+|actually\s+|seriously\s+)?(?:not\s+(?:that\s+|very\s+|so\s+)?(?:complicated|difficult|hard|rocket\s+science)|(?:very|really|pretty|super)\s+(?:simple|easy|basic|straightforward))\b`,
      'i',
    ),
    alternative: 'Here are the steps, and I am happy to walk through them:',
  },
  {
    id: 'en-dis-relax',
    kind: 'dismissive',
    pattern: /\b(?:relax|take\s+it\s+easy|chill)\b(?=\s*[,.!—–-])/i,
    notBefore: /\b(?:can|to|and|so\s+you\s+can|let\s+you)\s+$/i,
    alternative: 'I understand why this is worrying',
  },
  {
    id: 'en-dis-only-small',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:it${A}s|it\s+is|that${A}s|that\s+is|this\s+is)\s+(?:only|just|merely)\s+(?:a|an|one|two|a\s+couple\s+of|a\s+few)\s+(?:\w+\s+)?(?:late|small|minor|little|tiny|slight|short|day|days|dollars?|minutes?|hours?|pounds?|euros?|delay|scratch|fee|parcel|package)\b`,
      'i',
    ),
    // "It's only a short drive from the station, and there's free parking" describes a place, not the problem.
    notAfter: /^\s+(?:drive|walk|ride|hop|trip|way|distance)\b|^\s+\w+\s+(?:drive|walk|ride|away|from)\b/i,
    alternative: 'I understand this matters to you',
  },
  {
    id: 'en-dis-the-link-i-sent',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:just|simply)\s+(?:follow|read|check|use|click|open)\s+(?:the\s+)?(?:link|instructions|guide|steps|article|faq|email)\s+(?:I|we)\s+(?:already\s+)?(?:sent|gave|shared|linked|provided)\b|\b(?:it${A}s|it\s+is|everything\s+is)\s+all\s+(?:explained|covered|written|there)\b`,
      'i',
    ),
    alternative: 'Here are the steps again:',
  },

  {
    id: 'en-dis-already-answered',
    kind: 'dismissive',
    pattern: anyOf(ALREADY_ANSWERED),
    alternative: 'I understand why this matters — here is where things stand:',
  },

  // — absolute —
  {
    id: 'en-abs-we-dont-do',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\bwe\s+(?:simply\s+|just\s+)?(?:don${A}t|do\s+not|no\s+longer)\s+(?:ship|deliver|sell|accept|allow|support|offer|provide|give|issue|refund|exchange|replace|honou?r|price[-\s]match|extend|waive|make\s+exceptions|cover|reimburse|compensate|reopen|take\s+back)\b`,
      'i',
    ),
    notInSentence: new RegExp(`${PIVOT.source}|${AGENT_ACTS.source}`, 'i'),
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-abs-we-refuse',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\b(?:we|I)(?:${A}re|${A}m|\s+are|\s+am)\s+not\s+going\s+to\s+(?:\w+\s+)?(?:refund|replace|exchange|reimburse|compensate|honou?r|accept|issue|extend|waive|make|reopen|reconsider|change|send|cover|give)\b|\b(?:we|I)\s+(?:refuse|decline)\s+to\b|\b(?:we|I)\s+(?:will\s+not|won${A}t)\s+(?:be\s+)?(?:refund|replac|exchang|reimburs|compensat|honou?r|accept|issu|extend|waiv|reopen|reconsider|cover)\w*|\b(?:I|we)\s+(?:have|need|must)\s+to\s+(?:decline|refuse|reject|deny)\b`,
      'i',
    ),
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-abs-passive-cant',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\b(?:can${A}t|cannot|can\s+not)\s+be\s+(?:sent\s+back|taken\s+back|given|issued|extended|waived|exchanged|replaced|refunded|returned|transferred|changed|modified|amended|undone|reopened|moved|upgraded|used|applied|combined|accepted|honou?red|approved|repaired|fixed|recovered|restored)\b|\b(?:can${A}t|cannot|can\s+not)\s+be\s+(?!(?:accessed|seen|shared|charged|billed|lost|affected|harmed|stolen|blamed|held|happier|easier|better|prouder|reached|beaten|overstated|stressed|emphasi[sz]ed|thanked|wrong)\b)\w+(?:ed|en)\b|\bno\s+(?:exceptions|refunds|returns|exchanges)\b(?!\s+(?:needed|required|are\s+needed))`,
      'i',
    ),
    notBefore: /\byou(?:r\s+\w+)?\s+$/i,
    // "policy says no refunds" is the policy rule's to flag; one note per move is enough.
    notInSentence: new RegExp(String.raw`${PIVOT.source}|\b(?:polic(?:y|ies)|terms|rules)\b`, 'i'),
    alternative: ABSOLUTE_ALT,
  },

  {
    id: 'en-abs-not-possible',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\b(?:isn${A}t|is\s+not|won${A}t\s+be|will\s+not\s+be|wasn${A}t|simply\s+isn${A}t)\s+(?:\w+ly\s+)?(?:possible|doable|an\s+option|going\s+to\s+happen|happening)\b|\bnot\s+going\s+to\s+(?:be\s+possible|happen|work)\b|\bno\s+matter\s+what\b|\bregardless\s+of\s+(?:the\s+)?circumstances\b|\b(?:we|I)\s+(?:have|${A}ve\s+got)\s+no\s+(?:way|means|ability|option)\s+(?:of|to)\b|\bwe\s+(?:don${A}t|do\s+not)\s+do\s+(?:that|this|those|refunds|exchanges|returns)\b|\bwe\s+(?:don${A}t|do\s+not)\s+(?:reissue|resend|rebook|reopen|re-?deliver|repair|transfer|reinstate|refund|replace|exchange)\b|\bnever\s+(?:be\s+)?(?:given|refunded|offered|accepted|issued|replaced|exchanged|allowed|approved|granted|extended|reimbursed|honou?red)\b`,
      'i',
    ),
    notAfter: /^\s+(?:for\s+you|to\s+(?:reach|know|tell))\b/i,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },

  // — policy —
  {
    id: 'en-pol-rules-forbid',
    kind: 'policy',
    pattern: new RegExp(
      String.raw`\b(?:(?:company|our|the|store|shop|these|those|its|their)\s+)?(?:\w+\s+){0,2}?(?:rules?|polic(?:y|ies)|terms(?:\s+(?:and|&)\s+conditions)?|guidelines|regulations|conditions|procedures?)\s+(?:clearly\s+|strictly\s+|explicitly\s+|specifically\s+)?(?:require|requires|don${A}t|do\s+not|doesn${A}t|does\s+not|won${A}t|will\s+not|forbid|forbids|prohibit|prohibits|only\s+allow|only\s+allows|exclude|excludes|say|says|state|states|mean|prevents?|stops?|bars?|restricts?|blocks?)\b`,
      'i',
    ),
    // "Our terms say refunds take five days, and I've already started yours" cites a rule on the way to acting.
    notInSentence: new RegExp(`${GRANTS.source}|${AGENT_ACTS.source}`, 'i'),
    alternative: POLICY_ALT,
  },
  {
    id: 'en-pol-per-rules',
    kind: 'policy',
    pattern:
      /\b(?:per|according\s+to|as\s+per|under|in\s+line\s+with|in\s+accordance\s+with|following|based\s+on)\s+(?:our|the|company|store|your)\s+(?:[\w'’]+\s+)?(?:polic(?:y|ies)|rules|guidelines|terms|regulations|procedures?|conditions|agreement|contract)\b/i,
    // "Per our cancellation policy, your deposit will be refunded in full" grants.
    notInSentence: new RegExp(
      String.raw`${GRANTS.source}|\b(?:will|shall)\s+be\s+(?:refunded|returned|credited|reimbursed|waived|covered)\b|\bin\s+full\b`,
      'i',
    ),
    alternative: POLICY_ALT,
  },
  {
    id: 'en-pol-not-allowed',
    kind: 'policy',
    pattern: new RegExp(
      String.raw`\b(?:we|I)(?:${A}re|${A}m|\s+are|\s+am)\s+not\s+(?:allowed|permitted|authori[sz]ed)\s+to\b|\b(?:I|we)(?:${A}m|${A}re|\s+am|\s+are)\s+(?:required|obliged|bound)\s+(?:to|by)\b`,
      'i',
    ),
    notInSentence: PIVOT,
    alternative: POLICY_ALT,
  },

  {
    id: 'en-pol-against-policy',
    kind: 'policy',
    pattern: new RegExp(
      String.raw`\b(?:against|outside|violates?|breach(?:es)?\s+of)\s+(?:our|the|company|store)\s+(?:\w+\s+)?(?:polic(?:y|ies)|rules|terms|guidelines)\b|\b(?:the\s+)?(?:terms|rules|polic(?:y|ies))\s+(?:is|are)\s+(?:the\s+)?(?:terms|rules|polic(?:y|ies))\b|\b(?:polic(?:y|ies)|terms|rules|guarantee|warranty)\s+only\s+(?:covers?|applies|apply|allows?|permits?|accepts?|includes?)\b|\b(?:those|these|that)\s+(?:are|is)\s+(?:the|our)\s+(?:rules?|polic(?:y|ies)|terms)\b|\bpolic(?:y|ies)\s+(?:is|says|states)\s+(?:that\s+)?(?:no|we\s+(?:don${A}t|can${A}t|cannot|do\s+not|won${A}t))\b|\b(?:the\s+\w+${A}s|their|its)\s+(?:terms|polic(?:y|ies)|rules|guidelines|conditions)\s+(?:are|is)\s+(?:very\s+|quite\s+|perfectly\s+|crystal\s+)?clear\b|\bthat${A}s\s+(?:the|our)\s+(?:rule|policy)\b|\b(?:I|we)\s+(?:have|need|must)\s+to\s+(?:follow|stick\s+to|go\s+by|abide\s+by|adhere\s+to)\s+(?:the|our|them|company)\b|\b(?:polic(?:y|ies)|rules|terms)\s+(?:is|are)\s+(?:very\s+|quite\s+|extremely\s+|really\s+)?(?:strict|firm|final|fixed)\b`,
      'i',
    ),
    // "Those are the terms, but I have asked for an exception" turns to what the agent is doing.
    notInSentence: PIVOT,
    alternative: POLICY_ALT,
  },

  // — no ownership: a failure with no one who did it —
  {
    id: 'en-own-agentless-passive',
    kind: 'no-ownership',
    pattern:
      /\b(?:your|the|this)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|shipment|refund|payment|booking|reservation|subscription|account|item|items|room|table|seat|slot|spot|place|licen[cs]e|voucher|coupon|points|request|ticket|claim|appointment|email|message|invoice|return|exchange|repair|application|transfer|ride|trip|flight|session|lesson|class|call|visit|tour|stay|rental|plan|membership|claim|application|code|key)\s+(?:was|were|has\s+been|have\s+been|had\s+been|got|is)\s+(?:\w+ly\s+)?(?:delayed|lost|cancell?ed|misplaced|mislaid|given\s+(?:away|to\s+(?:another|someone|other|a\s+different))|reassigned|resold|released|overbooked|double-booked|moved\s+to|rescheduled|pushed\s+back|postponed|bumped|damaged|held\s+up|misrouted|mis-?sent|sent\s+to\s+the\s+wrong|overlooked|missed|charged\s+twice|double[-\s]charged|suspended|closed|deleted|removed|stuck|mixed\s+up|forgotten|dropped|lost\s+track\s+of|not\s+(?:processed|sent|shipped|received))\b/i,
    // "because the bank account is closed" gives the reason for another failure; it is not the failure.
    notBefore: /\b(?:because|since|as|while|when)\s+$/i,
    // "delayed because of the snow": the cause is named, so nobody is being hidden; "deleted by our system" names us.
    notAfter:
      /^\s+(?:(?:because\s+of|due\s+to|owing\s+to|by|in)\s+(?:the\s+|a\s+|an\s+)?(?:heavy\s+|severe\s+|bad\s+)?(?:snow\w*|storms?|flood\w*|fog|ice|weather|strikes?|heatwave|wind|gales?|rail\s+strike|road\s+closures?|power\s+cuts?|holiday|bank\s+holiday)\b|\s*by\s+(?:our|us|me)\b)/i,
    notInSentence: new RegExp(
      String.raw`${OWNER_IN_SENTENCE.source}|\bas\s+you\s+(?:asked|requested|wanted)\b|\bat\s+your\s+request\b`,
      'i',
    ),
    notInDraft: OWNS_IT,
    alternative: 'we let this slip, and I am sorry',
  },
  {
    id: 'en-own-got-lost',
    kind: 'no-ownership',
    // "Nothing went missing" denies the failure.
    notBefore: /\b(?:nothing|none(?:\s+of\s+(?:it|them|the\s+\w+))?|nobody|no\s+\w+)\s+$/i,
    pattern:
      /\b(?:got|went|has\s+gone|have\s+gone|ended\s+up)\s+(?:lost|missing|astray|damaged|delayed|stuck|mixed\s+up|misplaced|cancell?ed|deleted)\b|\bsomething\s+went\s+wrong\b(?!\s+(?:on|with|at)\s+our)|\b(?:an?\s+|the\s+)?(?:error|glitch|issue|problem|mix-up|mistake|outage)\s+(?:caused|led\s+to|resulted\s+in)\b/i,
    notInSentence: OWNER_IN_SENTENCE,
    notInDraft: OWNS_IT,
    alternative: 'we let this slip, and I am sorry',
  },

  {
    id: 'en-own-due-to-glitch',
    kind: 'no-ownership',
    pattern: new RegExp(
      String.raw`\b(?:due\s+to|because\s+of|owing\s+to|caused\s+by)\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:glitch|error|bug|issue|problem|fault|outage|hiccup|mix-up|oversight)\b|\b(?:your|the|this)\s+(?:\w+\s+)?(?:order|parcel|package|refund|payment|email|message|request|ticket|claim|update|invoice|confirmation|return|cancellation)\s+(?:was|were)(?:n${A}t|\s+not)\s+(?:\w+ly\s+)?(?:sent|processed|shipped|dispatched|applied|issued|updated|saved|forwarded|passed\s+on|refunded|recorded|actioned)\b|\b(?:got|went)\s+(?:a\s+bit\s+|a\s+little\s+|slightly\s+|somewhat\s+)(?:lost|mixed\s+up|delayed|muddled|confused)\b|\b(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:\w+ed|sent|set\s+up|written|made|put)\s+(?:to|with|for|at|under|as|on|in)\s+(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect)\b|\b(?:was|were|got|has\s+been|have\s+been)\s+\w+ed\s+(?:by\s+mistake|in\s+error|by\s+accident)\b|\b(?:was|were|got|has\s+been|have\s+been)\s+(?:accidentally|mistakenly|inadvertently|wrongly|incorrectly|erroneously)\s+\w+|\bthe\s+wrong\s+\w+\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:sent|shipped|delivered|packed|used|given|charged|applied|entered|booked|assigned|picked|issued|printed)\b|\b(?:was|were)\s+(?:assigned|given|sent|issued|allocated)\s+(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect)\b|\b(?:was|were|got)\s+(?:packed|sent|shipped|delivered|dispatched|made|prepared|assembled|installed)\s+without\b|\b(?:was|were)\s+never\s+(?:sent|shipped|processed|delivered|issued|applied|passed\s+on|actioned|dispatched|forwarded|recorded)\b|\b(?:was|were|has\s+been|got)\s+(?:automatically\s+)?(?:blocked|frozen|locked|suspended|flagged|restricted)\s+(?:for|due\s+to|because\s+of)\s+(?:security|safety|verification|fraud|compliance)\b|\b(?:an?\s+|the\s+)?(?:oversight|bug|slip|miscommunication|hiccup)\s+(?:caused|led\s+to|resulted\s+in|meant)\b`,
      'i',
    ),
    notBefore: /\b(?:see|saw|notice[sd]?|understand|know|hear|heard|how|why|that)\s+$/i,
    notInSentence: OWNER_IN_SENTENCE,
    notInDraft: OWNS_IT,
    alternative: 'we let this slip, and I am sorry',
  },

  // — sarcasm —
  {
    id: 'en-sar-wow',
    kind: 'sarcasm',
    pattern: /(?:^|[.!?]\s+|\n)(?:wow|gee|well\s+well|oh\s+wow|oh\s+my)\b/i,
    // A real "wow" is about praise the customer gave.
    notInSentence: /\b(?:review|compliment|kind\s+words|recommend\w*|lovely\s+to\s+hear)\b/i,
    alternative: 'Thank you for telling us.',
  },
  {
    id: 'en-sar-finally',
    kind: 'sarcasm',
    pattern:
      /\b(?:congrat(?:ulation)?s|well\s+done|good\s+job|bravo|kudos|nice\s+work|nice\s+job|great\s+job)\b[^.!?\n]{0,50}?\b(?:finally|managing|actually|at\s+last)\b/i,
    alternative: 'Glad this is working now.',
  },
  {
    id: 'en-sar-thanks-for-abuse',
    kind: 'sarcasm',
    pattern:
      /\b(?:thanks|thank\s+you)\s+(?:(?:a\s+lot|so\s+much|ever\s+so\s+much|very\s+much)\s+)?for\s+(?:the|your|all\s+(?:the|those|these|your)|that|those|these)\s+(?:\w+\s+){0,2}?(?:angry|rude|abusive|nasty|insulting|shouting|all-caps|threatening|furious|lovely|charming|delightful|colou?rful|polite)\s+(?:\w+\s+)?(?:emails?|messages?|words?|calls?|notes?|voicemails?|language|tone|rant|comments?|threats?)\b|\breally\s+made\s+my\s+(?:day|morning|week|afternoon)\b/i,
    notInSentence: /\b(?:review|compliment|kind\s+words|feedback|recommend\w*|stars)\b/i,
    alternative: 'Thank you for telling us.',
  },
  {
    id: 'en-sar-scare-quotes-general',
    kind: 'sarcasm',
    pattern: /\byou(?:r)?\s+["“‘'][a-z][^"”’'\n]{1,30}["”’']/i,
    alternative: 'what you described',
  },
  {
    id: 'en-sar-sure-you',
    kind: 'sarcasm',
    pattern: new RegExp(
      String.raw`\bI${A}m\s+sure\s+you\s+(?:did|tried|checked|read|looked|followed|know)\b|\b(?:sure|right|of\s+course),?\s+(?:you|because)\s+(?:totally|definitely|certainly)\b`,
      'i',
    ),
    alternative: 'I understand — let me help with this.',
  },
  {
    id: 'en-sar-ironic-praise',
    kind: 'sarcasm',
    pattern: new RegExp(
      String.raw`(?:^|[.!?]\s+|\n)(?:oh,?\s+)?(?:great|wonderful|fantastic|brilliant|lovely|perfect|marvell?ous|terrific|super|awesome),?\s+(?:another|so\s+now|now\s+(?:it${A}s|you${A}re|we${A}re)|just\s+what\s+(?:I|we)\s+needed|because|as\s+if|of\s+course|so\s+you\s+(?:want|think|expect|say))\b|(?:^|[.!?]\s+|\n)(?:oh,?\s+)?(?:great|wonderful|fantastic|brilliant|lovely|perfect),?\s+so\s+(?:the|this|that|it${A}s|now)\b${W}{0,40}\?|\((?:not|yeah\s+right)\)|\s/s(?=\s|$)|\bI${A}m\s+sure\s+(?:that${A}s|it\s+was|it${A}s)\s+(?:exactly|totally|definitely|precisely)\s+what\b|\b(?:well,?\s+)?(?:that${A}s|that\s+is)\s+a\s+(?:first|new\s+one)\b|\bnever\s+heard\s+that\s+one\s+before\b|\bso\s+now\s+(?:it${A}s|it\s+is)\s+(?:our|my)\s+fault\b|\b(?:thanks|thank\s+you)\b[^.!?\n]{0,30}\b(?:one|two|single)[-\s]word\b|\b(?:five|5|full|ten|10)\s+(?:stars|points|marks)\s+for\s+(?:patience|politeness|manners|effort|trying|reading)\b|\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+the\s+(?:lecture|lesson|sermon|essay|novel|speech)\b|\b(?:nice|good|kind|lovely|great)\s+of\s+you\s+to\s+(?:finally|eventually|at\s+last)\b|\b(?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:your|the|all)\s+(?:\d+|\w+teen|twenty|thirty|dozens\s+of|hundreds\s+of|multiple|many|endless|countless)\s+(?:emails|messages|calls|reminders|chasers|follow-ups)\b`,
      'i',
    ),
    alternative: 'I understand — let me help with this.',
  },
];
