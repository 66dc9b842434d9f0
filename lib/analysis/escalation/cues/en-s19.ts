import type { Cue } from '../types';

// Session 19: classes read off the misses of corpus18a–e on arrival (formal letters from older customers, app and
// gig-economy chat, travel across English-speaking countries, business customers, mid-thread follow-ups), each
// written for a way of saying an intent rather than for a sentence.

/**
 * Where a complaint is taken: reported to, complained to, a complaint filed or lodged with, the matter taken or
 * escalated to. What follows is the body, read by its written shape (the `caps` test below).
 */
// The matter taken or sent on, in either reading below: taken or escalated to, a thread that goes to, the next stop.
const ONWARD = String.raw`(?:tak(?:e|ing)|took|escalat(?:e|ed|ing)|refer(?:red|ring)?|bring(?:ing)?|brought)\s+(?:this|it|the matter|my case|our case|the case|everything)\s+(?:(?:straight|right|directly|up)\s+)?to|(?:thread|file|matter|case|email|complaint|lot)\s+(?:goes|will go|is going|'ll go)\s+(?:straight\s+)?to|next\s+(?:stop|step|port of call)\s+(?:is|will be|'s)`;

const LODGED = String.raw`\b(?:report(?:ed|ing)?\s+(?:[\w'-]+\s+){0,3}?to|complain(?:ed|ing)?\s+to|(?:fil(?:e|ed|ing)|lodg(?:e|ed|ing)|ma(?:de|ke|king)|rais(?:e|ed|ing)|submit(?:ted|ting)?|open(?:ed|ing)?|register(?:ed|ing)?)\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+)?(?:formal\s+|official\s+|written\s+)?(?:complaint|case|report|grievance|dispute)\s+(?:about\s+(?:[\w'-]+\s+){1,3}?)?(?:with|to)|(?:fil(?:e|ed|ing)|lodg(?:e|ed|ing)|report(?:ed|ing)?)\s+(?:it|this|that|the matter|everything|the lot)\s+(?:with|to)|${ONWARD})\s+(?:the\s+)?`;

/**
 * The same, for a body known only by initials: the matter reported, taken or sent on. Not a complaint made to it,
 * which as often names the company itself ("even complaining to IRCTC is not helping").
 */
const SENT_ON = String.raw`\b(?:report(?:ed|ing)?\s+(?:you|u|them|it|this|that|the matter|(?:your|ur|the|this)\s+(?:[\w'-]+\s+)?[\w'-]+)\s+to|(?:fil(?:e|ed|ing)|lodg(?:e|ed|ing))\s+(?:it|this|that|the matter|everything|the lot)\s+(?:with|to)|${ONWARD}|(?:fil(?:e|ed|ing)|lodg(?:e|ed|ing))\s+(?:a\s+)?case\s+with)\s+(?:the\s+)?`;

// Capitalised initials that are not a public body: people and teams inside a company, carriers, banks, broadcasters
// (going public, read elsewhere), and everyday abbreviations.
export const NOT_A_BODY =
  "(?:it|hr|pr|qa|ceo|cfo|cto|coo|cmo|cio|vp|svp|evp|ops|ups|usps|dhl|tnt|dpd|gls|ems|atm|pdf|sms|faq|app|api|crm|erp|isp|aws|usa|nhs|kyc|aml|bbc|cnn|abc|nbc|cbs|itv|rte|cbc|sbs|rthk|tvb|hsbc|rbc|rbs|amex|aib|anz|nab|cba|ubs|dbs|ocbc|uob|icici|hdfc|sbi|bpi|bdo|gtb|uba|fnb|absa|usaa|aaa|rac|hoa|fbi|ncat|vcat|qcat|cat|sat|csr|mgmt|dept|ticket|gdpr|ceo's)";

// A body's name by its last word. Councils and tribunals are left out: a council is often the company written to,
// and a tribunal is a court (legal).
const BODY_WORD =
  '(?:board|commission|authority|agency|administration|advocate|ombudsman|ombuds|ombud|regulator|commissioner|inspectorate|ministry|bureau)';

