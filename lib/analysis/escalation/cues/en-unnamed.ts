import type { Cue } from '../types';

// Session 18: intents whose act is never named, read off the held-out misses of corpus17 (scorer trained without
// it) and written as classes: money asked back as an instruction about the bill ("take one off", "write it off",
// "I want it comped"), a card's protections as the threat, a lawyer known by the fee, a body known by what it
// regulates or by the interest it would take, the last penny, someone senior already written to, fear of what one
// might do.

export function unnamedCues(parts: { platform: string; regulator: string; issuer: string }): Cue[] {
  const { platform: PLATFORM, regulator: REG, issuer: CARD } = parts;
  return [
    // Money off said as an instruction about the bill: "take one off", "I'd like February's fee taken off", "write it
    // off within 7 days", "put one of them back today", "adjust the fare to what it should have been", "I want the
    // whole meal comped", "I expect this to be reflected in next year's charge".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:take|knock|get)\s+(?:one(?:\s+of\s+(?:them|those|the\s+(?:charges|payments)))?|the\s+(?:[\w'-]+\s+){0,2}?(?:fee|fees|charge|charges|fine|surcharge|interest|penalty|difference|extra)|(?:it|that|this|them)(?=\s+off\s*(?:[.!]|$|today|now|please|my|the|our)))\s+off\b(?!\s+(?:the\s+)?(?:shelf|list|website|market|sale|hold|road))|\b(?:i'?d like|i want|i expect|please have|please get)\s+(?:[\w']+\s+){0,3}?(?:fee|fees|charge|charges|payment|subscription|bill|cost)\s+(?:taken off|knocked off|written off|waived|refunded|credited back|put back)\b|\bwrite\s+(?:it|this|that|the\s+(?:debt|balance|bill|charge|amount|invoice|fee|arrears))\s+off\b|\bput\s+(?:one\s+of\s+(?:them|those|the\s+(?:charges|payments))|the\s+money|my\s+money)\s+back\b|\b(?:adjust|correct|reduce|lower)\s+(?:the|my|this|our)\s+(?:fare|bill|invoice|charge|price|statement)\s+to\s+(?:what|the\s+(?:correct|right|quoted|usual|normal))\b|\b(?:want|expect|should\s+be|should\s+have\s+been|get|getting)\b[^.!?]{0,30}?\bcomp(?:ed|'d)\b|\b(?:expect|want|should|must|trust)\b[^.!?]{0,40}?\breflected\s+in\s+(?:my|the|our|next\s+(?:year|month|quarter)'?s?)\s+(?:[\w-]+\s+)?(?:bill|charge|invoice|statement|fees?|renewal|premium)\b|\bgesture\s+(?:of\s+(?:some\s+kind|goodwill)\s+)?(?:would|should|will)\s+be\s+(?:appropriate|in\s+order|expected|fair)\b/,
    },
    // A card's protections as the threat: "PayPal gives me 180 days on this", "my card company can decide whether
    // that's acceptable", "Amex are usually very understanding when a service simply isn't provided".
    {
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b${CARD}\s+(?:gives?|allows?)\s+(?:me|us)\s+(?:\d+|sixty|ninety|a hundred and twenty)\s+days\b|\b${CARD}\s+can\s+(?:decide|judge|be the judge|sort (?:it|this|that) out|deal with (?:it|this|that|you))\b|\b${CARD}\s+(?:are|is|'re|'s)\s+(?:usually|always|generally|very|really|quite|pretty)\s+(?:\w+\s+)?(?:understanding|sympathetic|helpful|quick|good)\s+(?:when|about|with)\s+(?:a|an|the)\s+(?:service|order|item|product|goods|company|merchant|shop|seller|firm)\b`,
      ),
    },
    // A lawyer known by the fee, or taking over as the other branch of a choice: "someone who bills at $450 an hour",
    // "write it off within 7 days, or the executor's solicitor takes it from there".
    {
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      re: /\bsomeone\s+(?:who|that)\s+(?:bills|charges)\s+(?:at\s+)?[$£€]?\s?\d[\d,]*\s+(?:an|per|a)\s+hour\b|\b(?:or|otherwise|failing\s+which)\b,?\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?(?:solicitors?|lawyers?|attorneys?|legal\s+team)\s+(?:takes?|will\s+take|'ll\s+take|picks?\s+(?:it|this)\s+up)\s+(?:it|this|over)\b/,
    },
    // A body known by what it regulates, or by the interest it would take: "whoever it is that regulates energy
    // suppliers", "Trading Standards would find your product description quite interesting", "Ofsted will be the
    // ones asking the questions".
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\bwhoever\s+(?:it\s+is\s+(?:that|who)\s+)?(?:regulates|polices|oversees|licen[cs]es|supervises)\s+[\w-]+|${REG}\s+(?:would|might|will|may|'d)\s+(?:find|be)\s+(?:[\w']+\s+){0,6}?(?:very\s+|quite\s+|rather\s+|most\s+|really\s+)?(?:interesting|interested|fascinating|fascinated|illuminating|curious)\b|${REG}\s+(?:will|'ll|would)\s+be\s+the\s+ones?\s+(?:asking|looking|investigating|dealing|checking)\b`,
      ),
    },
    // Going public to an audience counted or to a local group: "share my experience with the 2,300 members of the
    // village noticeboard group", "putting pictures on nextdoor so everybody knows", "review's already up".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\bshar(?:e|ing)\s+(?:my|our|this|the\s+whole)\s+(?:experience|story)\s+with\s+(?:the\s+|our\s+|my\s+)?(?:[\d,.]+k?\s+(?:members|followers|subscribers|readers|listeners)|(?:[\w'-]+\s+){0,2}?(?:group|forum|noticeboard|community page))\b|\b(?:putting|posting|put|post|sticking)\s+(?:the\s+|some\s+|these\s+|my\s+)?(?:pictures|photos|pics|screenshots|videos?)\s+(?:up\s+)?(?:on|to)\s+${PLATFORM}|\breview'?s\s+(?:already\s+|now\s+)?(?:up|live)\b`,
      ),
    },
    // Contempt by asking for a grown-up: "Is there an adult there I could speak to?"
    {
      flag: 'abuse',
      kind: 'said',
      re: /\bis\s+there\s+(?:an?\s+)?(?:actual\s+|real\s+)?(?:adult|grown-?up)s?\s+(?:there|around|working|in\s+the\s+building|on\s+shift|i\s+(?:can|could))\b/,
    },
    // Leaving said as the last money they get: "that's the last penny eBay gets from me".
    {
      flag: 'churn',
      kind: 'act',
      strength: 'threatened',
      re: /\bthe\s+last\s+(?:penny|cent|dollar|pound|order|booking|purchase|payment|money)\s+(?:[\w'-]+\s+){0,2}?(?:gets?|will\s+get|sees?|will\s+see|is\s+getting|are\s+getting)\s+(?:from|out\s+of)\s+(?:me|us|my\s+family|this\s+household)\b/,
    },
    // Someone senior already written to: "I've already emailed your regional VP", "sent the whole thread to the
    // CEO's office", "executive customer relations will be in touch".
    {
      flag: 'supervisor',
      kind: 'act',
      strength: 'taken',
      re: /\b(?:emailed|e-mailed|written\s+to|wrote\s+to|messaged|contacted|cc'?d|copied\s+in|sent\s+(?:it|this|the\s+whole\s+(?:thread|chain|email))\s+to)\s+(?:your|the)\s+(?:regional\s+|area\s+|district\s+|divisional\s+|national\s+|senior\s+)?(?:vp|vice\s+president|ceo|chief\s+executive|managing\s+director|president|chairman|executive\s+(?:team|office))(?:'s\s+office)?\b|\bexecutive\s+(?:customer\s+relations|escalations?\s+team)\b/,
    },
    // Fear of what one might do: "scared of what I might do to myself", "he'd better hope I don't catch him".
    {
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:scared|afraid|frightened|terrified|worried)\s+(?:of\s+)?what\s+i\s+(?:might|may|could|will|'ll)\s+do(?:\s+to\s+myself)?\b|\b(?:he|she|they|you)(?:'d|\s+had)\s+better\s+hope\s+(?:i|we)\s+(?:don'?t|never)\s+(?:catch|see|find|meet|run\s+into|bump\s+into)\b/,
    },
  ];
}
