import type { Cue, PairCue } from '../types';

// Session 10 (esc-en-b): going public, legal, regulator, abuse and harm said without their usual words, as
// families read off the misses of fresh17-19 and corpus1-4 and written wider than any one sentence: an audience
// that "loves a horror story", a rating to "watch", a relative on a consumer desk, a lawyer already instructed or
// cc'd, letters before action and hearing dates, regulators approached, told, cc'd or named abroad, contempt by
// comparison ("more useful conversations with my cat", "staffed by potatoes"), a window something will come
// through, a visit that "won't be polite", self-harm said as not knowing whether one will still be here.
// Kept apart from en.ts so the families can be read (and merged) on their own.

/** Wordings that widen shared tables in en.ts; each is joined to its table with `either`. */
export const REGULATOR_MORE = String.raw`consumer (?:council|forum|watchdog|cent(?:re|er)|commission|association|tribunal|ombudsman|protection (?:division|department|commission|council|board))|(?:state\s+)?(?:insurance|banking|utilities|public service|public utilities) (?:commissioner|commission|regulator|ombudsman)|(?:energy|water) (?:and|&) (?:water|energy) ombudsman|irdai|pdpc|verbraucherzentrale|environmental health(?: officers?| department| team)?|council'?s? (?:[\w-]+ ){0,3}?(?:enforcement|environmental health|housing standards|licensing)(?: team| department| officers?| unit)?|(?:industry|energy|telecoms?|financial|water|rail|privacy|data|pensions?|competition) watchdog|cisas|comreg|knf|ncaa consumer protection|dti|fos|central bank(?: of [\w-]+)?(?: complaints desk)?|office of the independent adjudicator|oia|(?:ontario |alberta )?energy board|energy regulatory commission|forbrugerklagenævnet|arbitration scheme|adr scheme|erc|trai|cpgrams|fccpc|(?:rbi|banking|insurance|integrated) ombudsman|ombud|(?:small business|[\w-]+ industry) commissioner`;

/** A lawyer named in another language by a writer whose English is not their first ("my Rechtsanwalt"). */
export const LAWYER_MORE = 'rechtsanwalt|anwalt|abogad[oa]|avocat|avvocato|advogad[oa]|advocaat|kc|qc';

/**
 * Possession or obligation is not a perfect tense: "I've got 40k followers", "I have a contact on the consumer
 * desk", "I have to give you eight weeks" say nothing was done yet.
 */
export const NOT_PERFECT = String.raw`(?! to\b| no\b| zero\b|(?: got)? (?:about|over|nearly|almost|\d[\d,.]*k?|thousands|hundreds|lots|loads|plenty|friends|contacts|a (?:friend|contact|cousin|mate|brother|sister|daughter|son|relative|connection))\b)`;

/** Done, in wordings the taken table lacked: a complaint that has gone or is in, a sentence opening on the act. */
export const TAKEN_MORE = String.raw`\b(?:complaint|case|claim|matter|file|referral)s? (?:is|are) (?:now |already )?with (?:the|my)\b|\bi'?m (?:now |also )?(?:copying|cc'?ing) (?:in )?|\b(?:has|have|'s) (?:now |already |just )?(?:gone (?:in|off|to)|been (?:sent|lodged|filed|referred|reported|submitted|escalated|passed|forwarded))\b|\b(?:complaint|claim|case|report|referral)s? (?:is|are) (?:now |already )?in\b|^\s*(?:(?:just|already|also|today|yesterday|now)\s+)?(?:sent|reported|lodged|wrote|written|emailed|spoke|spoken|rang|phoned|contacted|complained|escalated|referred|forwarded|tagged|dm'?d|copied|cc'?d)\b(?! (?:me|us)\b)|\b(?:sent|issued|served) (?:by|on behalf of)\b|\bon (?:my|our) behalf\b|\b(?:i|we) (?:\w+ )?(?:referred|escalated|notified|informed|approached|submitted|forwarded|copied|cc'?d|tagged|rang|phoned|spoke|alerted|flagged|brought|handed|passed)\b`;

/** Someone else's words the customer takes up ("…and I think that is what I shall do"): theirs now. */
export const ADOPTED = String.raw`(?![^.!?]*\b(?:that(?:'s| is) (?:exactly |just )?what (?:i|we)(?:'ll| will| shall| am going to|'m going to| intend to| plan to| mean to)|(?:and|so|which) (?:i think )?(?:i|we)(?:'ll| will| shall| am going to|'m going to| might)(?! not\b)(?! never\b)|\bi think (?:i|we)(?:'ll| will| shall)\b(?! not\b)|\b(?:and |so )?(?:(?:frankly|honestly|actually) )?i (?:(?:totally|fully|completely|quite) )?agree\b|\b(?:he|she|they)(?:'s|'re| is| are) (?:quite |absolutely )?right\b))`;

/** People who tell the customer what to do, read as third parties unless the customer takes it up. */
export const ADVISERS =
  '(?:flatmate|housemate|mate|cousin|neighbou?r|aunt|uncle|nan|gran|grandma|grandad|niece|nephew|kids?|family|other half|boyfriend|girlfriend|fianc[eé]e?|in-laws?)';

/** Verbs of telling the customer what to do that the third-party table lacked. */
export const ADVISING = '(?:reckons|thinks|joked|jokes|keeps (?:saying|telling me))';

/** Not a negation of the customer's own intent that the table lacked: "zero intention", "no desire to". */
export const NEGATION_MORE = String.raw`\b(?:zero intention|not the (?:slightest|least) intention|no (?:desire|wish) to|(?:was|were) (?:going|gonna|about|planning|tempted|ready|all set|prepared|this close|so close|close) to)\b`;

/** Praise the table lacked: credit given, a renewal that went smoothly. */
export const PRAISE_MORE = String.raw`\b(?:credit where (?:it'?s|credit'?s) due|(?:fixed|sorted|solved|resolved|delivered) (?:it|my \w+|the \w+|everything) so (?:quickly|fast|promptly)|painless|seamless|hassle[- ]free|went smoothly|no complaints)\b`;

/**
 * "love" that is an audience's appetite for a complaint, not praise ("they love stories about…", "would love to see
 * how you bill pensioners").
 */
export const LOVE_APPETITE =
  '(?:a good|stories|a story|(?:this|that) kind of|(?:this|that) sort of|it when|to (?:see|hear|know|read) (?:how|what|why|about))';

