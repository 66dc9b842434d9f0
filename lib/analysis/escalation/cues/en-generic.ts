import type { Cue } from '../types';

// Session 13: cue families read off the held-out misses of fresh20-26 and corpus5-7 (leave-one-round-out), each
// written for a class rather than a sentence: a public body named by its shape rather than from a list, a lawyer
// who already holds the file, a bank that has pulled a payment, someone with the authority to decide, money asked
// back as a fee lifted, a credit note or a difference.

/**
 * A public body by the shape of its name: a field it oversees and what kind of body it is ("the Federal
 * Competition and Consumer Protection Commission", "the Commission for Aviation Regulation", "the Texas Department
 * of Insurance"). Agencies, boards and councils only with a consumer or standards word: an insurance agency is a
 * broker, a health board runs hospitals.
 */
export const BODY = String.raw`(?:(?:[\w-]+\s+(?:and\s+|&\s+)?){0,3}?(?:consumer|competition|fair trading|trade|aviation|telecoms?|telecommunications?|communications|energy|utilit(?:y|ies)|insurance|banking|financial|privacy|data protection|information|advertising|gambling|gaming|medical|dental|pharmacy|transport|motor vehicles?|tenancy|rental|standards|licensing)\s+(?:[\w-]+\s+){0,2}?(?:commission|authority|ombudsman|tribunal|regulator|commissioner|watchdog|inspectorate)|(?:consumer|standards|licensing|trade)\s+(?:[\w-]+\s+){0,2}?(?:agency|board|council|bureau|office)|(?:commission|authority|ombudsman|council|board|bureau|office|agency) for (?:[\w-]+ ){0,2}?(?:consumers?|competition|aviation|communications|regulation|fair trading|trade|insurance|energy|utilities|telecommunications|data protection|privacy|standards)|department of (?:insurance|consumer (?:affairs|protection)|financial (?:services|institutions|protection)|banking|fair trading|commerce|trade and industry)|fccpc|dgca)(?!\w)`;

// Where a complaint is taken: a verb of sending or bringing, then "to" or "with" the body within a few words.
const TO_BODY = String.raw`\b(?:report(?:ing|ed)?|complain(?:ing|ed)?|fil(?:e|ing|ed)|lodg(?:e|ing|ed)|escalat(?:e|ing|ed)|refer(?:ring|red)?|tak(?:e|ing)|took|forward(?:ing|ed)?|put(?:ting)?|sen(?:d|ding|t)|submit(?:ting|ted)?|bring(?:ing)?|brought|go(?:ing)?|went|gone|writ(?:e|ing)|wrote|approach(?:ing|ed)?|contact(?:ing|ed)?|open(?:ed|ing)?|complaints?)\b[^.!?]{0,45}?\b(?:to|with)\s+(?:the\s+)?`;

