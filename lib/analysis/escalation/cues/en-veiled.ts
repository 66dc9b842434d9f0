import type { Cue } from '../types';

// Session 19, second pass: intents left for the reader to complete, read off corpus19 on arrival (online retail,
// services people depend on, and a writer asked for understatement and veiled threats). Each is a way of saying,
// not a sentence: a vehicle or a window as what will suffer, a card issuer as who will ask next, a crowd on a
// named page as who will hear, the person allowed to say yes.

// A newspaper known by the last word of its title ("the Evening Standard", "the Dayton Daily News").
const PAPER = String.raw`(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:standard|post|times|herald|news|mail|express|mirror|telegraph|guardian|chronicle|gazette|echo|journal|tribune|observer|argus|inquirer|courier|examiner)\b`;

// Relatives and friends whose work is the threat.
const CLOSE =
  '(?:son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|son|daughter|brother|sister|cousin|nephew|niece|husband|wife|partner|neighbou?r|friend|uncle|aunt|mate)';

export function veiledCues(parts: { platform: string; issuer: string; press: string }): Cue[] {
  const { platform: PLATFORM, issuer: ISSUER, press: PRESS } = parts;
  return [
    // What will happen to a person or their van, said by its outcome: "he'll be leaving it in an ambulance", "he'd
    // better run", "I'm coming over the counter", "he may not leave it in quite the condition he arrived in",
    // "leaving with more than his toolbox", "your front windows won't survive the visit", "see how well those
    // shutters hold up", a van's four tyres.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:leav(?:e|ing)|go(?:ing)?\s+home|end(?:ing)?\s+up)\s+(?:it\s+|here\s+)?in\s+an\s+ambulance\b|\b(?:he|she|they|you)(?:'d|\s+had)\s+better\s+run\b|\bcom(?:e|ing)\s+over\s+(?:the|that)\s+(?:counter|desk|table)\b|\b(?:won'?t|will\s+not|may\s+not|might\s+not|wouldn'?t|doesn'?t)\s+leave\b[^.!?]{0,25}?\bin\s+(?:quite\s+)?the\s+(?:same\s+)?(?:condition|state|shape)\s+(?:he|she|they|you)\s+(?:arrived|came)\b|\bleav(?:e|ing)\s+with\s+more\s+than\s+(?:his|her|their|your)\s+[\w-]+|\b(?:windows?|shutters?|doors?|van|vans|car|shop(?:front)?|office|counter)\s+(?:won'?t|will not|wouldn'?t|isn'?t going to|aren'?t going to)\s+survive\b|\bsee\s+how\s+well\s+(?:those|the|your|that)\s+(?:shutters|windows|doors|locks|gates|fences)\s+hold\s+up\b|\b(?:doesn'?t|won'?t|will not)\s+leave\s+(?:my|our|the|this)\s+(?:street|road|drive|driveway|estate)\s+with\s+(?:four|all\s+(?:four|its|his))\s+(?:tyres|tires)\b|\bfour\s+new\s+(?:tyres|tires),?\s+whether\b/,
    },
    // Self-harm said as thoughts of ending it, or no point in being around when "really" or "even" sits between.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:thoughts|thinking|thought)\s+(?:about|of)\s+ending\s+(?:it|things|my\s+life|everything)\b|\b(?:don'?t|do not|dont|can'?t|cannot)\s+(?:really\s+|even\s+|honestly\s+)+see\s+(?:the|any)\s+point\s+(?:in|of)\s+(?:being\s+around|living|going\s+on|carrying\s+on|being\s+here)\b/,
    },
    // The card issuer as who acts next: "before I ring Visa", "I'll let Amex ask the question", "Discover can sort it
    // out between us", "I've disputed the $1,260 with Chase", "report it to Afterpay as a dispute", a provisional
    // credit while they investigate, the dispute form already open.
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:before|or|then|otherwise)\s+i\s+(?:ring|call|phone|contact|get onto|get on to)\s+${ISSUER}|\blet(?:ting)?\s+${ISSUER}\s+(?:ask|sort|handle|deal|decide|take)\b|\b${ISSUER}\s+can\s+(?:sort|deal with|decide|handle)\s+(?:it|this|that)\b|\bdisputed\s+(?:the\s+)?(?:[$£€][\d,.]+|charge|payment|transaction|bill)[^.!?]{0,30}?\bwith\s+${ISSUER}|\b(?:report|raise|log|file)\s+(?:it|this)\s+(?:to|with)\s+[\w-]+\s+as\s+a\s+dispute\b|\b(?:credited|put)\s+(?:it\s+|the money\s+)?back\s+while\s+they\s+investigate\b|\b(?:given|gave)\s+(?:me|us)\s+a\s+(?:temporary|provisional)\s+credit\b|\b(?:dispute|chargeback)\s+form\s+(?:is\s+)?(?:already\s+)?(?:open|ready to go|sitting)\b`,
      ),
    },
    // Leaving by what is moved or ported: "the number was ported to giffgaff yesterday", "all four numbers get ported
    // to Visible", "moved all our family's prescriptions to the Kroger pharmacy", "moving all our files somewhere that
    // respects people's time", the fob handed in, "switched this morning".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:number|numbers|line|lines)\s+(?:was|were|has been|have been|get|gets|will be|'ll be|are being|is being)\s+ported\s+(?:out\s+)?(?:to|over)\b|\bmov(?:ed|e|ing)\s+(?:all\s+)?(?:\d+\s+|[\w-]+\s+)?(?:of\s+)?(?:our|my|the)\s+(?:(?:family|firm|company|business|household|office)'?s\s+)?(?:[\w-]+\s+){0,2}?(?:account|accounts|prescriptions|business|custom|policy|policies|savings|mortgage|files|records|pension|lines|numbers|cover)\s+(?:over\s+)?(?:to(?!\s+(?:you|u|your|ur|this)\b|\s+(?:(?:a|the|my|our)\s+)?(?:new|current|correct|other|next)\s+(?:address|flat|house|home|property|place|premises|office|unit|site|location|card|email|e-mail|name)\b)|somewhere|elsewhere)\b|\bhanded\s+(?:my|our|the)\s+(?:fob|key fob|keys|membership card|badge|locker key)\s+(?:back\s+)?in\b|(?:^|[.!?]\s*)(?:i\s+|we\s+|i'?ve\s+|we'?ve\s+|just\s+)?switched\s+(?:this morning|yesterday|today|last (?:week|night|month))\b/,
      strength: 'taken',
    },
    // Leaving as where this is going: "there are other grocery apps, you know", "Ocado's about to get a new customer",
    // "running out of reasons to keep ordering", "withdraw Mateo from the program", "I'll stay if…".
    {
      flag: 'churn',
      kind: 'act',
      re: /(?<=\bthere\s+are\s+(?:plenty\s+of\s+|lots\s+of\s+)?)other\s+(?:[\w-]+\s+)?(?:apps|providers|companies|banks|shops|stores|airlines|options|suppliers|gyms|networks|insurers|services|platforms|retailers|pharmacies|clinics|practices),?\s+(?:you\s+know|just\s+saying)\b|\babout\s+to\s+(?:get|gain|have)\s+a\s+new\s+customer\b|\brunning\s+out\s+of\s+reasons\s+to\s+(?:keep|stay|continue)\b|\bwithdraw\s+(?!money\b|funds\b|cash\b|savings\b|it\b|the\b|my money\b|£|\$)(?:my\s+(?:son|daughter|child|kids?|children)|him|her|them|us|[a-z][\w'-]+)\s+from\s+(?:the|your)\s+(?:[\w/-]+\s+){0,3}?(?:program|programme|course|class|classes|club|nursery|camp|scheme|sessions)\b|\bi'?ll\s+stay\s+(?:only\s+)?(?:if|on condition)\b/,
      strength: 'threatened',
    },
    // Someone allowed to say yes: "a person who's allowed to make an exception", "anybody in the building who's
    // actually allowed to say yes", "someone with a little more latitude", "whoever can waive it", "supervisor pls",
    // "put me through to an adult".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /(?<=\b(?:someone|somebody|anyone|anybody|a\s+person|a\s+human)\s+(?:in\s+the\s+building\s+|there\s+)?)(?:who'?s|who\s+is|that'?s|who\s+are|who)\s+(?:actually\s+)?(?:allowed|authori[sz]ed|permitted|empowered)\s+to\s+(?:say\s+yes|make\s+an\s+exception|approve|waive|sign\s+(?:it\s+)?off|override|decide)\b|(?<=\b(?:someone|somebody|anyone|anybody)\s+)with\s+(?:a\s+little\s+|a\s+bit\s+|rather\s+|a\s+lot\s+)?more\s+(?:latitude|leeway|discretion)\b|(?<=\b(?:whoever|someone\s+who|somebody\s+who|anyone\s+who)\s+)can\s+(?:actually\s+)?(?:waive|approve|authori[sz]e|override|sign\s+(?:it\s+)?off)\b|(?:^|[.!?]\s*)(?:a\s+)?(?:supervisor|manager)\s*(?:pls|plz|please|now|asap)\b|\bput\s+me\s+through\s+to\s+(?:an\s+adult|a\s+grown-?up|someone\s+competent)\b/,
    },
    // Someone senior already written to or copied: "I've copied this email to your managing director", "already
    // emailed the practice owner directly".
    {
      flag: 'supervisor',
      kind: 'act',
      re: /\b(?:copied|cc'?d|forwarded)\s+(?:this|my|the)\s+(?:email|letter|complaint|message|thread)\s+to\s+(?:your|the)\s+(?:managing director|ceo|chief executive|md|owner|practice owner|president|chair(?:man|woman|person)?|general manager|regional manager|area manager|head of [\w-]+)\b|\b(?:emailed|written to|wrote to|contacted|messaged)\s+(?:the|your)\s+(?:practice\s+|clinic\s+|store\s+|shop\s+)?owner\b/,
      strength: 'taken',
    },
    // Going public by where the crowd is or who was already told: "the crowd on OzBargain will find this very
    // interesting", "the other dog owners on the neighborhood page deserve to know", "I spoke with a reporter",
    // "taking this to the Evening Standard", "the whole saga is now on Trustpilot", "I put it in your Instagram
    // comments", "your handle tagged", "A Current Affair loves a story about…".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:crowd|folks|people|members|owners|parents|users|readers|followers|viewers|subscribers|community|neighbou?rs|others)\s+(?:on|in|of|at|over at)\s+(?:the\s+)?(?:[\w&'-]+\s+){1,5}?(?:would|will|might|deserve|may)\s+(?:(?:like|love|want)\s+to\s+(?:hear|know|see|read)|find\s+(?:this|it)\s+(?:very\s+|really\s+|most\s+)?interesting|to\s+know)\b|\b(?:spoke|spoken|talked|been talking)\s+(?:with|to)\s+(?:a|the)\s+(?:reporter|journalist|producer|researcher|news desk)\b|\b(?:tak(?:e|ing)|took|bring(?:ing)?|go(?:ing)?|sen(?:d|ding|t))\s+(?:this|it|the story|the whole (?:thing|story|saga))\s+to\s+${PAPER}|\b(?:the whole|my|our|this)\s+(?:saga|story|experience|review|complaint|thread)\s+(?:is|'s)\s+(?:now\s+|already\s+)?(?:up\s+)?on\s+(?:${PLATFORM})\b|\b(?:put|posted|left)\s+(?:it|this)\s+(?:in|on)\s+(?:your|ur)\s+(?:instagram|facebook|twitter|x|tiktok|linkedin|youtube|insta|fb)\s+(?:comments|page|replies|post)\b|\b(?:your|ur)\s+(?:handle|account|page)\s+tagged\b|\btagged\s+(?:your|ur)\s+(?:handle|account|page|ceo)\b|\bloves?\s+a\s+(?:good\s+)?story\s+(?:about|like)\b|\bhow\s+(?:this|that|it)\s+(?:would|will|might)\s+look\s+on\s+(?:the\s+front\s+page|the\s+news|national\s+(?:tv|television|radio)|${PRESS})`,
      ),
      strength: 'threatened',
    },
    // Money back as what is expected or already taken: "I look forward to receiving £1,400", "I've deducted £60 from
    // the final invoice", "expect the third one to be at no charge", "the claim could be paid in full", "once the $380
    // for the night guard is refunded".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\blook\s+forward\s+to\s+receiving\s+(?:(?:a|the|my|our)\s+)?(?:[$£€]|refund|full refund|compensation|reimbursement)|\b(?:i'?ve|we'?ve|i have|we have)\s+deducted\s+[$£€]|\bexpect\s+(?:[\w-]+\s+){0,5}?(?:to\s+be\s+)?(?:at\s+no\s+charge|free\s+of\s+charge|refunded|credited|reimbursed|waived)\b|\b(?:claim|invoice|bill|balance)\s+(?:could|can|should|will|would)\s+be\s+paid\s+in\s+full\b|\b(?:once|until|unless)\s+(?:the|my|our)\s+[$£€][\d,.]+[^.!?]{0,40}?\s+(?:is|are|gets?|has been)\s+(?:refunded|paid back|returned|credited)\b/,
    },
    // Contact counted by what was said before: "as I did on the 3rd, the 9th and again on the 14th", "a reminder, my
    // third", "my four emails seem to have vanished", "as per my previous emails", "called three days running", "your
    // area manager told me on the phone yesterday", "chased it by phone last week".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\bas\s+i\s+did\s+on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\bas\s+i\s+(?:said|wrote|explained|mentioned)\s+on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b(?:reminder|chaser|follow-?up|email|message|letter),?\s+(?:my|our)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b|\b(?:my|our)\s+(?:\d+|two|three|four|five|six|several|numerous)\s+(?:emails|messages|calls|letters|tickets|chats)\s+(?:seem|have|went|got|were)\b|\b(?:as\s+per|per|see|further\s+to)\s+my\s+(?:previous|earlier|last)\s+(?:emails?|messages?|letters?)\b|\bcalled\s+(?:\w+\s+)?(?:\d+|two|three|four|five|several)\s+days\s+(?:running|in\s+a\s+row|straight)\b|(?<=\b(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:,\s+[a-z]+,)?)\s+)(?:told|promised|assured)\s+me\s+(?:on\s+the\s+phone\s+|by\s+phone\s+|over\s+the\s+phone\s+)?(?:yesterday|last\s+(?:week|night|month|monday|tuesday|wednesday|thursday|friday)|this\s+morning|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d))\b|\bchased\s+(?:it|this|them|you|the matter)\s+(?:up\s+)?(?:by\s+(?:phone|email|letter)|last\s+\w+|again|on\s+the|yesterday|twice|three times)\b/,
    },
    // Contempt by what the staff cannot do or are: "run entirely by people who can't read", "is literacy optional",
    // "clown college", "greedy vultures", "an absolute sh*tshow of a company", "the staff in the toddler room are
    // lazy and useless".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:people|staff|someone|folks|monkeys)\s+who\s+can'?t\s+(?:read|count|spell)\b|\bliteracy\s+(?:is\s+)?optional\b|\bclown\s+(?:college|school|show|car|academy)\b|\b(?:greedy|heartless|thieving|money-grabbing)\s+(?:vultures|leeches|parasites|sharks|pigs)\b|\b(?:absolute|total|complete|utter)\s+(?:sh\*tshow|shitshow|sh\*\*show|clown show|circus|joke)\s+of\s+(?:a|an)\s+(?:company|business|operation|outfit|firm|shop)\b|\b(?:your\s+|the\s+)?(?:staff|team|agents|employees|workers|drivers|engineers|techs|technicians|carers|nurses|receptionists)\b(?:\s+[\w'-]+){0,4}?\s+(?:are|r)\s+(?:all\s+)?(?:lazy|useless|incompetent|clueless|hopeless)\b/,
    },
    // Lawyers by what they are sent or who they act for, courts by their kind: "forwarding this entire thread to an
    // ERISA attorney", "Hartley & Finch, who act for me", "taking this to housing court", "filed in the county
    // justice court", a relative who practises consumer law.
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:forward|forwarding|send|sending|hand|handing|pass|passing)\s+(?:this|the|my|our)\s+(?:entire\s+|whole\s+)?(?:thread|file|emails?|paperwork|correspondence|case)\s+(?:over\s+)?to\s+(?:an?\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:attorney|lawyer|solicitor|legal team|law firm)\b|\bwho\s+act\s+for\s+(?:me|us)\b|\b(?:take|taking|took|see\s+you\s+in|go\s+to|going\s+to|file\s+in|filing\s+in|filed\s+in)\s+(?:this\s+|it\s+|you\s+)?(?:to\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:housing|tenancy|landlord-tenant|justice|district|county|circuit|civil|magistrates'?)\s+court\b/,
    },
    {
      flag: 'legal',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:my|our)\s+(?:[\w-]+\s+)?${CLOSE}\b[^.!?]{0,40}?\b(?:practi[cs]es?|practi[cs]ing|works\s+in|specialises\s+in|specializes\s+in)\s+(?:[\w-]+\s+){0,2}?(?:law|malpractice|litigation)\b|\b(?:my|our)\s+(?:[\w-]+\s+)?${CLOSE}\b[^.!?]{0,40}?\bdoes\s+(?:[\w-]+\s+)?(?:malpractice|litigation|consumer\s+law|contract\s+law)\b`,
      ),
      strength: 'threatened',
      proxy: true,
    },
  ];
}
