import type { Cue } from '../types';

// Session 13: cue families read off the held-out misses of fresh20-26 and corpus5-7 (leave-one-round-out), each
// written for a class rather than a sentence: a public body named by its shape rather than from a list, a lawyer
// who already holds the file, a bank that has pulled a payment, someone with the authority to decide, money asked
// back as a fee lifted, a credit note or a difference.

/**
 * A public body by the shape of its name: a field it oversees and what kind of body it is ("the Federal
 * Competition and Consumer Protection Commission", "the Commission for Aviation Regulation", "the Texas Department
 * of Insurance"). Agencies, boards and councils only with a consumer or standards word: an insurance agency is a
 * broker, a health board runs hospitals.
 */
export const BODY = String.raw`(?:(?:[\w-]+\s+(?:and\s+|&\s+)?){0,3}?(?:consumer|competition|fair trading|trade|aviation|telecoms?|telecommunications?|communications|energy|utilit(?:y|ies)|insurance|banking|financial|privacy|data protection|information|advertising|gambling|gaming|medical|dental|pharmacy|transport|motor vehicles?|tenancy|rental|standards|licensing)\s+(?:[\w-]+\s+){0,2}?(?:commission|authority|ombudsman|tribunal|regulator|commissioner|watchdog|inspectorate)|(?:consumer|standards|licensing|trade)\s+(?:[\w-]+\s+){0,2}?(?:agency|board|council|bureau)|(?:commission|authority|ombudsman|council|board|bureau|office|agency) for (?:[\w-]+ ){0,2}?(?:consumers?|competition|aviation|communications|regulation|fair trading|trade|insurance|energy|utilities|telecommunications|data protection|privacy|standards)|department of (?:insurance|consumer (?:affairs|protection)|financial (?:services|institutions|protection)|banking|fair trading|commerce|trade and industry)|fccpc|dgca)(?!\w)`;

// Where a complaint is taken: a verb of sending or bringing, then "to" or "with" the body within a few words.
const TO_BODY = String.raw`\b(?:report(?:ing|ed)?|complain(?:ing|ed)?|fil(?:e|ing|ed)|lodg(?:e|ing|ed)|escalat(?:e|ing|ed)|refer(?:ring|red)?|tak(?:e|ing)|took|forward(?:ing|ed)?|put(?:ting)?|sen(?:d|ding|t)|submit(?:ting|ted)?|bring(?:ing)?|brought|go(?:ing)?|went|gone|writ(?:e|ing)|wrote|approach(?:ing|ed)?|contact(?:ing|ed)?|open(?:ed|ing)?|complaints?)\b[^.!?]{0,45}?\b(?:to|with)\s+(?:the\s+)?`;

