import type { Cue } from '../types';
import { MONTH } from './en-relationship';

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** A calendar date as customers list it: "2 May", "May 2nd", "the 3rd", "12/5". */
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2}(?:/\d{2,4})?)`;
/** When an earlier message went: a day, a date, a span ago. */
const WHEN_BEFORE = String.raw`(?:yesterday|last\s+(?:week|${DAY})|on\s+${DAY}|on\s+${DATE}|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+ago|a\s+(?:week|fortnight)\s+ago|earlier\s+this\s+week)`;

// Session 24: a payment taken back through the app or wallet it was paid with, not a card. Read off corpus28 (three
// writers), where customers had "asked Apple for my money back", put "a refund request in with Google Play", "lodged
// an Afterpay dispute", "paused my Klarna instalments", "submitted a complaint in Alipay and they're holding the funds"
// or would "report the order in the Klarna app". The store or wallet named is what makes it a reversal: a refund
// asked of the company through PayPal ("refund it to my PayPal") names where the money goes, and stays compensation.

/** App stores, buy-now-pay-later services and wallets that take a payment back on the buyer's word. */
const WALLET = String.raw`(?:apple|the app store|app store|itunes|google play|google|play store|paypal|klarna|afterpay|clearpay|zip ?pay|zip|affirm|laybuy|humm|atome|alipay(?:\s?hk)?|wechat ?pay|gcash|paymaya|maya|grabpay|touch ?'?n ?go|paytm|phonepe|venmo|cash ?app|revolut|monzo)`;

/** What the customer files with one: a refund request, a dispute, a claim, a complaint, a report. */
const FILED = String.raw`(?:refund (?:request|claim)|request for a refund|dispute|claim|complaint|case|report)`;

/**
 * A question that puts the firm's conduct before an audience it fears: a judge, a forum, a group. Its cues below
 * name the audience; this makes the question rhetorical, so they read as threats rather than questions asked. "Want
 * me to…" asks whether the firm wants the step taken ("do you want me to go to the papers with this?", "want me to
 * post in the Facebook group is it?").
 */
export const RHETORICAL_S24 = String.raw`\b(?:is|was)\s+(?:that|this|it)\s+(?:something|what)\s+you(?:'?d|\s+would)\s+(?:be\s+)?(?:comfortable|happy|keen|like|want|care|prepared)\b|(?:^|[.!?,]\s*|\b(?:do|did|would)\s+(?:you|u)\s+(?:really\s+|honestly\s+|actually\s+)?|\bor\s+(?:do\s+)?(?:you|u)\s+)want\s+me\s+to\s+(?:describe|post|share|explain|put|write|tell|show|read|go|take|call|ring|contact|report|get|involve|escalate|complain|file|sue|email|e-mail|tag|name)\b|\b(?:do\s+you\s+think|i\s+wonder\s+(?:whether|if))\b[^?]{0,60}\bwould\s+(?:like|love|want|be\s+(?:very\s+|at\s+all\s+)?interested)\s+to\s+(?:hear|know|read|see)\b|\b(?:going\s+to|gonna|will\s+(?:it|that|this))\s+(?:sound|look|read)\s+(?:quite\s+|as\s+|so\s+|very\s+)*(?:convincing|good|reasonable|fair|clever|great)\b`;

export function s24Cues(parts: { platform: string }): Cue[] {
  const { platform: PLATFORM } = parts;
  return [
    // The conduct put before a court: "Is that something you'd be comfortable explaining to a judge?", "read out in a
    // courtroom". Read as a threat where RHETORICAL_S24 makes the question rhetorical, or said outright.
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:explain(?:ing)?|justify(?:ing)?|defend(?:ing)?|read\s+out|sound(?:ing)?|look(?:ing)?)\b[^.?!\n]{0,40}?\b(?:to|in\s+front\s+of|before|in)\s+(?:a|the|any)\s+(?:judge|magistrate|courtroom|court|tribunal|jury|small\s+claims\s+(?:court|judge))\b/,
    },
    // The call or the treatment described where others read: "Do you really want me to describe this call on Mumsnet?"
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`(?<!\b(?:a|an|the|my|your|his|her|their|this|that|our|one|every|each)\s)\b(?:describe|post|share|write\s+(?:up|about)|tell)\b[^.?!\n]{0,40}?\b(?:on|to|in)\s+(?:the\s+)?${PLATFORM}`,
      ),
    },
    // Filed with the wallet, said as done: "put a refund request in with Google Play", "opened a dispute in the
    // Afterpay app", "an Afterpay dispute lodged". The past verb is part of the cue, since a line like "Opened a
    // dispute in the app" has no subject for the tense reading to find.
    {
      flag: 'chargeback',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:opened|lodged|filed|raised|submitted|put|got|started|logged|sent)\s+(?:in\s+)?(?:an?|my|the)\s+${FILED}\s+(?:request\s+)?(?:in\s+)?(?:with|through|via|on|in|to)\s+(?:the\s+)?${WALLET}\b|\b${WALLET}\s+(?:app\s+)?${FILED}\s+(?:is\s+|has\s+been\s+|was\s+)?(?:now\s+|already\s+)?(?:lodged|filed|opened|raised|submitted|open|started|underway)\b`,
      ),
    },
    // Filed with the wallet, as a plan or a threat: "I'll open a dispute with Klarna", "a claim through PayPal is next".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:open|opening|lodge|lodging|file|filing|raise|raising|submit|submitting|start|starting|log|logging)\s+(?:in\s+)?(?:an?|my|the)\s+${FILED}\s+(?:request\s+)?(?:in\s+)?(?:with|through|via|on|in|to)\s+(?:the\s+)?${WALLET}\b`,
      ),
    },
    // The wallet asked for the money: "asked Apple for my money back", "requested a refund from Google Play",
    // "reported the order to Klarna", "report it in the Klarna app".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:ask(?:ed|ing)?|request(?:ed|ing)?|appl(?:y|ied|ying)|claim(?:ed|ing)?|got onto|contact(?:ed|ing)?)\s+(?:to\s+)?${WALLET}\s+(?:for|to)\s+(?:a\s+|my\s+|the\s+|our\s+)?(?:refund|money\s+back|reversal|(?:[\w-]+\s+){0,2}?(?:back|refunded|reversed))\b|\b(?:request(?:ed|ing)?|ask(?:ed|ing)? for|appl(?:y|ied|ying) for|claim(?:ed|ing)?|fil(?:e|ed|ing)|submit(?:ted|ting)?|lodg(?:e|ed|ing)|put(?:ting)? in)\s+(?:a\s+|my\s+|the\s+)?refund(?:\s+request)?\s+(?:in\s+)?(?:with|through|via|from|on)\s+(?:the\s+)?${WALLET}\b|\breport(?:ed|ing)?\s+(?:it|this|the\s+(?:order|charge|payment|purchase|transaction|seller|merchant))\s+(?:to|in|on|through)\s+(?:the\s+)?${WALLET}\b`,
      ),
    },
    // Instalments stopped through the service: "paused my Klarna instalments", "not paying the rest of the Afterpay".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:paus(?:e|ed|ing)|stop(?:ped|ping)?|freez(?:e|ing)|froze|halt(?:ed|ing)?)\s+(?:my\s+|the\s+|all\s+)?(?:remaining\s+)?${WALLET}\s+(?:instal(?:l)?ments|payments|repayments)\b`,
      ),
    },
    // A disputed charge said as its state: "charge is disputed", "the payment is now disputed with my bank".
    {
      flag: 'chargeback',
      kind: 'said',
      re: /\b(?:the|this|that|your|my)\s+(?:charge|payment|transaction|debit)\s+(?:is|has\s+been)\s+(?:now\s+|officially\s+|already\s+)?disputed\b|^\s*charge\s+(?:is\s+)?disputed\b/,
    },
    // Redress asked as the bill put right: "zero out the balance", "I'd like the bill adjusted", "pay the claim",
    // "I want both payments back". Read off corpus28's misses and written wider than them. An invoice "corrected" is
    // a clerical fix (older rounds label it clean), so only adjusting, reducing and crediting count.
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\bzero(?:ed)? (?:out|off) (?:the|my|our|that|this) (?:[\w$£€.,-]+ )?(?:balance|bill|invoice|charge|amount|fee|arrears)\b|\b(?:like|want|need|expect) (?:the|my|our|this|that) (?:[\w-]+ )?(?:bill|invoice|statement|balance|account|charge) (?:to be )?(?:adjusted|reduced|credited|written off)\b|\b(?:just |please |now )?pay (?:out )?(?:the|my|our|this) (?:[\w-]+ )?claim\b(?! (?:form|process|line|number|reference|ref|portal|status)\b)|\b(?:want|need|expect|demand) (?:both|all|the|my|our) (?:\w+ )?(?:payments|charges|debits|deductions|fees|instal(?:l)?ments) (?:put )?back\b/,
    },
    // Contempt for the agent's competence: "you clearly haven't got a clue", "out of your depth", "does anyone in
    // your team actually know how to read?", "an inability to read".
    {
      flag: 'abuse',
      kind: 'said',
      re: /\b(?:you|u|ya|your (?:staff|team|agents?|people|lot|colleagues?|support(?: team)?|complaints team))(?:'ve| have|'re| are)? (?:clearly |obviously |honestly |genuinely |really |just |simply )?(?:haven'?t got|have not got|have no|don'?t have|do not have|ain'?t got) (?:a |the (?:faintest|slightest) )?(?:clue|idea what (?:you'?re|you are|they'?re|they are) doing)\b|\b(?:you'?re|you are|ur|you lot are|your (?:staff|team|agents?) (?:is|are)) (?:clearly |obviously |completely |totally |way |well )?out of (?:your|their) depth\b|\b(?:can|does|do|is)\s+(?:anyone|anybody|any of you|one of you|you|u|somebody|someone)\b[^.?!\n]{0,40}?\b(?:(?:actually|even|still)\s+)?(?:know how to )?read\s*\?|\b(?:an )?inability to read\b/,
    },
    // Self-harm said as no reason to get up: "Some days I wonder why I bother waking up at all", "there's not much
    // point to any of it lately".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:wonder|wondering|don'?t know|do not know|not sure) why (?:i|i'?m) (?:even )?(?:bother(?:ing)?|keep(?:ing)?) (?:waking up|getting up|living|going on|being here|trying|breathing|getting out of bed)\b|\b(?:not|isn'?t|is not|ain'?t)\s+(?:much|a lot of|really any)\s+point (?:to|in|of) (?:any of (?:it|this)|anything|it all|life|living|carrying on|going on|waking up|being here)\b/,
    },
    // A veiled threat to premises or property: "would be a real shame if anything happened to it", "be a pity if
    // someone scratched it".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:be|it'?d be|would be|'d be|shame|pity)\b[^.!?\n]{0,12}?\b(?:shame|pity)\s+if\s+(?:anything|something|someone|somebody|owt)\s+(?:(?:were|was)\s+to\s+)?(?:happened|happen)\s+to\s+(?:it|them|that|this|you|your|the\s+(?:shop|store|office|window|van|car|premises|building|sign|staff|driver|branch|salon|clinic))\b|\b(?:shame|pity)\s+if\s+(?:anything|something|someone|somebody)\s+(?:scratch(?:ed)?|smash(?:ed)?|broke|keyed|torched|burnt|burned)\b/,
    },
    // An earlier contact listed by its date, a line each ("Called 2 May (ref 55102). Called 9 May."), as letters and
    // chats list them without "on". The date ends the item: "Called 2 May to book…" says why, and is a first contact.
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`(?:^|[.!?;]\s*|\n\s*)(?:called|rang|phoned|emailed|e-mailed|wrote|messaged|chatted|visited|whatsapped|texted)\s+(?:again\s+)?(?:on\s+)?${DATE}\b(?=\s*(?:\(|[.;,:]|$|\n|[-–—]|and\b|then\b|again\b|but\b))`,
      ),
    },
    // An earlier message left unanswered: "I sent an email last Monday but no reply until now", "despite chasing on the 6th".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:sent|wrote|emailed|e-mailed|messaged|submitted|lodged|posted|left)\s+(?:you\s+)?(?:an?\s+|my\s+|the\s+)?(?:e-?mail|message|letter|complaint|form|voicemail|request|ticket|note)?\s*(?:to you\s+)?${WHEN_BEFORE}[^.!?\n]{0,30}?\b(?:(?:but|yet)\s+(?:still\s+)?(?:no|nobody|no one|nothing|never|haven'?t|have not|not)|(?:and|with)\s+(?:still\s+)?(?:no|nobody|no one|nothing|never|haven'?t|have not))\b|\bdespite\s+(?:my\s+)?(?:chasing|calling|emailing|writing|phoning|ringing|following up|reminders?)\b`,
      ),
    },
    // The same answer given again: "the same answer I got last week, word for word", "your letter repeats your position".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\bsame (?:copy[- ]?paste(?:d)? |canned |scripted |template |stock )?(?:answer|reply|response|email|message|script|excuse|template|letter)s? (?:as |that )?(?:i|we) (?:got|had|received|was given|were given)\b|\b(?:your|this|the) (?:letter|reply|email|response) repeats (?:your|the same)\b|\bas (?:discussed|agreed|arranged) (?:with|by) (?:[\w'-]+ ){1,2}(?:on|last|yesterday|earlier|this morning|over the phone|on the phone|by phone)\b/,
    },
    // Gone elsewhere, said in passing: "already ordered the same blender off Amazon", "bought one from Argos instead",
    // "already got a Verizon SIM in", "I'll do my weekly shop at Tesco from now on". The firm itself ("already
    // ordered it from you") is not elsewhere.
    {
      flag: 'churn',
      kind: 'act',
      re: /\balready\s+(?:(?:ordered|bought|picked\s+up|grabbed|booked)\s+(?:the\s+same|an?|one|it|them)?|got\s+(?:the\s+same|one|it|them|a\s+new\s+one))\s*(?:[\w-]+\s+){0,3}?(?:off|from|at|with|through)\s+(?!(?:you|your|u|ur|the\s+same|this|that|there|here)\b)[\w&'.-]+|\balready\s+(?:got|put|bought)\s+(?:an?\s+|my\s+)?(?:new\s+)?[\w&'-]+\s+sim\b|\b(?:bought|ordered|got|booked|went\s+with|signed\s+up\s+with)\s+(?:one|it|them|the\s+same|a\s+new\s+one)?\s*(?:[\w-]+\s+){0,2}?(?:from|at|with|off|through)\s+(?!(?:you|your|u)\b)[\w&'.-]+(?:\s+[\w&'.-]+)?\s+instead\b/,
    },
    {
      flag: 'churn',
      kind: 'act',
      re: /\b(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+going\s+to|gonna)\s+(?:be\s+)?(?:do(?:ing)?\s+(?:my|our)\s+(?:[\w-]+\s+)?shop(?:ping)?|shop(?:ping)?|order(?:ing)?|buy(?:ing)?)\s+(?:[\w-]+\s+){0,3}?(?:at|from|with)\s+(?!(?:you|your|u)\b)[\w&'.-]+[^.!?\n]{0,20}?\bfrom\s+now\s+on\b|\bfrom\s+now\s+on,?\s+(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m|we'?re)\s+(?:be\s+)?(?:shop(?:ping)?|order(?:ing)?|buy(?:ing)?|get(?:ting)?)\s+(?:[\w-]+\s+){0,3}?(?:at|from|with)\s+(?!(?:you|your|u)\b)[\w&'.-]+/,
    },
  ];
}
