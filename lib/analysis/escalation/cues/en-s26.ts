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
  ];
}