// Words that make a capitalised name a company's own team: "the Customer Relations Board", "the Complaints Bureau".
const OWN_TEAM =
  '(?:billing|complaints?|relations|service|services|support|sales|accounts?|claims|returns|executive|management|supervisory|advisory|escalations?|retention|fraud|security|collections|partner|dealer|franchise)';

export function s19Cues(parts: { platform: string; issuer: string; regulator: string; press: string }): Cue[] {
  const { platform: PLATFORM, issuer: ISSUER, regulator: REGULATOR, press: PRESS } = parts;
  return [
    // A public body named by initials the lists do not hold: "reported your brokerage to the FMCSA", "lodge a case
    // with CASE", "the whole thread goes to the CCPC". Only written in capitals, and not a team, carrier or bank.
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(String.raw`${SENT_ON}(?!${NOT_A_BODY}\b)[a-z]{3,6}\b(?!['’]s\s+(?:office|team|desk)\b)`),
      caps: /[A-Z]{3,6}$/,
    },
    // A public body named by its title: "the Civil Aeronautics Board", "the Airline Customer Advocate", "the Texas
    // Real Estate Commission". Each word of the name capitalised, so a team or a person is not read as one.
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${LODGED}(?!(?:[\w'-]+\s+){0,3}?${OWN_TEAM}\b)(?:[a-z][\w'&-]*\s+(?:(?:of|for|and|on|&)\s+)?){1,4}${BODY_WORD}\b`,
      ),
      caps: /\b(?:to|with|is|be|'s)\s+(?:the\s+)?(?:(?:[A-Z]|[a-z][A-Z])[\w'&-]*\s+(?:(?:of|for|and|on|&)\s+)?){1,4}[A-Z][a-z]+$/,
    },
    // A public body named as "the Board of …" or sent the papers: "reported her to the Board of Nursing", "a complaint
    // to the Board of Dental Examiners", "sent my receipt to the Competition Bureau".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${LODGED}(?:(?:state|federal|national|provincial)\s+)?(?:board|commission|department|bureau|ministry)\s+of\s+(?:[a-z][\w'&-]*\s+){0,3}?[a-z][\w'&-]*|\b(?:sent|forwarded|passed|handed|copied)\s+(?:[\w',&-]+\s+){0,8}?to\s+(?:the\s+)?(?:(?:state|federal|national|provincial)\s+)?(?:board|commission)\s+of\s+(?:[a-z][\w'&-]*\s+){0,3}?[a-z][\w'&-]*|\b(?:sent|forwarded|passed|handed|copied)\s+(?:[\w',&-]+\s+){0,8}?to\s+(?:the\s+)?(?!(?:[\w'-]+\s+){0,3}?${OWN_TEAM}\b)(?:[a-z][\w'&-]*\s+(?:(?:of|for|and|on|&)\s+)?){1,4}(?:commission|ombudsman|ombud|regulator|commissioner|inspectorate|bureau)\b`,
      ),
      caps: /\b(?:to|with|is|be|'s)\s+(?:the\s+)?(?:(?:[Ss]tate|[Ff]ederal|[Nn]ational|[Pp]rovincial)\s+)?(?:(?:[A-Z]|[a-z][A-Z])[\w'&-]*\s+(?:(?:of|for|and|on|&)\s+)?){1,5}[A-Z][a-z]+$/,
    },
    // A state body by what it does: "reported this to state licensing", "calling the state health dept", "the state
    // board will be hearing from me".
    {
      flag: 'regulator',
      kind: 'act',
      re: /\b(?:report(?:ed|ing)?\s+(?:[\w'-]+\s+){0,3}?to|call(?:ing)?|ring(?:ing)?|contact(?:ing|ed)?|complain(?:ed|ing)?\s+to|go(?:ing)?\s+to|write\s+to|writing\s+to)\s+(?:the\s+)?state\s+(?:licensing|licensure|health\s+(?:dept|department|inspectors?)|inspectors?|regulators?|attorney\s+general|ag)\b/,
    },
    // Contact counted by the people already spoken to: "talked to 4 diff agents", "3 agents now have said they
    // can't", "the fifth adviser to tell me".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:talked|spoke|spoken)\s+(?:to|with)\s+(?:\d+|two|three|four|five|six|seven|eight|several|multiple|numerous)\s+(?:diff(?:erent)?\s+|separate\s+|other\s+|of your\s+)?(?:agents|advisers|advisors|people|reps|representatives|staff|operators|members of staff)\b|\b(?:\d+|two|three|four|five|six|seven)\s+(?:diff(?:erent)?\s+|separate\s+)?(?:agents|advisers|advisors|reps|representatives)\s+(?:now\s+)?(?:have\s+)?(?:now\s+)?(?:said|told|promised)\b/,
    },
    // The earlier ticket as the clock: "reads the ticket I opened 9 days ago", "my case from three weeks ago".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:the|my|our)\s+(?:ticket|case|complaint|claim|request)\s+(?:(?:that\s+)?(?:i|we)\s+(?:opened|raised|logged|filed|submitted|made)\s+)?(?:\d+|a|one|two|three|four|five|six|several)\s+(?:days|weeks|months|day|week|month)\s+ago\b/,
    },
    // Already reported by several channels, or on dates listed: "we have reported it by telephone, by email",
    // "I have now written on 2, 9 and 16 June", "a pothole I had myself reported to you on 5 January".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:i|we)(?:'ve| have| had)?\s+(?:already\s+|now\s+|myself\s+|ourselves\s+)?(?:reported|raised|flagged|logged)\s+(?:it|this|the (?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:by (?:phone|telephone|email|e-mail|letter)|over the phone),?\s+(?:and\s+)?by\b|\b(?:i|we)(?:'ve| have)\s+(?:now\s+)?(?:written|emailed|e-mailed|rung|phoned|called)\s+on\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:i|we)\s+(?:had\s+)?(?:myself\s+|ourselves\s+|already\s+)?reported\s+to\s+you\s+on\s+(?:the\s+)?\d/,
    },
    // The case closed unread as the history: "you closed my case in 2 min without reading a thing". ("Keep ignoring me" is
    // not counted: writers read it as the threat's condition, not as contact made before.)
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:you|u|ur team|your team)\s+(?:just\s+)?(?:closed|shut)\s+(?:my|our)\s+(?:case|ticket|claim|complaint)\s+(?:in\s+\d|without|after)\b/,
    },
    // Violence said as what will be done to a person or a thing: "put him on the platform floor myself", "take a
    // lump hammer to whatever he fits", "scatter everything there", "won't be answerable for how".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:put|knock|lay|drop)\s+(?:him|her|them|you|u)\s+(?:on|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:floor|ground|deck)\b|\b(?:i'?ll|i\s+will|i\s+shall|i'?m\s+going\s+to|i'?m\s+gonna|gonna)\s+take\s+(?:a|an|my)\s+(?:(?:lump|claw|sledge)\s*)?(?:hammer|bat|baseball bat|crowbar|axe|spanner|cricket bat)\s+to\s+(?!it\b|them\b|the\s+old\b)|\bscatter\s+(?:everything|the (?:whole )?(?:place|office|shop))\b|\b(?:won'?t|will not)\s+be\s+(?:answerable|responsible)\s+for\s+(?:how|what)\s+(?:i|happens)\b|\bgoing\s+back\s+down\s+it\s+(?:a lot\s+)?faster\b/,
    },
    // Self-harm as ending everything: "I feel like ending everything", "thinking of ending it all".
    {
      flag: 'harm',
      kind: 'harm',
      re: /(?<=\b(?:feel(?:ing)?\s+like|think(?:ing)?\s+(?:about|of)|want\s+to|wanna|going\s+to|gonna)\s+)end(?:ing)?\s+(?:everything|it\s+all|my\s+life|things)\b/,
    },
    // Leaving as the other provider already chosen or the return to it: "I've gone to Nationwide", "I'll just go back
    // to Uber Eats then", "shifting to the competition".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:i|we)(?:'ve| have)\s+(?:already\s+|now\s+)?gone\s+(?:over\s+)?to\s+(?!the\b|a\b|an\b|my\b|our\b|your\b|bed\b|sleep\b|work\b|hospital\b|court\b|see\b|visa\b|mastercard\b|amex\b|american express\b|paypal\b|discover\b)[a-z][\w&'-]*[.!]|\b(?:i'?ll|i will|we'?ll|we will|gonna|guess i'?ll|may as well)\s+(?:just\s+)?go\s+back\s+to\s+(?!sleep|bed|work|school|normal|the\b|my\b|our\b|your\b|you\b|square|page|it\b|that\b|using the)[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*)?\s+(?:then|instead)\b|\b(?:shift(?:ing)?|mov(?:e|ing)|switch(?:ing)?|tak(?:e|ing)\s+(?:my|our)\s+(?:business|custom|money))\s+(?:over\s+)?to\s+(?:the|a)\s+(?:competition|competitor|rival)\b/,
      strength: 'threatened',
    },
    // The last one with us: "that will be our last one with your line", "this is my last stay with you".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:that|this|it)\s+(?:will\s+be|'ll\s+be|is)\s+(?:my|our)\s+(?:very\s+)?last\s+(?:[\w-]+\s+)?(?:with\s+(?:you|your\b)|ever\s+with\b)/,
      strength: 'threatened',
    },
    // No more custom, said to the seller: "don't expect another order from me".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:don'?t|dont|do not)\s+(?:expect|count on)\s+(?:another|any more|any|more)\s+(?:orders?|bookings?|business|purchases?|renewals?|custom|money)\s+from\s+(?:me|us)\b/,
      strength: 'threatened',
    },
    // Going public where people read it: a forum, subreddit or group named by the thing ("the MoneySavingExpert
    // forum"), a store page ("1 star on the app store"), a clip put up ("put it on that TikTok").
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:put|posted|written|wrote|shared|uploaded)\s+(?:up\s+)?(?:it|this|the whole (?:saga|story|thing|thread|lot)|everything|the (?:video|clip|footage|story)|(?:our|my) (?:experience|story|review))\s+(?:[\w'-]+\s+){0,4}?(?:on|onto|to|for)\s+(?:that\s+|the\s+)?(?:${PLATFORM}|[\w-]+\s+forum|app\s*store|play\s*store|google\s+play)\b|\b(?:1|one|a)[- ]star\s+(?:review\s+)?on\s+(?:the\s+)?(?:app\s*store|play\s*store|google\s+play)\b|\b(?:the whole|this|the)\s+(?:thread|chat|convo|conversation|story)\s+(?:is|'s)\s+going\s+(?:on|to)\s+(?:${PLATFORM})\b|\b(?:i'?ll|gonna|will)\s+@\s*(?:him|her|them|u|you|your\s+ceo|the\s+ceo)\b`,
      ),
    },
    // Money asked back as an account put right: "credit the lot against invoice 88213", "release the $6,200 bond",
    // "you owe me $18.40", "we would still accept payment of £3,100", "the £1,150 comes back to me".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\bcredit\s+(?:the lot|it|them|the difference|the balance|us|me|that)\s+(?:back\s+)?(?:against|to|on|onto)\s+(?:invoice|our|my|the)\b|\brelease\s+(?:the|my|our)\s+(?:(?:[$£€][\d,.]+\s+)?(?:bond|deposit|security deposit|escrow|retention)\b|[$£€]\d)|\b(?:you|u|ya)\s+(?:still\s+)?owe\s+(?:me|us)\s+(?:[$£€₹]|\d|rs)|\b(?:we|i)\s+(?:would|will)\s+(?:still\s+)?accept\s+(?:payment|a refund|a credit|[$£€])|\b(?:expect|require|await)\s+(?:[\w-]+\s+){0,4}?payment\s+of\s+(?:the\s+)?[$£€]|[$£€][\d,.]+(?:\s+[\w-]+){0,6}?\s+(?:comes?|goes?)\s+back\s+(?:to|into)\s+(?:me|my|us|our)\b|\bremove\s+(?:it|that|the (?:[\w-]+\s+)?(?:charge|fee|cost|item|line))\s+and\s+reissue\b|\breissue\s+(?:it|the (?:invoice|bill|statement))\s+(?:for|at|without|minus|less)\b/,
    },
    // An insult by a word the lists lack, or a whole people scorned: "shameless fellows", "an ill-mannered oaf", "the
    // clowns in head office", "not a single person in your organisation capable of reading".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\bshameless\s+(?:fellows|people|lot|company|cheats|thieves|crooks|liars|bunch)\b|\b(?:ill-mannered|bone-idle|useless|incompetent|ignorant)\s+(?:oaf|oafs|lout|louts|buffoons?|halfwits?|dimwits?)\b|(?<=\b(?:you|your|the)\s+(?:[\w-]+\s+)?)(?:oafs?|buffoons?|halfwits?|dimwits?|nincompoops?|numpties|muppets)\b|\bthe\s+clowns\s+(?:in|at|running)\b|\bnot\s+(?:a\s+)?single\s+(?:person|soul|one)\s+in\s+your\s+(?:organi[sz]ation|company|office|firm)\s+(?:capable|able)\s+of\b/,
    },
    // Someone above, asked for by rank: "anyone above the rank of customer adviser", "someone with rather more
    // authority", "somebody above tier 1", "the name of the person he answers to".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /(?<=\b(?:anyone|anybody|someone|somebody)\s+(?:in your (?:organi[sz]ation|company)\s+)?)above\s+(?:the\s+rank\s+of|tier\s*\d|first[- ]line|level\s*\d|(?:a|the|that|this)\s+(?!age\b|limit\b|minimum\b|threshold\b)[\w-]+|your)\b|(?<=\b(?:someone|somebody|anyone|anybody)\s+)with\s+(?:rather\s+|a\s+bit\s+|a\s+little\s+|a\s+lot\s+)?more\s+(?:authority|clout|seniority|power)\b|(?<=\b(?:someone|somebody|anyone)\s+)at\s+(?:[\w-]+[- ])?(?:manager|management|director|supervisor|senior|executive)[- ]level\b|\b(?:name|details)\s+of\s+(?:the\s+person|whoever|whomever)\s+(?:he|she|they)\s+(?:answers?|reports?)\s+to\b/,
    },
    // A card issuer about to look into it, or the debit guarantee claimed: "AIB will be having a look at it", "asked
    // NatWest to reclaim the payment under the Direct Debit Guarantee".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b${ISSUER}\s+(?:will\s+be\s+having|will\s+have|'ll\s+have|will\s+take|'ll\s+take)\s+a\s+(?:look|good look|close look)\s+at\b|\b(?:claim(?:ed|ing)?|reclaim(?:ed|ing)?|invok(?:e|ed|ing)|under)\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?direct\s+debit\s+guarantee\b`,
      ),
    },
    // A judge as the audience: "have fun explaining your no-refunds policy to a judge".
    {
      flag: 'legal',
      kind: 'act',
      re: /\bexplain(?:ing)?\s+(?:this|that|it|your|ur|yourselves|why)\b[^.!?]{0,60}?\bto\s+(?:a|the)\s+(?:judge|magistrate|jury|court|tribunal)\b|\b(?:go|going|will go)\s+(?:with|to)\s+(?:a\s+)?lawyer\b/,
      strength: 'threatened',
    },
    // Violence to a place or a thing by what will be done to it: "come down to your office and smash every screen",
    // "put that truck through the fence", "bring the car back through your showroom window"; self-harm as jumping.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:i'?ll|i will|im|i'?m|i am|gonna|going to|i swear i(?:'ll| will)?)\s+(?:[\w'-]+\s+){0,8}?(?:smash|wreck|trash|torch|burn down|kick in|put a brick through)\s+(?:every|all|each|your|ur|the|that|this|those)\s+(?:[\w-]+\s+)?(?:screens?|windows?|computers?|desks?|shop|office|place|counter|van|vans|car|cars|till|tills|door|doors|thing|stuff)\b|\b(?:put|drive|bring|reverse|ram)\s+(?:the|that|my|this|a)\s+(?:[\w-]+\s+)?(?:truck|car|van|lorry|ute|vehicle|forklift|tractor)\s+(?:back\s+)?(?:right\s+)?(?:through|into)\s+(?:the|your|ur|that)\s+(?:[\w-]+\s+)?(?:fence|window|door|wall|showroom|shopfront|shop|office|gate|reception)\b|\b(?:i'?m|im|i am|gonna|going to|i'?ll|i will)\s+(?:just\s+)?jump(?:ing)?\s+off\s+(?:something|a bridge|the bridge|a building|the building|a roof|the roof|a cliff)\b/,
    },
    // Contempt for everyone there: "a scam app run by thieves", "your letting agents are crooks", "garbage, and so is
    // every single person who works there", "thieving so-and-sos".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\brun\s+by\s+(?:a\s+bunch\s+of\s+)?(?:thieves|crooks|clowns|criminals|idiots|cowboys|morons|scammers|fraudsters|con artists|muppets|monkeys)\b|\b(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|you people|you lot|y'?all)\s+(?:are|r)\s+(?:all\s+)?(?:a\s+bunch\s+of\s+|nothing\s+but\s+|just\s+)?(?:crooks|thieves|criminals|scammers|fraudsters|liars|cowboys|con artists|bandits|crooked)\b|\b(?:garbage|trash|rubbish|useless|a joke|pathetic|a scam|a disgrace)\b[^.!?]{0,30}?\band\s+so\s+(?:is|are)\s+(?:every|all\s+of\s+you|everyone|everybody|the\s+(?:lot|whole lot))\b|\bthieving\s+(?:so-and-sos|lot|gits|sods|toerags|scumbags|bastards|b\*stards|crooks|company|gang)\b/,
    },
    // Leaving by a plan named or a supplier changed: "Switched to Octopus yesterday", "Just cancelled Plus", "moved all
    // the firm's travel over to another agency", "the new dishwasher will be coming from somewhere else", "our dairy
    // order goes to another wholesaler", "consider this my last month paying", "find another accountant".
    {
      flag: 'churn',
      kind: 'act',
      re: /(?<!\b(?:nearly|almost|never|once|considered|thought about)\s)\bswitched\s+(?:over\s+)?to\s+[a-z][\w&'-]*\s+(?:yesterday|last\s+(?:week|month|night)|today|this\s+(?:morning|week|month)|already)\b/,
      caps: /\bto\s+[A-Z][\w&'-]*\s+\w+(?:\s+\w+)?$/,
      strength: 'taken',
    },
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:i|we|just|already)\s+(?:just\s+|already\s+|have\s+|'ve\s+)?cancell?ed\s+(?:my\s+|our\s+|the\s+)?(?:plus|premium|pro|prime|gold|platinum|ad-free|unlimited|max|vip|elite)(?:\s+(?:plan|tier|membership|sub|subscription))?(?![\w-])|\b(?:moved|moving|shifted|shifting|taken|taking)\s+(?:all\s+)?(?:of\s+)?(?:the|our|my)\s+(?:(?:firm|company|business|team|family|office)'?s\s+)?[\w-]+\s+(?:over\s+)?to\s+(?:another|a different|a new|a rival|a competing)\s+(?:agency|supplier|provider|company|firm|vendor|wholesaler|bank|insurer|broker|carrier|platform)\b|\b(?:will|'ll|is going to|are going to|are gonna|is gonna)\s+(?:be\s+)?(?:coming|come|bought|purchased|ordered)\s+from\s+(?:somewhere|someone|elsewhere|another)\b|\b(?:orders?|business|custom|contract|account)\s+(?:goes|go|will go|is going|moves?|will move)\s+to\s+(?:another|a different|a new|a rival)\s+[\w-]+|\bconsider\s+this\s+(?:my|our)\s+(?:very\s+)?last\s+(?:month|payment|order|renewal|year|booking|season)\b|\b(?:will|'ll|gonna|going to)?\s*find\s+(?:an)?other\s+(?:accountant|supplier|provider|company|agency|bank|vendor|broker|insurer|carrier|wholesaler|landlord|firm)\b/,
      strength: 'threatened',
    },
    // A public body sent a copy: "Trading Standards are getting a copy of this email next".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${REGULATOR}\s+(?:is|are|will be|'s|'re)\s+(?:getting|receiving)\s+(?:a\s+)?cop(?:y|ies)\b`,
      ),
      strength: 'threatened',
    },
    // Going public where the post is headed or where it already sits: "the local Mumsnet board is getting a very
    // detailed post", "they'll be contacting your company for comment", "explaining yourselves on national radio",
    // "the consumer journalists at Which? would be very interested".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:board|forum|group|page|sub|subreddit|channel|timeline|feed)\s+(?:is|are)\s+(?:getting|going to get|gonna get|about to get)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:post|write-?up|review|thread|update|story)\b|\b(?:contacting|contact|reach(?:ing)? out to|approach(?:ing)?)\s+(?:you|your company|the company|your (?:press|media|comms) (?:office|team))\s+for\s+(?:a\s+)?comment\b|\b(?:sounds?|explaining|explain|end up|ends up|look|looks)\b[^.!?]{0,60}?\bon\s+national\s+(?:radio|tv|television|news)\b|\b(?:journalists?|reporters?|the press|newspapers?|the papers|(?:tv|radio|consumer|news)\s+(?:show|programme|program|desk))\s+(?:at\s+(?:the\s+)?(?:[\w'?-]+\s+){1,3}?)?would\s+(?:be\s+(?:very\s+|really\s+|most\s+|extremely\s+)?interested|love)\b|\b(?:(?:${PRESS}))\s+would\s+(?:be\s+(?:very\s+|really\s+|most\s+)?interested|love\s+(?:this|to hear))\b`,
      ),
      strength: 'threatened',
    },
    // A lawyer taking over, or the file handed to people who do this for a living; solicitors instructed by name.
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:solicitors?|lawyers?|attorneys?|legal team|advocates?)\s+(?:will|'ll|is going to|are going to|is gonna)\s+be\s+(?:dealing|in touch|handling|taking over)\b|\b(?:hand|pass|give|send)(?:ing)?\s+(?:the|this|our|my)\s+(?:file|matter|case|paperwork)\s+(?:over\s+)?to\s+(?:people|someone|somebody|those|a firm)\s+who\s+do(?:es)?\s+this\s+for\s+a\s+living\b|\b(?:instructed|retained|engaged|appointed)\s+(?:[\w&.'-]+\s+){1,4}?(?:llp|solicitors|attorneys|lawyers|law firm)\b/,
    },
    // A card dispute filed by its issuer or already done by the bank: "file a dispute with BPI credit card", "Westpac
    // have reversed the $612".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:file|open|raise|lodge)\s+a\s+dispute\s+with\s+(?:my\s+|the\s+)?[\w-]+\s+(?:credit\s+card|card|bank)\b|\b${ISSUER}\s+(?:have|has|had)\s+(?:already\s+|now\s+)?(?:reversed|charged back|clawed back|pulled)\s+(?:the|it|my|our)\b`,
      ),
    },
    // Earlier contact told as a history: "I first reported them in March, again in May", "chased it on 14 February
    // and again on 3 March", "telephoned on six occasions", "wrote to you in June and July", "submitted the form
    // three times now", "three weeks of asking", "eleven weeks of letters", "further to my three telephone calls and
    // two emails", "your reply on 12 Oct said", "raised it at the meeting and in two emails since", "following up on
    // my call with your team", "I have told your people on the phone, I have told the chap at the door".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:reported|raised|chased|flagged|queried|mentioned|complained about)\b[^.!?]{0,60}?\b(?:in|on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]+,?\s+(?:and\s+)?again\s+(?:on|in|last|at|by|the)\b|\b(?:telephoned|phoned|rung|rang|called|written|wrote|emailed|e-mailed|contacted\s+(?:you|your\s+[\w-]+))\s+(?:you\s+|them\s+)?on\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|numerous|multiple|many)\s+(?:separate\s+|different\s+)?occasions\b|\b(?:i|we)\s+(?:already\s+)?(?:write|wrote|written|emailed|called|rang|phoned|contacted)\s+(?:to\s+)?(?:you|u)\s+(?:already\s+)?(?:on|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+and\s+(?:in\s+|on\s+|again\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:submitted|sent|send|uploaded|resent|re-sent|re-submitted|resubmitted|provided|filled (?:in|out))\s+(?:[\w'-]+\s+){0,4}?(?:already\s+)?(?:\d+|two|three|four|five|six|several|multiple)\s+times\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|months)\s+of\s+(?:asking|chasing|emailing|calling|phoning|letters|emails|phone calls|calls|back and forth|being fobbed off)\b|\b(?:further to|following|after)\s+(?:my|our)\s+(?:\d+|two|three|four|five|six|several|numerous|repeated)\s+(?:telephone\s+|phone\s+)?(?:calls|emails|letters|messages|chats)\b|\byour\s+(?:reply|response|agent|colleague|chat agent|rep|adviser|advisor)\s+(?:on|of|dated|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?\s+(?:said|promised|stated|told|confirmed|assured)\b|\b(?:raised|mentioned|reported)\s+it\b[^.!?]{0,50}?\band\s+in\s+(?:two|three|four|\d+|several)\s+(?:emails|letters|calls|messages)\b|\bfollowing\s+up\s+(?:on|from)\s+(?:my|our)\s+(?:call|chat|conversation|email|e-mail|ticket|complaint|message|letter)\b|\b(?:i'?ve|i have)\s+(?:told|asked|explained to)\s+(?:you|your\s+[\w-]+|the\s+[\w-]+)\b[^.!?]{0,60}?,\s+(?:i'?ve|i have)\s+(?:told|asked|explained to)\b/,
    },
    // Money asked for by where it should go or what it is owed as: "please pay it to the original card", "unless the
    // £420 owed to me is paid", "once the $1,000 lands in my account", "I want a rent reduction".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\bpay\s+(?:it|that|them|the (?:[\w-]+\s+)?(?:amount|money|balance|compensation|difference))\s+(?:back\s+)?(?:to|into|onto)\s+(?:the|my|our)\s+(?:original\s+)?(?:card|account|bank account|credit card)\b|[$£€][\d,.]+\s+(?:owed|due)\s+to\s+(?:me|us)\s+(?:is|are|gets|get)\s+(?:paid|refunded|returned)\b|\b(?:once|until|unless)\s+(?:the|my|our)\s+[$£€][\d,.]+\s+(?:lands|arrives|is back|hits|appears|is in|is refunded|is paid|comes back)\b|\b(?:i|we)\s+(?:want|need|expect|would like|'d like)\s+a\s+(?:rent|price|fee|bill|partial)\s+(?:reduction|discount|rebate)\b/,
    },
  ];
}
