import type { Cue } from '../types';

// The customer's history with us and where the relationship goes next, as families of wording rather than
// phrases (tenth session, esc-en-a; read from the misses of fresh19, corpus1-4, fresh17/18 and written as the
// general shape): earlier contacts told as a story or counted, promises our people made and when, money asked
// back by where it should land, disputes raised by indirection, authority asked for by description, and
// contracts ended in a business's register. Patterns are lowered as source text: no capital escapes (\S, \W).

// Days named in full or by an abbreviation that is not a common word ("sat", "sun", "wed" as words are rare in
// this position, but "sat on hold" is not Saturday).
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri)';
export const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const DATE = String.raw`(?:(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: (?:of )?${MONTH})?|${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)`;
const COUNTED = '(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\\d+)';
// When an earlier contact happened: a day, a date, a span ago, or how often.
const WHEN_PAST = String.raw`(?:yesterday|last (?:night|week|month|year|time|weekend|winter|summer|spring|autumn|fall|${DAY})|(?:on|back in|in|at the (?:start|end) of) ${MONTH}|on ${DATE}|on ${DAY}|${DAY}(?:'s)?|(?:a|one|${COUNTED}) (?:days?|weeks?|months?|fortnights?) ago|a (?:week|fortnight|month) ago|this (?:morning|week|month)|earlier (?:today|this (?:week|month))|twice|${COUNTED} times)\b`;
// Recent enough to be a chase, not the terms agreed at sale ("we were told in October the upgrade was free").
const WHEN_RECENT = String.raw`(?:yesterday|last (?:night|week|${DAY})|on ${DATE}|on ${DAY}|(?:a|one|${COUNTED}) (?:days?|weeks?) ago|a (?:week|fortnight) ago|this (?:morning|week)|earlier (?:today|this week)|twice|${COUNTED} times)\b`;
// Where one of our people said it.
const WHEN_SAID = String.raw`(?:${WHEN_PAST}|(?:on|over) the (?:phone|chat|call)\b|in (?:the )?(?:store|branch|shop)\b)`;
// Someone on our side: an agent, a colleague, the person on the phone.
const OUR_PERSON = String.raw`(?:(?:your|ur|yr|one of your|another|the) (?:[\w-]+ )?(?:colleague|agent|advis[eo]r|rep|representative|engineer|technician|operator|consultant|staff member|member of (?:your )?staff|call handler|customer service (?:agent|rep|advis[eo]r)|support (?:agent|person)|manager|supervisor|team leader)|(?:the|a|some|this) (?:young |nice |other )?(?:lady|woman|man|guy|gentleman|girl|bloke|chap|fella|person|someone)(?: (?:on the (?:phone|chat|line)|i spoke to|at (?:the )?(?:store|branch|counter|desk)|in (?:the )?(?:store|branch)))|(?:someone|somebody) (?:from|at|on) (?:your|the) (?:team|end|side|helpline|phone line|call cent(?:re|er)|office|store|branch))`;
// The writer's own ways of getting in touch.
const I_CONTACTED = String.raw`(?:rang|called|phoned|telephoned|emailed|e-mailed|texted|messaged|dm'?d|wrote(?: in)?|written(?: in)?|chatted|spoke (?:to|with) [\w'-]+|spoken (?:to|with) [\w'-]+|asked|told (?:you|your [\w-]+|ur [\w-]+)|reported (?:it|this|the \w+)|raised (?:it|this)|chased|complained|contacted (?:you|support|your [\w-]+)|visited (?:your|the) (?:store|branch|shop)|came (?:in|down)|went (?:in|into|down))`;
// Where an earlier contact went, when it is said: to us, to this number, in person.
const TO_US = String.raw`(?:you(?: guys| lot| people)?|u|ya|(?:your|ur) (?!(?:ceo|md|managing|director|head|chief|founder|boss|manager|supervisor|president|chair|owner|cto|cfo|coo|vp|senior)\b)[\w-]+(?: [\w-]+)?|the (?:helpline|hotline|support (?:line|team)|customer service(?:s)?(?: line| team)?|call cent(?:re|er)|complaints (?:line|team|department)|store|branch|shop|office|number)|this (?:number|line|address|chat|inbox)|in|up|back|support|customer service(?:s)?)`;
const CONTACT_NOUNS =
  '(?:emails|e-mails|messages|letters|calls|phone calls|chats|complaints|tickets|enquiries|queries|requests|reminders|chasers|follow-?ups|texts|dms|voicemails)';
const CONTACT_NOUN =
  '(?:email|e-mail|message|letter|call|phone call|conversation|chat|correspondence|complaint|ticket|enquiry|query|request|voicemail)';

// Who can take a payment back: the customer's bank or card company, or a payment service by name.
export const PAYER = `(?:(?:my|our|the) (?:bank|credit card (?:company|provider|issuer)|card (?:company|provider|issuer)|building society)|(?:my|our) (?:credit )?card|visa|mastercard|amex|american express|paypal|stripe|klarna|barclaycard|barclays|hsbc|lloyds|natwest|santander|monzo|revolut|starling|nationwide|halifax|chase|capital one|discover)`;

