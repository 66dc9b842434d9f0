import type { PairCue } from '../types';
import { LAWYER_MORE } from './en-implied';

// What an intent is about, and what is done to it; see PairCue.
const ACCOUNT =
  /\b(?:account|accounts|subscription|membership|member|plan|contract|service|policy|(?<!the |credit |debit )card|line|broadband|savings|profile|(?<=\b(?:close|cancel|terminate|shut down|delete|end|kill|scrap|stop|quit|unsubscribe from|remove me from) )everything|as a customer|renewal|direct debit|standing order|auto-?renew(?:al)?|subscriber|subscribe (?:&|and) save|auto-?ship|recurring (?:orders?|deliver(?:y|ies)|payments?))\b/;
// Removing a card, an address or a user from an account keeps the account.
const ENDING =
  /\b(?:close|closing|shut(?:ting)?(?: (?:it|them|this) )?(?: down)?|kill|ditch|scrap|axe|cancel(?:l?ing)?|terminat(?:e|ing)|(?:delete|deleting|remove|removing)(?!\s+(?:my|the|a|an|this|that|our|his|her)\s+(?:[\w-]+\s+)?(?:card|cards|payment (?:method|details)|address|addresses|details|number|email|phone|users?|items?|products?|photos?|devices?|names?|logins?|passwords?)\b)|quit(?:ting)?|stop (?:the|my|our|all|this)|no longer (?:want|need) to be|terminate it|won'?t be renewing|won'?t renew|not renewing)\b|(?:^|[.!?]\s*)(?:just |already )?(?:cancell?ed|closed|terminated|ended)\b|\b(?:i|we)(?:'ve| have)?\s+(?:already\s+)?(?:closed|cancell?ed|terminated|deleted|ended|moved|switched|left|quit)\b(?![^.!?,]{0,30}?\b(?:to|onto)\s+(?:the|a|an|your|our|my)\s+(?!(?:different|rival|competing|another|other)\b)(?:[\w-]+\s+)?(?:plan|tariff|bundle|package|one|option|sim|address|card|version|app|deal|contract|account)\b)/;
const LAWYER = new RegExp(
  String.raw`\b(?:lawyer|lawyers|attorney|attorneys|solicitor|solicitors|counsel|legal (?:team|department|advice|representation)|barrister|law firm|${LAWYER_MORE})\b(?! (?:friend|who (?:uses|loves)))`,
);
const LAWYER_ACT =
  /\b(?:writ(?:e|es|ing) to (?:you|your)|draft(?:s|ed|ing)?|instruct(?:ed|ing)?|hir(?:e|ed|ing)|retain(?:ed|ing)?|contact(?:ed|ing)?|call(?:ed|ing)?|consult(?:ed|ing)?|speak(?:ing)?|spoke|talk(?:ing|ed)?|involv(?:e|ed|ing)|get(?:s|ting)? involved|hear(?:ing)? from|letter|in touch|pass(?:ing)?|tak(?:e|ing)|seek(?:ing)?|get(?:ting)?|send(?:ing)?|sent|pass(?:ing)? (?:this|it) (?:on )?to|hand(?:ing)? (?:this|it) (?:over )?to|tak(?:e|ing) (?:this|it) to|expect|giv(?:e|ing) (?:this|it) to|look(?:ed|ing)? (?:over|at|through) (?:your|the|my) (?:terms|contract|t&cs|small print|paperwork|case|emails)|(?:goes|going|go|passed|handed|referred|forwarded) (?:straight |right )?(?:on |over )?to (?=(?:my|our|a|the|their|his|her)\b))\b/;
export const REGULATOR =
  /\b(?:bbb|better business bureau|ftc|cfpb|fcc|ofcom|ofgem|ombudsman|trading standards|attorney general|consumer (?:protection|affairs|rights) (?:office|agency|bureau|authority|body|department)|citizens advice|accc|fca|nerc|fccpc|trai|sebi|irdai|regulators?)\b(?!-)/;
export const COMPLAINING =
  /\b(?:in touch|complain(?:t|ts|ed|ing)?|report(?:ed|ing)?|fil(?:e|ed|ing)|lodg(?:e|ed|ing)|escalat(?:e|ed|ing)|contact(?:s|ed|ing)?|writ(?:e|ing)|wrote|tak(?:e|ing) (?:this|it)|go(?:ing)? to|(?:i'?m|we'?re|i am|we are) off to|went to|get(?:s|ting)? in touch|knock(?:s|ing)? on)\b/;
const PLATFORM =
  /\b(?:twitter|x\.com|facebook|instagram|tiktok|reddit|youtube|linkedin|social media|yelp|trustpilot|google|tripadvisor|mumsnet|nextdoor|whatsapp groups?|my (?:channel|podcast|newsletter|stories)|the internet|forums?|blog|every (?:platform|site|forum|review site)|all (?:the )?(?:platforms|socials))\b/;
const POSTING =
  /\b(?:shout(?:s|ed|ing)? about|talk(?:s|ed|ing)? about|rant(?:s|ed|ing)? about|post(?:s|ed|ing)?|writ(?:e|ing)|wrote|written|shar(?:e|ed|ing)|tweet(?:ed|ing)?|upload(?:ed|ing)?|put(?:ting)? (?:it|this) (?:up|on)|going (?:straight |right )?(?:up )?on(?:to)?|go(?:es)? (?:up )?on|end(?:s|ing)? up on|land(?:s|ing)? on|mak(?:e|ing) (?:a|an)|film(?:ing)?|video|expos(?:e|ing)|review)\b/;
const ROLE =
  /\b(?:(?=manager)(?<!\b(?:sales|account|accounts|marketing|partnerships?|product|community|social media|events?|hiring|project|office|property|relationship|wholesale|procurement|purchasing|leasing|lettings?|brand|content|campaign) )managers?|supervisor|boss|superior|team lead(?:er)?|someone (?:senior|more senior|in charge|higher up|above you)|senior (?:person|staff|colleague|agent|member of staff|manager)|(?:who(?:'s| is)|someone) above you|higher[- ]ups?|management|ceo|director|head of \w+)\b/;
const ROLE_ACT =
  /\b(?:(?:passed|handed|referred|forwarded|bumped|sent) (?:up |over |on )?to|escalat(?:e|ed|ing)|speak|talk|transfer|put me through|get me|give me|bring me|find me|connect me|pass (?:this|me|it) (?:on )?to|route (?:this|it|me) (?:up )?to|refer (?:this|me|it) to|forward(?:ed|ing)? (?:this|it|my \w+) (?:on )?to|send (?:this|it) (?:up )?to|name and (?:email|number)|contact details|direct (?:line|number|email)|on the (?:phone|line)|(?:call|ring|phone|email|contact|get back to) me|have (?:a|your|the)|(?:i|we) (?:want|need|demand|expect)|who(?:'s| is))\b|\bwho(?:'s| is) above you\b/;
const AGAIN =
  /\b(?:again|once again|yet again|every (?:single )?(?:day|week|month|chat|call|email|message|conversation)|for (?:days|weeks|months) now)\b/;
// The customer reaching the firm: the firm calling or chasing them ("your collections agency has called me 14 times", "I have
// been asked for my P60 on three occasions") is not a repeat contact.
const CONTACTING =
  /\b(?:whatsapp(?:ed|ing)?|dm(?:ed|'d)?|complain(?:ed|ing)?|(?!(?<=\b(?:been|was|were|being|get|got)\s)[a-z]+ed\b)(?:chas(?:e|ed|ing)|contact(?:ed|ing)?|ask(?:ed|ing)|call(?:ed|ing)|email(?:ed|ing)|messag(?:e|ed|ing)|phon(?:e|ed|ing)|ring(?:ing)?|rang)(?!\s+(?:me|us)\b)|writ(?:e|ing)|wrote|written|(?:had|have|has) to ask|remind(?:ed|ing)|follow(?:ing)? up|rais(?:e|ed|ing)|report(?:ed|ing)|flagg(?:ed|ing)|mention(?:ed|ing)|reach(?:ed|ing)? out|been in touch|(?:on|put on|kept on|left on) hold|queued|cut off|hung up on|transferred|passed (?:around|between)|bounced around)\b/;
const COUNT =
  /\b(?:twice|(?:three|four|five|six|seven|eight|ten|\d+|several|multiple|many|countless|so many) (?:separate |different |whole )?times|on (?:at least |over |more than |no fewer than )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several|multiple|numerous|many|\d+) (?:separate |different )?occasions)\b/;
// A sum starts with its currency sign, which has no word boundary before it after a space.
const MONEY =
  /\b(?:refund|money|deposit|fee|fees|cost|costs|(?:full |whole |entire |remaining |outstanding )?(?:amount|balance)|payment|what i paid|credit(?! card)|damages|charge|charges|overcharge)\b|[$£€]\s?\d[\d,]*(?:\.\d\d)?\b/;
// "cover" as insurance ("the same cover £200 cheaper", "my home cover") is a product, not paying for something.
const PAY_BACK =
  /\b(?:back|(?<!\b(?:same|the|my|our|your|this|that|home|insurance|travel|pet|car|contents|buildings|breakdown|full|basic|extra|level of|type of) )cover(?! (?:note|level|type|starts|ends|is|was|costs)\b)|foot|pick up|return(?:ed)?|refund(?:ed)?|repay|reimburs(?:e|ed)|compensat(?:e|ed)|waive(?:d)?|owe|credit(?:ed)?(?! card)|pay (?:me|for))\b/;
const BANK =
  /\b(?:my bank|the bank|bank|card issuer|card company|credit card company|card provider|issuer|visa|mastercard|amex|american express|paypal|klarna|apple pay|barclaycard|chase bank|capital one|monzo|revolut|credit union|building society|hsbc|barclays|natwest|lloyds|santander|halifax|nationwide|starling|wells fargo|citibank|(?:her|his) bank)\b/;
// Where a refund is to go ("refund it to my PayPal") is asked of the company, not a reversal.
const REVERSING =
  /\b(?:revers(?:e|ed|ing|al)|disput(?:e|ed|ing)|charge ?back|claim|recover(?:ed|ing)?|claw(?:ed|ing)? (?:it )?back|stop(?:ped|ping)? (?:the )?payment|block(?:ed|ing)? (?:the )?payment|cancel(?:l?ed|l?ing)? (?:the )?(?:payment|transaction)|refund(?:s|ed)? (?:me|it)(?! (?:back )?(?:to|into|onto|via|through|on) (?:my|our|the|your|a)\b)|claw(?:s|ed|ing)? (?:the |my |that |this )?(?:\w+ )?(?:money|payment|charge|funds) back|get (?:it|my money|the money|my funds) back|will (?:refund|sort it|get it back)|(?:will|'ll)\s*$|investigat(?:e|es|ed|ing|ion)|(?:never|didn'?t|did not|not) authori[sz]ed?|not received|never (?:arrived|received)|not as described|unauthori[sz]ed|fraud(?:ulent)?|pull(?:s|ed|ing)? (?:the |my |that |this |your )?(?:money|payment|funds|charge|it)(?: for (?:the |my |our |that |this )?[\w-]+(?: [\w-]+)?)? back|tak(?:e|es|ing) (?:the |my )?money back)\b/;
// "Knock a bit off" is a discount.
// Idioms left out: "break down the line items", "you beat me to it", "this hot sauce is going to kill me".
const VIOLENCE =
  /\b(?:break(?!\s+(?:down|even|up|in|into|out|free|through|it\s+to|the\s+(?:news|ice|habit|bank|record|seal)|a\s+sweat)\b)|hurt|kill(?!\s+me\b)|punch|smash|stab|shoot|beat(?!\s+(?:me|us)\s+to\s+it\b|\s+(?:the|their|your|any|that)\s+(?:price|quote|offer|deal|traffic|rush|queue|deadline|record)\b)|burn|wreck|strangle|attack|hit|knock(?!\s+(?:[\w£$€.%]+\s+){0,3}?off\b)|kick|slap|smack|batter|thump|deck)\b/;
const VICTIM =
  /\b(?:his|her|their|your|someone'?s) (?:legs?|neck|face|jaw|nose|arms?|head|teeth)\b|\b(?:him|her|them|you|someone|somebody|your (?:staff|driver|agent|office|shop|store))\b/;
const FIRST_PERSON_WILL = /\b(?:i'?ll|i will|i'?m (?:going to|gonna)|i swear|i'?d)\b/;

export const PRESS =
  /\b(?:the press|press|media|journalists?|reporters?|newspapers?|the papers|(?:local |the |evening )news|news (?:desk|station|channel)|bbc|itv|sky news|channel \d{1,2}|(?:7|9|10|abc|nbc|cbs|fox) news|a current affair|today tonight|60 minutes|cnn|watchdog|rip ?off britain|daily (?:mail|express|star|record|mirror|telegraph)|the (?:mail|sun|mirror(?!\s+(?:[\w-]+\s+)?(?:cracked|broke|broken|smashed|arrived|came|is|was|frame|glass|door|you|your|that|which|i|we|in|on|for|from))|guardian|telegraph|express|independent|evening standard|(?:local )?rag)|money ?saving ?expert|martin lewis|(?:raffy )?tulfo)\b/;
const TIPPING =
  /\b(?:email(?:ed|ing)?|wr(?:ote|itten|iting) to|messag(?:ed|ing)|rang|dm'?d|tagg(?:ed|ing)|go(?:ing)?|went|contact(?:ing|ed)?|call(?:ing|ed)?|tell(?:ing)?|told|tip(?:ping)? off|send(?:ing)?|sent|speak(?:ing)?|talk(?:ing)?|(?:be|been) (?:very |most |really |extremely )?interested|love (?:this|to hear)|eat (?:this|it) up|hear about|expect|see (?:this|it)|field day|would love|lap (?:this|it) up|all over (?:this|it)|goes (?:straight |right )?to|(?:would|'d|will) (?:like|love|want) to (?:know|hear|see|read)|wants? to know)\b/;

// Where the customer's money or custom could go instead: a rival, "anyone else", elsewhere.
const ELSEWHERE =
  /\b(?:(?:your |a |the )?(?:competitors?|competition|rivals?)|(?:another|a different|other) (?:providers?|company|companies|suppliers?|banks?|carriers?|networks?|vendors?|services|firms?|shops?|stores?|insurers?|platforms?|brands?|airlines?|retailers?)|(?:anyone|anybody) else|(?:anywhere|everywhere) else|elsewhere|somewhere else)\b/;
// What a customer does with a rival: prefers it, pays it, signs up with it, or expects it to welcome them.
const GOING_OVER =
  /\b(?<!used to )(?:rather|prefer|sooner|happily|gladly|(?:glad|happy|delighted|thrilled|keen|love) to (?:have|take|get|welcome)|(?:my|our|other) options|sign(?:ed|ing)? up|go(?:ing)? with|gone with|went with|pay(?:ing)?|spend(?:ing)?|buy(?:ing)? (?:from|it|them)|shop(?:ping)?|look(?:ing)? (?:around|at|into)|consider(?:ing)?|quotes?|offer(?:s|ed|ing)? me|tempted|tempting|mov(?:e|ed|ing) (?:\w+ ){0,2}(?:over )?to|switch(?:ed|ing)? (?:\w+ ){0,2}(?:over )?to|better (?:service|deal|price|value|support)|cheaper)\b/;
// Someone close to the customer, by trade able to act for them (read as one cue each, in en.ts): a lawyer in the family, a friend at a paper.
export const CLOSE_PERSON = String.raw`\b(?:(?:my|our)\s+(?:\w+\s+)?(?:cousin|brother|sister|friend|mate|pal|wife|husband|partner|dad|father|mum|mom|mother|uncle|aunt|auntie|son|daughter|neighbou?r|family|flatmate|housemate|colleague|(?:brother|sister|son|daughter|father|mother)[- ]in[- ]law|niece|nephew)|(?:a|one)\s+(?:\w+\s+)?(?:friend|mate|relative|cousin|colleague|neighbou?r)s?\s+of\s+(?:mine|ours))`;
export const CLOSE = String.raw`${CLOSE_PERSON}(?:'s|\s+is|\s+happens to be|\s+works\s+(?:as|at|for|in|on)|\s+writes\s+(?:for|at|on))\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?`;
// What such a person is about to do with this: take an interest in it, look at it, hear about it.
export const INTERESTED =
  /\b(?:interested|(?:love|like|want|keen|dying) to (?:hear|know|see|read|look|get)|look(?:ing)? (?:at|into|over) (?:this|it|the)|(?:this|that|the) (?:whole |entire )?(?:matter|situation|case|whole thing|mess|email|thread|conversation|story)|how you(?:'ve| have)? (?:handled|treated|dealt|behaved)|how (?:this|it) (?:has been|was|is being) (?:handled|dealt with)|(?:not|isn'?t|wasn'?t) (?:impressed|happy|pleased|amused)|appalled|horrified|livid|furious|outraged|hear(?:ing)? about|already (?:seen|read|looked)|(?:cc'?d|copied) (?:in|on)|(?:seen|read) (?:this|it|the|all|everything)(?![^.!?]{0,25}\bfor (?:me|us)\b)|(?:read|seen|looked at) (?:your|the) (?:terms|contract|t&cs|small print|emails)(?! for (?:me|us)\b)|unenforceable|(?:basically |outright |plain )?fraud|in breach|a breach|unfair (?:terms|contract)|(?:have|has) a (?:very )?(?:strong|good|solid) case|forward (?:her|him|them) (?:this|the)|(?:be )?handling (?:this|it|the matter|my case|things)|draft(?:s|ed|ing)? (?:a |the |an? \w+ )?(?:letter|claim|complaint)|writ(?:e|es|ing) to (?:you|your)|deal(?:ing)? with (?:this|it|you)(?: from now on)?|tak(?:e|ing) (?:this|it) (?:over|from here|further)|illegal|unlawful|(?:isn'?t|not) legal|against the law|on (?:it|this|the case)|(?:kind|sort) of (?:thing|story|stuff) (?:she|he|they) (?:covers?|writes? about|loves?|looks? into|digs? into))\b/;

export const EN_PAIRS: readonly PairCue[] = [
  { flag: 'public', kind: 'act', what: PRESS, act: TIPPING, within: 30 },
  {
    flag: 'churn',
    kind: 'act',
    strength: 'threatened',
    what: /\b(?:we|i|our (?:firm|company|team|business|school|office|practice|organi[sz]ation))\b/,
    act: /\b(?:won'?t|will not|are not going to|aren'?t going to|am not going to|(?:decided|chosen|opted|planning|going) not to)\s+(?:be\s+)?renew(?:ing)?\b/,
    within: 12,
  },
  {
    flag: 'public',
    kind: 'act',
    what: /\b(?:one|1|zero|0|half a)[- ]?stars?\b/,
    act: /\b(?:left|leav(?:e|ing)|giv(?:e|ing)|gave|post(?:ed|ing)?|put(?:ting)? up|rat(?:e|ed|ing)|writ(?:e|ing)|wrote|expect|go(?:es|ing)? (?:up|live|online))\b/,
    within: 20,
  },
  {
    flag: 'harm',
    kind: 'harm',
    what: /\b(?:no|(?:don'?t|do not|can'?t|cannot) (?:see|have|know|find|think of) (?:a|any)) reasons? to\b/,
    act: /\b(?:keep )?(?:living|live|go on|be here(?! (?:early|at|before|for|by|on time|until|till|when|if|on|in)\b)|stay alive|wake up|get up(?! (?:early|at|before|for|to)\b)|get out of bed|carry on|keep going)\b/,
    within: 6,
  },
  { flag: 'churn', kind: 'ask', what: ENDING, act: ACCOUNT, within: 30 },
  { flag: 'legal', kind: 'act', what: LAWYER, act: LAWYER_ACT, within: 35 },
  { flag: 'public', kind: 'act', what: PLATFORM, act: POSTING, within: 30, needsHeat: true },
  { flag: 'supervisor', kind: 'ask', what: ROLE, act: ROLE_ACT, within: 30 },
  { flag: 'repeat-contact', kind: 'said', what: AGAIN, act: CONTACTING, within: 20 },
  { flag: 'repeat-contact', kind: 'said', what: COUNT, act: CONTACTING, within: 25 },
  { flag: 'compensation', kind: 'ask', what: MONEY, act: PAY_BACK, within: 25 },
  { flag: 'chargeback', kind: 'act', what: BANK, act: REVERSING, within: 35 },
  { flag: 'harm', kind: 'harm', what: VIOLENCE, act: VICTIM, within: 25 },
  {
    flag: 'harm',
    kind: 'harm',
    what: FIRST_PERSON_WILL,
    act: /\b(?:break|hurt|kill|punch|smash|stab|shoot|beat up|kick|slap|smack|batter|thump)\b/,
    within: 40,
  },
  // Round 10: a rival preferred or paid instead, someone close acting for the customer, a repeat said as
  // frustration ("once again… nobody cares").
  { flag: 'churn', kind: 'act', strength: 'threatened', what: ELSEWHERE, act: GOING_OVER, within: 40 },
  {
    flag: 'repeat-contact',
    kind: 'said',
    what: AGAIN,
    act: /\b(?:no(?:body| one|-one) (?:cares|listens|reads|bothers|responds|replies|answers|gets back|has (?:replied|answered|responded|bothered|got back))|ignored|same (?:answer|response|reply|excuse|story|script|runaround)|(?:no|without|zero) (?:reply|answer|response|update|callback)|nothing (?:has )?(?:happened|changed|been done)|still (?:no|not|nothing|waiting))\b/,
    within: 40,
  },
];
