import type { Cue } from '../types';

// Session 26, read off the misses of fresh44–47 once they had been scored (blind sets turned training material):
// an ultimatum put as a question ("do you want me to go to the papers with this?"), leaving for any other shop
// said plainly by second-language writers, money wanted back by the period it covers, and contact counted as
// "three emails in". Each is a shape many writers use, written here in general form, not one row's wording.

const NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|countless)`;

/**
 * Appended to the English `rhetorical` table: the customer asks whether the firm wants them to take the step
 * ("do you want me to go to the papers with this?", "want me to post in the Facebook group is it?") or whether
 * they should just leave ("should I just take my money to Sky?"). Neither asks for information.
 */
export const RHETORICAL_S26 = String.raw`(?:^|[.!?,]\s*|\b(?:do|did|would)\s+(?:you|u)\s+(?:really\s+|honestly\s+|actually\s+)?|\bor\s+(?:do\s+)?(?:you|u)\s+)want\s+me\s+to\s+(?:go|take|call|ring|contact|report|get|involve|escalate|complain|file|sue|post|share|put|write|tell|email|e-mail|tag|name)\b|\bshould\s+(?:i|we)\s+just\s+(?:take|move|switch|go|leave|cancel|walk)\b`;

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
    // Leaving said plainly: notice given ("Given notice and stopped the direct debit"), booking with someone else.
    {
      id: 'churn-notice-someone-else',
      flag: 'churn',
      kind: 'act',
      re: /(?:^|[.!?]\s*)(?:(?:i|we)(?:'ve|\s+have)\s+)?(?:already\s+)?given\s+(?:(?:my|our|you|you my|you our)\s+)?notice\b(?!\s+(?:of|about|that|to the tenant))|\b(?:book(?:ing)?|go(?:ing)?|order(?:ing)?|buy(?:ing)?|shop(?:ping)?|fly(?:ing)?|bank(?:ing)?|insur(?:e|ing))\s+with\s+(?:someone|somebody|anyone|a company|a provider)\s+else\b/,
    },
  ];
}
