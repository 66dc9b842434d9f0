import type { Cue } from '../types';

// Session 17: intents said the long way round, read off the held-out misses of corpus15 (scorer trained without
// it) and written as classes: a card issuer handed the decision, leaving said by what stops (the payment, the
// reminders, the app, a child's place), a community group that gets the story, a review named by its site, a
// public body described by what it polices, contempt by comparison asked as a question, a relative who does law
// for a living, a judge as where this ends, a drink or a tool as the threat.

/**
 * A public body described by what it does rather than named: "the council team that deals with rogue traders",
 * "the people who police how businesses handle personal data". Joined to the shared regulator pattern, so every
 * cue that takes a regulator takes these too.
 */
export const DESCRIBED_BODY = String.raw`(?:data[- ]protection|consumer|trading standards|ombudsman|privacy|energy|telecoms?|financial)\s+(?:people|lot|folks|crowd|bods)\b|(?:(?:free|independent|official|government)[,\s]+){0,3}(?:service|body|scheme|organisation|organization)\s+(?:that|which)\s+(?:looks?\s+at|handles?|deals?\s+with|settles?|resolves?|rules?\s+on|adjudicates?)\s+(?:exactly\s+)?(?:this|these|such)\s+(?:sort|kind|type)s?\s+of\s+(?:disputes?|complaints?|cases?)\b|dvsa|dvla|rcvs|nhtsa|faa|phso|(?<=\bthe )dot\b|(?:(?:local|city|county|state|borough|district|town|government)\s+)?(?:council|government|local authority|state|city|county|public)(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:team|office|department|dept|people|lot|officers?|inspectors?|unit|body|agency|section)\s+(?:that|who|which)\s+(?:deals?|handles?|looks?\s+(?:at|into|after)|polices?|inspects?|hands?\s+out|checks?\s+(?:on|up on)?|regulates?|licen[cs]es?|enforces?|oversees?|goes?\s+after|prosecutes?)\b|(?:people|body|bodies|folks|lot|ones|office|team|department)\s+(?:who|that|which)\s+(?:police|polices|regulate|regulates|oversee|oversees|inspect|inspects|license|licenses|licence|licences|supervise|supervises)\s+(?:how\s+)?(?:[\w-]+\s+){0,2}?(?:businesses|companies|firms|shops|traders|landlords|lenders|banks|insurers|restaurants|takeaways|clinics|practices|agents|airlines|retailers|(?:handle|use|store|process)\s+(?:personal\s+)?data)\b`;

