import {
  A,
  EN_ABSOLUTE_ALT as ABSOLUTE_ALT,
  EN_CONDITIONAL_BEFORE as CONDITIONAL_BEFORE,
  EN_OWNS_IT as OWNS_IT,
  EN_PIVOT as PIVOT,
  EN_REASSURES as REASSURES,
} from '../en-shared';
import type { CoachRule } from './types';

/** The agent acts in the same sentence: "…, and I've already started yours", "… — I've attached the receipt". */
export const AGENT_ACTS = new RegExp(
  String.raw`(?:[,;—–]\s*|\b(?:and|so|but)\s+)(?:I|we)(?:${A}ve|${A}ll|\s+have|\s+will)\s+(?:already\s+|just\s+|also\s+)?(?!not\b|never\b|been\b|be\b|told\b|said\b|explained\b|mentioned\b)[a-z]+`,
  'i',
);
/** The agent puts it right: "…; I've reissued it", "… — we have refunded it". */
export const FIX_FOLLOWS =
  /\b(?:I|we)(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|just\s+)?(?:re[a-z]+ed|fixed|restored|replaced|refunded|credited|corrected|sorted)\b/i;
/** The agent acts, or reports good news: pointing back to an earlier message on the way there is no reproach. */
export const ACTS_OR_GOOD_NEWS = new RegExp(
  String.raw`${AGENT_ACTS.source}|\b(?:(?:has|have)\s+(?:now\s+)?(?:gone\s+out|been\s+(?:sent|refunded|approved|processed|fixed|booked|credited|released|shipped))|(?:is|are)\s+(?:already\s+|now\s+)?on\s+(?:its|their|the)\s+way)\b`,
  'i',
);