/** Rhetorical questions that threaten ("do you think it'll go well for you?", "…instead?"). */
export const RHETORICAL_MORE = String.raw`\b(?:any idea|do you know|have you any idea|do you realise|do you realize) how many (?:people|readers|followers|subscribers|viewers)\b|\bdo you (?:really )?think (?:it|that|this)(?:'ll| will| would)? (?:go|look|play out|end) (?:well|good|great|nicely)\b|\b(?:do you know|any idea|guess|can you imagine) what\b[^?]{0,60}\b(?:would|will|'d|might) (?:make of|think (?:of|about)|say (?:to|about))\b|\bshould (?:i|we) (?:be |just )?(?:tak(?:e|ing)|go(?:ing)?|report(?:ing)?|complain(?:ing)?|escalat(?:e|ing)|rais(?:e|ing))\b[^?]*\binstead\b`;

/** Mentions that are not the intent: a firm's name, the company's own legal letters, a house sale, an essay. */
export const IDIOM_MORE = String.raw`\bcredit where (?:it'?s|credit'?s|it is) due\b|\blitigation (?:partners|llp|group|associates|practice|firm|solicitors|lawyers|services|support|team|department|counsel)\b|\b(?:firm|practice|company) (?:is|specialises in|specializes in) (?:a )?litigation\b|\byour (?:legal (?:department|team)|lawyers|solicitors|debt collectors?|collections? (?:team|agency|department))\b[^.!?]{0,20}\b(?:sent|sending|issued|served|threatened)\s+(?:me|us)\b[^.!?]{0,30}|\b(?:solicitor|lawyer|conveyancer)s?\b[^.!?]{0,30}\b(?:completing|completion|conveyancing|exchang(?:e|ing) contracts|house (?:sale|purchase|move)|probate|power of attorney)\b|\b(?:writing|researching|putting together|working on)\s+(?:a |an )?(?:piece|article|feature)\b[^.!?]{0,50}|\b(?:writing|doing|working on|researching)\s+(?:a |an |my )?(?:[\w-]+ )?(?:assignment|essay|dissertation|thesis|article|project|paper|presentation|piece)\b(?: (?:on|about))?|\b(?:i|we) (?:settled|resolved|dropped|withdrew) (?:the|that|our|my) (?:[\w-]+ ){0,2}?(?:case|claim|dispute|complaint)\b|\bwould it kill (?:you|them|anyone|someone|your \w+)\b|\bwould (?:a|an|the|one|some|that|this)\s+(?:[\w£$€.%-]+\s+){0,3}?kill (?:you|ya|them|anyone|someone|your \w+)\b|\b(?:saw|seen|watched|heard) (?:you|your \w+|this|it|an? \w+) on (?:bbc|itv|sky|channel \d+|the news|tv|telly|the radio|breakfast)\b|\bsue me\b|\b(?:our|my) (?:legal (?:team|department|counsel)|lawyers?|solicitors?|attorneys?)\b[^.!?]{0,30}\b(?:reviewed|approved|signed off|checked|cleared|is happy|are happy)\b|\bget (?:hurt|injured|killed) (?:with|by|on|from|because of|tripping|falling)\b`;

/** Someone other than the writer, in shapes the table lacked ("saw someone on TikTok threatening to sue"). */
export const OTHER_MORE = String.raw`\b(?:my|our|the) (?:landlord|landlady|employer|ex|ex-?(?:wife|husband|partner)|neighbou?r|letting agent|builder|tenant|seller|buyer)'s\b|\b(?:someone|somebody|some (?:guy|bloke|woman|man|person|lady|influencer|youtuber|tiktoker))\b(?= (?:on|in|at|online|i know|threatening|saying|said|says|posted|wrote|wants|wanted|told))`;