export function roundaboutCues(parts: {
  platform: string;
  regulator: string;
  issuer: string;
  closePerson: string;
}): Cue[] {
  // The card issuers and the people close enough to act for the customer are en.ts's and en-pairs.ts's own lists.
  const { platform: PLATFORM, regulator: REG, issuer: CARD, closePerson: KIN } = parts;
  return [
    // The card issuer handed the decision: "I'll let Amex take a view", "my bank can deal with you", "Visa are very
    // good at dealing with shops like yours". Present tense only: "Visa were very good about it" is over.
    {
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:let|leave it to|leave it with|hand (?:it|this) (?:over )?to)\s+${CARD}\s+(?:to\s+)?(?:take a (?:view|look)|decide|deal with (?:it|this|you|u)|sort (?:it|this|you) out|handle (?:it|this)|look into (?:it|this)|settle (?:it|this)|judge)\b|\b${CARD}\s+(?:are|is|'re|'s)\s+(?:very |really |rather |quite |pretty |extremely |famously )?good at\s+(?:dealing with|sorting out|getting (?:money|it|refunds) back|disputes|merchants|shops|companies|firms|businesses|traders)\b`,
      ),
    },
    // Leaving, said as never going back in: "never setting foot in there again".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\bnever\s+(?:(?:going|gonna)\s+to\s+)?(?:set(?:ting)?|put(?:ting)?|step(?:ping)?)\s+(?:a\s+)?foot\s+(?:in|inside|through|near)\b[^.!?]{0,40}?\bagain\b/,
    },
    // The app already gone: "ok so I just uninstalled", "I've deleted your app". Not the reinstall of a fix.
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+|finally\s+|already\s+|officially\s+)?(?:uninstalled|deleted)(?:\s+(?:the|your|ur|this|that)\s+(?:[\w-]+\s+)?app)?(?=\s*(?:[.!]|$|for good|and (?:cancel|unsubscrib|i'?m done|im done|won'?t)|after (?:\d+|[a-z]+) (?:years?|months?)))(?!(?:.|\n){0,80}\b(?:re-?install|re-?download|can'?t|cannot|won'?t (?:let|open|load)|doesn'?t|still|log ?in|sign ?in|what (?:now|next|do i)|how do i|help)\b)/,
    },
    // Leaving said as not continuing: "I won't be continuing with the course", "we will not be renewing with you".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:won'?t|will not|wont|shan'?t|shall not)\s+be\s+(?:continuing|carrying on|staying on|sticking with|staying with|keeping)\s+(?:with\s+)?(?:the|my|our|your|this|ur)\s+(?:[\w-]+\s+){0,2}?(?:course|classes|lessons|membership|plan|subscription|service|contract|account|policy|box|sessions|package|cover|tuition|programme|program)\b/,
    },
    // The payment stopped as the way out: "you can stop taking the monthly payment", "make sure nothing further is
    // taken", "please withdraw my daughter from the spring term".
    {
      flag: 'churn',
      kind: 'ask',
      re: /\b(?:you can|you may|please|pls|kindly)\s+(?:now\s+)?stop\s+(?:taking|charging|debiting|collecting|billing)\s+(?:(?:the|my|our|any|me|us)\s+)?(?:(?:monthly|annual|yearly|weekly|direct debit|standing order)\s+)?(?:payments?|money|direct debits?|fees?|subscription|for\b)|\b(?:make sure|ensure)\s+(?:that\s+)?nothing\s+(?:further|more|else)\s+is\s+(?:taken|charged|debited|collected)\b|\b(?:please\s+|kindly\s+|i'?d like (?:you\s+)?to\s+|i want (?:you\s+)?to\s+)withdraw\s+(?:my\s+(?:son|daughter|child|kids?|children|grandson|granddaughter|boy|girl)|me|us)\b(?:,?\s+[\w-]+(?:\s+[\w-]+)?,?)?(?:\s*\([^)]{0,40}\))?\s+from\b/,
    },
    // The reminders refused: "don't bother sending me the renewal reminder", "spare me the 'we miss you' vouchers".
    {
      flag: 'churn',
      kind: 'said',
      re: /\b(?:don'?t|do not|no need to)\s+(?:bother\s+)?send(?:ing)?\s+(?:me|us)\s+(?:the|a|any|your|those)\s+(?:[\w'-]+\s+){0,3}?(?:reminders?|renewal (?:notices?|letters?|offers?)|vouchers?|win-?back offers?|discount codes?)\b/,
    },
    // Custom moved by what is bought: "moved the Thursday big shop over to the lot with the orange vans", "switched
    // our weekly order over to your competitor". "Over to" plus a date, a slot or an address is a booking moved.
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:mov(?:e|ed|ing)|switch(?:ed|ing)?|shift(?:ed|ing)?|tak(?:e|en|ing)|took)\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,3}?(?:shop|shopping|order|orders|deliveries|lunches|catering|booking|bookings|prescriptions?|repairs|servicing|cleaning|banking|broadband|insurance|custom)\s+over\s+to\s+(?!(?:you|u|your (?:new|other|app|website|site)|the new|my new|our new|a new|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d|a later|a different (?:day|date|time|slot|address)|my (?:work|office|home|new)|the (?:app|website|site|online))\b)(?:the|a|an|another|your|[\w&'-]+)\b/,
    },
    // Money wanted back said with a pronoun, after a sum or a charge: "that is £4.80, I would like it back please",
    // "u charged ME a cancellation fee?? want that back", "I'd like the other 6 paid back onto the card I used".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /(?<=(?:[£$€]\s?\d|\d\s?(?:quid|pounds|dollars|euros)\b|\bfees?\b|\bcharged?\b|\bpaid\b|\bcharges\b)(?:.|\n){0,160}?)\b(?:(?:i|we)(?:'d| would)? (?:like|want)|want)\s+(?:it|that|them|this|those|the (?:rest|balance|difference|other \w+|remaining \w+|unused \w+))\s+(?:(?:paid\s+)?back|refunded|returned|credited|repaid)\b(?!\s+(?:to (?:me|us) )?(?:in (?:a|an|the|one|working|my)\b|as\b|with\b|so\b|to (?:use|wear)\b|working|fixed|repaired))/,
    },
    // Someone with more say, asked for in the ways the tables lacked: "I want to speak to whoever owns the place",
    // "I should like to hear from the General Manager personally", "then pass this to whoever does".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:speak|talk|deal)\s+(?:to|with)\s+whoever\s+(?:actually\s+)?(?:owns|runs|manages|is in charge of|is responsible for|signs off|makes the decisions)\b|\bhear\s+from\s+(?:the|your)\s+(?:general manager|manager|director|managing director|owner|ceo|chief executive|head of [\w-]+|practice manager|store manager|branch manager)\s+(?:personally|directly|himself|herself|themselves|in person)\b|\bpass\s+(?:this|it|me|my (?:complaint|case|email))\s+(?:on\s+|up\s+)?to\s+(?:whoever|someone who|somebody who|anyone who)\s+(?:does|can|has|is able)\b/,
    },
    // Gone over the first line's head already: "last week I wrote directly to your regional manager".
    {
      flag: 'supervisor',
      kind: 'act',
      re: /\b(?:wrote|written|emailed|e-mailed|went|gone|escalated (?:it|this)|complained)\s+(?:directly|straight|personally)\s+to\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:manager|director|ceo|chief executive|head of [\w-]+|partner|owner|chair(?:man|woman|person)?|managing director|md|vp(?: of [\w-]+(?: [\w-]+)?)?|vice president)\b/,
    },
    // Back again, said as who they are: "Me again - the lady from Tuesday about the gluten-free loaves".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|ok|right)[,!]?\s+)?(?:it'?s\s+)?me again\b/,
    },
    // A tool or a blow to the company's things: "taking a hammer to it", "put your card reader through the front
    // window", "it's going in the canal", "driving straight through your car park barrier".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:tak(?:e|ing)|took)\s+(?:a|my|the)\s+(?:hammer|sledge ?hammer|baseball bat|cricket bat|bat|axe|crowbar|brick|spanner|wrench)\s+to\s+(?:it|them|your|that|this|ur)\b(?![^.!?]*\?)|\bput(?:ting)?\s+(?:your|the|ur|that|this|it|them)\b(?:\s+[\w-]+){0,3}?\s+through\s+(?:the|your|ur|their|a)\s+(?:[\w-]+\s+)?(?:window|windows|door|windscreen|glass|shopfront|wall)\b|\b(?:it'?s|it is|they'?re|they are|it'?ll|it will|that'?s|that is)\s+(?:going|gonna go|go|be going|ending up|end up)\s+in\s+the\s+(?:canal|river|lake|sea|harbou?r|pond|reservoir|thames)\b|\b(?:driv(?:e|ing)|ram(?:ming)?|crash(?:ing)?)\s+(?:my\s+(?:car|van|truck)\s+)?(?:straight\s+|right\s+)?(?:through|into)\s+(?:your|the|ur)\s+(?:[\w-]+\s+){0,2}?(?:barrier|gates?|window|doors?|fence|shopfront|shop front|reception)\b/,
    },
    // A threat left unsaid: "it would not end well for them", "he's lucky I didn't have my bat with me".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:would|will|wouldn'?t|won'?t|would not|will not)\s+(?:not\s+)?end\s+well\s+for\s+(?:them|him|her|you|whoever|that \w+|your \w+)\b|\blucky\s+(?:that\s+)?(?:i|we)\s+(?:didn'?t|did not|don'?t|do not)\s+have\s+(?:my|a|the)\s+(?:baseball\s+|cricket\s+)?(?:bat|knife|gun|hammer|crowbar|machete|axe|shotgun)\b/,
    },
    // Self-harm said as not waking: "easier not to wake up", "better off gone".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:easier|better|simpler)\s+(?:not\s+to|to\s+not|just\s+not\s+to)\s+wake\s+up\b(?!\s+(?:the|my|him|her|them|your|early|before|at|for))|\bbetter\s+off\s+(?:gone|dead)\b/,
    },
    // A chargeback already done or the issuer as next: "charged back.", "my next call is to my credit union", "my
    // bank has been very helpful with this sort of thing before".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`(?:^|[.!?]\s*)(?:just\s+|already\s+)?charged\s*back\s*(?:[.!]|$)|\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|already\s+)?charged\s+(?:it|this|them|the (?:[\w-]+ )?(?:payment|charge|order|booking))\s+back\b|\b(?:my|our)\s+next\s+(?:call|email|stop|phone call)\s+(?:is|will be|'s)\s+(?:to\s+)?${CARD}|${CARD}\s+(?:has|have|'s)\s+been\s+(?:very |really |extremely |super |most )?helpful\s+with\s+(?:this|that|these)\s+(?:sort|kind)\s+of\s+(?:thing|problem|issue)`,
      ),
    },
    // A rival that looks good now, a contract coming up to mind: "Strava's looking pretty attractive right now",
    // "Lease is up in April. You'd be wise to keep that in mind".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /(?<!\b(?:your|the|our|my|new|this|that|a)\s+)\b(?!(?:this|that|it|everything|things|which|what|weather|price|offer|deal|plan)\b)[\w&-]+(?:'s|\s+is|\s+are|'re)\s+looking\s+(?:pretty\s+|very\s+|quite\s+|rather\s+|really\s+|more and more\s+|increasingly\s+|awfully\s+)?(?:attractive|tempting|appealing)\s+(?:right\s+now|now|at the moment|these days)\b|\b(?:lease|contract|renewal|subscription|membership|policy|agreement|tenancy)\s+(?:is|comes|'s)\s+up\s+(?:for\s+renewal\s+)?(?:in|on|at|next)\b(?:.|\n){0,80}?\b(?:keep|bear)\s+(?:that|this|it)\s+in\s+mind\b/,
    },
    // Gone already, said after the cancelling: "Cancelled last night and moved over to Goodfood".
    {
      flag: 'churn',
      kind: 'act',
      re: /\bcancel(?:l)?ed\b[^.!?]{0,40}?\band\s+(?:have\s+|'ve\s+)?(?:moved|switched|gone|went|signed up)\s+(?:over\s+)?(?:to|with)\s+\w/,
    },
    // Leaving said as where the custom goes: "I will go to another company", "never you again", "the rest of the job
    // goes to a builder who answers his phone", "we'll go somewhere that actually works".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|gonna|i am going to|we are going to|i shall|we shall)\s+(?:just\s+)?(?:go|move|switch|take (?:it|my business|our business))\s+(?:to\s+)?(?:another|a different)\s+(?:company|supplier|firm|bank|network|insurer|shop|store|gym|school|agency|broker|garage|vet|practice|dentist|courier|airline|platform|app|host|builder|plumber|provider)\b|\bnever\s+(?:you|u|ur company|your company|your lot|you lot)\s+again\b|\b(?:goes|go|going|will go|'ll go)\s+to\s+(?:a|another|someone|somebody)\s+(?:[\w-]+\s+)?(?:who|that)\s+(?:actually\s+|can\s+|will\s+)?(?:answers?|turns? up|picks? up|shows? up|delivers?|returns? calls|calls? back|replies|responds)\b|\b(?:go|going|move|moving)\s+(?:to\s+)?somewhere\s+(?:that|which|where|who)\s+(?:actually|does|can|will|answers?)\b/,
    },
    // Ending a gift or a plan in a letter's words: "I wish to end my monthly gift", "signed mum up with Octopus".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:wish|want|would like|'d like|intend)\s+to\s+end\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:donation|gift|giving|pledge|sponsorship|membership|subscription|standing order|direct debit|contract|plan|account|policy)\b|\b(?:signed|switched|moved)\s+(?:my\s+)?(?:mum|mom|dad|nan|gran|grandma|grandad|mother|father|wife|husband|parents|family)\s+(?:up\s+)?(?:with|to|over to)\s+(?!(?:you|u|your|the (?:new|app))\b)[\w&'-]+/,
    },
    // Going public by a screenshot for a community, a next stop, a review that goes up, a relative's big group.
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\bscreenshot(?:ting|ted|s)?\b[^.!?]{0,40}?\bfor\s+${PLATFORM}|\bnext\s+stop(?:'s|\s+is|:)?\s+(?:the\s+)?${PLATFORM}|\b(?:my|the|a|our)\s+(?:[\w-]+\s+)?review\s+(?:goes|will go|'ll go|is going|is gonna go|gets posted|will be posted|goes live)\s+(?:up|live|out|on)\b|\b${KIN}\s+(?:runs|admins|moderates|owns|manages|has)\s+(?:the|a|an|one of the)\s+(?:biggest|largest|busiest|most popular|big|huge|massive|popular)\s+(?:[\w'-]+\s+){0,3}?(?:group|page|account|channel|blog|forum|newsletter|podcast|community)s?\b`,
      ),
    },
    // A regulator handed the matter or named as what comes next: "trading standards can have a look at your
    // 'lifetime warranty' then", "after that it's the financial ombudsman", "shall I ask the Motor Ombudsman to
    // chase it", "a complaint drafted for the FOS", "it's with the ASA now".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${REG}\s+(?:can|could|will|'ll|may as well)\s+(?:have a (?:look|think)|look (?:at|into)|take a look|decide|deal with|sort)\b|\b(?:after that|otherwise|if not|or else|failing that|then)\s*,?\s*(?:it'?s|it is|it will be|it'll be)\s+(?:straight\s+to\s+)?(?:the\s+)?${REG}|\b(?:shall|should)\s+i\s+(?:just\s+)?(?:ask|get)\s+(?:the\s+)?${REG}\s+to\b|\b(?:complaint|claim|referral|letter|report)\s+(?:already\s+)?(?:drafted|ready|written|prepared|lined up)\s+(?:for|to)\s+(?:the\s+)?${REG}|\b(?:it'?s|it is|this is|that'?s)\s+(?:now\s+|already\s+)?with\s+(?:the\s+)?${REG}`,
      ),
    },
    // Someone with the power to decide, in the words the tables lacked: "someone with the access to actually
    // overturn it", "arrange a call with your Head of Support", "placed before the practice principal", "get the
    // principal on the phone".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:someone|somebody|anyone|a person|a human|an? (?:actual|real) (?:person|human))\s+with\s+(?:the\s+|actual\s+|real\s+|some\s+|enough\s+)?(?:access|authority|power|permissions?|clearance|discretion|sign-?off)\b|\b(?:arrange|set up|book|schedule|organi[sz]e)\s+(?:a|an)\s+(?:call|meeting|conversation)\s+with\s+(?:your|the)\s+(?:head of [\w-]+|manager|director|vp|vice president|ceo|account manager|practice manager|principal|owner|md|managing director|general manager)\b|\b(?:placed|put|brought|laid)\s+before\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:principal|partner|partners|director|manager|head|board|committee|ceo|owner|chair)\b|\bget\s+(?:the|your|ur)\s+(?:principal|owner|boss|director|head|ceo|supervisor|manager|gaffer)\s+on\s+the\s+(?:phone|line|blower)\b/,
    },
    // Named contempt said to the staff: "you galahs", "u absolute scammers", "absolute clowns", "enjoy, scammers",
    // "you are vultures", "someone who isn't a complete idiot", "a patronising cow", "a script-reading drone".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:you|u|ya|ye)\s+(?:absolute\s+|utter\s+|complete\s+|total\s+|bloody\s+|lot\s+of\s+)?(?:scammers|clowns|cowboys|vultures|galahs|muppets|crooks|thieves|idiots|morons|parasites|frauds|liars|leeches|sharks|drones|jokers|amateurs|numpties|wankers|gits)\b|(?:^|[.!?,]\s*)(?:absolute|utter|complete|total|bloody)\s+(?:clowns|cowboys|scammers|crooks|thieves|muppets|amateurs|jokers|vultures|frauds|morons|idiots)\b|,\s*(?:you\s+)?(?:scammers|clowns|crooks|thieves|vultures|muppets|cowboys|idiots|morons|frauds)\s*(?:[.!]|$)|\b(?:you|u|y'?all|yall|you guys|you lot|you people)\s+(?:are|r|'re)\s+(?:all\s+)?(?:absolute\s+|complete\s+|total\s+|utter\s+|nothing but\s+|just\s+|actual\s+|real\s+|proper\s+)?(?:vultures|scammers|crooks|thieves|parasites|leeches|frauds|liars|sharks|criminals|cowboys|clowns|jokers|muppets|idiots|morons|amateurs)\b|\b(?:you|u|y'?all|yall)\s+(?:guys|lot|people)?\s*(?:are|r|'re)\s+(?:proper|properly|absolutely|completely|totally|utterly)\s+(?:useless|clueless|incompetent|hopeless|pathetic)\b|\bbunch\s+of\s+(?:[\w-]+\s+)?(?:parrots|robots|sheep|clowns|idiots|amateurs|cowboys|jokers|morons|incompetents|monkeys|numpties)\b|\bclown\s+(?:studio|company|outfit|show|shop|business|bank|airline|firm|operation|service)\b|\b(?:the\s+)?(?:eejits|idiots|morons|clowns|muppets|numpties|halfwits|cretins|imbeciles|jokers)\s+(?:on|in|at|from|who run|running)\s+(?:your|the|ur)\s+(?:[\w-]+\s+)?(?:phone|phones|line|lines|shop|store|office|call cent(?:re|er)|desk|branch|depot|team|support|helpline|counter|warehouse|site|app)\b|\b(?:someone|somebody|anyone|a person)\s+(?:[\w-]+\s+)?who\s+(?:isn'?t|is not|ain'?t)\s+(?:a|an)\s+(?:complete\s+|total\s+|absolute\s+|utter\s+)?(?:[\w-]+\s+)?(?:idiot|muppet|moron|clown|drone|robot|halfwit|numpty|imbecile)\b|\b(?:patronising|patronizing|condescending|useless|rude|lazy|stupid)\s+(?:cow|git|prat|twit|pillock|cretin|sod|bitch|bastard)\b|\bscript[- ]reading\s+(?:drone|robot|parrot|muppet|monkey|halfwit|idiot)s?\b/,
    },
    // Fifth pass (held-out corpus10-12). A regulator or a card issuer as the next reader or judge: "ofcom gets an
    // email", "Ofsted will be reading it before you do", "consumer affairs is gonna love these screenshots", "good
    // luck explaining to the ombudsman why…", "next stop is my bank", "my card company has a form with your name on it".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`${REG}\s+(?:gets?|will get|'ll get|is getting)\s+(?:an? |the |my |this |every )?(?:(?:very|thick|long|detailed|formal|big|fat|full)\s+){0,2}(?:email|e-mail|letter|call|copy|copies|complaint|envelope|lot|screenshots?|everything|file)\b|${REG}\s+(?:will|'ll)\s+(?:be\s+)?(?:read(?:ing)?|see(?:ing)?)\s+(?:it|this|them|the \w+)\b|${REG}(?:'s|\s+is|\s+are|'re|\s+will|'ll)\s+(?:gonna |going to )?(?:love|enjoy|have a field day)\b|\bgood luck explaining\b[^.!?]{0,30}?\bto\s+(?:the\s+)?${REG}`,
      ),
    },
    {
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\bnext\s+stop(?:'s|\s+is|:)?\s+${CARD}|${CARD}\s+(?:has|have|'s got)\s+(?:a|the)\s+(?:form|dispute|claim)\b|\b(?:or|otherwise|then)\s+${CARD}\s+(?:handles?|deals? with|sorts?|gets? involved|steps? in)\b`,
      ),
    },
    // Leaving said by the other place: "switching to the other app", "I've booked in somewhere else", "handing in
    // Isla's notice", "already had a quote from another provider".
    {
      flag: 'churn',
      kind: 'act',
      re: /\bswitch(?:ing|ed)?\s+to\s+the\s+other\s+(?:app|one|provider|company|lot|crowd|network|bank|guys|firm|supplier|place)\b|\b(?:booked|signed up|registered|enrolled)(?:\s+in)?\s+(?:somewhere|elsewhere)(?:\s+else)?\b|\bhand(?:ing|ed)?\s+in\s+(?:[\w-]+'s|his|her|their)\s+notice\b(?!\s+(?:at|to)\s+(?:work|the office|(?:his|her|their) (?:job|boss|employer|work)))|\b(?:got|had|getting|have)\s+(?:a\s+)?quotes?\s+from\s+(?:another|a different|a rival|other)\s+(?:provider|supplier|company|firm|insurer|bank|network|broker|builder|agency)s?\b/,
    },
    // Self-harm said as not wanting to be here or not being here to see it: "if its gone i dont wanna be here
    // anymore", "I don't know that I'll still be here to see it", "not much reason for me to stick around".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:don'?t|dont|do not)\s+(?:wanna|want to)\s+be\s+(?:here|alive|around)\s+any\s?more\b|\b(?:don'?t|dont|do not)\s+know\s+(?:that|if|whether)\s+i'?(?:ll| will)\s+(?:still\s+)?be\s+(?:here|around|alive)\b(?!\s+(?:at|when|in time|to (?:sign|collect|receive|let|meet|open|answer|take)|until|till|during|while)\b)|\b(?:no|not much|little|no real)\s+reason\s+(?:for me\s+)?to\s+(?:stick around|go on|keep going|carry on)\b/,
    },
    // A threat to a person or their things said sideways: "she'll find out what happens", "I know what time she
    // finishes", "I'll let his tyres down".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:she|he|they|you)(?:'ll| will)\s+find\s+out\s+what\s+happens\b|\bi\s+know\s+what\s+time\s+(?:she|he|they|you|your \w+)\s+(?:finish|finishes|leave|leaves|gets? off|clocks? off|knocks? off)\b|\blet\s+(?:his|her|their|your|the \w+'s|the)\s+tyres\s+down\b/,
    },
    // Contempt the tables lacked: "every one of you has been useless", "you thieving shower", "a lying little
    // weasel", "couldn't track a parcel if it was stapled to your foreheads".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:every|each)\s+(?:single\s+)?one\s+of\s+you\s+(?:has been|have been|is|are|was|were)\s+(?:completely\s+|utterly\s+|totally\s+)?(?:useless|hopeless|clueless|incompetent|pathetic|a joke)\b|\b(?:you|u)\s+(?:absolute|thieving|useless|lying|utter)\s+shower\b|\b(?:lying|sneaky|slimy)\s+(?:little\s+)?(?:weasels?|rats?|snakes?|toads?)\b|\bcouldn'?t\s+(?:find|track|spot|see|organi[sz]e)\s+(?:a|an|the)\s+[\w-]+\s+if\s+(?:it|they)\s+(?:was|were)\s+(?:stapled|glued|taped|nailed|tied)\s+to\s+(?:your|their|his|her)\s+(?:foreheads?|faces?|noses?|hands?)\b/,
    },
    // Public said by where it might end up: "the review writes itself", "I'd hate for this to end up somewhere
    // public", "write this whole saga up for r/UniUK".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\bthe\s+review\s+(?:writes|will write|would write)\s+itself\b|\b(?:hate|not want|rather not have)\s+(?:for\s+)?(?:this|it)\s+to\s+end\s+up\s+(?:somewhere\s+public|online|all over|on\s+${PLATFORM})|\bwr(?:ite|ote|itten|iting)\s+(?:this|it|the\s+(?:whole|entire)\s+(?:[\w-]+\s+)?(?:saga|story|thing|experience)|the\s+(?:whole|entire)\s+thing)\s+up\s+(?:for|on)\s+${PLATFORM}`,
      ),
    },
    // A lawyer by the price of their hour or by where a relative works: "a letter from people who charge £300 an
    // hour", "my cousin works at a law office", "our in-house team reads DPAs for a living".
    {
      flag: 'legal',
      kind: 'act',
      proxy: true,
      re: new RegExp(
        String.raw`\b(?:letter|call|email|visit)\s+from\s+(?:someone|somebody|people|a (?:man|woman|gentleman|lady|firm|chap))\s+(?:who|that)\s+charges?\s+(?:[£$€]\s?[\d,]+|more|a lot|hundreds)\s+(?:an|per|a)\s+hour\b|\b${KIN}\s+(?:works|worked)\s+(?:at|in|for)\s+(?:a|the)\s+(?:law|legal|solicitors'?)\s+(?:office|firm|practice|chambers|department)\b(?=[^.!?]{0,80}\b(?:says?|said|thinks?|reckons?|clause|terms|contract|hold up|illegal|unlawful|interested|appalled))|\breads?\s+(?:[\w-]+\s+)?(?:dpas|terms|agreements|small print|leases|policies|clauses)\s+for\s+a\s+living\b|\b${KIN}\s+(?:is|'s)\s+(?:a\s+)?(?:practising|practicing)\s+(?:advocate|lawyer|solicitor|attorney)\b`,
      ),
    },
    // Sixth pass (held-out corpus1-9). A card dispute in motion or held in reserve: "my bank will", "they've put
    // the £320 on hold while they investigate", "chargeback sorted through Barclaycard", "I don't want to involve
    // my bank".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:(?:my|the)\s+bank|my card (?:company|provider|issuer))\s+will\s*(?:[.!]|$)|${CARD}\b[^.!?]{0,60}?\b(?:put|placed|frozen|held)\s+(?:the\s+)?(?:[£$€]\s?[\d,.]+|money|payment|charge|amount)\s+on\s+hold\b|\b(?:they'?ve|they have)\s+(?:put|placed)\s+(?:the\s+)?(?:[£$€]\s?[\d,.]+|money|payment|charge|amount)\s+on\s+hold\s+while\s+they\s+investigate\b|\bcharge\s?back\s+(?:sorted|done|filed|raised|lodged|submitted|approved|went through)\b|\b(?:don'?t|do not|would rather not|'d rather not)\s+(?:want\s+to\s+)?(?:involve|get)\s+(?:my|the)\s+(?:bank|card (?:company|provider|issuer))(?:\s+involved)?\b`,
      ),
    },
    // Someone with more say, said the short way: "actually put him on", "go to someone who can actually see the
    // history".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /(?<=\b(?:boss|manager|supervisor|owner|director)\b(?:.|\n){0,80})\bput\s+(?:him|her|them)\s+on\b|\b(?:go to|speak to|talk to|put me through to|pass (?:it|this|me) to|transfer me to)\s+(?:someone|somebody|a person)\s+who\s+(?:can|could)\s+actually\b/,
    },
    // Going public, the ways the tables lacked: a relative itching to post it, a receipt put on the company's
    // Facebook page, writing it up on a review site now, a journalist one knows, the CEO tagged.
    {
      flag: 'public',
      kind: 'act',
      proxy: true,
      re: new RegExp(
        String.raw`\b(?:itching|dying|desperate|begging me|champing at the bit)\s+to\s+(?:put|post|share|tweet|upload)\s+(?:this|it)\b|\bput\s+(?:the|my|a|all the)\s+(?:[\w-]+\s+){0,6}?on\s+(?:your|ur)\s+(?:facebook|fb|instagram|insta|google|trustpilot|tiktok)\s+(?:page|wall|profile|listing|reviews?)\b|\bon\s+${PLATFORM}\s+(?:writing|posting|putting)\s+(?:it|this|everything)\s+(?:all\s+)?up\b|\b(?:a|the)\s+(?:journalist|reporter|producer|editor)\s+(?:i know|friend of mine)\b|\btagged\s+(?:your|the|ur)\s+(?:ceo|md|boss|founder|managing director|company|brand)\s+(?:on|in)\s+${PLATFORM}`,
      ),
    },
    // Leaving said as the last of something, or loyalty's limits: "this is the last month yall are getting from me",
    // "loyalty's got its limits", "please cancel his autoship".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:last|final)\s+(?:month|year|payment|order|penny|cent|dollar|pound|renewal)\s+(?:y'?all|yall|you|u|you lot|you guys)\s+(?:are|'re|r|will be|'ll be)\s+(?:getting|seeing)\s+from\s+(?:me|us)\b|\bloyalty(?:'s| has)\s+(?:got\s+)?(?:its\s+)?limits\b/,
    },
    {
      flag: 'churn',
      kind: 'ask',
      re: /\bcancel\s+(?:his|her|their|[\w-]+'s)\s+(?:autoship|auto-?ship|subscription|plan|membership|account|policy|direct debit|standing order|contract)\b/,
    },
    // A threat of harm said the ways the tables lacked: "dont make me come down there", "more than words next time",
    // "she'll find out exactly what it feels like".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:don'?t|dont|do not)\s+make\s+me\s+(?:come|drive|walk|go)\s+(?:down|round|over|in|up)?\s*(?:there|here)\b|\bget(?:ting)?\s+more\s+than\s+(?:words|a conversation|an earful|a telling off)\b|\b(?:find out|know)\s+(?:exactly\s+)?what\s+it\s+feels\s+like\b/,
    },
    // Going public in a local group that gets the whole story: "the Nextdoor group for our road gets the whole story".
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:nextdoor|facebook|fb|whatsapp|neighbou?rhood|community|parents'?|residents'?|village|estate|local|school|street|road|mums'?|dads'?)\s+(?:[\w'-]+\s+)?(?:group|page|forum|chat|app)\b(?:\s+for\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+(?:gets?|is getting|are getting|will get|'ll get|will hear|'ll hear|hears)\s+(?:the\s+)?(?:whole|full|entire|complete)\s+(?:story|saga|thing|lot|account)\b/,
    },
    // A review named by its site: "left a pretty detailed Trustpilot", "writing a Google about this".
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:left|leaving|leave|posted|posting|post|wrote|written|writing|write|put up|putting up)\s+(?:a|my|an|the)\s+(?:(?:pretty|very|fairly|rather|really|long|detailed|honest|scathing|glowing|one-star|1-star|two-star|2-star|lengthy|full|little|short)\s+){0,3}(?:trustpilot|yelp|tripadvisor|google|feefo|glassdoor)\b(?!\s+(?:account|login|page|form|link|search|doc|sheet|maps? (?:pin|link)))/,
    },
    // Tagging the business on a platform until it answers: "gonna tag ur cinema on insta every single day".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(String.raw`\btag(?:ging)?\s+(?:you|u|ur|your|yr)\b(?:\s+[\w'-]+){0,2}?\s+(?:on|in)\s+${PLATFORM}`),
    },
    // A platform's audience that will enjoy this: "tiktok's gonna love a courier that 'delivered' to a lake".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b${PLATFORM}(?:'s|'re| is| are| will|'ll)\s+(?:gonna |going to |about to |)(?:love|eat (?:this|it) up|have a field day|lap (?:this|it) up|enjoy)\b`,
      ),
    },
    // A regulator that already holds the papers ("the Care Quality Commission now has a copy of the discharge
    // summary"), or one the customer wonders aloud about ("I do wonder whether the ICAEW would share your view").
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${REG}(?:\s+(?:now|already|also))?\s+(?:has|have|'s got|got|holds?|is holding)\s+(?:a copy|copies|the (?:file|details|photos|paperwork|emails?|evidence|receipts?|screenshots|summary|report|lot)|everything|all of (?:it|this|that))\b`,
      ),
    },
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:i\s+)?(?:do\s+)?(?:wonder|wondering|(?:curious|interested|intrigued)(?:\s+to\s+(?:know|see|hear))?|do you (?:reckon|think|suppose))\s+(?:whether|if|what|how)?\s*(?:the\s+)?${REG}\s+(?:(?:would|might|will|'d)\s+)?(?:share|agree|take|see|think|view|consider|feel|be|call|say|makes?\s+of|make\s+of)\b`,
      ),
    },
    // Contempt asked as a question: "did a toddler design this payment flow?", "do you hire by throwing darts?".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:did|does|do)\s+(?:a|an|your)\s+(?:toddler|child|five-year-old|5-year-old|(?:five|5) year old|monkey|chimp|hamster|goldfish|potato|blindfolded [\w-]+|drunk(?:en)? [\w-]+)s?\s+(?:design|build|write|run|make|code|plan|pack|manage|draw up|put together|organi[sz]e)\b/,
    },
    // Contempt by comparison with a thing: "I've met shopping trolleys with more sense than whoever packs your bags".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:met|seen|known|had|owned)\s+(?:[\w-]+\s+){1,3}?with\s+more\s+(?:sense|brains?|intelligence|common sense|wit|brain ?cells|competence|manners|personality)\s+than\s+(?:you|u|your|whoever|anyone (?:at|in|on) your|the (?:people|person|staff|lot|idiots?|clowns?|muppets?)\b)/,
    },
    // An epithet the tables lacked, aimed at the staff: "a script-reading halfwit", "your cowboy contractors".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:a|an|you|your|that|this|some)\s+(?:[\w-]+\s+)?(?:half-?wits?|nitwits?|imbeciles?|cretins?|simpletons?|dimwits?|nincompoops?|dunces?|buffoons?|knobheads?|numbskulls?|pillocks?)\b|\byour\s+cowboy\s+(?:builders?|contractors?|plumbers?|electricians?|engineers?|fitters?|outfit|firm|company|operation|traders?|mechanics?|installers?|workmen|team)\b/,
    },
    // Intimidation by a relative's size: "my brother's a big lad and he's offered to come down and collect it".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:my|our)\s+(?:[\w-]+\s+)?(?:brother|husband|son|dad|father|cousin|boyfriend|mates?|lads|boys|friends?|uncle|partner|fella)(?:'s|\s+is|\s+are|'re)\s+(?:a\s+)?(?:big|large|hard|handy|massive|huge|rough)\s+(?:lad|lads|guy|guys|bloke|blokes|man|men|fella|boy|boys|unit|lot|lump)\b[^.!?]{0,80}?\b(?:come|pop|drop|go|coming|popping|going|call|swing)\s+(?:down|round|over|in|by|and (?:collect|get|fetch|sort|have a word|see))\b/,
    },
    // A drink or a meal as the threat to a person: "he's wearing this milk tea", "you'll be wearing your soup".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:he|she|they|you|u|him|her|them|the (?:\w+ )?(?:guy|girl|man|woman|lad|waiter|waitress|driver|cashier|manager|barista|server))(?:'s|'ll| is| will| are|'re)?\s+(?:be\s+|gonna\s+|going to\s+|going to be\s+)?(?:wear|wearing)\s+(?:this|my|the|that|his|her|their|your)\s+(?:[\w-]+\s+)?(?:drink|coffee|tea|milk tea|bubble tea|milkshake|shake|pint|soup|latte|smoothie|curry|food|plate|meal|cake|order|cola|coke|juice|water|noodles|chips|pizza|burger)\b/,
    },
    // A tool to break in with as the threat: "come down saturday with the angle grinder and take the lock off myself".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:com(?:e|ing)|turn(?:ing)? up|show(?:ing)? up|head(?:ing)?|go(?:ing)?)\s+(?:down|round|over|back)?\s*(?:[\w-]+\s+){0,3}?with\s+(?:(?:a|my|the|some)\s+)?(?:angle grinder|bolt ?cutters|crowbar|sledge ?hammer|chainsaw|jerry ?can of petrol|can of petrol)\b/,
    },
    // A relative or a professional who does law for a living, offered: "my brother-in-law does this kind of law for a
    // living", "passed to someone who handles defamation for a living", "my cousin handles consumer disputes at a firm".
    {
      flag: 'legal',
      kind: 'act',
      proxy: true,
      re: new RegExp(
        String.raw`\b(?:someone|somebody|a (?:friend|mate|cousin|relative|contact|man|woman|chap)|${KIN})(?:,)?\s+(?:who\s+|that\s+)?(?:\w+\s+)?(?:does|do|handles?|practi[cs]es|works? in|specialises in|specializes in|deals with|reads)\s+(?:this\s+(?:kind|sort|type)\s+of\s+|that\s+(?:kind|sort)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:law|contracts|disputes|defamation|litigation|claims|cases|consumer rights|personal injury|conveyancing|probate)\b(?:\s+(?:for a living|at a (?:law )?firm|professionally|in [\w-]+|at [\w-]+))|\b${KIN}\s+(?:works in|practi[cs]es|specialises in|specializes in)\s+(?:[\w-]+\s+)?(?:law|litigation|disputes|claims)\b|\b(?:someone|somebody|${KIN})(?:,)?\s+(?:who\s+)?(?:does|do)\s+(?:this|that|it)\s+for\s+a\s+living\b`,
      ),
    },
    // A judge as where this ends: "a morning in front of a district judge if it comes to that".
    {
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:in front of|before|explain (?:this|that|it|yourselves?) to|tell (?:that|it) to)\s+a\s+(?:district\s+|county\s+|circuit\s+|small claims\s+|real\s+)?(?:judge|magistrate|tribunal)\b/,
    },
    // The card issuer as the other branch of an either/or: "either the £289 finds its way back or PayPal gets the full
    // story", "sort it, otherwise my bank hears about it", "or my bank takes them back for me". The issuer is the one
    // acting, so no "I'll" is needed.
    {
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:or|otherwise|else|failing (?:that|which))\b,?\s+(?:(?:it's|it is)\s+)?${CARD}\s+(?:gets|hears|will hear|'ll hear|sees|will see|decides|will decide|'ll decide|gets involved|will get involved|takes (?:it|this) from here|takes over|can (?:have|deal with|decide|sort) (?:it|this|you)|(?:takes|will take|'ll take|claws|will claw|pulls|will pull)\s+(?:it|them|this|that|the (?:money|payment|charges?|fees?))\s+back)\b`,
      ),
    },
    // Leaving for a rival described by what it is or where it is: "moving to the fibre company that already cabled the
    // block", "switching to the lot across the road".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:mov(?:e|ing)|switch(?:ing)?|jump(?:ing)? ship)\s+(?:(?:our|my)\s+(?:account|business|custom|contract)\s+)?(?:over\s+)?to\s+the\s+(?:[\w-]+\s+){0,2}?(?:company|provider|supplier|firm|network|isp|operator|installer|lot|crowd|people|guys)\s+(?:that|who|which|across|down|up the road|round the corner|next door|over the road|on the other side)\b/,
    },
  ];
}
