import type { Cue } from '../types';

// Session 29, written from sentences made up here before the session's blind sets were read: a promise by one of our
// people set against the time since ("your agent said 48 hours and it's been a week"; the relationship cues in
// en-relationship.ts need the day the promise was made, and a customer counting the days since says the same), and
// not seeing oneself stay ("I don't see us staying with you when the contract ends"), and contempt asked as a question
// ("how are you people even employed", "how is this company still in business").

/** One of our people, as a customer names them. */
const OURS = String.raw`(?:(?:your|ur|the) (?:[\w-]+ )?(?:agent|rep|representative|colleague|advis[eo]r|operator|consultant|support (?:agent|person|team)|customer service(?: agent| team| rep)?|helpline|call cent(?:re|er))|the (?:person|guy|lady|man|woman|girl|bloke) (?:on the (?:phone|chat|line)|i spoke to))`;
/** The time gone by since, as a count of days, weeks or months. */
const SINCE = String.raw`(?:it'?s|it has|it is|that was|now it'?s|it'?s now|we'?re now|we'?re|i'?m|still nothing|nothing)\s+(?:been\s+|now\s+|at\s+)?(?:(?:over|more than|nearly|almost|well over)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|working days?)\b`;

export const S29_CUES: Cue[] = [
  // "Your agent said 48 hours and it's been a week", "I was told 3-5 working days, it's now been three weeks".
  {
    id: 'repeat-contact-promise-overdue',
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b(?:${OURS}\s+(?:said|told (?:me|us)|promised(?: (?:me|us))?|assured (?:me|us)|quoted(?: (?:me|us))?)|(?:i|we) (?:was|were) (?:told|promised|assured|quoted))\b[^.!?]{0,50}?(?:,|;|\s-|\band\b|\bbut\b|\bnow\b)\s*(?:(?:and|but|now)\s+)?${SINCE}`,
    ),
  },
  // "I don't see us staying with you", "can't see myself renewing": leaving, said as what the writer cannot picture.
  {
    id: 'churn-cannot-see-staying',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /\b(?:i|we)\s+(?:really\s+|honestly\s+|just\s+)?(?:don'?t|do not|can'?t|cannot|no longer)\s+see\s+(?:us|me|myself|ourselves|the (?:company|business|firm|family))\s+(?:staying|remaining|sticking around|sticking with you|renewing|continuing|carrying on)\b/,
  },
  // A cost the firm is expected to carry: "I expect you to cover the second call-out", "we'd expect you to pay for
  // the return postage".
  {
    id: 'compensation-cost-covered',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:expect|want|need|ask|asking)\s+(?:you|your company|you guys|the company|your firm)\s+to\s+(?:cover|pay for|foot the bill for|absorb|pick up)\s+(?:the|this|that|my|our|any|all)\s+(?:[\w-]+\s+){0,2}?(?:call-?outs?|visits?|repairs?|replacements?|labou?r|parts|fees?|charges?|bills?|costs?|postage|shipping|delivery|returns?|excess)\b/,
  },
  // Contempt asked as a question: "how are you people even employed", "how is this company still in business".
  {
    id: 'abuse-how-still-employed',
    flag: 'abuse',
    kind: 'said',
    re: /\bhow (?:are|is|do|does) (?:you people|you lot|you guys|you|your (?:staff|people|company|firm|agents?|team|lot)|this (?:company|firm|place|shower|outfit|business)|these people)\s+(?:(?:even|still|actually|honestly)\s+){0,2}(?:employed|in business|allowed to (?:trade|work|operate)|have (?:a )?jobs?|keep (?:your|their) jobs|get hired)\b/,
  },
];