export function impliedCues(parts: { regulator: string; platform: string; closePerson: string; press: string }): Cue[] {
  const { regulator: REG, platform: PLATFORM, closePerson: CLOSE_PERSON, press: PRESS } = parts;
  return [
    // The press as where this goes, in a list of destinations ("it goes to my solicitor, my bank and the Daily Mail").
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:goes|go|going|sent|forwarded|passed|handed)\s+(?:straight\s+|right\s+)?to\s+(?:[^.!?]{0,50}?(?:,|\band)\s+)?(?:the\s+)?${PRESS}|${PRESS}(?:'s)?(?:\s+[\w-]+){0,2}?\s+(?:gets?|are getting|is getting|(?:will|'ll) (?:get|see|receive|be getting)|receives?)\s+(?:a |the |my |this |all |every )?(?:full |complete )?(?:copy|copies|everything|the lot|screenshots|emails?|email chain|thread|transcript|story|file)\b`,
      ),
    },
    // Going public: an audience with an appetite, a rating to watch, a relative on a consumer desk, the press as
    // where this goes next, a post that took off, photos put up, a whole town to be told.
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:[\d,.]+k?|thousands of|hundreds of|a lot of|loads of|lots of|a load of)\s+(?:followers|subscribers|readers|viewers|listeners|members|fans|people)\b[^.!?]{0,50}?\b(?:love|loves|lap up|laps up|eat up|eats up|devour|enjoy|adore|live for|can'?t get enough of)\b[^.!?]{0,40}?\b(?:story|stories|horror|saga|drama|rant|thread|expos[eé]|tale|takedown)s?\b|\b(?:large|big|huge|decent|sizeable|massive|loyal) (?:following|audience|readership)\b[^.!?]{0,60}\b(?:love to (?:hear|know|see|read)|interested|hear about|know about)\b|\b(?:love|loves|lap up|eat up) (?:a (?:good )?story|stories) like (?:this|mine|that)\b|\bhow many (?:people|readers|followers|subscribers|viewers)\b[^.!?]{0,30}?\b(?:read|reads|follow|follows|watch|watches|subscribe to|listen to|has|have)\b|\b(?:watch|see|wait and see|look at|check)\s+(?:what happens to|how)\s+your\s+(?:[\w-]+\s+){0,2}?(?:rating|ratings|score|stars|reviews|reputation)\b|\byour (?:trustpilot|google|yelp|tripadvisor|facebook|amazon|review) (?:page|rating|ratings|score|reviews|profile|listing)\s+(?:is|are)\s+(?:about to|going to|gonna)\s+(?:(?:get|look|become)\s+(?:a (?:lot|bit) |much )?(?:more interesting|busier|worse|uglier|lower|interesting)|take (?:a|quite a) (?:hit|beating|knock|battering))\b|\b(?:trustpilot|yelp|google reviews|tripadvisor|productreview|glassdoor|review sites?) (?:exists?|is (?:a thing|right there|free))\b|\bhave a (?:look|read|gander) (?:at|on) (?:trustpilot|yelp|google(?: reviews| maps)?|tripadvisor|productreview|reddit|mumsnet|facebook|twitter|tiktok|instagram)\b[^.!?]{0,12}\b(?:tomorrow|tonight|later|next week|in the morning|this evening)\b/,
    },
    {
      flag: 'public',
      kind: 'act',
      proxy: true,
      re: new RegExp(
        String.raw`${CLOSE_PERSON}(?:'s|\s+is)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:producer|editor|reporter|presenter|researcher|journalist|correspondent)\s+(?:on|for|at|with)\b|${CLOSE_PERSON}\s+(?:covers|writes|reports|produces|presents|edits|runs|works on|is (?:a|the|an) (?:[\w-]+\s+)?(?:producer|editor|reporter|presenter|researcher|journalist|correspondent) (?:on|for|at))\s+(?:[\w'"“”&-]+\s+){0,5}?(?:consumer|money|complaints?|investigations?|watchdog|news|newspaper|paper|radio|tv|bbc|itv|channel \d+|evening standard|segment|column|desk)\b|\b(?:i (?:have|know)|i'?ve got)\s+(?:a|some|an old)\s+(?:friend|contact|mate|cousin|pal|connection)s?\s+(?:on|at|in|who works (?:on|at|for))\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:consumer desk|news ?desk|money desk|newsroom|paper|newspaper|bbc|itv|channel \d+|radio|tv|telly|press)\b(?:[^.!?]{0,40}?\b(?:love|loves|interested|keen)\b(?: (?:this|that|it|to hear))?)?|\b(?:my|a|an)\s+(?:editor|journalist|reporter|producer|presenter)\s+(?:friend|mate|pal|contact|buddy)s?\b[^.!?]{0,40}\b(?:love|interested|story|hear|know|see)\b`,
      ),
    },
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:'ll|will|going to|gonna)\s+(?:be\s+)?(?:read(?:ing)?|see(?:ing)?|hear(?:ing)?)\s+(?:all\s+)?about\s+(?:this|it|yourselves|yourself|you|your (?:company|firm|shop|business))\s+(?:in|on)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:news|paper|papers|press|mumsnet|reddit|facebook|twitter|tiktok|trustpilot|rag|radio|telly|tv|guardian|times|mail|mirror|sun|telegraph|express|standard|herald|post|chronicle|gazette|echo)\b|\b(?:i'?ll|i will|i'?m going to|i'?m gonna|we'?ll)\s+be\s+(?:on|in)\s+(?:every|all the|the|each)\s+(?:local\s+)?(?:news|news channels?|channels?|radio|tv|telly|papers?|front pages?|breakfast (?:tv|radio|show))\b|\b(?:going|go|been|appearing|booked)\s+on\s+(?:[\w'-]+\s+){0,3}?(?:radio|tv|telly|the news|breakfast (?:tv|radio|show)|a podcast)\b[^.!?]{0,40}\b(?:talk about|about this|about it|discuss|tell)\b/,
    },
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b${PLATFORM}\s+(?:is|are|will|'s|would)\s+(?:going to |gonna )?(?:absolutely |just )?(?:love|eat (?:this|it) up|lap (?:this|it) up|have a field day with)\s+(?:it|this|that|you|this one|the (?:story|video|clip|thread))(?=\s*(?:[.!]|$))`,
      ),
    },
    {
      flag: 'public',
      kind: 'act',
      strength: 'taken',
      re: /\b(?:my|the|our)\s+(?:facebook|fb|tiktok|twitter|x|reddit|instagram|insta|youtube|linkedin|mumsnet)\s+(?:post|video|thread|tweet|review|story|reel)\s+(?:blew up|went viral|took off|got (?:shared|picked up))\b/,
    },
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:on|to)\s+(?:linkedin|twitter|x|facebook|instagram|insta|tiktok|threads)\b[^.!?]{0,50}?\btag(?:ged|ging)?\s+(?:you|your)\b|${CLOSE_PERSON}\s+(?:runs|admins|moderates|manages|owns)\s+(?:the|a|our|their|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:facebook (?:page|group)|page|group|forum|blog|channel|account|newsletter|podcast)\b[^.!?]{0,60}\b(?:share|post|put|repost|spread|hear about|know about|interested)\b|\btag(?:ged|ging)?\s+(?:you|your\s+(?:[\w-]+\s+)?(?:ceo|page|company|account|brand|boss|md|founder|handle|profile|director|team))\b[^.!?]{0,40}?\b(?:on|in)\s+(?:(?:a|my|the)\s+)?(?:linkedin|twitter|x|facebook|instagram|insta|tiktok|threads|post|story|tweet|front of)\b|\b(?:post(?:ing|ed)?|shar(?:e|ing|ed)|put(?:ting)?|upload(?:ing|ed)?|stick(?:ing)?)\s+(?:up\s+)?(?:the|my|these|those|some|all the|all my)\s+(?:\w+\s+)?(?:photos|pictures|pics|videos|footage|screenshots|recordings?|clips?)\b[^.!?]{0,60}?\b(?:on|to|all over)\s+(?:(?:my|the|a|our)\s+)?${PLATFORM}|\b(?:put|putting|stuck|sticking)\s+(?:the|my|a|an|our)\s+(?:[\w-]+\s+)?review\s+up\b|\b(?:post(?:ing|ed)?|shar(?:e|ing|ed)|put(?:ting)?|upload(?:ing|ed)?)\s+(?:what|everything|all)\s+(?:you|your \w+|he|she|they)\s+(?:said|wrote|sent|did|told me)\b[^.!?]{0,30}?\b(?:on|to)\s+${PLATFORM}|\b(?:re-?post(?:ing|ed)?|post(?:ing)?|shar(?:e|ing)|spread(?:ing)?)\s+(?:it|this|them|the (?:review|story|screenshots))\s+everywhere\b|\b(?:wr(?:ote|ite|iting|itten)|typ(?:ed|ing))\s+(?:it|this|that|everything|the (?:whole|full) (?:thing|story|saga)|my (?:experience|story))\s+up\s+(?:on|for|in)\s+(?:${PLATFORM}|(?:the |a )?(?:[\w-]+ ){0,2}forums?|(?:my|a) blog)|\b(?:post(?:ing)?|review(?:ing)?|shar(?:e|ing)|writ(?:e|ing) (?:it |this )?up)\s+(?:it\s+|this\s+)?(?:on|to|across)\s+every\s+(?:[\w-]+\s+)?(?:review site|site|forum|platform|group|channel)s?\b|\bevery (?:forum|review site|platform|social (?:network|media site)|local group|facebook group|group chat)\s*,\s*every\b`,
      ),
    },
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:make sure|ensure|see to it that|(?:my )?(?:personal )?mission to)\b[^.!?]{0,40}?\b(?:nobody|no one|no-one|not a single (?:person|soul))\b[^.!?]{0,40}?\b(?:books?|buys?|orders?|uses?|shops?|trusts?|goes|signs? up|deals?)\s+(?:with|from|at|through)?\s*(?:you|your|this company)\b|\b(?:every (?:single )?(?:person|one|soul) (?:i|we) know|the whole (?:town|city|village|street|estate|neighbou?rhood|school|county|community|country|office|building))\b[^.!?]{0,50}?\b(?:(?:is|are) going to|will|'ll|gonna|going to)\s+(?:hear|know|see|find out|read)\b|\bmake sure (?:every|each|all the) (?:\w+ ){0,2}?(?:in|at|on|from) (?:my|our|this|the) (?:\w+ ){0,2}?(?:knows?|hears?|sees?|finds? out)\b|\b(?:group chat|group|page|forum|community|channel|server)\s+(?:has|with)\s+(?:about |over |nearly |almost |some )?[\d,.]+k? (?:people|members|followers|parents|students|subscribers)\b|\b(?:send|sending|sent|pitch|pitching|tell|telling|forward|forwarding)\s+(?:them|him|her)\s+(?:my|the (?:whole|full))\s+(?:story|saga)\b/,
    },
    // Legal: a lawyer already instructed, cc'd or "on it"; letters before action, hearing dates, proceedings
    // reserved or brought; a claim issued as the other half of an ultimatum; the next letter on headed paper.
    {
      flag: 'legal',
      kind: 'act',
      strength: 'taken',
      re: new RegExp(
        String.raw`\b(?:lawyers?|solicitors?|attorneys?|legal team|counsel|barristers?|${LAWYER_MORE})(?:'s| has| have| is| are)?\s+(?:now\s+|already\s+|just\s+)?(?:been\s+)?(?:cc'?d|copied in|copied on|instructed|engaged|retained|on the case|got this|handling (?:this|it|the matter))\b|\btake (?:it|this|that|any(?:thing)? further) up with (?:my|our) (?:lawyer|solicitor|attorney|legal team|counsel)s?\b|\b(?:further |all |any )?(?:communication|correspondence)s? (?:should|must|will|is to) (?:now )?(?:go|be (?:directed|sent|addressed)) (?:through|to) (?:my |our )?(?:counsel|solicitors?|lawyers?|attorneys?|legal team)\b|\b(?:letter before (?:action|claim)|letter of claim|claim form|court papers|legal papers)\s+(?:was |has been |were )?(?:sent|issued|served|delivered)\s+(?:by|on behalf of|from)\b|\b(?:i'?ve|i have|we'?ve|we have) (?:got |been given )?a (?:court |tribunal )?hearing(?: date)?\b(?! (?:aid|test|loop|impair))|\b(?:court |tribunal )?hearing (?:date (?:is|has been) (?:set|listed|booked|fixed)|is (?:set|listed|booked|scheduled) for)\b`,
      ),
    },
    {
      flag: 'legal',
      kind: 'act',
      re: /\breserv(?:e|es|ing)\s+(?:all\s+)?(?:of\s+)?(?:my|our|our client'?s|the client'?s)\s+(?:legal\s+|statutory\s+)?rights\b|\b(?:bring|brings|bringing|commence|commencing|initiate|initiating|institute|instituting)\s+(?:legal\s+|court\s+)?proceedings\b|\bwe (?:are|have been) instructed (?:by|on behalf of)\b|\b(?:or|otherwise|then|and)\s+(?:i|we)(?:'ll| will| shall)?\s+(?:be\s+)?(?:issu(?:e|ing)|lodg(?:e|ing)|fil(?:e|ing)|start(?:ing)?|bring(?:ing)?)\s+(?:a|the)\s+(?:court |county court |small claims? |legal |formal )?claim\b(?!\s+(?:with|on|through|under) (?:my|the|our) (?:insur|warrant|guarantee|policy|home|travel|car))|\bissu(?:e|ing|ed) (?:a|the) (?:court |county court |small claims? )?claim\b(?! (?:number|ref|reference|form))|\byour registered (?:office|address)\b[^.!?]{0,40}\b(?:paperwork|papers|claim|letter|summons|proceedings|documents)\b|\b(?:you(?:'ll| will)|expect|the next (?:thing|letter|email|communication))\b[^.!?]{0,60}\bon (?:[\w'-]+\s+){0,2}?(?:headed paper|letterhead)\b|\bsee (?:u|ya) in court\b|\b(?:fil(?:e|ing|ed)|lodg(?:e|ing|ed)|mak(?:e|ing)|issu(?:e|ing|ed)|start(?:ing|ed)?|put(?:ting)? in)\s+(?:a|the|my)\s+small claim\b/,
    },
    {
      flag: 'legal',
      kind: 'act',
      proxy: true,
      re: new RegExp(
        String.raw`\b(?:next|following)\s+(?:email|letter|thing|communication|correspondence|message|call|contact)\b[^.!?]{0,50}?\b(?:from|be from)\s+(?:my|our|a|an)\s+(?:[\w-]+\s+)?(?:lawyers?|solicitors?|attorneys?|barristers?|legal team|law firm|firm of solicitors)\b|\b(?:my|our)\s+(?:lawyer|solicitor|attorney|barrister|legal (?:team|adviser|advisor)|counsel)s?\s+(?:says?|said|thinks|reckons|told me|tells me|advised(?: me)?|believes|confirmed)\s+(?:that\s+)?(?:i|we)\s+(?:have|'ve got|has|got)\s+(?:a|an)\s+(?:very\s+|really\s+)?(?:strong|good|solid|watertight|cast-iron|clear|excellent)\s+(?:case|claim)\b|${CLOSE_PERSON}\s+(?:does|do)\s+(?:this|that|it)\s+(?:kind of thing |sort of thing |stuff )?for a living\b[^.!?]{0,60}\b(?:draft|letter|writ|paperwork|claim)|\bto your (?:legal (?:department|team|people|counsel)|lawyers|solicitors|general counsel)\b[^.!?]{0,40}\b(?:need|going to need|want to (?:see|read)|should (?:see|read))\b`,
      ),
    },
    // Regulators approached in verbs the main cue lacks (sent, spoke, told, cc'd, approaching), told as advice
    // the regulator gave, or as a step the customer would rather not take but will.
    // Split by what leads: a pattern that opens on the regulators' names is read only where one occurs (the anchor
    // gate), while one that opens on a common verb is read in most messages.
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:sent|send(?:ing)?|submitted|spoke|spoken|speaking|talked|rang|phoned|approach(?:ed|ing)?|e-?mail(?:ed|ing)|e-?mail (?=the\b)|written|cc'?(?:d|ing)?|copy|copied|copying|told|telling|asked|asking|petitioned|appealed|forwarded|passed|handed)\b[^.!?]{0,40}?\b(?:to|with|the)\s+(?:the\s+)?(?:[\w-]+\s+)?${REG}|\b(?:copied|copying|cc'?d|cc'?ing) in\s+(?:the\s+)?${REG}|\b(?:know|idea|wonder|guess|imagine)\s+what\s+(?:the\s+)?${REG}\s+(?:would|will|might|'d)\s+(?:make of|think|say)\b|\b(?:complaint|case|claim|matter|referral)s? (?:is|are) (?:now |already )?with (?:the\s+)?(?:[\w-]+\s+)?${REG}|\b(?:rather|prefer) not (?:to )?(?:have to )?(?:go|take (?:this|it|the matter)|escalate (?:this|it)|complain|report (?:this|you))\s+(?:to|with)\s+(?:the\s+)?(?:[\w-]+\s+)?${REG}[^.!?]{0,40}\bbut (?:i|we)(?:'ll| will| shall|'d| would)\b`,
      ),
    },
    // Abuse by comparison, metaphor and verdict: a conversation with a cat or a parking meter, a toddler who could
    // do better, a call centre staffed by potatoes, a monkey with a headset, epithets said as a whole sentence.
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:chatting|talking|speaking|dealing|messaging|emailing|arguing|reasoning|communicating) (?:to|with) (?:you(?: people| lot| guys)?|your \w+)(?: \w+)? is like\b|\b(?:you(?: people| lot| guys)?|your \w+(?: \w+)?) (?:is|are|'s|'re) like (?:talking|explaining|speaking|reasoning|arguing) (?:to|with)\b|\blike (?:explaining|teaching|reasoning with|arguing with|talking to|speaking to) [^.!?]{0,30}?\bto (?:a|an) (?:\w+ )?(?:potato|brick(?: wall)?|wall|toddler|goldfish|rock|plank|houseplant|lamp ?post|turnip|chimp|monkey|parrot)\b|\b(?:i'?ve|i have) (?:had|met|dealt with|spoken to|talked to|known)\s+(?:more\s+)?(?:useful|helpful|intelligent|productive|sensible|meaningful|warmer|better|smarter|brighter|more \w+)\s+(?:[\w-]+\s+){0,2}?(?:with|from|than)\s+(?:my|a|an|the)\s+(?:[\w-]+\s+)?(?:cat|dog|goldfish|parrot|toaster|kettle|fridge|wall|brick|potato|parking meter|vending machine|microwave|houseplant|plant|rock|toddler|answering machine|hamster|lamp ?post|doorknob|budgie)\b|\b(?:smarter|brighter|more helpful|more intelligent|more useful|more competent|warmer|sharper)\s+(?:toasters|kettles|potatoes|goldfish|hamsters|houseplants|rocks|bricks|parking meters|vending machines|doorknobs)\s+than\s+(?:you|your)\b/,
    },
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:a|an|my|any)\s+(?:[\w-]+\s+){0,2}?(?:pigeon|monkey|chimp|hamster|goldfish|donkey|potato|toddler|(?:five|ten|two|three|four|six|seven|eight|nine|\d+)[- ]year[- ]old|baby|infant|trained seal)(?:\s+with\s+(?:a\s+)?[\w-]+)?\s+(?:would(?:'ve| have)?|could(?:'ve| have)?|can)\s+(?:\w+\s+){0,5}?(?:better|faster|quicker|more \w+)\b(?![^.!?]*\bthan (?:me|i|myself|us)\b)|\b(?:staffed|run|manned|operated) by (?:potatoes|toddlers|chimps|goldfish|donkeys|headless chickens|morons|trained monkeys|imbeciles)\b|\b(?:room|building|office|bunch|call cent(?:re|er)) (?:full )?of monkeys\b|\b(?:you|your [\w-]+(?: \w+)?|(?:the|this|that) (?:agent|specialist|advisor|adviser|rep|engineer|technician|driver|manager|guy|woman|man|lady))\s+(?:is|are|'s|'re)\s+(?:a|an|just a|nothing but a)\s+(?:\w+\s+)?(?:monkey|chimp|muppet|donkey|potato|goldfish|parrot)s?\b(?!\s+(?:print|pattern|design|toy|costume|mug|plush))|\b(?:someone|somebody|anyone|a person|one person) (?:with|who has) (?:a|half a|any|some|one) (?:brain|clue|brain ?cell)s?\b|\bcould afford (?:a|one|some) (?:brain|brain ?cell|clue)s?\b|\b(?:not one of you|none of you|nobody there|no one there)\s+(?:has|have|had)\s+(?:two|2|a couple of|a single|one) brain ?cells?\b|\b(?:two|2|a couple of) brain ?cells (?:to rub together|between)\b|\bcouldn'?t (?:organi[sz]e|run|arrange|plan) (?:a|an) [\w -]{1,30}? in a (?:brewery|distillery|pub|sweet shop)\b|\bcouldn'?t find (?:your|their|his|her) (?:own )?(?:arse|ass|backside) with (?:both hands|a map|a torch)\b|\bcouldn'?t fight (?:your|their|his|her) way out of a (?:wet )?paper bag\b|\b(?:you(?: lot| people| guys)?|your (?:[\w-]+ )?(?:staff|team|people|agents|support|advisers|advisors|helpline|company|call cent(?:re|er)|customer service|service desk))\s+(?:are|is|'re|'s)\s+(?:about\s+)?(?:as much use as|as useful as|as helpful as)\s+(?:a|an)\s+\w+|\b(?:i'?ve|i have) (?:met|seen|known|dealt with|had|spoken to|talked to)\s+(?:[\w-]+\s+){0,2}?(?:brighter|smarter|sharper|cleverer|more intelligent|more competent|more helpful|more useful)\b[^.!?]{0,50}?\bthan\s+(?:you\b|your\b|(?:the|any of the) [\w-]+ (?:on|at|in) your\b)|\b(?:iq|brains?|intelligence|brain ?cells?|memory|attention span|common sense|people skills)\s+of\s+(?:a|an)\s+(?:[\w-]+\s+){1,2}?(?:potato|rock|brick|goldfish|gnat|plank|toddler|doorknob|turnip|carrot|squirrel|sponge|houseplant|walnut|lettuce|teaspoon|peanut|pebble|cabbage)\b|\b(?:shower|gang|rabble|band|herd) of (?:absolute |complete |utter |total )?(?:cowboys|clowns|idiots|muppets|crooks|chancers|thieves|amateurs|incompetents|wasters|numpties|gits|eejits|monkeys)\b|\b(?:you(?: lot| people| guys)?|your (?:[\w-]+ ){0,2}?(?:team|staff|people|agents|company|drivers|couriers|department|lot))\s+couldn'?t (?:find|organi[sz]e|run|spot|deliver) (?:a|an) [\w-]+ (?:in|to) (?:a|an) [\w-]+ (?:depot|factory|warehouse|shop|brewery|library)\b|\bbehav(?:e|es|ing)\s+like\s+(?:thugs|crooks|gangsters|criminals|animals|the mafia|bullies|cowboys|thieves|loan sharks)\b/,
    },
    {
      flag: 'abuse',
      kind: 'said',
      re: /(?:^|[.!?]\s*)(?:(?:total|absolute|complete|utter|bloody|proper|thieving|greedy|heartless)\s+)?(?:parasites|vultures|leeches|bottom-?feeders|sharks|thieves|con artists|scammers|frauds|charlatans|bandits|gangsters|thugs|snakes|weasels|pirates|robbers|wasters|jokers|chancers)\s*[.!]|\b(?:useless|incompetent|pathetic|clueless|disgraceful|shameful|shameless|parasites|vultures|leeches|bottom-?feeders|sharks|thieves|crooks|liars|scammers|frauds|cowboys|clowns|muppets|numpties|idiots|morons),?\s+(?:the\s+)?(?:whole\s+)?(?:lot|all|every one|each|bunch) of you\b|\b(?:you|u|ya)\s+(?:cheating|thieving|lying|scamming|useless|incompetent|clueless|greedy|heartless|shameless|money-grabbing|bloodsucking|crooked|dishonest)\s+(?:thieves|crooks|liars|scammers|clowns|idiots|morons|muppets|sharks|vultures|parasites|frauds|cowboys|gits|rats|snakes|leeches|pigs|bunch|lot|people)\b|\b(?:bunch|pack|load) of (?:\w+\s+)?(?:gits|scammers|frauds|sharks|vultures|parasites|muppets)\b|\bnumpties\b|\byou(?:'re| are)\s+(?:either |just |really |so |genuinely |actually )?(?:thick|dense|dim|daft|gormless)\b|\byou\s+(?:absolute|utter|complete|total|bloody|f\w*ing)\s+(?:weapons|melts|walnuts|wallies|spanners|nuggets|donuts|doughnuts|wombles|turnips|gits|weasels)\b|\b(?:u|you|ya) (?:guys|lot|people) (?:r|are) (?:actually |honestly |genuinely |seriously |literally |so |just )+(?:useless|clueless|pathetic|incompetent|idiots|morons|clowns|a joke)\b/,
    },
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:hire|hired|employ|employed|recruit|recruited|pick|picked|train|trained) (?:you|you lot|you people|your (?:staff|agents|people)) (?:for|on) (?:your|their) (?:ability|talent|skill|inability|lack of)\b|\bwho (?:trains|trained|hires|hired) (?:you people|you lot|you guys)\b|\b(?:whoever|the (?:person|people|idiot|genius|clown|muppet|numpty|bright spark|moron)s? (?:who|that))\s+(?:[\w-]+\s+){0,5}?(?:should|ought to|needs? to|deserves? to|must)\s+(?:be\s+|get\s+)?(?:sacked|fired|struck off|ashamed|locked up|dismissed)\b|\bhope (?:whoever|the (?:person|people|idiot) (?:who|that))\b[^.!?]{0,50}\b(?:gets?|is|are) (?:sacked|fired|struck off|dismissed)\b|\b(?:is|are) (?:the )?(?:person|people|idiot|genius|designer|developer)s? (?:who|that) (?:designed|built|wrote|made|came up with|approved|trained) [^.!?]{1,40}? still (?:employed|working there|in a job)\b|\byou(?:'re| are)\s+(?:(?:frankly|honestly|just|such|an absolute|a complete|a total)\s+){0,2}(?:an?\s+)?(?:embarrassment|disgrace|laughing ?stock) to\b|\b(?:are|is|'re|'s)\s+(?:[\w]+,?\s+){0,5}?an?\s+(?:absolute\s+|complete\s+|total\s+)?(?:embarrassment|disgrace) to (?:the (?:uniform|profession|company|industry|human race)|customer service|your (?:company|profession|uniform|industry))\b|\b(?:is|are|'s) (?:absolute |complete |total |utter )?(?:trash|garbage|rubbish|a joke|useless|pathetic|a disgrace|a scam|junk)\b[^.!?]{0,10}\band so (?:are|r|is) (?:you|u|your \w+|the (?:people|staff|person|idiots?|clowns?) (?:running|who run|behind) it)\b|\b(?:absolute |total |complete |utter |a )?joke of an? (?:company|service|business|firm|outfit|bank|shop|airline|call cent(?:re|er)|support team|team)\b|\b(?:running|runs|run) (?:a|this|that) (?:circus|clown show|shambles|farce|zoo|cowboy outfit|mickey mouse (?:operation|outfit))\b(?!\s+(?:act|school|workshop|class|tent|party|skills?))|\b(?:your|ur|that|this|the) (?:bloody |f\w*ing )?(?:useless|incompetent|clueless|pathetic|idiotic|moronic|brainless|lying|thieving|crooked|lazy) (?:boss|manager|supervisor|staff|agents?|colleagues?|engineers?|drivers?|technicians?|couriers?|reps?|people|team|lot|employees|workers|advisors?|advisers?|ceo|director)\b|(?:^|[.!?]\s*)scam (?:company|staff|outfit|artists|merchants|firm|business)\s*[.!]/,
    },
    {
      // The dog or the kids are the writer's own figure of speech, not someone else's words.
      flag: 'abuse',
      kind: 'said',
      proxy: true,
      re: /\b(?:dogs?|cats?|pigs?|goats?|toddlers?|children|kids|animals|chimps?|monkeys?|goldfish|hamsters?|bricks?|rocks?|potatoes)\s+(?:with|that have|who have|have got|have|has)\s+(?:better|more)\s+(?:manners|sense|brains|intelligence|common sense|empathy|people skills)\s+than\s+(?:you\b|your\b|the [\w-]+ (?:on|at|in) your\b)/,
    },
    // Harm: something coming through a window, a visit that won't be polite, a weapon at hand, a person who won't
    // walk back out; self-harm as not knowing whether one will still be here, not waking up, driving into a wall.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:thrown|chucked|hurled|lobbed|put|putting|throw|throwing|chuck|chucking|hurl|lob)\s+(?:(?:it|this|that) |(?:the|this|that|my|a|your) [\w-]+ )?(?:straight |right )?(?:back )?through\s+(?:your|the|their|his|her|that)\s+(?:[\w-]+\s+){0,2}?(?:window|windows|windscreen|shopfront|shop front|glass)\b|\b(?:going|coming(?: back)?|go|come|flying)\s+(?:straight |right )?(?:back )?through\s+(?:(?:your|their|his|her|that)\s+(?:[\w-]+\s+){0,2}?(?:window|windows|windscreen|shopfront|shop front|glass)|the (?:[\w-]+ )?(?:window|windows|glass) of (?:your|the|that) (?:shop|store|office|branch|showroom))\b|\b(?:put|putting|throw|throwing|chuck|chucking)\s+(?:him|her|them|you|that \w+)\s+through\s+(?:the|a|your|his|her)\s+(?:[\w-]+\s+)?(?:wall|window|door|floor|windscreen)\b|\bbrick wrapped\b(?!\s+in\s+(?:a\s+|some\s+)?(?:towel|paper|bubble|box|newspaper|cloth|tape|plastic))|\bknock (?:your|his|her|their|that) (?:[\w']+ ){0,2}?teeth (?:in|out)\b|\b(?:driv(?:e|ing)|crash(?:ing)?|ram(?:ming)?)\s+(?:my car|the car|a car|my van|a truck|a lorry|it)\s+(?:straight\s+)?(?:through|into)\s+(?:your|the|that)\s+(?:[\w-]+\s+){0,2}?(?:doors?|window|windows|shop|store|office|branch|building|showroom|reception)\b|\b(?:set(?:ting)? fire to|torch(?:ing)?|firebomb(?:ing)?|petrol[- ]bomb(?:ing)?)\s+(?:your|the|that|this|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:car|van|shop|store|office|branch|depot|house|building|showroom|warehouse|forecourt)\b|\b(?:i'?ll|i will|i'?m going to|i'?m gonna)\s+torch\b/,
    },
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna)\s+be\s+(?:coming\s+)?(?:down\s+|round\s+|over\s+|back\s+)?(?:at|to|outside|in|into|down at|round at)\s+(?:your|that|the|ur)\s+(?:[\w-]+\s+){0,2}?(?:office|store|shop|branch|depot|house|home|counter|building|showroom|warehouse|premises|hq|head office)\b[^.!?]{0,60}\b(?:won'?t|will not|not going to) be (?:polite|nice|calm|leaving quietly|civil|pleasant|friendly|going quietly)\b|\b(?:he|she|they|you|your \w+)(?:'ll| will)? (?:won'?t|will not|wont) be (?:walking|limping|driving) (?:back )?(?:out|away|home|to (?:his|her|their|the) (?:van|car|truck|office|depot))\b|\b(?:you'?re|you are) lucky (?:that )?(?:i'?m|i am|im)\b[^.!?]{0,40}\b(?:not|instead of)\s+(?:standing|there|in (?:person|front of)|at your|face to face)\b|\byou (?:don'?t|do not) want me (?:to )?(?:come|coming|turn(?:ing)? up|show(?:ing)? up) (?:in|down|round|there|here)\b|\bi know (?:exactly )?(?:which|what) (?:car|house|van|desk|bus|route)\b[^.!?]{0,40}\b(?:belongs to|is (?:his|hers|theirs)|he drives|she drives)\b|\bi know (?:exactly )?where (?:ur|yr|your|you) (?:[\w-]+ ){0,2}?(?:is|are|live|lives|work|works|park|parks)\b(?![^.!?]{0,40}\b(?:collect|pick (?:it |them )?up|drop (?:it |them )?off|pop (?:in|by|round)|return)\b)|\bpicking (?:his|her|their|your) teeth (?:up )?(?:off|from) the (?:floor|ground|pavement)\b|\bthe next (?:person|one|guy|engineer|driver|bailiff|agent|rep|man|woman)\b[^.!?]{0,60}\b(?:is not going to|isn'?t going to|is not gonna|isn'?t gonna|won'?t|will not) (?:enjoy it|like (?:it|what happens))\b|\bsee what happens to (?:them|him|her|whoever)\b|\b(?:someone|somebody)(?:'s| is)? (?:going to|gonna|will) (?:walk|come|storm|go) (?:into|in|through) (?:that|your|the) \w+ and (?:snap|lose it|kick off|go mental)\b|\b(?:turn(?:ing)? up|show(?:ing)? up|be|come|coming)\s+(?:at|to|outside|in|down at|round at)\s+(?:your|the|that|ur)\s+(?:[\w-]+\s+){0,2}?with\s+(?:a|my|the)\s+(?:baseball |cricket )?(?:bat|hammer|knife|gun|crowbar|machete|axe|blade|shotgun)\b|\b(?:i have|i'?ve got|i got|i keep) (?:a (?:dog|big dog|rottweiler) and )?(?:a|my) (?:baseball |cricket )?(?:bat|shotgun|gun|crowbar|machete)\b(?=\s*(?:[.!]|$|,? (?:just saying|remember that|think about)))|\bi'?m\s+(?:gonna\s+|going to\s+)?(?:knock(?:ing)?|lamp(?:ing)?|deck(?:ing)?|punch(?:ing)?|smack(?:ing)?|slap(?:ing)?|batter(?:ing)?|flatten(?:ing)?)\s+(?:him|her|them|you|that \w+|your \w+)(?:\s+out)?\b|\bim\s+(?:gonna\s+)?(?:knock(?:ing)?|lamp(?:ing)?|deck(?:ing)?|punch(?:ing)?|smack(?:ing)?|slap(?:ing)?)\s+(?:him|her|them|you)\b|\bi mean (?:personally|physically)\b|\b(?:he|she|they|you)(?:'ll| will) (?:be )?(?:carried|stretchered|wheeled) (?:out|away|off)(?: of (?:here|there|my (?:house|home|shop|door|property))| from (?:it|here|there|my \w+)| on a stretcher| in an ambulance)\b|\b(?:nasty|rude|unpleasant|big|real|horrible) surprise when i (?:turn up|show up|come in|come round|arrive|get there|walk in)\b|\bwait (?:till|until) i get (?:my hands on|hold of) (?:him|her|them|your \w+|that \w+)\b|\b(?:through|into|at) (?:your|their|his|her) (?:[\w-]+ ){0,2}?(?:letterbox|letter box|door|window|windows|office|shop|branch)\b[^.!?]{0,20}?\b(?:on fire|alight|burning|in flames)\b|\b(?:put|putting|land|landing|send|sending)\s+(?:him|her|them|you|that \w+|your \w+)\s+in (?:hospital|a hospital|the hospital|a wheelchair|intensive care|a cast|an early grave)\b|\b(?:he|she|they|you)(?:'ll| will) (?:be )?need(?:ing)? (?:an ambulance|a doctor|a dentist|stitches|hospital treatment|new teeth|a new face)\b|\b(?:is|are|'s|'re) lucky (?:that )?i (?:don'?t|do not|can'?t|cannot) (?:know|find out) (?:where|who)\b/,
    },
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:don'?t|dont|do not) know what (?:i'?ll|i will|i might|i'?d|i'?m going to|im going to) do to myself\b|\b(?:sitting|sat|here) with (?:a|the|my) (?:box cutter|knife|razor|blade|pills|rope)\b|\b(?:no ?one|nobody|no-one)\b[^.!?]{0,30}\b(?:notice|care|miss me)\b[^.!?]{0,15}\bif i (?:wasn'?t|weren'?t|was not|were not|was gone|were gone|disappeared|died)\b|\b(?:don'?t|dont|do not) know (?:if|whether) i(?:'ll| will|'d| would) (?:still )?be (?:here|around|alive)\b(?! (?:at|when|in time|to (?:sign|collect|receive|let|meet|open|answer|take)|until|till|during|while)\b)|\b(?:don'?t|dont|do not) (?:even )?know why (?:i'?m|im|i am) still (?:here|alive|around|going)\b|\b(?:thinking (?:about|of)|thought (?:about|of)|better off|rather|wish(?:ing)?)\b[^.!?]{0,15}\b(?:not|never) wak(?:e|ing) up\b|\b(?:thought|thinking|think) (?:about|of) (?:ending it|ending (?:it all|things|my life)|not being here|jumping (?:off|in front of))\b|\b(?:thinking (?:about|of)|tempted to|want to|might)\s+(?:just\s+)?(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?)\s+(?:it|my car|the car|myself)\s+(?:into|off)\s+(?:a|the)\s+(?:wall|tree|bridge|river|cliff|lorry|truck)\b|\b(?:don'?t|do not) (?:feel like|think|know if|know how much longer|know how long) i can (?:keep going|go on|carry on)\b(?=[^.!?]{0,25}(?:like this|with (?:all )?(?:of )?this|any ?more|[.!]|$))|(?:^|[.!?]\s*)what'?s the point (?:any ?more|of anything|of it all)\s*[.!?]/,
    },
  ];
}

/** Pairs: a relative who is a lawyer, said as a sentence of its own in a complaint ("My son is a KC."). */
export function impliedPairs(parts: { closePerson: string; regulator: RegExp }): PairCue[] {
  return [
    // A regulator's advice the customer is following, or the regulator as the one who gets a copy.
    {
      flag: 'regulator',
      kind: 'act',
      what: parts.regulator,
      act: /\b(?:told|advised|said to|informed|tells|says|said) (?:me|us)\b[^.!?]{0,50}\b(?:give (?:you|the company|them)|wait|weeks|deadlock|final response|come back|one more chance|another chance)\b/,
      within: 45,
    },
    {
      flag: 'regulator',
      kind: 'act',
      what: parts.regulator,
      act: /\b(?:gets?|receives?|(?:will|'ll) (?:get|receive|see|be getting|be sent))\s+(?:a |the |my |all |every )?(?:full |complete )?(?:copy|copies|everything|the lot|screenshots|this|the (?:thread|file|emails|transcript))\b/,
      within: 30,
    },
    {
      flag: 'legal',
      kind: 'act',
      what: new RegExp(
        String.raw`${parts.closePerson}(?:'s|\s+is)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:lawyer|solicitor|barrister|attorney|judge|${LAWYER_MORE})\b`,
      ),
      act: /[.!]/,
      within: 1,
      needsHeat: true,
      proxy: true,
    },
  ];
}

/** Joins a table's pattern with more alternatives, keeping its flags. */
export function either(base: RegExp, more: string): RegExp {
  return new RegExp(`${base.source}|${more}`, base.flags);
}