export const EN_RULES: readonly CoachRule[] = [
  // — blame: the customer is made the cause —
  {
    id: 'en-blame-should-have',
    kind: 'blame',
    pattern: new RegExp(String.raw`\byou\s+(?:really\s+)?(?:should|ought\s+to)(?:\s+have|${A}ve)\b`, 'i'),
    // "you should have received an email" informs rather than blames.
    notAfter: /^\s+(?:received|got(?:ten)?|been|seen|had|heard)\b/i,
    alternative: 'Here is the quickest way to sort this now:',
  },
  {
    id: 'en-blame-didnt-read',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\byou\s+(?:clearly\s+|obviously\s+|simply\s+|just\s+)?(?:did\s+not|didn${A}t|have\s+not|haven${A}t|never)\s+(?:read|check(?:ed)?|follow(?:ed)?|look(?:ed)?\s+at|pay\s+attention|listen(?:ed)?)\b`,
      'i',
    ),
    notBefore: /\b(?:if|in\s+case|whether)\s+$/i,
    alternative: 'That detail is easy to miss — here it is again:',
  },
  {
    id: 'en-blame-your-fault',
    kind: 'blame',
    pattern: /\byour\s+(?:own\s+)?(?:fault|mistake|error)\b/i,
    // "this isn't your fault" reassures.
    notBefore: new RegExp(
      String.raw`(?:\bnot|n${A}t|\bno|\bnever|\bhardly|\bbarely|\bin\s+no\s+way)\s+(?:really\s+|at\s+all\s+)?$`,
      'i',
    ),
    alternative: 'Let me help put this right',
  },
  {
    id: 'en-blame-your-problem',
    kind: 'blame',
    pattern: new RegExp(String.raw`\b(?:that|it|this)(?:${A}s|\s+is)\s+your\s+problem\b`, 'i'),
    alternative: 'Let me see what I can do about this',
  },
  {
    id: 'en-blame-user-error',
    kind: 'blame',
    pattern: /\buser\s+error\b/i,
    alternative: 'a step that is easy to miss',
  },
  {
    id: 'en-blame-you-failed',
    kind: 'blame',
    pattern: /\byou\s+(?:failed|forgot|neglected)\s+to\b/i,
    alternative: 'it looks like this step did not go through, so',
  },
  {
    id: 'en-blame-supposed-to',
    kind: 'blame',
    pattern: /\byou\s+(?:were|are)\s+supposed\s+to\b/i,
    alternative: 'the next step is to',
  },
  {
    id: 'en-blame-if-you-had',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\bif\s+you(?:\s+had|${A}d)\s+(?:actually\s+|just\s+|even\s+|bothered\s+to\s+)?(?:read|checked|followed|looked|paid\s+attention|listened)\b`,
      'i',
    ),
    alternative: 'Going forward, it may help to',
  },
  {
    id: 'en-blame-need-to-read',
    kind: 'blame',
    pattern: /\byou\s+(?:need|have)\s+to\s+(?:read|understand|learn)\b/i,
    alternative: 'Here is how it works:',
  },

  // — defensive: responsibility pushed away —
  {
    id: 'en-def-not-our-fault',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\b(?:(?:it|this|that)(?:\s+is|\s+was|${A}s)?\s*(?:not|isn${A}t|wasn${A}t)\s+|not\s+)(?:our|my)\s+(?:fault|problem|responsibility|issue|job|department|call)\b`,
      'i',
    ),
    alternative: 'Let me take care of this for you',
  },
  {
    id: 'en-def-nothing-wrong',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\b(?:(?:we|I)\s+(?:did|have\s+done)\s+nothing\s+wrong|(?:there${A}s|there\s+is)\s+(?:nothing\s+wrong|no\s+(?:problem|issue|error))\s+on\s+(?:our|my)\s+(?:end|side))\b`,
      'i',
    ),
    alternative: 'Let me look into what happened',
  },
  {
    id: 'en-def-out-of-hands',
    kind: 'defensive',
    pattern:
      /\b(?:out\s+of\s+(?:our|my)\s+(?:hands|control)|beyond\s+(?:our|my)\s+control|nothing\s+to\s+do\s+with\s+(?:us|me))\b/i,
    alternative: 'I will follow this up for you',
  },
  {
    id: 'en-def-third-party',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`(?:\b(?:is|was)|${A}s)\s+(?:the\s+|your\s+)?(?:courier|carrier|bank|manufacturer|warehouse|post\s+office|delivery\s+company|supplier|card\s+issuer)${A}?s?\s+(?:fault|problem|responsibility|issue)\b|\btake\s+it\s+up\s+with\b|,\s*not\s+(?:me|us|mine|ours)\b|\bnot\s+ours\b`,
      'i',
    ),
    alternative: 'I will chase this with them for you',
  },
  {
    id: 'en-def-just-work-here',
    kind: 'defensive',
    pattern: /\bI\s+just\s+work\s+here\b/i,
    alternative: 'Let me find the right person to help',
  },
  {
    id: 'en-def-sorry-you-feel',
    kind: 'defensive',
    pattern:
      /\bsorry\s+(?:(?:that\s+)?you\s+feel\s+(?:that|this)\s+way|if\s+you\s+(?:feel|felt|were|are|found|think|thought|took)\b)/i,
    alternative: 'sorry — we got this wrong, and here is how I will fix it',
  },

  // — dismissive: the feeling or the question is waved away —
  {
    id: 'en-dis-calm-down',
    kind: 'dismissive',
    pattern:
      /\b(?:calm\s+down|settle\s+down|chill\s+out|no\s+need\s+to\s+(?:shout|yell|get\s+(?:so\s+)?(?:upset|angry|worked\s+up|emotional)|be\s+rude|panic|overreact))\b/i,
    alternative: 'I understand why this is upsetting',
  },
  {
    id: 'en-dis-obviously',
    kind: 'dismissive',
    pattern: /\bobviously\b/i,
    // "this is obviously frustrating" sides with the customer.
    notAfter:
      /^\s+(?:frustrating|upsetting|stressful|annoying|disappointing|worrying|not\s+(?:ok|okay|acceptable|good)|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+not|(?:we|I)\s+(?:want|would|understand|need|are|['’]re|am|['’]m))\b/i,
    alternative: 'To confirm,',
  },
  {
    id: 'en-dis-clearly',
    kind: 'dismissive',
    pattern:
      /\b(?:as\s+(?:is\s+)?clearly|clearly)\s+(?:stated|states|says|said|written|explained|shown|marked|visible|mentioned|you)\b/i,
    alternative: 'To recap,',
  },
  {
    id: 'en-dis-as-i-said',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:(?:as|like)\s+I\s+(?:already\s+|previously\s+|have\s+already\s+)?(?:said|stated|mentioned|explained|told\s+you|wrote)|as\s+(?:previously|already)\s+(?:stated|mentioned|explained)|as\s+(?:I${A}ve|I\s+have|we${A}ve|we\s+have)\s+(?:already\s+)?(?:said|explained|mentioned|told\s+you))\b`,
      'i',
    ),
    // "As I mentioned on the phone, your refund went out today — I've attached the receipt" points back to help,
    // and so does pointing back on the way to good news ("…, the refund has gone out today").
    notInSentence: ACTS_OR_GOOD_NEWS,
    alternative: 'To recap,',
  },
  {
    id: 'en-dis-per-my-last',
    kind: 'dismissive',
    pattern: /\b(?:as\s+)?per\s+my\s+(?:last|previous|earlier)\s+(?:email|message|reply|response|note)\b/i,
    alternative: 'To recap,',
  },
  {
    id: 'en-dis-big-deal',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:it${A}s|it\s+is|this\s+is|that${A}s|that\s+is)\s+(?:(?:really\s+)?not\s+(?:a|that|such\s+a)\s+big\s+(?:a\s+)?deal|no\s+big\s+deal|not\s+that\s+(?:serious|bad|hard|complicated|difficult))\b`,
      'i',
    ),
    alternative: 'I understand this matters to you',
  },
  {
    id: 'en-dis-overreacting',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\byou(?:${A}re|\s+are)\s+(?:overreacting|being\s+(?:unreasonable|dramatic|rude|emotional|difficult)|too\s+(?:emotional|sensitive))\b`,
      'i',
    ),
    alternative: 'I can hear how much this matters',
  },
  {
    id: 'en-dis-read-the-docs',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:it${A}s\s+(?:all\s+)?(?:in|on)\s+(?:the|our)\s+(?:faq|manual|website|terms|help\s+(?:center|centre))|just\s+(?:read|check)\s+the)\b`,
      'i',
    ),
    alternative: 'Here are the steps:',
  },
  {
    id: 'en-dis-how-many-times',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:do\s+you\s+(?:not\s+)?understand|don${A}t\s+you\s+understand|how\s+many\s+times|I${A}ll\s+say\s+it\s+again|for\s+the\s+(?:last|third|second|hundredth|fifth)\s+time)\b`,
      'i',
    ),
    alternative: 'Let me put it another way:',
  },

  // — absolute negatives: a closed door instead of an option —
  {
    id: 'en-abs-cant',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\b(?:we|I)(?:\s+(?:simply\s+|just\s+|really\s+|absolutely\s+|unfortunately\s+)?(?:can${A}t|cannot|can\s+not|won${A}t\s+be\s+able\s+to)|(?:\s+am|\s+are|${A}m|${A}re)\s+(?:simply\s+|really\s+|unfortunately\s+)?(?:not\s+able|unable|not\s+in\s+a\s+position)\s+to)\b`,
      'i',
    ),
    // Warmth and ownership use the same words: "we can't wait", "I can't imagine how stressful".
    notAfter:
      /^\s+(?:wait|thank|apologi[sz]e|stress|imagine|believe|tell\s+you\s+how|say\s+(?:enough|how)|express|emphasi[sz]e|let\s+(?:this|that|it)\s+happen|help\s+(?:but|feeling)|(?:seem\s+to\s+)?(?:find|locate|see|open|access|view|hear|reach|load|download|read))\b/i,
    // "I can't promise the hour, but I've asked the warehouse…" already pivots to what can be done.
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-abs-we-dont',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\bwe\s+(?:don${A}t|do\s+not)\s+(?:do|offer|give|issue|allow|accept|make)\s+(?:refunds?|exceptions?|returns?|exchanges?|replacements?|compensation|credits?)\b`,
      'i',
    ),
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-abs-impossible',
    kind: 'absolute',
    pattern: /\b(?:impossible|not\s+possible|no\s+way)\b/i,
    notBefore: /\b(?:made|makes|making|make|found\s+it)\s+(?:it\s+)?$/i,
    // "there was no way you could have known" is empathy.
    notAfter:
      /^\s+(?:for\s+you|you\s+(?:could|would|to)|to\s+(?:reach|know|tell)|I['’]m\s+(?:letting|going\s+to\s+let)|(?:we|I)\s+(?:will|would|['’]ll)\s+let)\b/i,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-abs-never',
    kind: 'absolute',
    pattern:
      /\b(?:(?:we|I)\s+(?:will\s+|would\s+)?never|never\s+(?:refund|offer|allow|accept|give|make\s+exceptions))\b/i,
    notAfter:
      /^\s+(?:want|wanted|intend|intended|meant|mean|expect|expected|forget|share|sell|store|spam|pass|give\s+out|ask\s+for|charge|stop)\b/i,
    // "this will never happen again" is a promise inside an apology.
    notInSentence: /\bagain\b/i,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-abs-nothing-we-can-do',
    kind: 'absolute',
    pattern: /\bnothing\s+(?:more\s+|else\s+)?(?:we|I)\s+can\s+do\b/i,
    alternative: ABSOLUTE_ALT,
  },

  // — policy: a rule instead of a reason —
  {
    id: 'en-pol-policy',
    kind: 'policy',
    pattern: new RegExp(
      String.raw`\b(?:(?:our|the|company)\s+)?polic(?:y|ies)\s+(?:says?|states?|is\s+(?:clear|that)|(?:doesn${A}t|does\s+not|won${A}t|will\s+not)\s+allow|prohibits?)\b|\b(?:it${A}s|it\s+is|that${A}s|that\s+is|this\s+is)\s+(?:our|company|the)\s+policy\b|\b(?:per|according\s+to|as\s+per|under)\s+(?:our|company|the)\s+(?:policy|rules)\b`,
      'i',
    ),
    // Policy that grants something is good news: "under our policy you're entitled to a refund".
    notInSentence: new RegExp(
      String.raw`\b(?:entitled|eligible|qualif\w*|covered|covers)\b|\byou\s+(?:can|will|get|may)\b(?!${A}t|\s+not)|\b(?:can|may)\s+be\s+[a-z]+ed\b|\bpolicy\s+to\s+(?:refund|replace|repair|cover|reimburse|honou?r|match|offer)\b|\bin\s+full\b|,\s*so\s+(?:I|we)(?:${A}ve|\s+have)\s+(?:already\s+)?[a-z]+ed\b`,
      'i',
    ),
    alternative: 'Here is what I can offer:',
  },
  {
    id: 'en-pol-rules-are-rules',
    kind: 'policy',
    pattern: new RegExp(
      String.raw`\b(?:rules\s+are\s+rules|(?:that${A}s|it${A}s)\s+(?:just\s+)?the\s+(?:rule|rules|way\s+it\s+is)|(?:the\s+)?terms\s+(?:and\s+conditions\s+)?(?:clearly\s+)?(?:state|say)|you\s+agreed\s+to\s+(?:the|our)\s+terms|(?:our\s+)?hands\s+are\s+tied)\b`,
      'i',
    ),
    notInSentence: AGENT_ACTS,
    alternative: 'Here is what I can offer:',
  },

  // — missing ownership: the failure has no owner —
  {
    id: 'en-own-mistakes-were-made',
    kind: 'no-ownership',
    pattern: /\b(?:mistakes|errors|an\s+error|a\s+mistake)\s+(?:were|was|have\s+been|has\s+been)\s+made\b/i,
    alternative: 'we made a mistake',
  },
  {
    id: 'en-own-system',
    kind: 'no-ownership',
    pattern:
      /\b(?:(?:the|our)\s+system\s+(?:did|made|charged|sent|cancell?ed|deleted|failed|glitched|errored|was\s+(?:down|at\s+fault|to\s+blame)|must\s+have|(?:automatically|accidentally)\s+\w+)|(?:it\s+was\s+|due\s+to\s+)?a\s+(?:system|technical|computer)\s+(?:error|glitch)|the\s+computer\s+(?:did|made|sent))\b/i,
    notInDraft: OWNS_IT,
    alternative: 'we made an error on our side',
  },
  {
    id: 'en-own-it-happens',
    kind: 'no-ownership',
    pattern:
      /\b(?:these\s+things\s+happen|(?:it|stuff|things|mistakes)\s+happens?|it\s+is\s+what\s+it\s+is)(?=\s*(?:[.,!;—–-]|$))/i,
    notBefore: /\b(?:if|when|before|whenever|so|how)\s+$/i,
    alternative: 'this should not have happened',
  },

  // — indirect phrasings of every kind, found by testing on replies written after the first rules —
  {
    id: 'en-blame-wrong-input',
    kind: 'blame',
    pattern:
      /\byou\s+(?:must\s+have\s+|might\s+have\s+|may\s+have\s+|probably\s+)?(?:entered|typed|chose|selected|picked|ordered|used|gave|sent|clicked)\s+(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect)\b/i,
    notBefore: CONDITIONAL_BEFORE,
    notInSentence: REASSURES,
    alternative: "the details didn't match, so",
  },
  {
    id: 'en-blame-next-time',
    kind: 'blame',
    pattern: /\bnext\s+time,?\s+(?:please\s+)?(?:read|check|make\s+sure|be\s+sure|pay\s+attention|look)\b/i,
    alternative: 'A tip that may save you time later:',
  },
  {
    id: 'en-def-not-responsible',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\b(?:(?:we|I)\s*(?:are|am|${A}re|${A}m)\s+not\s+(?:responsible|liable|accountable)|(?:we|I)\s+can${A}?t\s+be\s+held\s+(?:responsible|liable)|not\s+(?:by|on)\s+us|under\s+no\s+obligation|(?<=(?:not|n${A}t)\s+)something\s+(?:our|the)\s+\w+\s+is\s+responsible\s+for|(?:our|the)\s+\w+\s+(?:is|are)\s+not\s+responsible)\b`,
      'i',
    ),
    alternative: 'I will follow this up for you',
  },
  {
    id: 'en-dis-explained-times',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\bI(?:${A}ve|\s+have)\s+(?:already\s+)?(?:explained|told\s+you|said)\s+(?:this|that|it)\s+(?:(?:two|three|four|several|many|multiple)\s+times|twice|already|before)\b`,
      'i',
    ),
    alternative: 'Let me put it another way:',
  },
  {
    id: 'en-dis-what-else',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:I\s+)?don${A}t\s+know\s+what\s+(?:else\s+)?to\s+(?:tell|say\s+to)\s+you\b`,
      'i',
    ),
    alternative: 'Let me find another way to help',
  },
  {
    id: 'en-dis-stop-shouting',
    kind: 'dismissive',
    pattern: /\bstop\s+(?:shouting|yelling|being\s+rude|complaining|panicking)\b/i,
    alternative: 'I understand why this is upsetting',
  },
  {
    id: 'en-dis-why-so-upset',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:(?:not\s+sure|I\s+don${A}t\s+(?:know|see|understand))\s+why\s+you${A}?(?:re|\s+are)\s+(?:so\s+)?(?:upset|angry|worked\s+up|mad|annoyed)|(?:it${A}s|it\s+is|that${A}s)\s+only\s+(?:a\s+few|\$?\d|one|two|a\s+(?:day|dollar|minute|small)))`,
      'i',
    ),
    alternative: 'I understand this matters to you',
  },
  {
    id: 'en-dis-not-how-it-works',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:that|it)${A}?s?\s+(?:is\s+)?not\s+how\s+(?:it|this|that|things)\s+works?\b`,
      'i',
    ),
    alternative: 'Let me explain how this works, and what I can do:',
  },
  {
    id: 'en-dis-only-one',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:you${A}re|you\s+are)\s+the\s+(?:only|first)\s+(?:customer|person|one)\b|\b(?:no\s*one|nobody)\s+else\s+(?:has|had|is)\b|\bother\s+customers\s+(?:don${A}t|haven${A}t|do\s+not|have\s+not)\b`,
      'i',
    ),
    alternative: 'Thank you for telling us about this',
  },
  {
    id: 'en-dis-wont-argue',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:(?:not\s+going\s+to|won${A}t|will\s+not)\s+argue|no\s+point\s+(?:in\s+)?arguing|this\s+conversation\s+is\s+over)\b`,
      'i',
    ),
    alternative: 'I want to get this right for you',
  },
  {
    id: 'en-pol-just-how-it-is',
    kind: 'policy',
    pattern: new RegExp(
      String.raw`\b(?:that${A}s|it${A}s|this\s+is|that\s+is)\s+(?:just\s+|simply\s+)(?:how|the\s+way)\s+(?:it|things|our\s+\w+|we|the\s+\w+|[a-z]+s)\s+(?:works?|goes|do|is|are|operate)\b`,
      'i',
    ),
    notInSentence: PIVOT,
    alternative: 'Here is why, and what I can offer:',
  },
  {
    id: 'en-blame-read-properly',
    kind: 'blame',
    pattern:
      /\b(?:read(?:ing)?|follow(?:ing)?|check(?:ing)?)\s+(?:the\s+|our\s+|my\s+)?(?:instructions|manual|guide|description|email|terms|steps)\s+(?:properly|carefully|more\s+carefully|correctly)\b/i,
    // "You have read the terms correctly" agrees with the customer.
    notBefore: /\byou\s+(?:have|'ve|’ve|did|had)\s+$/i,
    alternative: 'Here are the steps again:',
  },
  {
    id: 'en-def-records-correct',
    kind: 'defensive',
    pattern: /\bour\s+(?:records|system|logs)\s+(?:are|is|were|was|show|shows)\s+(?:correct|right|accurate|fine)\b/i,
    alternative: 'Let me check this against what you are seeing',
  },
  {
    id: 'en-dis-like-everyone-else',
    kind: 'dismissive',
    pattern: /\b(?:like|same\s+as|just\s+like)\s+every(?:one|body)\s+else\b/i,
    alternative: 'I will keep you updated while you wait',
  },
  {
    id: 'en-pol-terms-say',
    kind: 'policy',
    pattern:
      /\b(?:the\s+)?(?:terms|t&cs|agreement|contract)\s+(?:you\s+(?:accepted|agreed\s+to|signed)\s+)?(?:clearly\s+)?(?:says?|states?)\b/i,
    // "The contract says you can leave with a month's notice" grants; it is not a wall.
    notInSentence: new RegExp(
      String.raw`${AGENT_ACTS.source}|\byou\s+(?:can|may|are\s+(?:able|entitled|free))\b(?!${A}t|\s+not)|\b(?:entitled|eligible)\b`,
      'i',
    ),
    alternative: 'Here is what I can offer:',
  },
  {
    id: 'en-own-issue-occurred',
    kind: 'no-ownership',
    pattern: /\b(?:an?\s+)?(?:issue|error|problem|glitch)\s+(?:occurred|arose|happened)\b/i,
    notInDraft: OWNS_IT,
    alternative: 'we ran into a problem on our side',
  },
  {
    id: 'en-dis-nth-time',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+you(?:${A}ve|\s+have)?\s+(?:asked|written|contacted|emailed|called|raised)\b`,
      'i',
    ),
    alternative: 'Thanks for following up —',
  },
  {
    id: 'en-dis-it-says',
    kind: 'dismissive',
    pattern:
      /\bif\s+you\s+(?:look|looked|check|checked|read)\s+(?:at\s+)?(?:the|your)\b[^.!?]{0,40}?,\s*(?:it|you(?:'|’)ll\s+see)\b|\bit\s+(?:says|said|states|stated)\s+(?:clearly\s+)?(?:on|in)\s+(?:the|your)\b/i,
    alternative: 'Just to recap,',
  },
  {
    id: 'en-dis-other-customers',
    kind: 'dismissive',
    pattern: new RegExp(
      String.raw`\b(?:(?:we|I)\s+(?:have|${A}ve\s+got)\s+other\s+(?:customers|clients|tickets|people)|take\s+your\s+business\s+elsewhere|(?:shop|go|look)\s+elsewhere|feel\s+free\s+to\s+(?:cancel|leave|go\s+elsewhere))\b`,
      'i',
    ),
    alternative: 'I want to make this right for you',
  },
  {
    id: 'en-blame-customer-responsibility',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\b(?:the\s+)?(?:customer|buyer|user|account\s+holder)${A}s\s+(?:responsibility|job|fault)\b|\b(?:it|that)(?:${A}s|\s+is)\s+(?:up\s+to\s+you|your\s+(?:responsibility|job))\b`,
      'i',
    ),
    alternative: 'Let me help check this with you',
  },
  {
    id: 'en-abs-wont-be',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\b(?:we|I)(?:\s+will\s+not|\s+won${A}t|${A}ll\s+not)\s+be\s+(?:refunding|replacing|offering|issuing|giving|accepting|making|reopening|extending)\b`,
      'i',
    ),
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-pol-procedure',
    kind: 'policy',
    pattern: /\b(?:standard|company|our|internal)\s+(?:procedure|process|protocol)\b/i,
    notInSentence: new RegExp(
      String.raw`\b(?:entitled|eligible|qualif\w*|covered|covers)\b|\byou\s+(?:can|will|get|may)\b(?!${A}t|\s+not)`,
      'i',
    ),
    alternative: 'Here is why, and what I can offer:',
  },
  {
    id: 'en-own-passive-delay',
    kind: 'no-ownership',
    pattern:
      /\b(?:(?:delays?|issues?|errors?|problems?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:experienced|encountered|caused)|due\s+to\s+(?:high|heavy|unusual|increased)\s+(?:volume|demand|traffic))\b/i,
    notInDraft: OWNS_IT,
    alternative: 'we fell behind, and I am sorry',
  },
  {
    id: 'en-dis-tone-policing',
    kind: 'dismissive',
    pattern:
      /\b(?:keep|kept)\s+(?:your|the)\s+(?:tone|language)\s+(?:civil|polite|respectful)|\b(?:watch|mind)\s+your\s+(?:tone|language)\b/i,
    alternative: 'I understand why this is upsetting',
  },
  {
    id: 'en-dis-nothing-more-to-say',
    kind: 'dismissive',
    pattern: /\b(?:not\s+much\s+more|nothing\s+(?:more|else))\s+(?:I|we)\s+can\s+(?:say|add|tell\s+you)\b/i,
    alternative: 'Here is what happens next:',
  },
  {
    id: 'en-blame-you-ticked',
    kind: 'blame',
    pattern: /\byou\s+(?:ticked|checked|clicked|selected)\s+(?:the\s+)?(?:box|option|button)\b/i,
    alternative: 'The order went through with this option, so',
  },
  {
    id: 'en-abs-passive-cant',
    kind: 'absolute',
    pattern: new RegExp(
      String.raw`\b(?:can${A}t|cannot|can\s+not|won${A}t)\s+be\s+(?:made|done|refunded|changed|offered|granted|processed|returned|cancell?ed|reversed|exchanged)\b|\b(?:the\s+answer\s+is\s+no|that${A}s\s+a\s+no|not\s+an\s+option)\b`,
      'i',
    ),
    // "can't be submitted without a signature" names what it takes, not a closed door.
    notAfter: /^\s+(?:without|until|unless|before|once)\b/i,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-blame-you-didnt-act',
    kind: 'blame',
    pattern: new RegExp(
      String.raw`\byou\s+(?:simply\s+|just\s+|clearly\s+)?(?:did\s+not|didn${A}t|never|failed\s+to|forgot\s+to)\s+(?:activate|register|confirm|submit|enter|update|cancel|reply|respond|sign|save|verify|attach|include)\b`,
      'i',
    ),
    notBefore: /\b(?:if|in\s+case|whether)\s+$/i,
    alternative: 'It looks like this step did not go through, so',
  },
  {
    id: 'en-dis-no-reason-to',
    kind: 'dismissive',
    pattern:
      /\bno\s+(?:reason|need)\s+to\s+(?:threaten|complain|escalate|leave\s+a\s+(?:bad|negative)\s+review|involve)\b/i,
    alternative: 'I understand why you want this escalated',
  },
  {
    id: 'en-own-normal',
    kind: 'no-ownership',
    pattern:
      /\b(?:(?:delays?|this|that|it)\s+(?:is|are)\s+(?:completely\s+|quite\s+|totally\s+|perfectly\s+)?normal|this\s+kind\s+of\s+\w+\s+is\s+normal)\b/i,
    notInDraft: OWNS_IT,
    alternative: 'this should not have happened',
  },
  {
    id: 'en-blame-on-you',
    kind: 'blame',
    pattern: new RegExp(String.raw`\b(?:this|that|it)(?:\s+one)?(?:\s+is|\s+was|${A}s)\s+on\s+you\b`, 'i'),
    alternative: 'Let me help put this right',
  },
  {
    id: 'en-def-our-side-was-fine',
    kind: 'defensive',
    pattern: new RegExp(
      String.raw`\bwe\s+(?:followed|did)\s+(?:every|all\s+the|each)\s+(?:step|procedure)s?\s+correctly|\b(?:it${A}s|it\s+is|the\s+(?:issue|problem)\s+is)\s+(?:likely|probably|most\s+likely)\s+(?:with|on)\s+your\s+(?:end|side|internet|provider|device|bank|network)\b`,
      'i',
    ),
    alternative: 'Let me check both sides with you',
  },
  {
    id: 'en-dis-read-my-reply',
    kind: 'dismissive',
    pattern: /\bread\s+my\s+(?:previous|last|earlier)\s+(?:reply|email|message|response)\b/i,
    alternative: 'To recap,',
  },
  {
    id: 'en-abs-not-permitted',
    kind: 'absolute',
    pattern: /\b(?:is|are)\s+not\s+(?:permitted|allowed|accepted)\b/i,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-pol-terms-clear',
    kind: 'policy',
    pattern: /\b(?:our|the)\s+(?:terms|policy|rules)\s+(?:are|is)\s+(?:very\s+|quite\s+|perfectly\s+)?clear\b/i,
    alternative: 'Here is what I can offer:',
  },
  {
    id: 'en-own-by-the-system',
    kind: 'no-ownership',
    pattern: /\bby\s+(?:the|our)\s+system\b/i,
    // "…deleted by our system in error; I have reissued it": "our" system, and the agent has put it right.
    notInDraft: new RegExp(`${OWNS_IT.source}|${FIX_FOLLOWS.source}`, 'i'),
    alternative: 'by us',
  },
  {
    id: 'en-dis-what-did-you-expect',
    kind: 'dismissive',
    pattern:
      /\bwhat\s+(?:did\s+)?you\s+expect(?:ed)?\b|\bas\s+you\s+were\s+(?:told|informed|advised)\b|\bas\s+(?:you\s+)?(?:already\s+)?(?:know|knew)\b/i,
    alternative: 'I understand this is not what you hoped for',
  },
  {
    id: 'en-abs-always-declined',
    kind: 'absolute',
    pattern: /\b(?:always|automatically)\s+(?:declined|rejected|refused|denied)\b|\bnon-?negotiable\b/i,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-blame-your-side',
    kind: 'blame',
    pattern: /\b(?:must|has\s+to|can\s+only)\s+be\s+on\s+your\s+(?:side|end)\b/i,
    alternative: 'Let me check both sides with you',
  },
  {
    id: 'en-abs-final',
    kind: 'absolute',
    pattern:
      /\b(?:(?:this|the|our|that)\s+decision\s+is\s+final|will\s+not\s+be\s+(?:reversed|refunded|changed|reconsidered|reopened)|won['’]t\s+be\s+(?:reversed|refunded|reconsidered|reopened))\b/i,
    notInSentence: PIVOT,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-blame-youd-know',
    kind: 'blame',
    pattern: new RegExp(String.raw`\byou${A}d\s+(?:know|have\s+seen|have\s+known)\s+(?:this|that)\s+if\s+you\b`, 'i'),
    alternative: 'Here it is again, in case it got lost:',
  },
  {
    id: 'en-dis-refrain',
    kind: 'dismissive',
    pattern: /\b(?:please\s+)?refrain\s+from\b|\bstop\s+(?:contacting|emailing|messaging|calling)\s+us\b/i,
    alternative: 'I will keep you updated, so you do not have to chase',
  },
  {
    id: 'en-def-set-by-them',
    kind: 'defensive',
    pattern:
      /\b(?:set|decided|controlled|handled)\s+by\s+the\s+(?:courier|carrier|bank|manufacturer|airline|supplier)\b|\b(?:contact|call|ask)\s+(?:them|the\s+(?:courier|carrier|bank|manufacturer))\s+directly\b/i,
    // "Prices are set by the manufacturer, and I've matched the lower price" explains on the way to acting.
    notInSentence: AGENT_ACTS,
    alternative: 'I will chase this with them for you',
  },
  {
    id: 'en-abs-not-something-we',
    kind: 'absolute',
    pattern: /\bnot\s+something\s+(?:we|I)\s+(?:can|could|do|offer|provide|allow|support)\b/i,
    alternative: ABSOLUTE_ALT,
  },
  {
    id: 'en-pol-as-stated-in-terms',
    kind: 'policy',
    pattern:
      /\bas\s+(?:stated|outlined|set\s+out|explained|specified|described)\s+in\s+(?:our|the)\s+(?:\w+\s+)?(?:terms|policy|t&cs|conditions|agreement)\b/i,
    alternative: 'Here is what I can offer:',
  },

  // — sarcasm: the words say one thing and mean another —
  {
    id: 'en-sar-phrases',
    kind: 'sarcasm',
    pattern: new RegExp(
      String.raw`\b(?:good\s+luck\s+with\s+that|thanks\s+for\s+nothing|(?:I${A}m\s+)?sure\s+you\s+did|if\s+you\s+say\s+so|whatever\s+you\s+say|nice\s+try|well,?\s+excuse\s+me|with\s+(?:all\s+)?due\s+respect|oh\s+(?:great|wonderful|fantastic|brilliant|sure)|congrat(?:ulation)?s,?\s+you(?:${A}ve|\s+have)?\s+(?:managed|found|broke|broken|discovered|figured))\b`,
      'i',
    ),
    // "Oh wonderful, I'm so glad the new password works!" is joy at the customer's good news.
    notInSentence: new RegExp(
      String.raw`\b(?:I${A}m|I\s+am|we${A}re|we\s+are)\s+(?:so\s+|really\s+|very\s+)?(?:glad|happy|pleased|delighted|thrilled)\b(?![^.!?;\n]{0,40}\b(?:finally|at\s+last|eventually)\b)`,
      'i',
    ),
    alternative: 'I understand — let me help with this.',
  },
  {
    id: 'en-sar-on-purpose',
    kind: 'sarcasm',
    pattern:
      /^\s*(?:sure|right|yeah|oh\s+yes),?\s+because\b|\b(?:we|I)\s+(?:obviously\s+|clearly\s+|just\s+)?(?:do|did)\s+(?:this|it|that)\s+on\s+purpose\b/i,
    alternative: 'I understand — let me help with this.',
  },
  {
    id: 'en-sar-clears-it-up',
    kind: 'sarcasm',
    pattern:
      /\bhope\s+(?:that|this)\s+(?:clears\s+(?:things|it)\s+up|makes\s+(?:it\s+)?(?:clearer|sense))\s+(?:for\s+you\s+)?(?:this\s+time|now)\b|\bhope\s+(?:that|this)\s+clears\s+(?:things|it)\s+up\s+for\s+you\b/i,
    alternative: 'Let me know if any part is still unclear — happy to go through it.',
  },
  {
    id: 'en-sar-know-best',
    kind: 'sarcasm',
    pattern: /\b(?:clearly|obviously|since|well,?)\s+you\s+know\s+(?:best|better)\b/i,
    alternative: 'I understand — let me help with this.',
  },
  {
    id: 'en-sar-yeah-right',
    kind: 'sarcasm',
    pattern: /\byeah,?\s+right\b/i,
    notAfter: /^\s*(?:away|now|there)\b/i,
    alternative: 'I understand — let me help with this.',
  },
  {
    id: 'en-sar-scare-quotes',
    kind: 'sarcasm',
    pattern:
      /\byour\s+["“'‘](?:urgent|emergency|patience|problem|issue|complaint|expertise|research|understanding|mistake)["”'’]/i,
    alternative: 'your request',
  },
];
