import type { Cue } from '../types';
import { REGULATOR } from './en-pairs';
import { NOT_A_BODY } from './en-s19';

// Session 26, read off the misses of fresh44–47 once they had been scored (blind sets turned training material):
// an ultimatum put as a question ("do you want me to go to the papers with this?"), leaving for any other shop
// said plainly by second-language writers, money wanted back by the period it covers, and contact counted as
// "three emails in". Each is a shape many writers use, written here in general form, not one row's wording.

const NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|countless)`;

/**
 * Appended to the English `rhetorical` table: whether they should just leave ("should I just take my money to Sky?"),
 * a tag put on a claim ("some discount is fair for this, no?"), a judge or a regulator put to the firm ("would you like
 * to explain…", "does the FTC know you…"). None asks for information. "Do you want me to go to the papers?" is
 * RHETORICAL_S24's, and "do I need to get my bank involved…, or are you…" RHETORICAL_S23's.
 */
export const RHETORICAL_S26 = String.raw`\bshould\s+(?:i|we)\s+just\s+(?:take|move|switch|go|leave|cancel|walk)\b|\b(?:is|would be|seems|sounds)\s+(?:only\s+)?(?:fair|reasonable|right|the least)\b[^?]{0,30}[,;]\s*(?:no|right|yes|surely|isn'?t it|wouldn'?t it|don'?t you think)\s*\?|\bwould\s+you\s+(?:like|care|prefer)\s+to\s+explain\b|\b(?:does|do)\s+(?:the\s+)?(?:${REGULATOR.source.replace(/^\\b/, '')})\s+know\s+(?:that\s+)?(?:you|your|how\s+you|what\s+you)\b`;

/** Review sites for trades, care homes, employers and money, appended to the English platform list. */
export const PLATFORM_S26 = String.raw`carehome\.co\.uk|checkatrade|rated ?people|trustatrader|glassdoor|moneysavingexpert|mse forums?|homeadvisor`;

/** Papers named by the last word of their title ("ringing the Evening Chronicle", "tipping off the Echo"). */
const PAPER = String.raw`(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:chronicle|gazette|herald|echo|argus|courier|tribune|evening standard|evening news|local paper|local news|newspapers?|press)\b`;

export function s26Cues(): Cue[] {
  return [
    // Leaving for any other shop, said without naming one: "next time I use other app already", "from now on
    // we'll order from a different supplier".
    {
      id: 'churn-next-time-other',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:next time|from now on|after this|in future|in the future|going forward)\s*,?\s*(?:i|we)(?:'ll|\s+will|\s+gonna|\s+going to)?\s+(?:just\s+|rather\s+|definitely\s+)?(?:use|go with|order (?:from|with|on)|buy (?:from|on)|shop (?:at|with|on)|book (?:with|on)|fly with|switch to)\s+(?:an?other|other|a different|different|some other)\s+(?:app|shop|store|company|provider|platform|service|site|website|bank|airline|courier|brand|seller|supplier|restaurant)s?\b/,
    },
    // Money wanted back by the period or charge it covers ("I want last month back", "want this month's fee
    // back"), and the customer not leaving the shop without it.
    {
      id: 'compensation-period-back',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:i|we)\s+(?:want|need|expect)\s+(?:(?:last|this|that|the)\s+(?:month|week|year|quarter|term)(?:'s)?(?:\s+(?:fee|fees|payment|charge|money|subscription|rent))?|(?:the|my|our|those|these|that)\s+(?:\w+\s+)?(?:fees?|charges?|payments?|instal(?:l)?ments?|deposit|bond|money))\s+back\b|\b(?:i'?m|i am|we'?re|we are)\s+not\s+leaving\s+(?:\w+\s+){0,3}?without\s+(?:my|our|a|the)\s+(?:money|refund|cash|deposit)\b/,
    },
    // Contact counted as a running total: "three emails in and nobody has booked an engineer", "on hold three
    // arvos running".
    {
      id: 'repeat-count-running',
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b${NUMBER}\s+(?:e-?mails|calls|chats|phone calls|tickets|messages|complaints)\s+in\b(?!\s+(?:the|a|one|my|our|your|this|that|total|row|person)\b)|\b(?:on hold|chasing|calling|ringing|phoning)\s+(?:for\s+)?${NUMBER}\s+(?:days|mornings|afternoons|arvos|evenings|nights|weeks)\s+(?:running|in a row|straight)\b`,
      ),
    },
    // Contempt said as a name on its own ("Quacks.") or as who they are not ("not some muppet who can't read a
    // drawing", "another useless script-reading bot").
    {
      id: 'abuse-quacks-some-muppet',
      flag: 'abuse',
      kind: 'said',
      re: /(?:^|[.!?]\s*)(?:bloody\s+|absolute\s+)?(?:quacks|cowboys|crooks)\s*[.!]|\bnot\s+some\s+(?:[\w-]+\s+)?(?:muppet|idiot|clown|moron|numpty|halfwit|cretin|imbecile|monkey)\b|\bscript[- ]reading\s+bots?\b/,
    },
    // Insults the tables lacked: chat acronyms said to the agent ("stfu with the copy-paste apologies", "gfy"), a
    // masked slur at "you" ("y'all some lying b1tches"), a cheat named on its own ("Bloody cheaters."), "dumber than a
    // bag of rocks", "legalised loan sharks", staff called monkeys.
    {
      id: 'abuse-more-names',
      flag: 'abuse',
      kind: 'said',
      re: /(?:^|[.!?,]\s*)(?:stfu|gfy|gtfo|foad)\b|\b(?:you|u|y'?all|yall|ya)\s+(?:\w+\s+){0,2}?b[i1*]tch(?:es)?\b|(?:^|[.!?]\s*)(?:(?:bloody|absolute|total|utter|lying|thieving)\s+)?(?:cheaters|cheats|liars|swindlers)\s*[.!]|\bdumber\s+than\s+(?:a|an)\s+(?:bag|box|sack|bucket|pile)\s+of\s+(?:rocks|hammers|bricks|spanners|sand)\b|\b(?:legali[sz]ed|licensed|glorified)\s+(?:loan\s+sharks|thieves|robbers|scammers|crooks|gangsters)\b|\b(?:are|r|'re)\s+(?:just\s+|actual\s+|literal\s+|a\s+bunch\s+of\s+|a\s+pack\s+of\s+)?(?:spineless\s+|trained\s+|untrained\s+|overpaid\s+)?(?:monkeys|weasels|baboons|donkeys)\b/,
    },
    // Violence to premises said as fire or a door kicked in ("I'll come round and torch the lot", "went to your shop
    // and kicked the door in"), and self-harm said as a farewell ("I've written letters to my kids", "I won't be
    // needing it", "don't see the point anymore").
    {
      id: 'harm-fire-door-farewell',
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:torch|torched|torching|firebomb|petrol[- ]bomb)\s+(?:the|your|ur|that|this|their)\s+(?:lot|place|shop|store|depot|office|offices|building|van|vans|warehouse|branch|premises|car|cars)\b|\bkick(?:ed|ing)?\s+(?:the|your|ur|their)\s+(?:[\w-]+\s+)?door\s+in\b|\b(?:i'?ve|i have|i)\s+(?:written|wrote|left)\s+(?:goodbye\s+)?(?:letters|notes|a letter|a note)\s+(?:to|for)\s+(?:my|the)\s+(?:kids|children|family|wife|husband|partner|mum|mom|parents|son|daughter|girls|boys)\b|\b(?:i|i'?m|i am)\s+(?:won'?t|will not|wont)\s+be\s+needing\s+(?:it|this|the account|my account)\s+(?:any ?more|much longer|after (?:tonight|today)|for long)\b|\b(?:don'?t|dont|do not|can'?t|cant)\s+see\s+the\s+point\s+(?:any ?more|in (?:going on|living|carrying on|any of it))\b/,
    },
    // Court named as what comes next ("Next step is court.", "lawyer's next, muppets.") and a firm acting for the
    // customer ("Pemberton Law are now acting for me").
    {
      id: 'legal-court-next',
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:next\s+(?:step|stop|move)|after that)\s+(?:is|will be|'s)\s+(?:the\s+)?(?:court|small claims|legal action|my (?:lawyer|solicitor|attorney))\b|\b(?:my\s+)?(?:lawyer|solicitor|attorney|court|small claims)(?:'s|\s+is)\s+next\b|(?:\b(?:law|legal|solicitors|lawyers|attorneys|llp|chambers)|&\s?co\.?)\s+(?:are|is|have been|has been)\s+(?:now\s+)?(?:acting|instructed)\s+(?:for|on behalf of)\s+(?:me|us|my|our)\b/,
    },
    // Contact counted in other ways: "third agent today", "my three previous emails", "my fourth written
    // communication", "all six chats", "every agent I've spoken to", "Re: Re: Re:", "pasting what I sent yesterday".
    {
      id: 'repeat-counted-otherwise',
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:agent|person|rep|advisor|adviser|operator|call handler|member of staff|staff member)\s+(?:today|this week|now|in a row|i'?ve|who|that|to)\b|\b${NUMBER}\s+(?:previous|earlier|prior|unanswered|ignored)\s+(?:e-?mails|calls|messages|chats|complaints|tickets|letters)\b|\bmy\s+(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:written\s+)?(?:communication|e-?mail|letter|message|complaint|request|attempt|call|chat|reminder|follow-?up)\b|\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:chats|calls|e-?mails|complaints|conversations|messages)\b|\b(?:every|each)\s+(?:single\s+)?(?:agent|person|rep|one|advisor|adviser|operator)\s+(?:i'?ve|i have|we'?ve|we have)\s+(?:had|spoken to|talked to|dealt with|been put through to|chatted (?:to|with))\b|\bsubject:\s*(?:re:\s*){3,}|\b(?:pasting|resending|re-sending|copying)\s+(?:again\s+)?(?:what|the message|my message|the e-?mail|my e-?mail)\s+(?:i|we)\s+sent\b`,
      ),
    },
    // A manager asked for outright or as the condition ("Send me a manager.", "Unless a manager calls me back
    // today…"), and the grievance officer Indian firms must name, written to.
    {
      id: 'supervisor-send-unless',
      flag: 'supervisor',
      kind: 'ask',
      re: /\bsend\s+(?:me\s+)?(?:a|your|the)\s+(?:manager|supervisor|senior\s+(?:person|agent|manager))\b|\bunless\s+(?:a|your|the)\s+(?:manager|supervisor|senior\s+\w+)\s+(?:calls?|rings?|contacts?|gets?\s+in\s+touch|e-?mails?|phones?)\b|\b(?:escalated|escalating|wrote|written|complained|e-?mailed)\s+(?:this\s+|it\s+)?to\s+(?:your|the)\s+(?:grievance\s+(?:redressal\s+)?officer|(?:principal\s+)?nodal\s+officer)\b/,
    },
    // The card issuer already acting: "reported the transaction to Paystack as fraudulent", "they reversed one of the
    // charges", "charged back the last two months".
    {
      id: 'chargeback-issuer-acted',
      flag: 'chargeback',
      kind: 'act',
      re: /\b(?:reported|flagged|marked)\s+(?:the|this|that|your)\s+(?:transaction|charge|payment|debit)\s+(?:to\s+[\w-]+\s+)?as\s+(?:fraud|fraudulent|unauthori[sz]ed|a scam)\b|\b(?:they|the bank|my bank|the card (?:company|provider|issuer))\s+(?:have\s+|has\s+)?reversed\s+(?:one of\s+|both of\s+|all of\s+)?(?:the|your|those|these)\s+(?:charges?|payments?|transactions?|debits?)\b|(?:^|[.!?,]\s*|\b(?:i|we|i'?ve|we'?ve|have|and|already|just)\s+)charged\s+(?:(?:it|them|(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+)?back\b/,
    },
    // Money asked back as what should happen ("the excess should be credited to my next bill") or as who pays
    // ("You pay for the monitor").
    {
      id: 'compensation-should-be-credited',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:should|must|needs? to|has to|have to)\s+be\s+(?:credited|refunded|reimbursed|waived|written off|paid back)\b|(?:^|[.!?]\s*)you\s+(?:will\s+|'ll\s+|must\s+|can\s+)?pay\s+for\s+(?:the|my|a new|his|her|their)\s+\w+/,
    },
    // The press rung or tipped off by the name of a paper ("Unless it's moved by Monday I'm ringing the Evening
    // Chronicle").
    {
      id: 'public-ring-the-paper',
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:ring(?:ing)?|rang|call(?:ing|ed)?|phon(?:e|ing|ed)|contact(?:ing|ed)?|writ(?:e|ing) to|wrote to|e-?mail(?:ing|ed)?|tip(?:ping|ped)?\s+off|go(?:ing)?\s+to|went\s+to)\s+${PAPER}`,
      ),
    },
    // A regulator informed or copied in ("I informed consumer protection office also"), or named as what comes next
    // by its initials ("After that it's a DOT complaint").
    {
      id: 'regulator-informed-next',
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:informed|notified|alerted|copied in|cc'?d)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:${REGULATOR.source.replace(/^\\b/, '')})`,
      ),
    },
    {
      id: 'regulator-initials-next',
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:after that|otherwise|or else|then|next)\s*,?\s*(?:it'?s|it will be|it'll be)\s+(?:an?\s+)?[a-z]{2,6}\s+complaint\b/,
      caps: /\b[A-Z]{2,6} complaint/,
    },
    // Harm said by the object: "the whole box of co-codamol", "take a chainsaw to it", "put it through the glass of
    // her booth".
    {
      id: 'harm-box-chainsaw-glass',
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:taking|take|took|swallow(?:ing|ed)?|down(?:ing|ed)?)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:box|bottle|pack|packet|strip|tub)\s+of\b|\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|or i|i'?m|i am)\s+(?:just\s+)?tak(?:e|ing)\s+(?:a|my|the)\s+(?:chainsaw|hammer|axe|baseball bat|cricket bat|crowbar|sledgehammer|lighter|match)\s+to\b|\bput\s+(?:it|this|that|a brick|my fist|my foot)\s+through\s+(?:the|your|her|his|their)\s+(?:[\w-]+\s+){0,4}?(?:glass|window|windscreen|screen|door)\b/,
    },
    // Contact counted in formal and plain words: "further to our meetings on 12 and 26 January", "it's me again",
    // "how many times do I have to tell you", "rung at 8am every single morning", "already spoken to your manager".
    {
      id: 'repeat-further-to-again',
      flag: 'repeat-contact',
      kind: 'said',
      re: /\bfurther to (?:my|our) (?:previous |earlier |last |recent )?(?:e-?mails?|letters?|calls?|meetings?|conversations?|messages?|complaints?|correspondence)\b|\bit(?:'?s|\s+is)\s+me\s+again\b|\bhow many (?:[^\s]+\s+)?times\s+(?:do|must|will|have|should)\s+i\s+(?:have to\s+|need to\s+|got to\s+)?(?:tell|ask|explain|say|call|ring|e-?mail|repeat|write)\b|\b(?:rung|rang|called|phoned|e-?mailed|messaged|chased)\s+(?:you\s+)?(?:at\s+[^\s]+\s+)?every\s+(?:single\s+)?(?:day|morning|afternoon|evening|week)\b|\b(?:i'?ve|i have|we'?ve|we have)\s+already\s+(?:spoken|talked|been)\s+to\s+your\b(?!\s+(?:[\w-]+\s+){0,2}?(?:ceo|chief|head|director|chair(?:man|woman|person)?|md|managing|board|regional|area|general|senior)\b)/,
    },
    // Money back by where it must land ("the deposit is back in my account by the end of the month", "if the £24
    // doesn't come back to me"), a discount called fair, and moving to any other firm of a kind or elsewhere.
    {
      id: 'compensation-back-in-account',
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:is|are|be)\s+back\s+(?:in|into|on)\s+my\s+(?:account|bank|paypal|card|wallet)\b|\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not)\s+(?:come|coming|get|go|paid|sent|put)\s+back\s+(?:to|into|in|on)\s+(?:me|my)\b|\b(?:some|a|a small|a partial)\s+(?:discount|refund|credit|reduction|goodwill gesture)\s+(?:is|would be|seems|sounds)\s+(?:only\s+)?(?:fair|reasonable|right|in order)\b/,
    },
    {
      id: 'churn-another-of-a-kind',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:look(?:ing)?|search(?:ing)?|shop(?:ping)?\s+around)\s+for\s+(?:an?other|a new|a different|other)\s+(?:insurance|insurer|provider|bank|supplier|broadband|network|gym|school|nursery|dentist|vet|landlord|letting agent|agency|exchange|broker|carrier|courier|energy company|host|hosting)\b|\bmov(?:e|ing)\s+(?:[\w-]+\s+){1,4}?to\s+another\s+(?:exchange|app|broker|airline|gym|school|nursery|agency|shop|store|courier|carrier|host|lender|retailer|marketplace|dentist|vet|practice)\b|\b(?:remortgag(?:e|ing)|refinanc(?:e|ing)|insuring|banking|ordering|booking|renewing)\s+elsewhere\b/,
    },
    // Money wanted back said as seeing it again ("to see my £89 again").
    {
      id: 'compensation-see-it-again',
      flag: 'compensation',
      kind: 'ask',
      re: /\bsee\s+(?:my|our|the|that)\s+(?:money|cash|deposit|refund|[£$€]\s?\d[\d,.]*)\s+again\b/,
    },
    // A threat said as a wish not to make it ("I would rather not have to involve my bank, but…"): the cue is the
    // threat, its "not" the courtesy.
    {
      id: 'chargeback-rather-not-bank',
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i'?d|i would|we'?d|we would)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?(?:have\s+to\s+)?(?:involve|get|go\s+to|call|contact|bring\s+in)\s+(?:my|our|the)\s+(?:bank|card\s+(?:company|provider|issuer)|credit\s+card\s+company)\b(?=[^.!?]{0,60}\b(?:but|unless|if)\b)/,
    },
    {
      id: 'legal-rather-not-lawyer',
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i'?d|i would|we'?d|we would)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?(?:have\s+to\s+)?(?:involve|get|go\s+to|call|instruct|bring\s+in)\s+(?:my|our|a|the)\s+(?:solicitor|lawyer|attorney|legal\s+team)\b(?=[^.!?]{0,60}\b(?:but|unless|if)\b)/,
    },
    // A judge or a regulator put to the firm as a question ("Would you like to explain to a small claims judge
    // why…", "does the FTC know you…? Guess they will soon").
    {
      id: 'legal-explain-to-a-judge',
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\bexplain\s+(?:it\s+|this\s+|that\s+|yourselves?\s+)?to\s+(?:a|the)\s+(?:small\s+claims\s+)?(?:judge|court|magistrate|tribunal)\b/,
    },
    {
      id: 'regulator-does-it-know',
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:does|do|would)\s+(?:the\s+)?(?:${REGULATOR.source.replace(/^\\b/, '')})\s+know\s+(?:that\s+)?(?:you|your|how\s+you|what\s+you)\b`,
      ),
    },
    // Leaving for any other network or firm ("Im transfering to other network na") and contact followed up for
    // months ("3 months I follow up this billing issue"); Pidgin and Irish ways of saying the next step ("I go put
    // una for Twitter", "I'll be on to the CCPC").
    {
      id: 'churn-transferring-to-other',
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:trans?ferr?(?:ing)?|switch(?:ing)?|mov(?:e|ing)|shift(?:ing)?|port(?:ing)?)\s+(?:over\s+)?to\s+(?:an?other|other|a different)\s+(?:network|provider|bank|company|carrier|telco|isp|supplier|insurer)\b/,
    },
    {
      id: 'repeat-months-followed-up',
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:\d+|two|three|four|five|six|several)\s+(?:months?|weeks?|days?)\s+(?:now\s+|already\s+)?(?:i|we)\s+(?:have\s+|been\s+)?(?:follow(?:ed|ing)?\s+up|chas(?:e|ed|ing)|call(?:ed|ing)?|e-?mail(?:ed|ing)?|complain(?:ed|ing)?)\b/,
    },
    {
      id: 'public-pidgin-put-you-for',
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:i\s+go|i\s+will|i'?ll|go)\s+put\s+(?:una|you|u|am|this|it)\s+(?:for|on)\s+(?:twitter|facebook|instagram|tiktok|x|social\s+media)\b/,
    },
    {
      id: 'regulator-on-to-initials',
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:i'?ll|i\s+will|i'?m\s+going\s+to)\s+(?:be\s+)?(?:on\s+to|onto|straight\s+on\s+to)\s+the\s+(?!${NOT_A_BODY}\b)[a-z]{3,6}\b`,
      ),
      caps: /\b[A-Z]{3,6}\b/,
    },
    // Leaving said plainly: notice given ("Given notice and stopped the direct debit"), booking with someone else.
    {
      id: 'churn-notice-someone-else',
      flag: 'churn',
      kind: 'act',
      re: /(?:^|[.!?]\s*)(?:(?:i|we)(?:'ve|\s+have)\s+)?(?:already\s+)?given\s+(?:(?:my|our|you|you my|you our)\s+)?notice\b(?!\s+(?:of|about|that|to the tenant))|\b(?:book(?:ing)?|go(?:ing)?|order(?:ing)?|buy(?:ing)?|shop(?:ping)?|fly(?:ing)?|bank(?:ing)?|insur(?:e|ing))\s+with\s+(?:someone|somebody|anyone|a company|a provider)\s+else\b/,
    },
  ];
}
