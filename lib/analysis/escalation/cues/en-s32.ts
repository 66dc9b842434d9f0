import type { Cue } from '../types';

// Session 32, after the session's blind sets were scored (fresh58: money, contracts and regulated services; short
// messages, hedges and second attempts): shapes read off their misses and written as shapes, with wordings of our
// own beside them. A loss to be made good, money asked back by a share of the price, a gesture that "would be
// nice", a card provider told about a charge, a switch already under way with a new provider, the press office
// left to explain, a post going up, other firms pointed at, an earlier message nobody read, and contempt put as a
// question about training.

/** A firm of the kind a customer can take their business to. */
const FIRMS =
  '(?:banks|building societies|providers|suppliers|networks|carriers|insurers|airlines|lenders|energy companies|broadband companies|phone companies|companies|firms|shops|stores|retailers|gyms|brands|couriers)';

/** Leaving dared as a question: "Can you give me one good reason not to cancel?" asks nothing the agent can answer. */
/** The dare's head: "give me one good reason (why I shouldn't | not to)". */
const REASON_NOT_TO = String.raw`\b(?:(?:give|tell)\s+(?:me|us)\s+(?:one|a|a\s+single|any)\s+(?:good\s+)?|one\s+good\s+)reason\s+(?:why\s+)?(?:i\s+|we\s+)?(?:shouldn'?t|should\s+not|not\s+to)\s+(?:just\s+)?`;
export const RHETORICAL_S32 = String.raw`${REASON_NOT_TO}(?:cancel|leave|switch|go\s+elsewhere|walk\s+away)\b`;

/** Where customers post about a firm (lower case: the cues read folded text). */
const PLATFORMS = 'facebook|fb|twitter|x|instagram|insta|tiktok|youtube|reddit|trustpilot|google|mumsnet|linkedin';

