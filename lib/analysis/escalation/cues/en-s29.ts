import type { Cue } from '../types';

// Session 29, written from sentences made up here before the session's blind sets were read: a promise by one of our
// people set against the time since ("your agent said 48 hours and it's been a week"; the relationship cues in
// en-relationship.ts need the day the promise was made, and a customer counting the days since says the same), and
// not seeing oneself stay ("I don't see us staying with you when the contract ends"), and contempt asked as a question
// ("how are you people even employed", "how is this company still in business"), and money asked back without the
// usual words: a charge the customer should not have to pay, a refusal to pay for what was not had, a goodwill gesture,
// credit preferred, the extra paid returned ("I shouldn't have to pay for a service I didn't get", "I won't be paying for
// March given the outage", "please don't charge me for the missed visit", "surely I'm entitled to something"). Then the
// other flags said obliquely: a case sent up ("can this go to your team leader?", "your manager needs to see this"),
// a new provider looked for, what people should know, legal advice taken, the relevant authorities, the bank left to
// sort it.

/** One of our people, as a customer names them. */
const OURS = String.raw`(?:(?:your|ur|the) (?:[\w-]+ )?(?:agent|rep|representative|colleague|advis[eo]r|operator|consultant|support (?:agent|person|team)|customer service(?: agent| team| rep)?|helpline|call cent(?:re|er))|the (?:person|guy|lady|man|woman|girl|bloke) (?:on the (?:phone|chat|line)|i spoke to))`;
/** The time gone by since, as a count of days, weeks or months. */
const SINCE = String.raw`(?:it'?s|it has|it is|that was|now it'?s|it'?s now|we'?re now|we'?re|i'?m|still nothing|nothing)\s+(?:been\s+|now\s+|at\s+)?(?:(?:over|more than|nearly|almost|well over)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|working days?)\b`;

/** Someone above the agent. */
const ABOVE = String.raw`(?:(?:team|line|store|shift|duty|floor|branch|area|regional|general|senior)\s+)?(?:manager|leader|lead|supervisor|boss|superior|management|head office|director|ceo)`;

