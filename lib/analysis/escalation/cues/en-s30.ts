import type { Cue } from '../types';

// Session 30, after the session's blind sets were scored (fresh56: chat bursts in street registers, and long letters
// with the intent buried): shapes read off their misses and written as shapes, with wordings of our own beside them.
// Contacts counted ("3 calls to your customer care", "3 chats 3 different answers", "ghosted me x3"), refusing to
// explain it all again, a sum in words asked back ("I do want the twelve quid back"), an ultimatum ending "or I'm done",
// going back to the old provider, and Hinglish complaints to a consumer body ("complaint daal dunga").

/** How many, as a customer counts contacts. */
const MANY = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|countless|repeated)`;
/** A sum written in words or digits: "twelve quid", "forty dollars", "£12". */
const WORD_SUM = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|\d[\d,.]*)[\s-]+){1,3}(?:quid|pounds?|dollars?|bucks|euros?|rupees|rs|grand)`;

export const S30_CUES: Cue[] = [
  // Contacts counted against us: "inspite of 3 calls to your customer care", "after several emails with your team".
  {
    id: 'repeat-contact-contacts-counted',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b${MANY}\s+(?:(?:separate|different|more|phone|follow-?up|further)\s+)?(?:calls|phone calls|e-?mails|messages|chats|live chats|tickets|complaints|follow-?ups|reminders|visits to (?:the|your) (?:store|shop|branch))\s+(?:to|with)\s+(?:you\b|u\b|your\b|ur\b|the (?:customer care|customer service|support|helpline|call cent(?:re|er)|service desk|help ?desk))`,
    ),
  },
  // Each contact a different story: "3 chats 3 different answers", "four calls, four different stories".
  {
    id: 'repeat-contact-each-a-different-answer',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b${MANY}\s+(?:chats|calls|agents|people|reps|e-?mails|conversations)[,;\s-]+(?:and\s+)?${MANY}\s+(?:different\s+)?(?:answers|stories|responses|excuses|explanations)\b`,
    ),
  },
  // A count as chat writes it: "support ghosted me x3", "called u guys x4 already", "emailed x 2".
  {
    id: 'repeat-contact-times-x',
    flag: 'repeat-contact',
    kind: 'said',
    re: /\b(?:called|rang|phoned|emailed|e-mailed|messaged|msged|dmed|dm'd|chased|contacted|chatted(?: with| to)?|ghosted|ignored|hung up on|asked)\s+(?:(?:you|u|ya|you guys|u guys|you lot|ur \w+|your \w+|support|me|them|this)\s+){0,2}[x×]\s?\d\b/,
  },
  // Refusing to tell it all again: "I'm not explaining it from scratch again", "I won't be repeating myself". A bare
  // "not going to explain this again" may mean there is no need to ("…the app is great now").
  {
    id: 'repeat-contact-not-again',
    flag: 'repeat-contact',
    kind: 'said',
    re: /\b(?:i'?m not|im not|i am not|i won'?t|i will not|i refuse to)\s+(?:going to\s+|gonna\s+)?(?:be\s+)?(?:(?:explain(?:ing)?|tell(?:ing)?)\s+(?:it|this|that|everything|you|the whole (?:thing|story|saga|issue))\s+(?:(?:all\s+)?over\s+again|(?:again\s+)?from (?:scratch|the (?:start|beginning|top))(?:\s+again)?|again\s+(?:to|for)\s+(?:another|a new|yet another|the next|a different|a fourth|a third)\s+(?:agent|person|rep|advis[eo]r|operator)|(?:for\s+)?a (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time)|repeat(?:ing)?\s+myself\s+(?:again|(?:for\s+)?a (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time))\b/,
  },
  // A sum in words asked back: "I do want the twelve quid back", "I want my forty dollars back".
  {
    id: 'compensation-sum-in-words-back',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      String.raw`\b(?:i|we)\s+(?:do\s+|really\s+|just\s+|still\s+|only\s+)?(?:want|need|expect|would like|'d like)\s+(?:my\s+|our\s+|the\s+|that\s+|those\s+)?${WORD_SUM}\s+(?:back|refunded|returned|repaid)\b`,
    ),
  },
  // An ultimatum that ends the relationship: "sort it or I'm done", "fix it or else we're done with you".
  {
    id: 'churn-or-im-done',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /\bor\s+(?:else\s+)?(?:i'?m|im|i am|we'?re|we are)\s+(?:so\s+|totally\s+|completely\s+)?done\b(?!\s+(?:waiting|asking|chasing|calling|trying|being)\b)/,
  },
  // Back to the provider before: "going back to my old bank", "I've gone back to our previous supplier".
  {
    id: 'churn-back-to-old-provider',
    flag: 'churn',
    kind: 'act',
    // "my old bank" is where the customer goes, not someone speaking (the third-party reading would take it so).
    proxy: true,
    re: /\b(?:going|go|gone|went|moving|moved|switching|switched|heading|headed)\s+back\s+to\s+(?:my|our)\s+(?:old|previous|former|last|original)\s+(?:bank|provider|supplier|network|carrier|isp|broadband|energy (?:company|supplier)|insurer|insurance|company|gym|vet|dentist|garage|agency|courier|host|hosting|phone company|mobile (?:network|provider)|plan)\b/,
  },
  // Hinglish: a complaint put to a consumer body, done or to be done ("consumer helpline pe complaint daal dunga",
  // "consumer forum mein case kar diya").
  {
    id: 'regulator-hinglish-complaint',
    flag: 'regulator',
    kind: 'act',
    re: /\b(?:consumer (?:helpline|forum|commission|court|cell)|national consumer helpline|nch|rbi|trai|irdai|cpgrams|banking ombudsman)\s+(?:pe|par|mein|me|main|ko|se|mai)\s+(?:(?:ek|meri|apni)\s+)?(?:complaint|case|shikayat|report)\s+(?:daal|dal|kar|file\s*kar|darj\s*kar|likh|de)\s*(?:dunga|doonga|dungi|denge|dega|karunga|karungi|karenge|diya|di|dia|diya hai|di hai|kiya|ki|raha|rahi)\b/,
  },
];