export const EN_RELATIONSHIP_CUES: readonly Cue[] = [
  // repeat contact: an earlier promise by one of our people, told with when it was made ("your colleague told
  // me on Tuesday she'd escalate it", "the agent yesterday PROMISED me a callback", "I was told last Tuesday a
  // supervisor would call", "I was told twice it'd be fixed", "that's what you wrote on the 12th").
  {
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b${OUR_PERSON}(?: [\w'-]+){0,3}? (?:${WHEN_SAID} )?(?:told|promised|assured|said|swore|mentioned|confirmed|guaranteed|agreed|offered)\b[^.!?]{0,70}?\b${WHEN_SAID}|\b${OUR_PERSON} (?:${WHEN_SAID}|who (?:i|we) spoke (?:to|with)(?: ${WHEN_PAST})?) (?:told|promised|assured|said|swore|mentioned|confirmed|guaranteed|agreed|offered)\b|\b(?:i|we) (?:was|were|'ve been|have been|had been|got) (?:told|promised|assured|advised|informed|quoted)\b(?! (?:by|in) (?:my|our|a|his|her) (?!colleague|agent)[\w-]+)(?![^.!?]*\b(?:thanks|thank you|cheers|brilliant|great)\b)[^.!?]{0,80}?\b${WHEN_RECENT}|\b${WHEN_RECENT}[^.!?]{0,40}? (?:i|we) (?:was|were|got) (?:told|promised|assured)\b|\b(?:that'?s|that is|this is) (?:exactly )?what (?:you|your [\w-]+|they|he|she|the [\w-]+) (?:wrote|said|emailed|replied|sent|told (?:me|us)|promised(?: me| us)?)\b[^.!?]{0,20}?\b(?:on|in|last|back in|\d+ (?:days|weeks|months) ago|${DATE})\b`,
    ),
  },
  // repeat contact: the writer's own earlier contacts, one dated or several listed ("I telephoned on Tuesday",
  // "Rang Tuesday, emailed Wednesday", "I did email on the 2nd", "I asked three weeks ago", "I spoke with Mark
  // on 28/11"). Only contacts made to us: "I called my bank on Monday" is not one.
  {
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`(?:(?:^|[.!?;,]\s*)(?:(?:and|then|so) )?|\b(?:i|we)(?:'ve| have| had| did| already| also| first| originally){0,2} )${I_CONTACTED}(?: (?:to |with )?${TO_US})?(?: about (?:this|it|the [\w-]+))?,? ${WHEN_PAST}(?! to (?:book|order|buy|ask about|upgrade|sign up|renew|add)\b)|\b(?:i|we)(?:'ve| have)? (?:emailed|called|rung|phoned|written|messaged|texted|tweeted|dm'?d|been (?:in|into|to) (?:the|your) [\w-]+),? (?:and )?(?:i'?ve |i have |we'?ve |we have )?(?:emailed|called|rung|phoned|written|messaged|texted|tweeted|dm'?d|been (?:in|into|to) (?:the|your) [\w-]+)\b`,
    ),
  },
  // repeat contact: earlier contacts named as things ("further to my email of 14 November", "further to
  // Thursday's call", "as stated in my previous correspondence", "my last three emails", "either of my emails",
  // "keep ignoring my emails", "numerous attempts to resolve this", "the last three people I spoke to").
  {
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b(?:further to|as per|re:?|as (?:i )?(?:stated|said|mentioned|explained|requested|detailed|outlined|set out) in|same (?:issue|problem|fault|thing) as|see) (?:my|our) (?:(?:previous|last|earlier|recent|original|initial|prior|first|second|third) )?(?:${CONTACT_NOUN}s?|phone call|correspondence)(?! address)\b|\bfurther to (?:our|your|the|my|(?:last )?${DAY}'s|yesterday'?s|today'?s) (?:(?:phone |telephone |recent |earlier )?(?:call|conversation|chat|discussion)|email|e-mail|letter)\b|\b(?:my|our) (?:(?:${CONTACT_NOUN}s?|correspondence) (?:of|dated|from|sent on)|(?:emails?|e-mails?|letters?|messages?|chats?|complaints?) on) (?:the )?(?:\d|${DAY}\b|${MONTH}\b|last\b|yesterday)|\byour (?:last|previous|past) ${COUNTED} (?:emails|replies|responses|messages|letters)\b|\b(?:numerous|several|multiple|repeated|countless|many|various|a number of|${COUNTED}) (?:previous |prior |earlier |unanswered |separate )?attempts to (?:resolve|contact|reach|get (?:hold of|through to)|sort|chase|speak|raise|settle)\b|\b(?:sent|after|despite|ignored|following|made|had) (?:numerous|several|multiple|repeated|countless|many|${COUNTED}) (?:previous |prior |earlier |unanswered |separate )?(?:reminders|chasers|follow-?ups)\b|\b(?:repeated|numerous|multiple|countless) (?:previous |prior |earlier |unanswered )?requests\b|\bthe last ${COUNTED} (?:people|persons|agents|advis[eo]rs|reps|staff) (?:i|we)(?:'ve| have)? (?:spoke|spoken|talked|dealt|chatted) (?:to|with)\b|\b(?:second|third|fourth|fifth|another) (?:${DAY}|day|morning|afternoon|weekend|appointment|visit|day off) (?:i'?ve|i have|we'?ve|we have) (?:wasted|lost|taken off|waited(?: in)?|sat in|stayed in)\b|\bticket (?:number|no\.?) (?:two|three|four|five|six|[2-9])\b|\b(?:the|my|our) (?:email|e-mail|message|letter|voicemail|complaint|form|request) (?:i|we) (?:sent|left|wrote|logged|raised|submitted)(?: (?:you|to you|in))?(?: on)? ${WHEN_PAST}|(?:^|[.!?]\s*)(?:you|your (?:colleague|agent|team|rep|company|email|reply|letter)) (?:wrote|said|told (?:me|us)|promised(?: (?:me|us))?|emailed (?:me|us)|replied)\b[^.!?]{0,30}?\b${WHEN_PAST}|\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:raised|reported|flagged|logged|mentioned) (?:(?:each|all|both) of )?(?:these|them|this|it|the (?:issue|problem|fault|outages?)) (?:with|to) (?:you|your [\w-]+(?: [\w-]+)?)\b|\b(?:${COUNTED}|numerous|countless|multiple) (?:separate |different )?(?:phone calls|calls|emails|e-mails|chats|letters)(?:,| and| later| across| over| to (?:you|your))`,
    ),
  },
  // The customer's own contacts by possessive ("my last three emails", "either of my emails", "ignoring my
  // calls"): theirs whoever the clause's subject is ("she found my last three emails to you fascinating").
  {
    flag: 'repeat-contact',
    kind: 'said',
    proxy: true,
    re: new RegExp(
      String.raw`\b(?:my|our) (?:last|previous|earlier|past|prior|recent) (?:${COUNTED} )?${CONTACT_NOUNS}\b|\b(?:either|neither|both|none|all|any|each) of (?:my|our) ${CONTACT_NOUNS}\b|\bignor(?:e|es|ed|ing) (?:all )?(?:my|our) ${CONTACT_NOUNS}\b`,
    ),
  },
  // repeat contact: time spent with us ("spent the weekend on the phone to you lot", "two hours on this chat
  // yesterday", "nine hours on hold", "been messaging this number since the 2nd", "the 3rd day I'm messaging").
  {
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b(?:spent|wasted|was|were|been|sat)\b[^.!?]{0,30}?\bon (?:the phone|hold|the line) (?:to|with) (?:you|u|ya|your [\w-]+)\b|\b(?:spent|wasted|was|been|sat)\b[^.!?]{0,25}?\bon (?:this|your|the) (?:chat|helpline|hotline|line|webchat)\b[^.!?]{0,20}?\b(?:yesterday|last|on ${DAY}|all (?:day|morning|afternoon|evening)|before)\b|\b(?:\d+|${COUNTED}|many) (?:hours?|hrs?) on hold\b|\b(?:i|we)(?:'ve| have)? been (?:messaging|calling|emailing|chasing|ringing|phoning|texting|writing to|contacting|trying to (?:reach|contact|get hold of|get through to))\b[^.!?]{0,40}?\b(?:since|for (?:days|weeks|months|ages|${COUNTED} (?:days|weeks|months))|every (?:day|week))\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) (?:day|week) (?:i'?m|im|i am|i'?ve been|i have been|we'?ve been|of) (?:messaging|calling|chasing|emailing|writing|contacting|ringing|trying)\b`,
    ),
  },
  // Someone close calling for the customer ("he has rung you every single day this week"): still our contact.
  {
    flag: 'repeat-contact',
    kind: 'said',
    proxy: true,
    re: /\b(?:has|have|'s|'ve) (?:rung|called|phoned|emailed|written to|messaged|contacted) (?:you|your [\w-]+) every (?:single )?(?:day|week)\b/,
  },
  // repeat contact: a count of the same thing sent or said ("I have sent the death certificate twice", "i've
  // told you guys like 5 times", "I already told 3 time on call", "three times already I come down").
  {
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:told|sent|explained|given|provided|submitted|uploaded|re-?sent|forwarded)(?: (?:you|u|it|this|them|the [\w-]+(?: [\w-]+)?|my [\w-]+(?: [\w-]+)?|your [\w-]+|you (?:guys|lot|people)))? (?:already )?(?:twice|(?:like |about |at least )?(?:${COUNTED}|\d+) times?)\b|\b(?:twice|(?:${COUNTED}|\d+) times?)(?: already)? (?:i|we)(?: have|'ve)? (?:come|came|been|gone|went|call|called|write|wrote|email|emailed|visit|visited)\b|\b(?:i|we) (?:write|wrote|call|called|email|emailed|contact|contacted|ask|asked|came|come|chase|chased)(?: (?:to )?you)? (?:already )?(?:${COUNTED}|\d+) times?\b|\bsame (?:old )?(?:excuses?|runaround|promises?)\b|\bsame (?:line|story|reply|response|answer|message) (?:every time|each time|again|as (?:last|before|yesterday|the last))\b|\b(?:here (?:i|we) (?:am|are)|(?:i'?m|i am|we'?re|we are)(?: back)?) again\b[^.!?]{0,30}?(?:\bsame\b|[.!]|$)`,
    ),
  },
  // supervisor: the one who decides, described ("whoever signs off on refunds over £100", "someone whose job is
  // to make decisions", "whoever decided to charge me", "the person who made the rule"). Sign-offs of invoices
  // and orders are office routine.
  {
    flag: 'supervisor',
    kind: 'ask',
    re: /\b(?:whoever|someone|somebody|anyone|anybody|a person|the person|one person|the people)\b(?: in [\w ]{1,25}?)?(?: (?:who|that))? (?:(?:actually|really|can|could|is able to|has the (?:power|authority) to) )*(?:signs? off|make (?:a |the |real )?decisions?|makes (?:the )?decisions|decides|authori[sz]es?|approves?|overrules?|overrides?|made (?:the|this|that) (?:rule|decision|call|policy)|sets? the (?:rules|policy|prices?)|is (?:responsible|accountable) for (?:this|that|these|the|my)|is in a position to)\b(?! (?:on )?(?:the |your |our |my )?(?:invoices?|purchase orders?|pos?|expenses|timesheets|holidays?|leave|artwork|designs?|proofs?)\b)|\bsomeone whose job (?:it )?is to (?:make decisions|decide|fix|sort)\b|\bwhoever is (?:responsible|accountable|in charge)\b|\b(?:person|manager|someone|whoever|the one) (?:who )?(?:handles|deals with|is responsible for|oversees|runs) (?:complaints|escalations|customer (?:service|complaints|relations))\b|\b(?:i want|(?:speak|talk) (?:to|with)|put me through to) (?:whoever|the person who|the people who) (?:decided|made)\b/,
  },
  // supervisor: authority asked for by what it has or where it sits ("a real person with some authority", "your
  // higher authority", "someone above them", "who that man reports to", "who is in charge there", "FAO a senior
  // manager", "if nobody senior rings me back").
  {
    flag: 'supervisor',
    kind: 'ask',
    re: /\bhigher (?:authority|authorities)\b|\b(?:person|human|someone|somebody|anyone|anybody|one|people) (?:with|who has|who have) (?:some |real |actual |more |any |proper |genuine )?(?:authority|clout|seniority|decision[- ]making (?:power|authority))\b|\b(?:someone|somebody|anyone) above (?:them|him|her|that (?:person|agent|guy|man|woman|lady))\b|\bsomeone with more than\b[^.!?]{1,30}\bon (?:their|his|her) (?:badge|name ?tag|lanyard)\b|\bwho (?:(?:he|she|they|that [\w-]+|this [\w-]+) reports? to|do you report to)\b|\bwho(?:'?s| is) (?:in charge|(?:your|ur|yr) (?:boss|manager|supervisor|superior|line manager))\b|\bis there (?:anyone|anybody|someone|somebody) (?:above you|(?:more )?senior|higher up)\b|\b(?:nobody|no one|no-one|someone|somebody|anyone|anybody) (?:more )?senior\b(?= (?:to |who |please |(?:can|could|will|would|rings?|calls?|phones?|contacts?|emails?|looks?|gets?|reviews?)\b))|\b(?:fao|f\.a\.o\.?|for the attention of|attn:?|attention:) (?:a |the |your )?(?:senior (?:manager|member of staff|person)|(?:complaints |customer services? |branch |store |general )?manager|supervisor|head of [\w-]+|director|ceo|managing director|team leader)\b/,
  },
  // supervisor: that person put on the line ("put me through to that person", "put someone with a brain on the
  // phone", "pls put me thru to ur manager", "gimme a manager", "a manger. MANAGER", "Manager. Now.", "pass me up
  // to whoever can").
  {
    flag: 'supervisor',
    kind: 'ask',
    re: /\bput (?:me )?(?:through|thru) to (?:that person|whoever|the person who|someone (?:senior|who can|with))\b|\bput (?:him|her|them|someone|somebody|that person|whoever|(?:your|ur) (?:manager|boss|supervisor))(?: [^.!?]{0,30}?)? on (?:the phone|the line)\b|\b(?:put me (?:through|thru)|transfer me|gimme|give me|get me) (?:to )?(?:a|the|your|ur|yr) (?:manager|manger|supervisor|boss|team leader|superior)\b|\b(?:speak|talk) (?:to|with) (?:a|the|your|ur) manger\b|\b(?:want|need|wish|like|would like) (?:to )?(?:talk|speak) (?:with|to) (?:(?:your|ur|the|a) )?(?:chief|responsible(?: person)?|person responsible|superior|superiors|head|senior)\b|\b(?:find|get|give|bring) me (?:whoever|someone who|somebody who) can\b|\b(?:pass|send|bump|kick|move|escalate) (?:me|this|it|my [\w-]+) (?:up|higher)(?: the (?:chain|line|ladder))?(?: to (?:whoever|someone|somebody|the next level))\b|\b(?:pass|send|bump|kick|move|escalate) (?:me|this|it|my [\w-]+) up the (?:chain|ladder)\b|(?:^|[.!?:]\s*)(?:a |your |ur |the )?(?:manager|supervisor|team leader|someone senior)\s*[.!,]*(?=\s*(?:now|please|asap|immediately|right now)\b)/,
  },
  // supervisor taken: over the agent's head ("I went over your head and emailed your regional director", "went
  // straight to the store manager"). Tagging a CEO on a platform is going public.
  {
    flag: 'supervisor',
    kind: 'act',
    re: /\b(?:went|gone|go(?:ing)?|got|gotten) (?:straight |right |directly )?over (?:your|his|her|their|the agent'?s|ur) heads?\b|(?:\b(?:and|then|so|i'?ve|i have|i|we|we'?ve)|,) (?:already |just |now )?(?:emailed|e-mailed|wrote to|written to|called|rang|contacted|messaged|dm'?d|cc'?d|copied in|went (?:straight |directly |right )?(?:up )?to|gone (?:straight |directly )?to|complained to|escalated (?:it|this) to) (?:in )?(?:your|ur|the) (?:ceo|md|managing director|chief executive|founder|owner|president|chair(?:man|woman)?|board|head office|(?:regional|area|operations|customer [\w-]+) director|head of [\w-]+|(?:store|branch|area|regional|general|duty|shift) manager)\b/,
  },
  // compensation: a charge taken back, waived or knocked down ("kindly reverse the late payment charge", "Waive
  // it.", "I'd like the whole annual fee reversed", "if the overcharge wasn't reversed", "knock a bit off", "I want
  // September and October knocked off", "halve my bill", "I'd take a small discount", "some money off would be
  // fair", "issue a credit note").
  {
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:reverse|waive|write off|wipe|scrap|refund|credit back|remove)\s+(?:the|that|this|my|our|these|those|both|your)\s+(?:[\w$£€.,'-]+\s+){0,3}?(?:charges?|fees?|debits?|overcharges?|surcharges?|penalt(?:y|ies)|excess|premiums?|payments?)\b(?! (?:method|details|form|link|page|settings)\b)|(?:^|[.!?:]\s*|\b(?:just|please|pls|kindly|can you|could you|then)\s+)(?:reverse|waive|refund) (?:it|them|that)\b|\b(?:want|like|need|expect)\s+(?:the|that|this|my|our|these|those|both)\s+(?:[\w$£€.,'-]+\s+){0,3}?(?:charges?|fees?|debits?|overcharges?|surcharges?|penalt(?:y|ies)|premiums?|payments?|amount|sum)\s+(?:reversed|waived|refunded|removed|written off|credited back|taken off|put back|paid back)\b|\b(?:charges?|fees?|debits?|overcharges?|payments?)\s+(?:wasn'?t|was not|weren'?t|were not)\s+(?:reversed|refunded|waived|credited back|repaid)\b|\bknock(?:ed|ing)? (?!it\b)(?:[\w$£€%]+ ){1,3}?off\b(?! (?:goods|products?|copies|versions?|brands?))|\bhalve (?:my|the|our) (?:bill|invoice|charge|fee|payment)\b|\b(?:some|a bit of|a little|something) (?:money )?off\b(?= (?:the|my|our|would|for|as|to|since|because)\b)|\b(?:i'?d|i would|i'?ll|we'?d|we would) (?:take|accept|settle for|be happy with) (?:a |some )?(?:small |partial |fair |reasonable )?(?:discount|reduction|partial refund|price reduction|credit|refund)\b|\b(?:issue|raise|send|process|authori[sz]e) (?:a|the|us a|me a) (?:credit note|credit|refund|reimbursement)\b|\b(?:credits?|refunds?|compensation|reimbursement|goodwill)\b[^.!?]{0,40}?\b(?:be|is|are|being|get|gets) applied\b/,
  },
  // compensation: the money itself asked back, by where it should go or what it pays for ("Please you give me back
  // the money", "return last 2 month premium", "where is my money", "I'd expect it to be reflected on my
  // account", "I'd like the extra £45.00 put back", "pay for our hotel", "send me a cheque", "I'd like the actual
  // money", "waiting 5 weeks for the money", "I'll be claiming for the distress", "if the claim is not settled").
  {
    flag: 'compensation',
    kind: 'ask',
    re: /\b(?:give|gives|return|send|transfer)\s+(?:me |us )?(?:back )?(?:the |my |our |all (?:the |my )?|last (?:\d+|two|three) [\w-]+ )?(?:[$£€]\s?\d[\d,.]*\s+)?(?:money|premiums?|deposit|cash|amount paid|payment)(?: back)?\b(?! (?:method|details|form|link|page|slip|reference))|\bwhere(?:'s| is| the hell is| on earth is)? (?:my|our) (?:money|deposit|refund|cash|[$£€]\s?\d[\d,.]*)(?=\s*[?.!]|\s*$)|\b(?:reflected|shown|taken into account|accounted for|credited|applied) (?:on|in|to|against) (?:my|our|the next|my next|our next) (?:account|bill|invoice|statement)\b|\b(?:want|like|need|expect)\s+(?:the|my|our|that|this)\s+(?:[\w-]+\s+)?(?:[$£€]\s?\d[\d,.]*|money|deposit|premium|payment|difference|overpayment|excess|balance|remainder)\s+(?:put back|paid back|given back|returned|credited(?: back)?|refunded|repaid|back)\b|(?:^|[.!?]\s*|\b(?:you(?:'ll| will| should| must| need to| have to| can)|i expect you to|i want you to|please) )(?:pay|cover|reimburse) (?:for )?(?:the |our |my )?(?:[\w-]+ )?(?:hotel|taxi|cab|repairs?|damages?|replacement|cleaning|accommodation|flights?|meals|losses|lost wages|time off)\b|\b(?:want|expect|need) (?:those|these|the|my|our) (?:[\w-]+ ){0,3}?(?:paid for|covered|reimbursed|compensated)\b|\bsend me a cheque\b|\b(?:unless|if|until|till) (?:the |my |our |that )?(?:full )?(?:[$£€]\s?\d[\d,.]*|money|refund|deposit|payment|amount|balance) (?:is |are |isn'?t |is not |gets? |has been )?back (?:in|on|into|onto) (?:my|our) (?:account|card|bank)\b|(?=(?:[.!?]\s*|(?:just|please|now|so) )?(?:put|give|pay|send) )(?<=(?:[$£€]\s?\d|\b(?:money|charged?|took|taken|debited|paid|credit|refund))(?:.|\n){0,160}?)(?:(?:^|[.!?]\s*)|\b(?:just|please|now|so) )(?:put|give|pay|send) (?:it|that|them|the lot) back\b|(?=(?:i want|i'?d like|i need|we want) )(?<=(?:[$£€]\s?\d|\b(?:money|charged?|took|taken|debited|paid|credit|refund))(?:.|\n){0,160}?)\b(?:i want|i'?d like|i need|we want) (?:it|that|them) back\b|(?=put )(?<=(?:[$£€]\s?\d|\b(?:credit|refund|compensation))(?:.|\n){0,160}?)\bput (?:it|that|the (?:credit|money|refund)) (?:on|onto|in|into) (?:my|the|our) (?:account|card|bill)\b|\b(?:the )?actual (?:money|cash)\b|\bkeep (?:your|the) (?:voucher|vouchers|gift card|store credit)\b|\bwait(?:ing|ed)? (?:[\w ]{0,15})?for (?:the|my|our) (?:money|refund|deposit|reimbursement)\b|\bclaim(?:ing)? (?:for|back) (?:the |my |our )?(?:distress|inconvenience|costs?|losses|damages?|expenses|lost (?:wages|earnings|income))\b|\bsend(?:ing)? you (?:the|their|his|her|my) (?:bill|invoice)\b|\bclaim (?:is |was |isn'?t |is not |gets? )?(?:not )?(?:settled|paid out|honou?red)\b/,
  },
  // chargeback threatened: the bank or card company as the next step ("After that I go to Visa", "or I call Amex
  // and have them pull it", "dont make me get my bank involved", "ill sort it with my bank then", "I'll be
  // contacting my card issuer if…", "it goes to my solicitor, my bank and the Daily Mail", "i will ask to my
  // bank for take back the payment", "Amex will be hearing my side of the story", "I'll have my bank claw this
  // back", "my bank said i can reverse this if u dont respond", "I've got the dispute form open").
  {
    flag: 'chargeback',
    kind: 'act',
    strength: 'threatened',
    re: new RegExp(
      String.raw`\b(?:or|otherwise|after that|then|next|failing (?:that|which)|else)\b,? (?:i(?:'ll| will| am going to|'m going to|'m| am)?|we(?:'ll| will|'re| are)?) (?:just )?(?:go(?:ing)? (?:straight |right )?to|call|ring|phone|contact|involve|speak to|talk to|sort (?:it|this) (?:out )?with|take (?:it|this) (?:up )?(?:to|with)) ${PAYER}\b(?! (?:to (?:check|ask|confirm|see|find out|make sure|move|transfer|pay|arrange)|about (?:the|a|my|our) (?:transfer|mortgage|loan|account|overdraft))\b)|\b(?:involve|get|getting|involving) ${PAYER} involved\b|\binvolve ${PAYER}\b|\bsort (?:it|this) (?:out )?(?:with|through) ${PAYER}\b|\b(?:contact|call|ring|phone|go to|speak to|talk to)(?:ing)? ${PAYER} (?:if|unless)\b|\b(?:it|this) (?:goes|will go|is going) (?:straight )?to\b[^.!?]{0,30}?\b${PAYER}\b|\bask (?:to )?${PAYER} (?:for|to) (?:take back|(?:take|get|claw|pull) (?:it|this|that|the (?:money|payment|charge)|my money) back|reverse|return|cancel|refund|stop|block|get back|claim)\b|\b${PAYER} (?:will|'ll|are going to|is going to) (?:be )?(?:hear(?:ing)?|get(?:ting)?) (?:from me|my side|about (?:this|it)|involved)\b|\b(?:have|get) ${PAYER} (?:to )?(?:claw|pull|take|reverse|block|stop|recover|get)\b|\b${PAYER} (?:said|says|told me) (?:i|we) (?:can|could) (?:reverse|dispute|claw|get|claim|charge ?back|take)\b|\b(?:dispute|disputes|chargeback|claim) forms?\b[^.!?]{0,40}?\b(?:open|ready|filled|drafted|printed)\b|\b(?:drafting|drafted|filling (?:in|out)|started|starting) (?:the |a )?(?:[\w-]+ )?(?:chargeback|dispute|disputes) forms?\b`,
    ),
  },
  // chargeback taken: the bank or card company already at it ("My card issuer has all the paperwork now", "My
  // bank are dealing with it now", "Bank's been notified", "Amex put the £320 on hold while they investigate",
  // "PayPal have found in my favour", "I've told Barclays to block any further payments", "Stripe dispute opened").
  {
    flag: 'chargeback',
    kind: 'act',
    strength: 'taken',
    re: new RegExp(
      String.raw`\b${PAYER}(?:'s| has| have| is| are|'ve)? (?:now |already |got )?(?:all the (?:paperwork|evidence|details|screenshots|receipts)|(?:dealing|dealt) with (?:it|this)|looking into (?:it|this)|investigating|been notified|been told|been informed|put (?:the |it |a )[^.!?]{0,20}?on hold|found in my favou?r|sided with me|on the case)\b|\bbank'?s been (?:notified|told|informed)\b|\b(?:told|asked|instructed|got) ${PAYER} to (?:block|stop|cancel|claw|reverse|pull|take|get|recover|refuse)\b|\b(?:stripe|paypal|visa|amex|klarna|card|bank) (?:dispute|claim|case|chargeback)s? (?:is |has been |was )?(?:already )?(?:opened|filed|lodged|raised|in|submitted|started|underway)\b|\bopened a (?:case|claim) (?:with|through) [\w'-]+(?: (?:dispute|resolution) (?:process|centre|center))?\b(?<=(?:stripe|paypal|klarna)\b[^.!?]{0,30})`,
    ),
  },
  // churn: custom moved to a rival or an alternative supplier ("moving everything to vodafone", "I've moved the
  // kids' phones over to Telstra", "We've moved all 40 seats to Zendesk", "moving all 40 licences to an alternative
  // vendor", "giving the contract to a firm that picks up the phone", "put the contract out to tender", "jumping
  // ship", "I'm going back to them", "they've got my business now", "signed up with Optus", "getting someone else in").
  {
    flag: 'churn',
    kind: 'act',
    re: /\b(?:mov(?:e|ed|ing)|switch(?:ed|ing)?|port(?:ed|ing)?|transfer(?:red|ring)?|tak(?:e|ing)|took|shift(?:ed|ing)?) (?:everything|all (?:of )?(?:my|our|the)? ?[\w-]+|(?:all )?(?:\d+|our|my|the) (?:[\w'-]+ )?(?:seats|licen[cs]es|users|lines|phones|numbers|sites|accounts|devices|staff|employees)|my (?:salary |current |main |savings |business |joint )?(?:account|business|custom|money|phone|line|number|broadband|energy|mortgage|savings|family plan)|our (?:business|account|contract|custom|broadband|energy)|the (?:whole|entire) [\w-]+(?: plan)?|the kids'? (?:phones|lines|accounts))(?: (?:over|across))? to (?!(?:you|u|ya|yours|the|a|an|your|our|my|this|that|annual|monthly|yearly|paperless|direct|e-?billing|email|premium|basic|pro|plus|gold|standard|new|next|another)\b)[\w&'-]+|\b(?:switching|porting) (?:over )?to (?!(?:you|u|ya|yours|the|a|an|your|our|my|this|that|annual|monthly|yearly|dark|light|paper|paperless|direct|e-?billing|email|card|online|premium|basic|pro|plus|gold|standard|new|next|another|manual|auto|automatic|weekly|daily|quarterly)\b)[\w&'-]+|\bjump(?:ing|ed)? ship\b|\blook(?:ing)? (?:for|at|around for) (?:another|a different|an alternative|other) (?:supplier|provider|company|bank|network|vendor|insurer|carrier|firm|agency)s?\b|\btak(?:e|ing) (?:the|my|our|all|every) (?:whole |entire )?(?:family plan|lines|numbers|phones|accounts|business|custom|contract)(?: [\w-]+)? with (?:me|us)\b|\b(?:buy|buying|order|ordering|shop|shopping|get|getting) (?:it |them |one |everything )?(?:from|at|with) (?!(?:you|your|the|a|an|my|our)\b)[\w&'-]+ instead\b|\b(?:i'?m|im|we'?re|i am|we are) going back to (?:them|(?!(?:the|a|an|your|my|our|bed|work|sleep|school|you)\b)[\w&'-]+ (?:instead|then|now))\b|\b(?:they|they'?ve|they have|[\w-]+ (?:has|have)) (?:got|won|earned) (?:my|our) (?:business|custom)\b|(?:(?:^|[.!?]\s*)|\b(?:i|we)(?:'ve| have)? (?:already |just )?)signed up (?:with|to) (?:the other (?:lot|company|provider|one|network|firm|crowd|guys)|(?!(?:your|you|the|my|our|this|email|work|google|facebook|apple|gmail|a|an)\b)[\w&'-]+)|\bget(?:ting)? someone else in\b|\b(?:mov(?:e|ed|ing)|transfer(?:red|ring)?|transition(?:ed|ing)?|migrat(?:e|ed|ing)|giv(?:e|ing)|gave|tak(?:e|ing)|took|award(?:ing)?|put(?:ting)?) (?:[\w'-]+ ){0,4}?(?:to|with) (?:an? )?(?:alternative|new|different|other|another) (?:vendor|supplier|provider|firm|company|contractor|agency|carrier)\b|\b(?:giv(?:e|ing)|gave|award(?:ing)?|tak(?:e|ing)|took) (?:the|our|this|my) (?:contract|business|account|custom|work) (?:to (?:a|an|another|someone)|elsewhere)\b|\bput(?:ting)? (?:the|our|this) (?:contract|account|service|business|work) (?:out )?to tender\b|\b(?:exercise|invoke|use) (?:our|my|the) right to terminate\b|\bterminate (?:under|in accordance with|pursuant to) (?:clause|section|the terms)\b|\bgive (?:you )?(?:formal |written )?notice (?:under|pursuant to|in accordance with) (?:clause|section)\b/,
  },
  // churn: the relationship said to end ("Count this as the end of our relationship", "enjoy your last month of
  // my money", "told my team to stop ordering from you", "App deleted, account closed", "im done with u people",
  // "Consider us done", "Just unsubscribed from Premium", "I cancelled in January", "cancel my premium NOW",
  // "Cancel. My. Subscription.", "stop the auto debit", "Stop taking money from my card", "reconsidering whether
  // to renew").
  {
    flag: 'churn',
    kind: 'act',
    re: /\b(?:the )?end of (?:our|my|the) (?:business )?(?:relationship|association|partnership|custom)\b|\b(?:enjoy|that'?s|this is) (?:your )?last (?:month|payment|penny|cent|bill|order|year) (?:of my (?:money|custom|business)|from (?:me|us))\b|\bstop (?:ordering|buying|shopping|booking) (?:from|with|at|through) (?:you|your|this)\b|(?<!\b(?:tried|try|trying|by|after|before|even|then|and) )\bdelet(?:ing|ed|e) (?:the|your|this) app\b(?![^.!?]{0,40}\b(?:reinstall|re-install|install(?:ing|ed)? it|download(?:ing|ed)? it)\b)|\bapp deleted\b|\b(?:i'?m|im|we'?re|i am|we are) (?:so |just |completely |totally )?(?:done|finished) with (?:u|ya|y'?all|you lot|you people|you guys)\b|\bconsider (?:me|us) (?:done|finished)\b|\bunsubscribed from (?!(?:the |your |all |any )?(?:marketing|newsletters?|emails?|mailing|promotions?|promos?|offers|texts|sms|notifications|updates)\b)[\w-]+|\b(?:i|we)(?:'ve| have| had)? (?:already )?cancell?ed (?:it |the (?:sub|subscription|membership|contract|plan|account|service) )?(?:online |by phone |over the phone |(?:via|through|in) the app )?(?:in|on|back in|last|weeks ago|months ago|a (?:week|month) ago|\d+ (?:days|weeks|months) ago)\b(?![^.!?]*\b(?:order|booking|delivery|appointment|reservation|parcel|item)s?\b)|\bcancel(?:l?ing)? (?:my|our|the) (?:premium|pro|plus|gold|vip|prime|package|bundle|broadband|insurance|cover|auto[- ]?renew(?:al)?)\b(?! (?:order|delivery|add-?on))|(?:^|[.!?]\s*)cancel\.(?=\s*(?:my|our|the)\.?\s*(?:subscription|account|membership|contract|plan|service)\b)|\bstop (?:the |my |all )?(?:auto[- ]?debits?|direct debits?|standing orders?|recurring payments?|auto[- ]?renew(?:al)?|auto[- ]?payments?)\b|\bstop (?:taking|charging|debiting|billing) (?:money |payments? )?(?:from |out of )?(?:my|our) (?:card|account|bank)\b(?! (?:twice|double|for (?:the|delivery|shipping)))|\b(?:reconsidering|rethinking|considering|thinking about|debating) (?:whether|if) (?:to|we should|i should|we'?ll|i'?ll) (?:renew|stay|continue|keep (?:the|my|our) (?:account|subscription|contract|membership))\b/,
  },
  // repeat contact: an earlier contact told in passing as a story ("as I explained to Kevin on Tuesday", "like I
  // told the young man in your branch a fortnight back") or counted in the present perfect ("I've rung four
  // times now", "I already call 2 times"). Someone of the writer's own ("as I told my wife") is not us.
  {
    flag: 'repeat-contact',
    kind: 'said',
    re: new RegExp(
      String.raw`\b(?:as|like) i (?:explained|told|said|mentioned|made clear|pointed out|already (?:explained|told|said))(?: (?:it |this |that )?to)? (?!(?:my|our|his|her|their) )(?:[\w'-]+ ){0,8}?(?:${WHEN_PAST}|(?:a|one|${COUNTED}) (?:days?|weeks?|months?|fortnights?) back|a (?:week|fortnight|month) back)|\b(?:i'?ve|i have|i already|already) (?:rung|rang|called|call|phoned|phone|emailed|email|written|write|chased|messaged|contacted (?:you|support)) (?:you |u |in |up )?(?:${COUNTED} times|twice)\b`,
    ),
  },
];
