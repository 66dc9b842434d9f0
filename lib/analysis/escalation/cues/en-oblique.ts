import type { Cue } from '../types';

// Eleventh session (issue #14): intents said obliquely, as families read off the unseen rounds' misses (fresh20,
// fresh21, corpus3/4) and written wider than any one sentence:
// - handed on: a sentence that names who deals with it next, its subject or object in the sentence before
//   ("You have until Friday. After that it's the bank's problem.", "Fine. Trustpilot can decide.");
// - implied: a business left without customers, a customer about to be lost, an audience that will hear about
//   it, a regulator or a lawyer described by what they do ("whoever licenses you", "people I pay £300 an hour");
// - casual and non-native forms of leaving, and of asking for someone higher ("finish my account", "no more
//   service for me", "put me to someone more higher").
// Patterns are lowered as source text: no capital escapes. Each alternative starts on a literal word, so the
// anchor gate reads it only where that word occurs.

// Who deals with it next: the customer's bank or card issuer (see en-relationship.ts, PAYER).
export function obliqueCues(parts: { payer: string; platform: string; regulator: string }): Cue[] {
  const { payer: PAYER, platform: PLATFORM, regulator: REG } = parts;
  // A community the customer will tell: their own group, street, school gate, colleagues.
  const AUDIENCE = String.raw`(?:everyone|everybody|every (?:parent|mum|mom|dad|neighbou?r|person|one|customer|member|single one)|the (?:whole|entire) (?:street|school|town|village|estate|office|class|group|neighbou?rhood|playground|gym|club|family|team)|(?:my|our|the other) (?:[\w'-]+ ){0,2}?(?:group chat|group|chat|club|mums|moms|parents|neighbou?rs|followers|colleagues|customers))`;
  return [
    // Handed to the bank: "after that it's between me and my bank", "it's the bank's problem now", "Visa can
    // sort it out", "the card company can deal with you now".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:it'?s|its|it is|that'?s|thats|this is)\s+(?:between me and|up to|over to|in the hands of)\s+${PAYER}|\b${PAYER}'?s\s+(?:problem|call|job|headache|department)(?:\s+(?:now|then|after that|from here))?(?=\s*(?:[.!]|$))|\b${PAYER}\s+(?:can|will|'ll|is going to|are going to|gets to)\s+(?:deal with|sort|sort out|handle|decide|take over|take it from here)(?:\s+(?:you|it|this|that|the rest))?(?:\s+out)?\s+(?:now|then|instead|from here|after that)\b|\b(?:after that|then|otherwise|failing that|if not|or else)\b,?\s+${PAYER}\s+(?:can|will|'ll|is going to|are going to|gets to)\s+(?:deal with|sort|handle|decide|take over|take it from here)\b`,
      ),
    },
    // Handed to a regulator: "The ombudsman can have a look at it instead", "after that Ofcom can deal with you".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`${REG}\s+(?:can|will|'ll|gets? to)\s+(?:have a look at|look at|look into|deal with|sort|sort out|decide|judge|take it from here|take over)\b[^.!?]{0,20}?\b(?:instead|now|then|from here|after that)\b|\b(?:after that|then|otherwise|failing that|if not|or else)\b,?\s+(?:it'?s\s+)?(?:the\s+)?${REG}\s+(?:can|will|'ll|gets? to|who)\b`,
      ),
    },
    // The public as judge: "I'll let Trustpilot decide", "let Google reviews do the talking".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:let|letting|leave it to)\s+(?:the\s+)?(?:${PLATFORM}|the (?:public|internet)|my (?:followers|readers|viewers|subscribers)|reviewers)\s+(?:decide|judge|be the judge|do the talking|make up (?:their|its) (?:own )?minds?)\b|\b${PLATFORM}\s+(?:can|will|'ll|gets? to)\s+(?:decide|judge|be the judge|do the talking)\b`,
      ),
    },
    // An audience that will hear about it ("Google reviews will hear all about it", "the other mums at nursery will
    // love hearing about this", "I'll be telling everyone at work about it", "I'll be warning every parent").
    // About "it" or "this" only: telling everyone how helpful Sam was is praise.
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:${PLATFORM}|${AUDIENCE})\b[^.!?]{0,40}?\b(?:will|'ll|is going to|are going to|gonna|is about to|are about to)\s+(?:(?:love|enjoy)\s+)?(?:hear|hearing|read|reading|learn|know)(?:\s+all)?\s+about\s+(?:it|this|that|you(?: lot| people| guys)?)\b|\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|can'?t wait to)\s+(?:be\s+)?tell(?:ing)?\s+${AUDIENCE}\b[^.!?]{0,40}?\babout\s+(?:it|this|that|you(?: lot| people| guys)?)\b(?!\s+(?:again|later|soon))|\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna)\s+(?:be\s+)?warn(?:ing)?\s+(?:${AUDIENCE}|all my (?:friends|family|neighbou?rs|colleagues))\b`,
      ),
    },
    // A thread, clip or video going up on a forum by name, or on every chat it can reach.
    {
      flag: 'public',
      kind: 'act',
      re: /\b(?:goes|go|going|gone|went|is going|posted|posting)\s+(?:up\s+)?(?:on|in|to)\s+r\/[a-z0-9_]{2,}\b|\b(?:going|goes|go|gone|went|is going)\s+(?:up\s+)?(?:on|in|to|round|around)\s+every\s+(?:[\w-]+\s+)?(?:group chat|chat|group|forum|page|platform|site)s?\b/,
    },
    // A business left without customers, a customer about to be lost: "Keep it up and you won't have many customers
    // left", "you'll be one customer lighter", "you'll lose me too", "another month like this and I'm gone".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:won'?t|wont|will not)\s+have\s+(?:many|any|a single|a|much of a)\s+(?:customers?|clients?|subscribers?|members?|customer base|business)\s+left\b|\bone (?:customer|client|subscriber|member|account) (?:lighter|fewer|down|short|less)\b|\byou(?:'ll| will|'re going to| are going to|'re gonna| are gonna|'re about to| are about to)\s+lose\s+(?:me|us|my (?:custom|business))\b|\banother (?:week|month|bill|day|year|delivery|outage|mistake|error|charge|invoice)\s+like (?:this|that)(?: one)?\s*(?:,\s*)?(?:and\s+)?(?:i'?m|im|i am|we'?re|we are|i'?ll be|we'?ll be)\s+(?:gone|out|off|leaving|done|elsewhere)\b/,
    },
    // Several lines or accounts going to a rival by name: "all 4 of our lines are going to EE", "Moved all three of
    // my business accounts to Starling".
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:all|both)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:of\s+)?(?:my|our|the)\s+(?:[\w'-]+\s+)?(?:accounts|lines|phones|numbers|sims|licen[cs]es|seats|devices|policies|sites)\s+(?:are|will be|'re)\s+(?:going|moving|being (?:moved|ported|transferred)|headed)\s+(?:over\s+)?to\s+(?!(?:you|the|a|an|your|our|my|this|that|be|get|need|have)\b)[\w&'-]+|\b(?:mov(?:e|ed|ing)|switch(?:ed|ing)?|port(?:ed|ing)?|transfer(?:red|ring)?)\s+(?:all|both)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:my|our)\s+(?:[\w'-]+\s+)?(?:accounts|lines|phones|numbers|sims|licen[cs]es|seats|devices|policies|sites)\s+(?:over\s+|across\s+)?to\s+(?!(?:you|the|a|an|your|our|my|this|that)\b)[\w&'-]+/,
    },
    // Casual and non-native leaving: "finish my account", "no more service for me", "please stop all", "i dont want
    // use your service anymore", "don't bother renewing me".
    {
      flag: 'churn',
      kind: 'ask',
      re: /\bfinish(?:ing)?\s+(?:my|the|our)\s+(?:\w+\s+)?(?:account|contract|membership|subscription|service|plan|line)\b|\bno more (?:service|services|contract|subscription|membership|internet|broadband|plan)s? (?:for|from) (?:me|us)\b|\bstop (?:all|everything|it all|all of it|all (?:the )?services?)(?=\s*(?:[.!]|$))|\b(?:don'?t|dont|do not)\s+(?:want|wanna)\s+(?:to\s+)?use\s+(?:your|ur|this|the)\s+(?:service|app|company|product|network|shop|bank|platform)s?\s+(?:any ?more|no more)\b|\b(?:don'?t|dont|do not)\s+(?:bother|try)\s+renewing\s+(?:me|us|my|our|it)\b/,
    },
    // Someone higher, said as a learner might: "put me to someone more higher", "give me somebody above you".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:put|give|pass|transfer|connect|send|bring)\s+me\s+(?:to|with|through to)\s+(?:someone|somebody|a person|person|people|anyone|anybody)\s+(?:more\s+)?(?:higher|highest|senior|upper|above you|bigger|with more power)\b|\b(?:someone|somebody|person|anyone|anybody)\s+(?:more higher|higher than you|bigger than you|with (?:more )?power)\b/,
    },
    // Someone who can actually fix it, asked for on the line ("I need somebody on this line that can actually fix
    // it"): the agent is not them.
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:somebody|someone|a person|anyone|anybody)\s+(?:on (?:this|the) (?:line|call|chat|phone)\s+)?(?:that|who)\s+can\s+actually\s+(?:fix|decide|sort|help|do (?:something|anything))\b/,
    },
    // An earlier complaint whose time is up ("your eight weeks are up", "still no final response").
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:still\s+)?(?:no|not had a|haven'?t had a|not received a|haven'?t received a|without a|yet to (?:receive|get) a)\s+final response\b|\b(?:your|the) (?:eight|8)[- ]weeks? (?:are|is|has|have) (?:up|passed|gone|expired|run out)\b/,
    },
    // The next bill expected to carry the redress: "I trust the April invoice will reflect that".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:trust|expect|assume|presume)\b[^.!?]{0,30}?\b(?:invoice|bill|statement)\s+(?:will|should)\s+(?:reflect|show|include)\s+(?:that|this|the (?:credit|discount|reduction|difference|outage|downtime|missing days))\b/,
    },
    // A visit to our premises that someone will regret.
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:come|coming|turn up|turning up|show up|showing up|go|going|be)\s+(?:down\s+|round\s+|over\s+)?(?:to|at)\s+your\s+(?:[\w-]+\s+)?(?:office|branch|shop|store|depot|warehouse|house|hq|headquarters|site|premises)\b[^.!?]{0,80}?\b(?:(?:is|are) going to|will|'ll|gonna) (?:regret|be sorry)\b/,
    },
    // Fourteenth session (issue #14), read off the older rounds' misses as families:
    // Leaving said as what they will no longer see of the customer: "don't expect us back", "you won't get another
    // cent out of me", "you've seen the last of my money", "the last thing I'll ever book with you". A time after
    // "back" ("don't expect me back before six") is an errand.
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:don'?t|do not|never) expect (?:me|us) (?:back|to (?:come back|return|renew|order again|shop (?:here|with you) again))\b(?! (?:before|until|till|by|for|at|in|on|this|today|tonight|tomorrow|soon|any ?time|later|after|home)\b)|\b(?:don'?t|do not) expect to (?:see|hear from) (?:me|us) again\b|\byou(?:'ll| will)? (?:won'?t|will not|never|not) (?:be )?(?:see|seeing|get|getting|take|taking|make|making) (?:another|one more|a single|any more) (?:penny|cent|pound|dollar|euro|quid|order|booking|sale|renewal) (?:from|off|out of|of) (?:me|us|mine|ours)\b|\byou(?:'ve| have) seen the last of (?:me|us|my (?:money|custom|business|orders|cash)|our (?:money|custom|business|orders))\b|\bthe last (?:thing|item|product|order|booking|purchase|penny|cent|pound) (?:i|we)(?:'ll| will) ever (?:buy|order|book|spend|pay|purchase|get) (?:from|with|at|on|through) (?:you|your|this|these)\b/,
    },
    // Contempt without a swear word: staff said to be unable to read or think, a company too inept to exist,
    // houseplants with more sense, a line to shove.
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:staff(?:ed)?|hire|hiring|employ|employing|recruit)\b[^.!?]{0,30}?\b(?:someone|somebody|people|anyone|staff|humans?|agents?) (?:who|that) can (?:actually |even )?(?:read|count|spell|think)(?=\s*(?:[.!?,;]|$| (?:an? (?:email|message|form|screen|script|clock)|english|instructions|properly|for once|the (?:notes|history|email|screen|account)|my (?:email|message|notes|complaint|account))\b))|\bstaffed (?:by|with)\b[^.!?]{0,30}?\b(?:who|that) (?:can'?t|cannot|couldn'?t) (?:read|count|spell|think)\b|\b(?:company|business|firm|bank|outfit|shop|operation|airline) (?:this|so) (?:incompetent|clueless|useless|inept|hopeless|shambolic|pathetic|dysfunctional)\b|\btake (?:your|that|the|this) [^.!?]{1,40}? and (?:shove|stick) it\b|\b(?:met|seen|known) (?:houseplants|pot plants|goldfish|toddlers|potatoes|rocks|bricks|hamsters|doorknobs) with more (?:initiative|sense|brains|competence|intelligence|common sense|empathy|personality) than (?:you|your)\b/,
    },
    // A charge disputed with the bank, its merchant quoted as the statement shows it: "please reverse the £60
    // payment to 'PETBOX LTD'", "I'd like to dispute the charge from 'SQ *CAFE'".
    {
      flag: 'chargeback',
      kind: 'ask',
      re: /\b(?:reverse|dispute|recall|charge back|(?:raise|open|lodge|file) a (?:dispute|chargeback) (?:on|for|against))\s+(?:the\s+|this\s+|a\s+)?(?:[£$€]\s?[\d,.]+\s+)?(?:payment|charge|transaction|debit)s?\s+(?:of\s+[£$€]?\s?[\d,.]+\s+)?(?:to|from|by|made to)\s+['"‘“]/,
    },
    // Going public said by what happens next or what is already up: word that gets around, a network or following
    // that "would find this instructive", a forum told all about it, a post shared hundreds of times, a receipt put
    // on our own Facebook page.
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:trust me|believe me|just so you know|mark my words|and)\s*,?\s*word (?:gets|will get|'ll get|travels|will travel|spreads|will spread|'ll spread) (?:around|round|fast|quickly)\b|\b(?:my|our) (?:[\w-]+ )?(?:network|followers|readers|subscribers|connections|audience|following)\b[^.!?]{0,60}?\b(?:would|will|'d|'ll|might)\s+(?:find (?:this|it|that|the (?:story|case|saga|whole thing))|love (?:this|it|the story|to hear)|enjoy (?:this|it|the story)|be (?:very |really )?(?:interested|fascinated))\b|\btell (?:the |my |our )?(?:${PLATFORM}|[\w?'-]+(?: [\w?'-]+)? (?:forum|group|page|community))\s+(?:all )?about (?:it|this|that|you)\b|\b(?:been |got |getting )?shared (?:over |nearly |almost |more than )?\d[\d,.]*k? times\b|\b(?:put|posted|stuck|plastered)\b[^.!?]{0,40}\bon (?:your|the company'?s?) (?:own )?(?:facebook|fb|instagram|insta|twitter|tiktok|linkedin|google) (?:page|wall|profile|feed|reviews?)\b`,
      ),
    },
    // Counted without a number: "I've rung you that many times this week".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:rung|rang|called|phoned|emailed|messaged|written to|chased|contacted) (?:you |u |your [\w-]+ )?(?:that|so) many times\b/,
    },
    // Someone senior asked for by what they run: "who's the head of your Leeds depot?", "is there a manager there I
    // can take this up with?". A team or a school has heads people thank or apply to.
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\bwho(?:'s| is| be) (?:the )?(?:head|boss|manager|director|person in charge|one in charge) (?:of|at) (?:your|that|this|the) (?:[\w-]+ ){0,2}?(?:depot|office|branch|store|shop|warehouse|call cent(?:re|er)|complaints|customer (?:service|care|support)|support|service cent(?:re|er)|site|garage|showroom|clinic)\b|\bis there (?:a|an|any) (?:manager|supervisor|team leader|boss|head|someone senior|senior manager)\b[^.!?]{0,30}\b(?:i|we) (?:can|could) (?:take (?:this|it) up with|speak (?:to|with)|talk (?:to|with)|escalate (?:this|it) to|complain to)\b/,
    },
    // Court started, said as the step: "I will be issuing proceedings".
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:issu(?:e|ing)|start(?:ing)?|commenc(?:e|ing)|bring(?:ing)?|filing|file) (?:court |legal |county court )?proceedings\b/,
    },
    // Money back said around the word: what would be fair for us to pay, a sum to stick back on the card, a sum
    // whose return is the condition of a threat ("unless the £200 is back in my account by Monday"), a fee that
    // "comes off or…", a bill nobody but us will pay ("who's paying for the scratch, because it won't be me").
    // A refund already granted in that condition is a status chased, not a demand (fresh labels differ; kept out).
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:fair|right|decent|reasonable|least you (?:can|could) do)\b[^.!?]{0,30}\bfor you(?: lot| guys)? to (?:pay|cover|refund|reimburse|foot|compensate|knock)\b|\b(?:stick|chuck|put|pop|whack|bung|send) (?:it|that|the money|the (?:\w+ )?(?:fee|charge|amount|difference)|[£$€]\s?\d[\d,.]*) back (?:on|in|into|onto|to) (?:my|our) (?:card|account|bill|balance|bank)\b|\b(?:unless|until)\s+(?:the\s+|that\s+|this\s+|my\s+)?(?:[£$€]\s?\d[\d,.]*|money|credit|deposit|difference|amount|balance|it|that)\s+(?:is|'s|has been)\s+(?:back\s+)?(?:in|on|into|credited to|refunded to) (?:my|our) (?:account|card|bill|bank|balance)\b|\bif\s+(?:the\s+|that\s+|this\s+|my\s+)?(?:[£$€]\s?\d[\d,.]*|money|credit|deposit|difference|amount|balance|it|that)\s+(?:isn'?t|is not|has(?:n'?t| not) been)\s+(?:back\s+)?(?:in|on|into|credited to|refunded to) (?:my|our) (?:account|card|bill|bank|balance)\b|\beither (?:the |that |this |my )?(?:[\w-]+ )?(?:fee|charge|it|that|amount)\s+comes off\b|\bwho(?:'s| is) (?:going to be )?paying (?:to|for)\b[^.!?]{0,50}?\b(?:because|cause|'cause|coz) (?:it )?(?:won'?t|isn'?t going to|is not going to|will not|ain'?t|sure isn'?t) (?:be )?me\b/,
    },
    // Leaving told by its paperwork and its kit: the final bill asked for, our router going back because another
    // line is in, a rival doing the switch, other firms that would be glad of the customer. A faulty box swapped
    // is not leaving.
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:send|email|post|issue|forward) (?:me |us )?(?:the|my|our) (?:final|closing) (?:bill|statement)\b|\b(?:return(?:ing)?|send(?:ing)? back|post(?:ing)? back|hand(?:ing)? back)\s+(?:your|the|my|our)\s+(?:hub|router|modem|set-?top box|tv box|sky box|smart meter|equipment|kit)\b(?![^.!?]{0,40}\b(?:faulty|broken|replacement|swap|exchange|new one|repair|upgrade)\b)[^.!?]{0,60}?\b(?:once|when|now|as|because|since)\b[^.!?]{0,40}\b(?:new|other|another|[\w-]+ (?:fibre|broadband|energy|mobile))\b|\b(?:are|is|'re|'s) doing the (?:switch|move|transfer|port(?:ing)?) for (?:me|us)\b|\b(?:other|plenty of|lots of) (?:companies|firms|outfits|providers|banks|insurers|suppliers|shops|garages|networks)\b[^.!?]{0,30}\b(?:who'?d|who would|that would|happy to|glad to|would) (?:be (?:glad|happy|delighted) (?:of|to have)|love to have|welcome|take)\b/,
    },
    // Clowns and rats aimed at us: "🤡🤡🤡 ur customer service".
    {
      flag: 'abuse',
      kind: 'said',
      re: /(?:🤡|🐀)(?:\s*(?:🤡|🐀))*\s*(?:ur|your|you|u)\s+(?:[\w-]+\s+){0,2}?(?:service|support|company|team|staff|lot|people|agents?|customer service|bank|shop)\b/,
    },
    // A regulator or a lawyer named by what they do: "whoever licenses energy retailers in this state", "the
    // people who license you to operate as a bank", "people I pay £300 an hour", "the people I pay to read
    // contracts", "my lawyer takes it from here".
    {
      flag: 'regulator',
      kind: 'act',
      re: /\b(?:whoever|the (?:people|body|bodies|folks|authority|agency|department|ones) (?:who|that|which))\s+(?:licen[cs]es?|regulates?|oversees?|supervises?|polices?)\s+(?:you|your|energy|banks|retailers|[\w-]+ (?:retailers|providers|companies|firms|suppliers|banks|lenders|insurers|landlords))\b/,
    },
    {
      flag: 'legal',
      kind: 'act',
      re: /\bpeople (?:i|we) pay\s+(?:[$£€]\s?\d[\d,]*|\d[\d,]*\s?(?:quid|dollars|pounds|euros))\s+(?:an|per|a)\s+hour\b|\b(?:people|someone|somebody|the (?:people|person|man|woman|guy)) (?:i|we) pay to (?:read|write|check|draft|understand|go through) (?:contracts|the small print|legal letters|terms)\b|\b(?:my|our) (?:lawyer|solicitor|attorney|legal team|counsel)s?\s+(?:takes?|will take|'ll take|is taking|are taking|can take)\s+(?:it|this|over)\b/,
    },
    // Leaving told as the plan already under way: the last month or penny they will take ("this is the last month
    // yall are getting from me", "the last penny of mine you'll see"), a number about to move ("I'm porting my
    // number", "already got a PAC code", "you'll be getting my PAC code request"), a migration, a move across
    // or a renewal declined ("we're migrating to Grafana Cloud", "moving all 60 handsets across to EE", "I shan't
    // be renewing"); a move onto one of our own plans ("switching over to paperless") is not leaving.
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:last|final) (?:month|payment|penny|pound|cent|dollar|bill|renewal|direct debit)s?(?: of mine| from (?:me|us))? (?:you'?ll|you will|y'?all|yall|you lot|you(?:'re| are)|youre|ya) (?:ever |will |'ll )?(?:be )?(?:getting|get|see|seeing|charg(?:e|ing)(?: me)?|taking|take)\b|\b(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i will be) (?:porting|moving) (?:out )?(?:my|our) (?:number|numbers|lines?)\b(?! (?:to (?:a|the) new (?:sim|phone|handset)))|\b(?:got|have|received|requested|request(?:ing)?|sitting on|asked for) (?:a |my |the |our )?(?:pac|stac|upc|port(?:ing)?(?:-out)?) code\b|\bmy (?:pac|stac|upc) code request\b|\b(?:we'?re|we are|i'?m|i am) (?:migrating|porting) (?:everything |all |our [\w-]+ |my [\w-]+ )?(?:over )?to\b|\b(?:i|we) (?:shan'?t|shall not) be renewing\b|\b(?:we'?ll be|i'?ll be|we'?re|i'?m|we are|i am|we will be|i will be) (?:moving|switching|taking|porting) (?:all |the whole |our |my |everything )?(?:[\w-]+ ){0,3}?(?:across|over) to (?!(?:your|the|a|an|paperless|direct debit|e-?billing|monthly|annual|online|smart)\b)/,
    },
    // Someone senior asked for by rank, not by title: "whoever's above him", "someone above team-leader level",
    // "handled by someone at manager level", "an escalation contact at director level".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:whoever'?s|whoever is|someone|somebody|a person|anyone|someone who'?s|the person) (?:above|over) (?:him|her|them|you|that (?:person|agent|manager)|(?:the |a |an )?[\w-]+(?: [\w-]+)? level)\b|\b(?:someone|somebody|a person|anyone|contact|handled by [\w ]{1,20}?) at (?:manager|management|director|senior|executive|board|exec) level\b|\b(?:escalation|senior) contact at [\w-]+ level\b/,
    },
    // Someone with the power to decide, asked for by that power: "someone who has the discretion to make an
    // exception", "a person with some decision power", "someone with an actual say in it".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:someone|somebody|a person|anyone|whoever|a human) (?:who has|with|that has) (?:the |some |an? |any )?(?:actual |real )?(?:discretion|decision(?:-making)? power|say in (?:it|this)|actual say|power to (?:decide|approve|overrule|make)|authority to (?:decide|approve|sign|overrule|make))\b/,
    },
    // Going over our heads to the top, as a plan: "taking this straight to your CEO", "my next email goes to your
    // managing director", "I'll be writing to your chief executive".
    {
      flag: 'supervisor',
      kind: 'act',
      re: /\b(?:tak(?:e|ing)|send(?:ing)?|forward(?:ing)?|bring(?:ing)?) (?:this|it|the (?:matter|complaint|issue)) (?:straight |directly |right )?(?:up )?to (?:your|the) (?:ceo|md|managing director|chief executive|founder|owner|chairman|chair|president|board)(?:'?s? (?:office|inbox))?\b|\bmy next (?:email|e-mail|letter|message|call|complaint) (?:goes|will go|is going|'ll go) (?:straight |directly )?to (?:your|the) (?:ceo|md|managing director|chief executive|founder|owner|chairman|president|board)\b/,
    },
    // The press or a community page as an audience that will enjoy the story: "tiktok is going to LOVE this",
    // "the local paper would love a story about", "the Guardian's travel desk will find it as entertaining".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:${PLATFORM}|the (?:local |evening )?paper|the [\w'-]+ (?:travel |news |consumer |money )?desk|(?:the )?[\w-]+ (?:community|residents'?|parents'?|village|town) (?:page|group|forum)|watchdog|journalists?|reporters?)\s+(?:is|are|will|would|'d|'ll)\s+(?:(?:going to|gonna|absolutely|just|really|surely)\s+)?(?:love|adore|enjoy|find (?:it|this)|be (?:interested|fascinated|delighted))\b|\b(?:${PLATFORM}|watchdog|journalists?|reporters?|the (?:local )?papers?)\s+(?:is|are) always (?:looking|after|hungry) for (?:stories|a story|content)\b|\b(?:the (?:[\w-]+ ){0,2}?(?:post|echo|gazette|herald|times|chronicle|argus|courier|guardian|journal|observer|mercury)|the (?:local )?papers?|journalists?|reporters?|watchdog)\s+(?:would|will|'d|might|may)\s+find\b[^.!?]{0,50}?\b(?:fascinating|interesting|entertaining|amusing|eye-opening|illuminating)\b`,
      ),
    },
    // Contempt by comparison: "your chatbot has the IQ of a toaster", "did you hire your drivers from a zoo".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:has|have|with|got|'s got)\s+(?:the\s+)?(?:iq|brains?|brain cells?|intelligence|memory|attention span|common sense|people skills)\s+of\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:toaster|goldfish|brick|potato|rock|kettle|gnat|doorknob|plank|turnip|houseplant|sponge|fridge|lamp ?post|teaspoon|chimp|monkey|donkey)\b|\b(?:hire|hired|recruit|recruited|get|got|find|found|pick|picked)\s+(?:you|you lot|you people|your\s+[\w-]+)\s+(?:from|off|out of)\s+(?:a |the )?(?:circus|zoo|clown school|kindergarten|nursery|playground|cereal box|back of a cereal box|jobcentre reject pile)\b/,
    },
  ];
}