/** A span of time or a thing charged for. */
const CHARGED = String.raw`(?:(?:this|that|last|next|the|a|any|the whole)\s+)?(?:(?:missed|failed|cancell?ed|wasted|botched|extra|second|third|whole|full|last|first)\s+)?(?:month|months|week|weeks|days?|period|quarter|year|outage|downtime|visit|call-?out|repair|service|services|delivery|bill|invoice|charge|fee|time|january|february|march|april|may|june|july|august|september|october|november|december)\b`;
/** Money as a thing that can be handed back. */
const SUM = String.raw`(?:extra|difference|money|amount|deposit|fee|charges?|overpayment|balance|cost|payment|excess|surcharge|[£$€]\s?\d[\d.,]*)`;

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
  // A charge the customer should not have to meet: "I shouldn't have to pay for a service I didn't get", "why should I
  // pay for a month without internet".
  {
    id: 'compensation-should-not-pay',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:i|we)\s+(?:really\s+)?(?:shouldn'?t|should not|shouldnt)\s+(?:have to|need to|be (?:asked|expected|made) to)\s+pay\b|\bwhy should (?:i|we)\s+(?:have to\s+)?pay\s+(?:for|the|a)\b/,
  },
  // A refusal to pay for what was not had: "I won't be paying for March given the outage", "I'm not paying for the
  // missed visit".
  {
    id: 'compensation-will-not-pay',
    flag: 'compensation',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      String.raw`\b(?:i|we)(?:'m|'re| am| are)?\s+(?:won'?t|will not|not|refuse to|shan'?t|am not|are not)\s+(?:be\s+)?pay(?:ing)?\s+(?:(?:a penny|anything|a cent)\s+)?for\s+(?!(?:next|another|any more|the next|the coming|future)\b)${CHARGED}(?![^.!?]*\b(?:again|anymore|any more|any longer|from now on|going forward)\b)`,
    ),
  },
  // "Please don't charge me for the missed visit", "do not bill us for the days without service".
  {
    id: 'compensation-do-not-charge',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      String.raw`\b(?:please\s+)?(?:don'?t|do not|dont)\s+(?:charge|bill|invoice)\s+(?:me|us)\s+for\s+${CHARGED}`,
    ),
  },
  // "Surely I'm entitled to something for this?", "we must be entitled to a refund".
  {
    id: 'compensation-entitled',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:i'?m|i am|we'?re|we are|i|we)\s+(?:surely\s+|must be\s+|should be\s+|am\s+|are\s+)?(?:surely\s+)?entitled\s+to\s+(?:something|some|a|an|compensation|money|my money|credit|a refund|a partial refund|part of)\b/,
  },
  // The same, asked as a question that answers itself: "Surely I'm entitled to something for this?"
  {
    id: 'compensation-surely-entitled',
    flag: 'compensation',
    kind: 'said',
    re: /\bsurely\s+(?:i'?m|i am|we'?re|we are|i|we)\s+(?:must be\s+|should be\s+)?entitled\s+to\s+(?:something|some|a|an|compensation|money|my money|credit|a refund|a partial refund|part of)\b/,
  },
  // A goodwill gesture asked for: "I'd like a gesture of goodwill for the hassle".
  {
    id: 'compensation-goodwill-asked',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:like|want|expect|hoping for|hope for|ask(?:ing)? for|request(?:ing)?|need|deserve|owed)\s+(?:a|some|an)?\s*(?:small\s+|token\s+)?(?:goodwill gesture|gesture of goodwill|goodwill (?:payment|credit))\b/,
  },
  // Credit or money back preferred to waiting: "I'd rather have store credit than wait for a replacement".
  {
    id: 'compensation-rather-have-credit',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:i'?d|i would|we'?d|we would)\s+(?:much\s+)?(?:rather|prefer(?: to)?)\s+(?:just\s+)?(?:have|get|take|receive)?\s*(?:a\s+)?(?:store credit|credit|a refund|refund|my money back|the money back|our money back|compensation|a voucher|vouchers?)\b/,
  },
  // The extra paid handed back: "I want the extra I paid returned", "I'll need the £35 reimbursing".
  {
    id: 'compensation-sum-returned',
    flag: 'compensation',
    kind: 'ask',
    re: new RegExp(
      String.raw`\b(?:want|need|would like|'d like|expect)\s+(?:the|my|that|this|our)\s+${SUM}\b[^.!?]{0,25}?\b(?:returned|paid back|given back|put back|repaid|credited(?: back)?|refunded|reimbursed|reimbursing|refunding|paying back|putting back)\b`,
    ),
  },
  // Asked whether we will carry a cost: "Will you be covering the cost of the hotel?"
  {
    id: 'compensation-will-you-cover',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:will|would|are|can|could)\s+you\s+(?:be\s+)?(?:covering|cover|paying for|pay for|reimbursing|reimburse|refunding|refund)\s+(?:the|my|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:costs?|bill|fees?|charges?|hotel|taxi|travel|repair|expenses?|excess)\b/,
  },
  // A fee voided: "I need you to void the late payment fee".
  {
    id: 'compensation-fee-voided',
    flag: 'compensation',
    kind: 'ask',
    re: /\bvoid\s+(?:the|that|this|my|our|these|those)\s+(?:[\w-]+\s+){0,3}?(?:charges?|fees?|penalt(?:y|ies)|fines?|surcharges?|invoice|bill)\b/,
  },
  // A case sent up: "can this go to your team leader please?", "please pass this on to someone who can actually do
  // something", "your manager needs to see this".
  {
    id: 'supervisor-case-sent-up',
    flag: 'supervisor',
    kind: 'ask',
    re: new RegExp(
      String.raw`\b(?:can|could|will|would|should|must)\s+(?:this|it|my (?:complaint|case|ticket|issue))\s+(?:please\s+)?(?:go|be (?:passed|sent|escalated|referred|forwarded|taken|put))\s+(?:up\s+|straight\s+)?to\s+(?:your|a|the)\s+${ABOVE}\b|\bpass\s+(?:this|it|me|my (?:complaint|case))\s+(?:on\s+|up\s+|along\s+)?to\s+(?:someone|somebody|anyone|a person)\s+(?:who|that)\s+(?:can|could|is able to)\s+(?:actually\s+|really\s+)?(?:do|help|decide|fix|sort|make|approve)\b|\b(?:your|the)\s+${ABOVE}\s+(?:needs? to|should|must|has to|ought to)\s+(?:see|hear about|know about|read|look at|deal with|be told about)\s+(?:this|it)\b`,
    ),
  },
  // A new provider looked for: "time to find a provider that actually cares", "I'll be looking elsewhere for my
  // insurance next year", "we'll be shopping around".
  {
    id: 'churn-looking-elsewhere',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /\b(?:time to|going to|gonna|i'?ll|we'?ll|i will|we will)\s+(?:(?:have to|need to|just)\s+)?(?:find|look for|get|go with|switch to)\s+(?:a|another|a new|a different|a better|an actual)\s+(?:[\w-]+\s+)?(?:provider|supplier|company|bank|insurer|network|firm|airline|carrier|gym|host|vendor|broadband|energy supplier|courier|plumber|garage|agent|agency)\b|\b(?:i'?ll|we'?ll|i will|we will|i'?m|we'?re|i am|we are)\s+(?:be\s+)?(?:looking|shopping)\s+(?:elsewhere|around)\b(?!\s+(?:in|on)\s+(?:the|your|this|my)\s+(?:app|site|website|page|menu|settings|account|dashboard|portal|screen)\b)/,
  },
  // What people should know: "people should know how you treat your customers".
  {
    id: 'public-people-should-know',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /\b(?:people|everyone|others|the public|the world|other customers|other people)\s+(?:should|need to|deserve to|ought to|will|are going to|have a right to)\s+(?:know|hear|find out|see)\s+(?:how|what|about how|about what)\s+(?:you|your|this company|this firm)\b/,
  },
  // Legal advice taken: "I've taken legal advice and will act on it".
  {
    id: 'legal-advice-taken',
    flag: 'legal',
    kind: 'act',
    re: /\b(?:i'?ve|i have|we'?ve|we have|i|we|i'?m|we'?re|i am|we are)\s+(?:already\s+|now\s+)?(?:taken|sought|got|obtained|taking|seeking|will be taking|will take|'ll be taking|'ll take|will seek|'ll seek)\s+(?:some\s+)?(?:independent\s+)?legal\s+advice\b/,
  },
  // The relevant authorities: "I'll be reporting this to the relevant authorities".
  {
    id: 'regulator-relevant-authorities',
    flag: 'regulator',
    kind: 'act',
    re: /\b(?:report(?:ing|ed)?|escalat(?:e|ing|ed)|tak(?:e|ing)|refer(?:ring|red)?|rais(?:e|ing|ed))\s+(?:this|it|the matter|the issue|you|your company)\s+(?:to|with)\s+(?:the\s+)?(?:relevant|appropriate|proper|competent)\s+(?:authorit(?:y|ies)|bod(?:y|ies)|regulators?|agenc(?:y|ies)|ombudsman)\b/,
  },
  // The bank left to sort it: "I'll just get my bank to sort it".
  {
    id: 'chargeback-bank-to-sort',
    flag: 'chargeback',
    kind: 'act',
    re: /\b(?:get|have|ask|let|getting|asking)\s+(?:my|our)\s+(?:bank|card (?:company|provider|issuer)|credit card (?:company|provider))\s+(?:to\s+)?(?:sort|deal with|handle|reverse|claw back|recover|take care of|get)\s+(?:it|this|that|the (?:payment|charge|money)|my money)\b/,
  },
  // Leaving said in two words: "I want out", "we want out of this contract".
  {
    id: 'churn-want-out',
    flag: 'churn',
    kind: 'ask',
    re: /\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|need)\s+out\b(?!\s+of\s+(?:here|this (?:queue|chat|call|loop)|the (?:queue|chat|call|house|office)))/,
  },
  // A sum to be put back, in the register of second-language mail: "kindly do the needful and reverse the amount".
  {
    id: 'compensation-amount-reversed',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:reverse|revert|return|credit back|refund)\s+(?:the|that|this|my|said|the said)\s+(?:[\w-]+\s+){0,2}?(?:amount|sum|money|debit|deduction|transaction)\b|\b(?:want|need|would like|'d like|expect)\s+(?:my|the|that|this)\s+(?:money|amount|debit|deduction|transaction|charge|payment)\s+(?:to be\s+)?(?:reversed|reverted)\b|\b(?:the|this|that|my)\s+(?:wrong\s+|double\s+|duplicate\s+)?(?:debit|deduction|charge|amount|transaction|money)\s+(?:should|must|needs to|has to|ought to)\s+be\s+(?:reversed|reverted|credited back)\b/,
  },
  // Refusing to say it again, counted: "I'm not going to explain this a fifth time", "I won't repeat myself a third time".
  {
    id: 'repeat-contact-not-again-counted',
    flag: 'repeat-contact',
    kind: 'said',
    re: /\b(?:not|never|won'?t|will not|refuse to)\s+(?:going to\s+|gonna\s+|be\s+)?(?:explain(?:ing)?|repeat(?:ing)?|tell(?:ing)? you|writ(?:e|ing)|go(?:ing)? through|say(?:ing)?)\s+(?:this|it|myself|that|all this|all of this|the whole thing|everything)\s+(?:again\s+)?(?:for\s+)?(?:a|the)\s+(?:third|fourth|fifth|sixth|seventh|tenth|hundredth|millionth|\d+(?:rd|th))\s+time\b/,
  },
  // Read off the session's blind sets (fresh55) after their final scoring, so their figures are in-sample from here.
  // "Who above you can approve this?"
  {
    id: 'supervisor-who-above-you',
    flag: 'supervisor',
    kind: 'ask',
    re: /\bwho\s+(?:(?:is|'s)\s+)?(?:above|over)\s+you\b(?!\s+(?:in|on)\s+the\s+(?:list|queue|rota))/,
  },
  // A regulator who "would have something to say": "pretty sure the ACCC would have something to say about that".
  {
    id: 'regulator-would-have-something-to-say',
    flag: 'regulator',
    kind: 'act',
    strength: 'threatened',
    re: /\b(?:the\s+)?(?:accc|ftc|fca|ofcom|ofgem|ofwat|cma|cfpb|bbb|ombudsman|trading standards|consumer affairs|fair trading|acma|asic|ico|regulator|watchdog)\s+(?:would|might|will|may)\s+(?:have something to say|be (?:very |quite )?interested|love to hear|want to know)\b/,
  },
  // The pets, children or cars registered with someone else: "we'll be registering both dogs somewhere else".
  {
    id: 'churn-registering-elsewhere',
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    re: /\b(?:register|registering|re-?register|enrol|enroll|enrolling|moving|move|taking|take)\s+(?:(?:both|all|my|our|the)\s+)?(?:[\w-]+\s+){0,2}?(?:somewhere else|elsewhere|with another (?:practice|clinic|vet|surgery|school|club|provider))\b/,
  },
  // Emails left unanswered, plural: "maybe now someone will answer my emails about the double charge".
  {
    id: 'repeat-contact-answer-my-emails',
    flag: 'repeat-contact',
    kind: 'said',
    re: /\b(?:answer|reply to|respond to|read|acknowledge)\s+(?:my|any of my|one of my)\s+(?:\d+\s+|many\s+|several\s+|numerous\s+|previous\s+)?(?:emails|messages|calls|letters|tickets|complaints)\b/,
  },
  // Redress sought or expected: "seek a rent reduction", "expect something for three days with no heating", "I'd like an
  // itemised bill and a reduction", "could the late payment fee be taken off?".
  {
    id: 'compensation-reduction-sought',
    flag: 'compensation',
    kind: 'ask',
    re: /\bseek(?:ing)?\s+(?:a|an|some)?\s*(?:[\w-]+\s+)?(?:reduction|refund|compensation|reimbursement|rebate|abatement)\b|\bexpect\s+something\s+(?:for|back|off)\b|\b(?:like|want|expect|need|ask for|request)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?and\s+(?:a|some)\s+(?:reduction|discount|partial refund|credit|rebate)\b|\b(?:could|can|would)\s+(?:the|this|that|my)\s+(?:[\w-]+\s+){0,2}?(?:fee|charge|fine|penalty|surcharge)\s+be\s+(?:taken off|removed|dropped|wiped|knocked off|cancell?ed)\b/,
  },
  // Going to the store to rate everything one star: "sort it or im going on the app store and 1 starring every game".
  {
    id: 'public-one-starring',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /(?<!\bused to\s+)\b(?:1|one)[- ]?starr?(?:ing|ed)?\s+(?:you|every|all|your|each|the lot)\b|\blet\s+(?:the\s+)?(?:\d+k?\s+|thousands of\s+|all (?:the|my)\s+)?(?:[\w-]+\s+){0,2}?(?:people|followers|members|subscribers|readers|users)\s+(?:on|in|of)\s+(?:the|my|our)?\s*(?:[\w-]+\s+){0,2}?(?:forum|group|page|channel|server|subreddit|community)\s+know\b/,
  },
];