export const S32_CUES: Cue[] = [
  // A loss to be made good: "I want that made good", "please make good my losses", "make this good". "Make it good"
  // alone is praise or encouragement, so it is not read.
  {
    id: 'compensation-made-good',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:that|this|it|the\s+(?:loss|shortfall|difference|damage))\s+made\s+good\b|\bmake\s+(?:that|this)\s+good\b|\bmake\s+good\s+(?:on\s+)?(?:my|our|the|this|that|these|those)\s+(?:loss(?:es)?|shortfall|damage|costs?|money|expenses)\b/,
  },
  // Money back asked as a share or a sum of the price: "I'm asking for 50% of the holiday price back", "I'm asking for
  // half the fare back", "asking for the £80 back".
  {
    id: 'compensation-asking-share-back',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:now\s+)?(?:asking|requesting)\s+(?:you\s+)?(?:for\s+)?(?:\d{1,3}\s?%|half|a\s+third|a\s+quarter|some|part|all|the\s+[£$€]?\d[\d,.]*|[£$€]\d[\d,.]*)\s*(?:of\s+)?[^.!?]{0,40}?\bback\b/,
  },
  // A gesture said to be owed without the word "want": "A voucher or something would be nice for the hassle", "a
  // partial refund would be fair", "some credit wouldn't go amiss".
  {
    id: 'compensation-would-be-nice',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:a|an|some)\s+(?:small\s+|little\s+|partial\s+)?(?:voucher|refund|credit|discount|goodwill(?:\s+gesture)?|gesture(?:\s+of\s+goodwill)?|compensation|reimbursement|money\s+off)\s+(?:or\s+(?:something|similar|anything)\s+)?(?:would(?:n'?t)?|might)\s+(?:be\s+(?:nice|fair|appreciated|welcome|good|reasonable|the\s+least)|go\s+(?:a\s+long\s+way|amiss))\b/,
  },
  // The card provider told about the charge: "I've already told my card provider about the £149 renewal", "I've let
  // my bank know about these charges and they've opened a case". Telling the bank about a lost card is not read:
  // the charge, payment or amount must be named.
  {
    id: 'chargeback-card-provider-told',
    flag: 'chargeback',
    kind: 'act',
    re: /\b(?:told|informed|notified|alerted|reported\s+(?:it|this|the\s+charge|the\s+payment)\s+to|let)\s+(?:my|our)\s+(?:bank|card\s+(?:provider|issuer|company)|credit\s+card\s+(?:company|provider|issuer))(?:\s+know)?\s+about\s+(?:the|this|these|that|your|a|an)\s+[^.!?]{0,40}?(?:charges?|payments?|debits?|transactions?|renewals?|fees?|[£$€]\d)/,
  },
  // A switch under way named by the new firm: "my new provider has confirmed they sent you everything", "the transfer
  // to my new supplier". The customer has already moved.
  {
    id: 'churn-new-provider',
    flag: 'churn',
    kind: 'act',
    strength: 'taken',
    re: /\b(?:my|our)\s+new\s+(?:provider|supplier|bank|network|carrier|lender|insurer|pension\s+provider|energy\s+supplier|broadband\s+provider|mobile\s+provider|isp)\b/,
  },
  // The firm's press office left to explain to the press: "Let's see how your press office enjoys explaining to Money
  // Box why…", "your PR team can explain it to the Guardian".
  {
    id: 'public-press-office-explains',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /\byour\s+(?:press\s+office|pr\s+(?:team|department|people)|comms\s+team|communications\s+team|media\s+team)\s+(?:can|will|gets?\s+to|enjoys?|likes?|handles?|wants?\s+to)\s+(?:\w+\s+)?explain/,
  },
  // Pictures or the story about to go up: "the photos are going on Facebook", "this is going up on TikTok tonight".
  {
    id: 'public-going-up-on',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      String.raw`\b(?:the\s+|my\s+|these\s+|those\s+)?(?:photos|pictures|pics|videos?|footage|screenshots|recordings?|story|whole\s+thing|this|it)\s+(?:is|are|'s|'re)\s+going\s+(?:up\s+)?(?:on|onto)\s+(?:${PLATFORMS}|every\s+(?:group|forum|site))\b`,
    ),
  },
  // Other firms pointed at: "there are other banks, ones that answer the phone", "there's plenty of other gyms".
  {
    id: 'churn-there-are-others',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      String.raw`\bthere(?:\s+are|'s|\s+is|'re)\s+(?:plenty\s+(?:of\s+)?|lots\s+(?:of\s+)?|loads\s+(?:of\s+)?|other\s+)?(?:other\s+)?${FIRMS}(?=\s*[,.!;-]|\s+(?:out\s+there|you\s+know|that|who|which|ones)\b|$)`,
    ),
  },
  // The earlier message not read or answered: "ok so nobody read my previous message", "did anyone even read my last
  // email?", "no one answered my first chat".
  {
    id: 'repeat-earlier-message-unread',
    flag: 'repeat-contact',
    kind: 'said',
    re: /\b(?:nobody|no\s*one|noone|anyone|anybody|someone|you)\s+(?:even\s+|actually\s+|ever\s+)?(?:read|reads|answered|answer|replied\s+to|reply\s+to|responded\s+to|respond\s+to|looked\s+at|look\s+at|saw|see|seen)\s+(?:my\s+)?(?:previous|last|earlier|first|other|original)\s+(?:message|msg|email|e-mail|mail|ticket|chat|comment|reply|note|dm)s?\b/,
  },
  // Contempt put as a question about how staff came to be this way: "are you lot trained to be this thick or does it
  // come naturally?", "do they pay you to be this useless?".
  {
    id: 'abuse-trained-to-be',
    flag: 'abuse',
    kind: 'said',
    re: /\b(?:are|were|do|does|did)\s+(?:you|u|you\s+lot|you\s+people|you\s+guys|your\s+staff|they)\s+(?:get\s+)?(?:trained|taught|paid|born|hired|employed|pay\s+you)\s+to\s+be\s+(?:this|so|that)\s+(?:thick|stupid|dumb|useless|incompetent|clueless|dense|rude|slow|hopeless)\b/,
  },
  // The recording or the story already up: "the screen recording is up on reddit", "my review is live on Trustpilot".
  {
    id: 'public-already-up-on',
    flag: 'public',
    kind: 'act',
    strength: 'taken',
    re: new RegExp(
      String.raw`\b(?:the|my|our|a)\s+(?:screen\s+)?(?:recording|video|footage|photos|pictures|pics|post|review|thread|story|screenshots?|clip)\s+(?:is|are|'s|'re)\s+(?:now\s+|already\s+)?(?:up|live|posted)\s+on\s+(?:${PLATFORMS}|tripadvisor)\b`,
    ),
  },
  // Leaving put as a dare: "Can you give me one good reason not to cancel?", "give me a reason why I shouldn't switch".
  {
    id: 'churn-reason-not-to',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      String.raw`${REASON_NOT_TO}(?:cancel|leave|switch|close\s+(?:my|our|the)\s+account|go\s+elsewhere|walk\s+away|take\s+my\s+business)`,
    ),
  },
  // The customer chasing the matter up: "Hi again, just chasing this up", "chasing up my refund". "Thanks for chasing
  // this up for me" is the agent's chasing.
  {
    id: 'repeat-chasing-up',
    flag: 'repeat-contact',
    kind: 'said',
    re: /(?<!\b(?:for|you|you'?re|you\s+are|they'?re|team\s+is|been)\s)\b(?:chasing\s+(?:this|it|that)\s+up|chasing\s+up\s+(?:my|our|the|this|on)|just\s+chasing)\b/,
  },
  // A price cut asked as the loss's share: "I'd expect a decent chunk of the stay to be knocked off", "knock something
  // off the bill".
  {
    id: 'compensation-knocked-off',
    flag: 'compensation',
    kind: 'ask',
    re: /\bto\s+be\s+(?:knocked|taken)\s+off\b|\bknock\s+(?:something|some|a\s+bit|a\s+chunk|a\s+few\s+(?:pounds|quid|dollars|euros)|[£$€]?\d[\d,.]*\s*(?:%|percent)?)\s+off\b/,
  },
  // Violence promised with a body part through something: "I'll put his head through the glass".
  {
    id: 'harm-head-through',
    flag: 'harm',
    kind: 'harm',
    re: /\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|gonna)\s+(?:put|smash|shove|push|stick|ram)\s+(?:his|her|your|their|that\s+[\w-]+'?s|someone'?s)\s+(?:head|face|fist)\s+(?:through|into)\b/,
  },
  // Not writing it all out again: "I can't type all this out again", "I'm not explaining this a third time".
  {
    id: 'repeat-not-typing-again',
    flag: 'repeat-contact',
    kind: 'said',
    re: /\b(?:can'?t|cannot|won'?t|not\s+going\s+to|refuse\s+to)\s+(?:type|write|spell)\s+(?:(?:all\s+)?(?:this|it|that)\s+)?(?:all\s+)?out\s+again\b/,
  },
];
