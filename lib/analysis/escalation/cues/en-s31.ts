import type { Cue } from '../types';

// Session 31, after the session's blind sets were scored (fresh57: uncommon sectors, conditions and reported acts;
// pasted conversations and mixed voices): shapes read off their misses and written as shapes, with wordings of our
// own beside them. A question that is pressure ("do I need to call my bank to get this sorted?"), settling with us
// rather than a bank or a court, a tenancy or employment tribunal as the place to go, a matter handed to a legal
// insurer or a consumer body's legal service, the owner or head asked for by role, and a charge the customer says
// they should not be paying.

/**
 * Pressure put as a question about what the customer will have to do for anything to happen: "Do I need to call my
 * bank to get this sorted??", "will I have to go to the ombudsman before anyone listens?", "must I really involve a
 * lawyer for you to refund me?". The purpose clause is what makes it pressure, not a how-to question. And a tag that
 * wants agreement after a claim ("I don't think I should be paying for that, do you?").
 */
export const RHETORICAL_S31 = String.raw`[,;]\s*(?:do|would|don'?t|wouldn'?t)\s+(?:you|u)\s*\?|\b(?:do|will|would|must|should|shall)\s+(?:i|we)\s+(?:really\s+|actually\s+|now\s+|seriously\s+|honestly\s+)?(?:need\s+to|have\s+to|(?:have\s+)?got\s+to)\b[^?]{0,60}?\b(?:to\s+get\s+(?:this|it|that|the|my|our|any|some|anything|something|someone|somebody|a)\b|before\s+(?:you|anyone|someone|somebody|anything|something)\b|for\s+(?:you|anyone|someone|somebody)\s+to\b|to\s+(?:make|have)\s+you\b)`;

/** A bank, card company or card scheme the customer can dispute through. */
const CARD_BODY = String.raw`(?:(?:my|our|the)\s+(?:bank|card (?:company|issuer|provider)|credit card (?:company|provider|issuer))|amex|american express|barclaycard|barclays|hsbc|lloyds|natwest|santander|nationwide|halifax|monzo|starling|revolut|chase|citi(?:bank)?|capital one|wells fargo|visa|mastercard|paypal)`;
/** A court or tribunal the customer can take us to. */
const COURT = String.raw`(?:(?:the|a)\s+)?(?:(?:small claims|county|district|magistrates'?|civil|consumer)\s+)?(?:court|tribunal)|(?:my|our|a)\s+(?:solicitor|lawyer|attorney)s?`;

/** Settling with us offered as the better way, up to the other way it names: "I'd rather settle this with you than ". */
const RATHER_WITH_US = String.raw`\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:much\s+)?(?:rather|prefer\s+to)\s+(?:settle|sort|resolve|deal\s+with|fix)\s+(?:this|it|that|the\s+matter)(?:\s+out)?\s+(?:with\s+you|directly)\s+than\s+`;