export function genericCues(parts: { regulator: string; issuer: string }): Cue[] {
  const { regulator: REG, issuer: ISSUER } = parts;
  return [
    { flag: 'regulator', kind: 'act', re: new RegExp(`${TO_BODY}(?:${BODY})`) },
    // Bodies named by a list are reached by more verbs than the list's own cue reads: "forwarding this
    // correspondence to the Financial Ombudsman Service", "put the matter to the Ombudsman", "approach DGCA".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:forward(?:ing|ed)?|put(?:ting)?|sen(?:d|ding|t)|submit(?:ting|ted)?)\b[^.!?]{0,45}?\bto\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?${REG}|\bapproach(?:ing|ed)?\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:${REG}|${BODY})`,
      ),
    },
    // The next step said without a verb: "Ombudsman next, then."
    {
      flag: 'regulator',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(String.raw`(?:^|[.!?]\s*)(?:(?:then|so|right)[,\s]+)?(?:it'?s\s+)?(?:the\s+)?${REG}\s+next\b`),
    },
    // A lawyer who already holds the file or has read the terms, or is copied in: "Dad's solicitor now has the
    // whole file", "our solicitors have been copied in", "Our counsel has reviewed the auto-renewal clause".
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:solicitor|lawyer|attorney|counsel|barrister)s?\s+(?:now\s+|already\s+)?(?:has|have|'s got|holds?)\s+(?:(?:got|received)\s+)?(?:the (?:whole |full |entire |complete )?(?:file|paperwork|correspondence|thread|emails|documents|case)|(?:a )?cop(?:y|ies) of|been (?:copied|cc'?d|sent|forwarded|instructed))\b|\b(?:solicitor|lawyer|attorney|counsel)s?\s+(?:has|have)\s+(?:now\s+|already\s+)?(?:reviewed|read|looked (?:at|over)|gone through)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:clause|contract|terms|agreement|t&cs|small print|policy wording)\b/,
    },
    // A judge as the one the company will answer to; a claim filed in a named court.
    {
      flag: 'legal',
      kind: 'act',
      re: /\b(?:explain|justify)\s+(?:it|this|that|yourselves?|your(?:self)?|(?:that|this|your) (?:decision|charge|fee|policy))\s+to\s+(?:a|the)\s+(?:judge|court|magistrate|tribunal)\b|\btell (?:it|that) to the judge\b|\bfil(?:e|ing)\s+(?:a claim\s+|a case\s+|suit\s+|papers\s+)?(?:in|with)\s+(?:the\s+)?(?:small claims|justice|county|district|magistrates'?|civil|circuit|municipal|claims) court\b/,
    },
    // The bank has taken the money back, or will: "they've pulled the payment for the bed frame back", "had the
    // £640 charge reversed by HSBC", "my bank can claw it back", "Amex will be getting a phone call from me".
    {
      flag: 'chargeback',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:charge|payment|transaction|debit|money|amount)s?\s+(?:was\s+|were\s+|has been\s+|have been\s+|had been\s+|got\s+)?(?:reversed|charged back|clawed back|pulled back|recalled)\s+(?:by|through|via|with)\s+(?:${ISSUER}|(?:my|our|her|his)\s+(?:bank|card (?:company|issuer|provider)|credit union|building society))|\b(?:had|got|have|get)\s+(?:the\s+|my\s+|that\s+)?(?:[$£€]\s?\d[\d,.]*\s+)?(?:charge|payment|transaction|debit)s?\s+reversed\s+by\b|${ISSUER}\s+(?:will|'ll|is going to)\s+be\s+(?:getting|receiving)\s+a\s+(?:phone\s+)?call\s+from\s+me\b|\blet\s+${ISSUER}\s+have\s+a\s+(?:word|chat)\s+with\s+you\b|\b(?:dispute|disputing|contest|contesting)\s+(?:it|this|that|the (?:charge|payment|transaction))\s+with\s+(?:my|her|his|our)\s+(?:bank|card (?:company|issuer|provider)|credit union)\b|\brais(?:e|ing)\s+a\s+dispute\s+(?:on|about|over|against|for)\s+(?:the|this|that|a)\s+(?:[\w-]+\s+)?(?:charge|payment|transaction|debit)\b|\bcharg(?:e|ing)\s+back\s+(?:every|all|each)\b|(?:${ISSUER}|\b(?:her|his)\s+bank\b)[^.!?]{0,40}?\b(?:pulled|clawed|taken|took|reversed)\s+(?:the|my|that|this|our)\s+(?:payment|money|charge|transaction|debit)\s+for\s+[^.!?]{0,30}?\bback\b`,
      ),
    },
    // Someone with the authority to decide, asked for by what they can do rather than by title.
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:someone|somebody|anyone|anybody|a person|the person|whoever|who)\s+(?:there\s+|else\s+|higher\s+(?:up\s+)?)?(?:(?:who|that)\s+)?(?:can|could|is able to|has the power to)\s+(?:actually\s+|really\s+)?(?:make (?:a |the )?decisions?|decide|approve|authori[sz]e|sign (?:it |this |that )?off|overrule|stop it|stop this)\b|\b(?:someone|somebody|anyone|anybody|a person)\s+(?:there\s+)?(?:with|of|in)\s+(?:real\s+|actual\s+|proper\s+|some\s+|more\s+|any\s+|the\s+|an actual\s+|a real\s+)?(?:[\w-]+\s+)?(?:authority|seniority|say in (?:it|this)|clout|a position of (?:responsibility|authority|seniority))\b/,
    },
    // Money asked back by what happens to a fee or a difference: "for that fee to be removed", "the difference
    // back in my account", "give me my 1200 coins back", "a billing adjustment", "the applicable credit note".
    {
      flag: 'compensation',
      kind: 'ask',
      re: /\b(?:fee|charge|penalty|surcharge|fine)s?\s+(?:to be|be)\s+(?:removed|waived|refunded|reversed|credited|cancell?ed|written off|taken off)\b|\b(?:the\s+)?(?:difference|money|excess|overcharge|[$£€]\s?\d[\d,.]*)\s+back\s+(?:in(?:to)?|on(?:to)?)\s+(?:my|our)\s+(?:account|card|bank)\b|\b(?:give|send|put)\s+(?:me\s+|us\s+)?(?:my|our)\s+(?:[\w$£€.,-]+\s+){0,2}?(?:coins|credits|points|gems|tokens|diamonds|money|deposit|fee)\s+back\b|\b(?:request(?:ing)?|process|issue|apply|raise|want|expect|grateful for|like)\s+(?:the\s+|a\s+|an\s+)?(?:applicable\s+|appropriate\s+|full\s+|partial\s+)?(?:billing adjustment|credit note|service credits?|bill credit|account credit)\b|\bpro-?rata (?:reduction|refund|credit|discount)\b|\b(?:return|refund|pay (?:me )?back|give (?:me )?back)\s+(?:me\s+)?the\s+(?:price\s+)?difference\b|\b(?:take|have)\s+the\s+(?:price\s+)?difference\s+as\s+a\s+credit\b|\b(?:expect|want|like|need)\s+(?:[\w'£$€.,-]+\s+){1,5}?knock(?:ing|ed)\s+off\b|\btake\s+(?:the\s+)?[$£€]\s?\d[\d,.]*\s+off\b|\bcover\s+the\s+(?:price\s+)?difference\b|\b(?:want|need|expect)\s+(?:her|his|their)\s+(?:[\w'-]+\s+){0,3}?(?:bill|costs?|fees?|treatment|expenses)\s+(?:covered|paid)\b|\b(?:an?\s+)?(?:appropriate|goodwill|suitable)\s+gesture\b/,
    },
  ];
}