// A following counted in thousands: an audience the writer can reach.
const THOUSANDS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d)?k|\d{4,}|[\w-]+ thousand|thousands of|a few thousand)`;

export function genericCues(parts: { regulator: string; issuer: string; press: string }): Cue[] {
  const { regulator: REG, issuer: ISSUER, press: PRESS } = parts;
  return [
    // Custom moved, or about to be, by what is moved: "moved all 85 seats over to another helpdesk platform",
    // "moving our cover to AXA", "a trial with a competitor", "evaluating alternate vendors", "going with them from
    // next month", "jump to the other telco", "this will be my last renewal with you".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:mov(?:e|ed|ing)|switch(?:ed|ing)?|transferr?(?:ed|ing)?|shift(?:ed|ing)?|port(?:ed|ing)?)\s+(?:all\s+)?(?:(?:of\s+)?(?:our|my|the)\s+)?(?:\d+\s+|[\w-]+\s+(?:of\s+(?:our|my)\s+)?)?(?:seats|licen[cs]es|users|cover|policies|accounts|business|custom|scripts|prescriptions|fleet|employees|savings|pension|team)\s+(?:over\s+)?(?:to|over to)\s+(?!(?:you|u|my|our|your|the same|this|a new address|the new)\b)|\b(?:started|starting|running|signed up for|begun)\s+(?:a\s+)?(?:free\s+|paid\s+)?trial\s+(?:with|of)\s+(?:a\s+|an\s+|another\s+|your\s+)?(?:competitor|rival|another|other|different)\b|\bevaluat(?:e|ing)\s+(?:alternate|alternative|other|new)\s+(?:vendors|providers|suppliers)\b|\b(?:going|gonna go|i'?ll go)\s+with\s+(?:them|[\w&'-]+)\s+(?:from|next|instead)\b|\bjump(?:ing)?\s+(?:ship\s+)?to\s+(?:the other|another|a different)\s+(?:telco|provider|network|company|bank|insurer|supplier)\b|\b(?:my|our|the|this)\s+(?:\w+\s+)?renewal\s+(?:will be|is)\s+(?:my|our)\s+last\b|\b(?:will be|is going to be)\s+(?:my|our)\s+last\s+(?:renewal|year|order|booking)(?:\s+with\s+you)?\b/,
    },
    // Already unsubscribed from a plan (not from emails): "unsubscribed the team from your premium plan".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:already\s+|just\s+)?unsubscribed\s+(?:the team\s+|us\s+|me\s+|myself\s+)?(?:from\s+)?(?:your\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:plan|subscription|membership|service|tier)\b|\b(?:already|just)\s+unsubscribed\s+(?:through|via|in|on)\b/,
    },
    // Going public by reach: a following counted in thousands, a group with thousands in it, views counted; a review
    // or post already up; the press sent the file.
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b${THOUSANDS}\s+(?:followers|subscribers)\b|\b(?:tell|show|warn)\s+(?:the|my|all|all the|all my)\s+${THOUSANDS}\s+(?:people|viewers|readers|listeners|members|followers|subscribers)\b|\b(?:groups?|pages?|channels?|communit(?:y|ies)|forums?|servers?)\b[^.!?]{0,40}?\b${THOUSANDS}\s+(?:[\w-]+\s+)?(?:members|people|parents|followers|owners|users|readers|subscribers)\b|\b${THOUSANDS}[- ]members?\s+(?:[\w'-]+\s+)?(?:group|page|channel|community|forum|server|discord|slack|chat)\b|\b${THOUSANDS}\s+(?:members|people|parents|plumbers|nurses)\s+in\s+(?:there|the group|it)\b|\b\d[\d,.]*k?\s+views\b|\b(?:review|post|video|thread)s?\s+(?:that\s+)?(?:i|we)(?:'ve| have)?\s+(?:just\s+|already\s+)?(?:put|posted|left|wrote|written|uploaded)\s+(?:up\s+)?(?:on|to)\b|\bwhat\s+(?:i|we)(?:'ve| have)?\s+(?:just\s+)?posted\s+(?:on|to)\b|\b(?:left|posted|written|put up)\s+(?:a\s+|my\s+|two\s+|\d+\s+)?reviews?\s+(?:on|at)\s+\w|\bjust posted (?:the|a|my) (?:video|clip|footage|photos?|pics?|pictures?)\b|\b(?:sent|forwarded|passed|emailed)\b[^.!?]{0,150}?\bto\s+(?:the\s+)?(?:[\w-]+\s+)?(?:${PRESS})`,
      ),
    },
    // Self-harm said as not knowing whether to go on, as the family better off, as not waking up.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:don'?t|do not|dont)\s+know\s+if\s+i\s+(?:want|wanna|can)\s+(?:to\s+)?(?:keep going|be here|go on|carry on|live)\b|\bbetter off\s+(?:without me|with(?:out)?\b[^.!?]{0,40}?\bthan with me)\b|\bif\s+i\s+(?:simply\s+|just\s+)?(?:did not|didn'?t|never|don'?t)\s+wake\s+up\b|\b(?:don'?t|do not|dont|can'?t|cannot)\s+see\s+a\s+way\s+out(?:\s+of\s+this)?\s+any\s?more\b/,
    },
    // Passive self-harm said the ways support lines hear it most: the others better off or life easier if the writer
    // were not here, not being here any more, no longer caring whether they wake up, never having been born. Each
    // needs the frame, not the words: "I wasn't here when the parcel came" is no such thing.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:better off|easier|simpler|happier|a relief)\b(?:\s+(?:for|on)\s+(?:everyone|everybody|them|all of them|the (?:family|kids)|my (?:family|kids|children|son|daughter|wife|husband|partner|mum|mom|dad|parents)))?,?\s+if\s+i\s+(?:just\s+|simply\s+|quietly\s+)?(?:wasn'?t|weren'?t|was not|were not|wasnt)\s+(?:here|around|alive|in the picture|in the world|on this earth)\b|\b(?:easier|better|simpler)\b[^.!?]{0,30}?\bto\s+(?:just\s+|simply\s+)?not\s+(?:be|being)\s+(?:here|around|alive)\s+(?:any ?more|any longer)\b|\b(?:stopped|stop|don'?t|do not|no longer)\s+car(?:ing|e)\s+(?:whether|if)\s+i\s+(?:wake up|live|die|make it|see (?:tomorrow|the morning))\b|\bwish\s+(?:i|i'?d)\s+(?:had\s+)?never\s+been\s+born\b|\bno\s+(?:reason|point)\s+(?:for\s+me\s+)?(?:to|in)\s+(?:still\s+|even\s+|really\s+)?(?:be|being)\s+(?:here|alive|around)(?:\s+any ?more)?(?=\s*(?:[.!,;]|$|any ?more|any longer|now))/,
    },
    // A weapon brought to our door, with the door named between: "coming down to your Shoreditch office with a bat".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:com(?:e|ing)|turn(?:ing)? up|show(?:ing)? up|head(?:ing)?|walk(?:ing)? in)(?:\s+(?:down|round|over|back))?\s+(?:to|at|into)\s+(?:your|the|ur|that)\s+(?:[\w'-]+\s+){0,3}?(?:office|shop|store|branch|depot|counter|desk|site|warehouse|premises|house|place|restaurant|salon|garage|yard|reception|showroom|clinic)\s+with\s+(?:a|my|the)\s+(?:baseball\s+|cricket\s+|golf\s+)?(?:bat|knife|gun|hammer|crowbar|machete|axe|weapon|blade|shotgun|club)\b/,
    },
    // Harm to a named person or his property, said as its outcome: "he'll be leaving through the window", "I won't
    // be responsible for what happens to him", "he will meet my shotgun", "his tyres'll be looking a bit flat".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:not|won'?t be|no|nae)\s+(?:responsible|answerable|accountable)\s+for\s+(?:what|whit)\s+happens\s+(?:to|tae)\s+(?:him|her|them|you|his|her|their|your)\b|\b(?:meet|meets)\s+my\s+(?:shotgun|gun|fists?|bat|dogs?|boot)\b|\bset\s+(?:the|my)\s+dogs?\s+on\s+(?:him|her|them|you)\b|\b(?:leaving|leave|going|go)\s+(?:out\s+)?through\s+the\s+window\b|\bput\s+(?:his|her|your|their)\s+(?:windscreen|windows?|teeth|face)\s+(?:in|through)\b|\b(?:his|her|your|their)\s+(?:tyres|tires)(?:'ll| will)\s+be\s+(?:looking\s+)?(?:a bit\s+)?flat\b|\bwon'?t\s+be\s+(?:driving|walking)\s+anything\s+for\s+a\b|\bleaving\s+with\s+a\s+(?:klap|slap|black eye|thick ear)\b/,
    },
    // Contacts counted by what they left behind or where they went: "three visits to the branch", "four reference
    // numbers from four phone calls", "per my last three emails", "as I explained to your colleague Mr Ruiz".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:separate\s+|different\s+)?(?:visits|contacts|phone calls|ref(?:erence)? numbers)\b(?!\s+(?:from|by)\s+(?:you|your)\b)|\b(?:my|our)\s+last\s+(?:two|three|four|five|several|\d+)\s+(?:e-?mails|messages|letters|calls)\b|\bas\s+(?:i|we)\s+(?:explained|told|mentioned|said)\s+(?:it\s+)?to\s+(?:your|the)\s+(?:colleague|agent|rep|representative|advisor|adviser|team|staff)\b/,
    },
    // Over the agent's head by title, already or asked: "writing to your Chief Executive directly", "copied to your
    // Head of Customer Relations", "involve your Delivery Head", "loop in whoever owns our account at director level",
    // "put me on your boss", someone "who's actually allowed to say yes".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:written|wrote|writing|sent|copied|escalated|cc'?d)\b[^.!?]{0,40}?\bto\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:chief executive|ceo|managing director|director|head of [\w-]+|chairman|chairwoman|president|founder)\b|\b(?:involve|loop in|bring in)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:head|director|vp)\b|\b(?:loop in|involve|bring in)\b[^.!?]{0,50}\bat\s+(?:director|vp|executive|senior management)\s+level\b|\bput me (?:on|onto) (?:to )?(?:your|the|a) (?:boss|manager|supervisor)\b|\b(?:someone|somebody|anyone|anybody|whoever|who)\s+(?:there\s+|else\s+|at your company\s+)?(?:who(?:'s| is)\s+)?(?:actually\s+|really\s+)allowed\s+to\s+(?:say yes|decide|approve|make (?:an )?exceptions?|sign)\b|\b(?:someone|somebody|anyone|whoever|who)\s+(?:there\s+|at your company\s+)?(?:who\s+)?can\s+actually\s+(?:unban|compensate|refund|waive|sign|reverse|override|approve|help)\b|\bwith\s+(?:the|real|actual|enough)\s+authority\s+to\b/,
    },
    // The card company as what happens next, or already: "before I go to my credit card company", "I've gone to
    // Visa", "raised a claim with Stripe", "my card company can sort it out with you", "PayPal have already given me
    // my money back", "tell the credit union to take it back".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:gone|went|go|going)\s+to\s+(?:visa|mastercard|amex|american express|paypal|klarna|stripe|(?:my|our)\s+(?:credit\s+)?card\s+(?:company|issuer|provider)|(?:my|our)\s+credit card company)\b|\b(?:raised|opened|filed|lodged|started)\s+(?:a\s+)?(?:claim|dispute|case)\s+with\s+(?:stripe|${ISSUER})|${ISSUER}\s+can\s+(?:sort (?:it|this) out|deal with (?:it|this|you)|handle (?:it|this))\b|${ISSUER}\s+(?:have|has)\s+(?:already\s+)?(?:given|refunded|paid)\s+me\s+(?:my\s+)?(?:money\s+)?back\b|\b(?:tell|ask|get)\s+(?:the|my|our)\s+(?:credit union|bank|card company)\s+to\s+take\s+(?:it|the money|them)\s+back\b`,
      ),
    },
    // Money back in more wordings: "a credit on my account is the least you can do", "give me my 15 quid back",
    // "chuck it back on my card", "credit us for the 2 weeks", "Kindly reverse the same", "Pull the £59 'admin fee'
    // off", "I'd like the duplicate reversed", "for you to cover that", "I ask for reduction of rent".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:credit|refund|discount|reduction|rebate|goodwill \w+)\b[^.!?]{0,40}\bis the (?:very )?least you (?:can|could) do\b|\b(?:give|send)\s+(?:me\s+|us\s+)?(?:my|our)\s+(?:[$£€]?\d[\d,.]*\s+)?(?:quid|pounds|dollars|bucks|euros|rupees)\s+back\b|\b(?:chuck|put|stick|pop)\s+(?:it|that|the money)\s+back\s+(?:on|onto|in(?:to)?)\s+(?:my|our)\s+(?:card|account)\b|\bcredit\s+us\s+(?:for|with)\b|\b(?:kindly|please)\s+(?:reverse|refund|waive|credit)\s+the\s+same\b|\b(?:pull|take|knock|get)\s+(?:the|that|this)\s+(?:[$£€]\s?\d[\d,.]*\s+)?'?[\w -]{0,20}?(?:fee|charge|surcharge)'?\s+off\b|\b(?:want|like|need|expect)\s+(?:the|that|this)\s+(?:duplicate|double charge|extra charge|second charge|overcharge)\s+(?:payment\s+|charge\s+)?(?:reversed|refunded|removed|credited)\b|\bfor you to cover (?:that|it|this|the cost|the difference)\b|\bask(?:ed)? for (?:a )?(?:reduction|discount|rebate) (?:of|on|in) (?:the |my )?rent\b/,
    },
    // A lawyer seen, or a relative in the law about to read the file: "I've been to see a solicitor about the
    // contract", "my brother-in-law does consumer law … very keen to read those terms", "send him all the paperwork".
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:been to see|went to see|gone to see|going to see)\s+(?:a|my|our)\s+(?:solicitor|lawyer|attorney|barrister)\b|\b(?:my|our)\s+(?:[\w-]+\s+)?(?:brother|sister|cousin|uncle|aunt|dad|father|mum|mom|mother|son|daughter|husband|wife|brother-in-law|sister-in-law|son-in-law|friend)\s+(?:does|practi[cs]es)\s+(?:[\w-]+\s+)?law\b[^.!?]{0,60}?\b(?:keen|want(?:s|ed)?|lov(?:e|es|ed)|dying)\s+to\s+(?:read|see|look)\b|\b(?:solicitor|lawyer|attorney)\b[^.!?]{0,40}?\bsend\s+(?:him|her|them)\s+(?:all\s+)?(?:the|my)\s+(?:paperwork|documents|file|emails)\b/,
    },
    { flag: 'regulator', kind: 'act', re: new RegExp(`${TO_BODY}(?:${BODY})`) },
    // Bodies named by a list are reached by more verbs than the list's own cue reads: "forwarding this
    // correspondence to the Financial Ombudsman Service", "put the matter to the Ombudsman", "approach DGCA".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:forward(?:ing|ed)?|put(?:ting)?|sen(?:d|ding|t)|submit(?:ting|ted)?|logg(?:ed|ing))\b[^.!?]{0,45}?\b(?:to|with)\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?${REG}|\bapproach(?:ing|ed)?\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:${REG}|${BODY})`,
      ),
    },
    // The next step said without a verb: "Ombudsman next, then."
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(String.raw`(?:^|[.!?]\s*)(?:(?:then|so|right)[,\s]+)?(?:it'?s\s+)?(?:the\s+)?${REG}\s+next\b`),
    },
    // A lawyer who already holds the file or has read the terms, or is copied in: "Dad's solicitor now has the
    // whole file", "our solicitors have been copied in", "Our counsel has reviewed the auto-renewal clause".
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:solicitor|lawyer|attorney|counsel|barrister)s?\s+(?:now\s+|already\s+)?(?:has|have|'s got|holds?)\s+(?:(?:got|received)\s+)?(?:the (?:whole |full |entire |complete )?(?:file|paperwork|correspondence|thread|emails|documents|case)|(?:a )?cop(?:y|ies) of|been (?:copied|cc'?d|sent|forwarded|instructed))\b|\b(?:solicitor|lawyer|attorney|counsel)s?\s+(?:has|have)\s+(?:now\s+|already\s+)?(?:reviewed|read|looked (?:at|over)|gone through)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:clause|contract|terms|agreement|t&cs|small print|policy wording)\b/,
    },
    // A judge as the one the company will answer to; a claim filed in a named court.
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:explain|justify)\s+(?:it|this|that|yourselves?|your(?:self)?|(?:that|this|your) (?:decision|charge|fee|policy))\s+to\s+(?:a|the)\s+(?:judge|court|magistrate|tribunal)\b|\btell (?:it|that) to the judge\b|\bfil(?:e|ing)\s+(?:a claim\s+|a case\s+|suit\s+|papers\s+)?(?:in|with)\s+(?:the\s+)?(?:small claims|justice|county|district|magistrates'?|civil|circuit|municipal|claims) court\b/,
    },
    // The bank has taken the money back, or will: "they've pulled the payment for the bed frame back", "had the
    // £640 charge reversed by HSBC", "my bank can claw it back", "Amex will be getting a phone call from me".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:charge|payment|transaction|debit|money|amount)s?\s+(?:was\s+|were\s+|has been\s+|have been\s+|had been\s+|got\s+)?(?:reversed|charged back|clawed back|pulled back|recalled)\s+(?:by|through|via|with)\s+(?:${ISSUER}|(?:my|our|her|his)\s+(?:bank|card (?:company|issuer|provider)|credit union|building society))|\b(?:had|got|have|get)\s+(?:the\s+|my\s+|that\s+)?(?:[$£€]\s?\d[\d,.]*\s+)?(?:charge|payment|transaction|debit)s?\s+reversed\s+by\b|${ISSUER}\s+(?:will|'ll|is going to)\s+be\s+(?:getting|receiving)\s+a\s+(?:phone\s+)?call\s+from\s+me\b|\blet\s+${ISSUER}\s+have\s+a\s+(?:word|chat)\s+with\s+you\b|\b(?:dispute|disputing|contest|contesting)\s+(?:it|this|that|the (?:charge|payment|transaction))\s+with\s+(?:my|her|his|our)\s+(?:bank|card (?:company|issuer|provider)|credit union)\b|\brais(?:e|ing)\s+a\s+dispute\s+(?:on|about|over|against|for)\s+(?:the|this|that|a)\s+(?:[\w-]+\s+)?(?:charge|payment|transaction|debit)\b|\bcharg(?:e|ing)\s+back\s+(?:every|all|each)\b|(?:${ISSUER}|\b(?:her|his)\s+bank\b)[^.!?]{0,40}?\b(?:pulled|clawed|taken|took|reversed)\s+(?:the|my|that|this|our)\s+(?:payment|money|charge|transaction|debit)\s+for\s+[^.!?]{0,30}?\bback\b`,
      ),
    },
    // Someone with the authority to decide, asked for by what they can do rather than by title.
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:someone|somebody|anyone|anybody|a person|the person|whoever|who)\s+(?:there\s+|else\s+|higher\s+(?:up\s+)?)?(?:(?:who|that)\s+)?(?:can|could|is able to|has the power to)\s+(?:actually\s+|really\s+)?(?:make (?:a |the )?decisions?|decide|approve|authori[sz]e|sign (?:it |this |that )?off|overrule|stop it|stop this)\b|\b(?:someone|somebody|anyone|anybody|a person)\s+(?:there\s+)?(?:with|of|in)\s+(?:real\s+|actual\s+|proper\s+|some\s+|more\s+|any\s+|the\s+|an actual\s+|a real\s+)?(?:[\w-]+\s+)?(?:authority|seniority|say in (?:it|this)|clout|a position of (?:responsibility|authority|seniority))\b/,
    },
    // Money asked back by what happens to a fee or a difference: "for that fee to be removed", "the difference
    // back in my account", "give me my 1200 coins back", "a billing adjustment", "the applicable credit note".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:fee|charge|penalty|surcharge|fine)s?\s+(?:to be|be)\s+(?:removed|waived|refunded|reversed|credited|cancell?ed|written off|taken off)\b|\b(?:the\s+)?(?:difference|money|excess|overcharge|[$£€]\s?\d[\d,.]*)\s+back\s+(?:in(?:to)?|on(?:to)?)\s+(?:my|our)\s+(?:account|card|bank)\b|\b(?:give|send|put)\s+(?:me\s+|us\s+)?(?:my|our)\s+(?:[\w$£€.,-]+\s+){0,2}?(?:coins|credits|points|gems|tokens|diamonds|money|deposit|fee)\s+back\b|\b(?:request(?:ing)?|process|issue|apply|raise|want|expect|grateful for|like)\s+(?:the\s+|a\s+|an\s+)?(?:applicable\s+|appropriate\s+|full\s+|partial\s+)?(?:billing adjustment|credit note|service credits?|bill credit|account credit)\b|\bpro-?rata (?:reduction|refund|credit|discount)\b|\b(?:return|refund|pay (?:me )?back|give (?:me )?back)\s+(?:me\s+)?the\s+(?:price\s+)?difference\b|\b(?:take|have)\s+the\s+(?:price\s+)?difference\s+as\s+a\s+credit\b|\b(?:expect|want|like|need)\s+(?:[\w'£$€.,-]+\s+){1,5}?knock(?:ing|ed)\s+off\b|\btake\s+(?:the\s+)?[$£€]\s?\d[\d,.]*\s+off\b|\bcover\s+the\s+(?:price\s+)?difference\b|\b(?:want|need|expect)\s+(?:her|his|their)\s+(?:[\w'-]+\s+){0,3}?(?:bill|costs?|fees?|treatment|expenses)\s+(?:covered|paid)\b|\b(?:an?\s+)?(?:appropriate|goodwill|suitable)\s+gesture\b/,
    },
  ];
}