export const S31_CUES: Cue[] = [
  // The bank called in to undo a charge: "Do I need to call my bank to get this sorted?", "I'll ring my card company
  // about these charges", "get Barclaycard to step in". Calling the bank about something else is not a dispute.
  {
    id: 'chargeback-bank-to-sort-it',
    flag: 'chargeback',
    kind: 'act',
    re: new RegExp(
      String.raw`\b(?:call|ring|phone|contact|speak to|talk to|go to|get)\s+${CARD_BODY}\b(?:\s+involved)?\s+(?:to\s+(?:get\s+(?:this|it|that|the\s+(?:money|charges?|payments?))\s+(?:sorted|back|reversed|refunded|undone)|sort\s+(?:this|it|that)|reverse|claw|recover|get\s+(?:my|our|the)\s+money)|about\s+(?:this|these|it|the\s+(?:charges?|payments?|transactions?|debits?|double\s+charges?)))|\bget\s+${CARD_BODY}\s+to\s+step\s+in\b`,
    ),
  },
  // Settling with us is offered as the better of two ways: "I'd rather settle this with you than with my bank",
  // "we would prefer to sort it with you than in court". The other way is the threat.
  {
    id: 'chargeback-rather-you-than-bank',
    flag: 'chargeback',
    kind: 'act',
    re: new RegExp(String.raw`${RATHER_WITH_US}(?:with|through|via)\s+${CARD_BODY}\b`),
  },
  {
    id: 'legal-rather-you-than-court',
    flag: 'legal',
    kind: 'act',
    re: new RegExp(String.raw`${RATHER_WITH_US}(?:in|at|through|via|with)\s+(?:${COURT})\b`),
  },
  // A tribunal as where the customer goes: "I'm going to the tribunal", "taking this to the tenancy tribunal",
  // "I'll file at the employment tribunal".
  {
    id: 'legal-going-to-tribunal',
    flag: 'legal',
    kind: 'act',
    re: /\b(?:going|go|taking|take|took|gone|went|apply(?:ing)?|file|filing|filed|lodg(?:e|ing|ed))\s+(?:(?:this|it|the\s+(?:matter|case|deposit|claim)|you)\s+)?(?:to|at|with)\s+(?:the|a)\s+(?:(?:tenancy|property|first-tier|employment|residential|rental|deposit|civil|consumer)\s+)?tribunal\b/,
  },
  // The matter handed to a legal insurer or a consumer body's legal service: "I've passed the whole thing to Which?
  // Legal", "handed it over to my legal expenses insurer".
  {
    id: 'legal-handed-to-legal-service',
    flag: 'legal',
    kind: 'act',
    re: /\b(?:passed|handed|referred|sent|given|forwarded)\s+(?:the\s+whole\s+(?:thing|matter|lot)|this|it|everything|the\s+(?:matter|case|file|paperwork|details))\s+(?:over\s+|on\s+)?to\s+(?:which\??\s+legal|(?:my|our)\s+(?:legal\s+(?:expenses\s+)?(?:insurer|insurance|cover|helpline|team|department)|home\s+insurer'?s\s+legal\s+(?:team|line)))\b/,
  },
  // The one in charge asked for by role: "I'd ask that any reply come from the Head directly", "I want the reply to
  // come from the practice manager", "forward this to whoever owns the agency".
  {
    id: 'supervisor-reply-from-head',
    flag: 'supervisor',
    kind: 'ask',
    re: /\b(?:reply|replies|response|answer|correspondence|call|contact)\s+(?:to\s+)?(?:should\s+|must\s+|to\s+|will\s+need\s+to\s+)?come\s+(?:directly\s+)?from\s+(?:the|your)\s+(?:head(?:\s?teacher|\s+of\s+\w+)?|principal|owner|director|managing\s+director|ceo|practice\s+manager|branch\s+manager|general\s+manager|store\s+manager|clinic\s+manager|head\s+office|someone\s+senior)\b|\b(?:forward|pass|send)\s+(?:this|it|my\s+(?:e-?mail|message|complaint|letter))\s+(?:on\s+)?to\s+whoever\s+(?:owns|runs|manages|is\s+in\s+charge\s+of|heads)\b/,
  },
  // A charge the customer says they should not be paying: "I don't think I should be paying for that, do you?",
  // "why should I pay for a delivery that came five days late?". A refund of it is what they ask.
  {
    id: 'compensation-should-not-be-paying',
    flag: 'compensation',
    kind: 'ask',
    re: /\bi\s+(?:don'?t|do\s+not)\s+think\s+i\s+should\s+(?:be\s+)?(?:pay(?:ing)?|charged|billed)\s+(?:for|the)\b|\bi\s+shouldn'?t\s+(?:have\s+to\s+)?(?:be\s+)?(?:pay(?:ing)?|charged|billed)\s+(?:for\s+)?(?:that|this|it|the|a|next-day|delivery|postage|shipping)\b/,
  },
  // Voting us out: "I'll be proposing we replace you as managing agent", "we're dropping you as our supplier".
  {
    id: 'churn-replace-you-as',
    flag: 'churn',
    kind: 'act',
    re: /\b(?:replace|replacing|sack|sacking|drop|dropping|ditch|ditching|fire|firing|switch(?:ing)?\s+away\s+from)\s+you\s+as\s+(?:our\s+|the\s+|my\s+)?(?:managing\s+agents?|letting\s+agents?|agents?|suppliers?|providers?|contractors?|management\s+company|caterers?|cleaners?|installers?|accountants?|broker|vendor)\b/,
  },
  // A business weighing whether to renew: "we will need to review whether to renew the agreement in June".
  {
    id: 'churn-review-whether-to-renew',
    flag: 'churn',
    kind: 'act',
    re: /\b(?:review|reconsider|reassess|re-?evaluate|think\s+hard\s+about)\s+whether\s+(?:to|we\s+(?:should|will|want\s+to))\s+(?:renew|continue|stay|keep\s+(?:using|working\s+with)|extend)\b/,
  },
  // An ultimatum ending on leaving: "fix it properly this time or I'm going", "sort it or we're off".
  {
    id: 'churn-or-im-going',
    flag: 'churn',
    kind: 'act',
    re: /\bor\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:going|gone|off|leaving|walking)(?=\s*(?:[.!,;]|$|for\s+good|elsewhere))/,
  },
  // What a public forum would make of it: "genuinely curious what the folks over on MoneySavingExpert would make
  // of it", "I wonder what my followers would think of this". The crowd is on a site or is the writer's own: "the
  // people who license you" are a regulator.
  {
    id: 'public-what-they-would-make-of-it',
    flag: 'public',
    kind: 'act',
    re: /\b(?:curious|wonder(?:ing)?|interested\s+to\s+(?:know|see|hear))\s+what\s+(?:(?:the\s+)?(?:folks|people|readers|users|members|posters|crowd|lot)\s+(?:over\s+)?(?:on|at|in)\s+[\w.?'-]+|(?:my|our)\s+(?:followers|readers|subscribers|viewers|audience))\b[^.!?]{0,40}?\b(?:would|will|might|'d)\s+(?:make\s+of|think\s+of|say\s+(?:about|to))\s+(?:it|this|that|all\s+this)\b/,
  },
  // A review or post ready and waiting: "I've got a Google review ready to go", "the Trustpilot post is drafted".
  {
    id: 'public-review-ready-to-go',
    flag: 'public',
    kind: 'act',
    strength: 'threatened',
    re: /\b(?:review|post|thread|video|tweet|write-?up)s?\s+(?:is\s+|are\s+)?(?:all\s+)?(?:ready\s+to\s+(?:go|post|publish|send)|drafted\s+and\s+ready|written\s+and\s+ready|sitting\s+in\s+(?:my|the)\s+drafts)\b/,
  },
  // Payments taken asked back: "that the payments taken since his death are returned".
  {
    id: 'compensation-payments-taken-returned',
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:payments?|money|fees?|charges?|deductions?|debits?|premiums?|instal?ments?)\s+(?:taken|deducted|charged|debited|collected|paid)\s+(?:since|after|from|in\s+error|by\s+mistake)\b[^.!?]{0,40}?\b(?:are|be|is|get)\s+(?:returned|refunded|repaid|paid\s+back|reimbursed|given\s+back)\b/,
  },
];
