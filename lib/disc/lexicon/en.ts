import { type CueRule, rule } from '../rule';

// English cues. Anger and distress words are deliberately absent: an upset customer can have any style,
// so only how they ask (pace, directness, warmth, caution, precision) counts.

const COMMAND_VERBS =
  'fix|send|refund|cancel|give|tell|get|call|escalate|process|stop|ship|deliver|resolve|sort|reverse|replace|' +
  'lock|switch|upgrade|downgrade|book|remove|close|reset|expedite|credit|waive|delete|push|approve|move|transfer|handle|finish|activate|restore|unlock|' +
  'start|apply|drop|add|put|keep|take|go|make|pay|use|check|find|release|rebook|reship';

export const EN_RULES: readonly CueRule[] = [
  // D: pace, outcome, directness
  rule(
    'D',
    'deadline',
    1.2,
    /\b(?:asap|a\.s\.a\.p|immediately|right away|right now|by (?:today|tonight|tomorrow|noon|eod|end of (?:the )?day|close of business|friday|monday)|today(?:,)? (?:not|please|itself)|within (?:the )?(?:hour|\d+ (?:hours?|minutes?|mins?)|24h)|no later than|by \d{1,2}(?::\d{2})? ?(?:am|pm))\b/i,
  ),
  rule('D', 'deadline', 0.6, /\b(?:today|tonight|now|urgent(?:ly)?|quickly|fast|same[- ]day|deadline)\b/i),
  rule(
    'D',
    'imperative',
    1.0,
    new RegExp(
      `(?<=^|[.!?;:,\\n]\\s*)(?:just |now |so |then )?(?:${COMMAND_VERBS})\\b(?! you\\b)(?: (?:it|this|that|me|my|the|now))?`,
      'im',
    ),
  ),
  rule(
    'D',
    'bottom-line',
    1.4,
    /\b(?:that's not an answer|(?:can|will) wait\b(?= ?[.!]|$)|bottom line|just tell me|tell me (?:straight|directly|now)|yes or no|straight answer|short answer|skip the (?:script|details|explanation|apolog(?:y|ies))|cut to the|(?:don't|do not) need (?:an? |the |your )?(?:whole |full |long )?(?:explanation|apolog(?:y|ies)|story|details|speech|script|long)|i'll take it|no (?:excuses|more (?:excuses|delays|back and forth))|(?:don't|do not) care (?:how|why|what)|get (?:it|this) done|make it happen|what(?:'s| is) the fix|fastest (?:way|option)|one (?:word|line)|who can (?:fix|decide|approve))\b/i,
  ),
  rule(
    'D',
    'firm-request',
    1.0,
    /\b(?:i expect|i want (?:a|my|the|this|it|an|someone)|i need (?:this|it|that) (?:done|fixed|resolved|sorted|shipped|today|now|by)|i(?:'m| am) not (?:waiting|going to wait)|i(?:'ll| will) (?:decide|take it from there)|your (?:call|move)|decide now|final (?:answer|offer))\b/i,
  ),
  rule('D', 'results', 0.8, /\b(?:solution|outcome|results?|resolved|done|sorted)\b(?= ?[.!?]|$)/im),

  rule(
    'D',
    'decision',
    1.0,
    /\b(?:that's it|that's all|do it|deal|done|perfect)(?=\.\s*(?:$|[A-Z]))|\b(?:that's all i need|i(?:'ll| will) take (?:it|that|the)|go ahead|say so|don't leave me (?:guessing|hanging|waiting)|i need a (?:yes|no|decision|date|time|answer)|i'm not (?:starting over|doing (?:this|that) again|going through)|whose fault)\b/im,
  ),
  rule(
    'D',
    'imperative',
    0.5,
    /(?<=^|[.!?;:,\n]\s*)please (?:remove|cancel|refund|delete|close|stop|send|change|switch|transfer|add|drop|process|ship|book|update|charge|move)\b/im,
  ),

  rule(
    'D',
    'bottom-line',
    1.0,
    /\b(?:you (?:already )?have (?:my|the|all|it)|i (?:already|just) told you|as i (?:said|told you)|before i (?:log off|leave|hang up|go))\b/i,
  ),
  rule(
    'D',
    'imperative',
    0.8,
    /(?<=\band )(?:refund|send|cancel|apply|credit|waive|ship|reverse|remove|close|fix|cover|reserve)\b/i,
  ),

  rule(
    'D',
    'deadline',
    1.0,
    /\b(?:by (?:the )?end of (?:the )?(?:day|week|month)|first (?:slot|thing|available)|tomorrow morning)\b/i,
  ),
  rule(
    'D',
    'bottom-line',
    1.0,
    /\b(?:(?:don't|do not) need to (?:know|hear)|^(?:approved|agreed|confirmed|go ahead)(?=[.!]))/im,
  ),

  rule(
    'D',
    'decision',
    1.0,
    /\b(?:your (?:pick|call|choice)|(?:text|email|call|message|ping) me (?:the|when|back|once|at)|i'll (?:collect|take it from here|handle the rest))\b/i,
  ),

  rule('D', 'decision', 1.0, /\b(?:do that|no time (?:for|to))\b/i),

  // I: sociability, feelings, stories, playfulness
  rule(
    'I',
    'social',
    1.2,
    /\b(?:haha+|hehe+|lol+|lmao|omg|oh my (?:god|gosh)|yay+|woo+hoo|xoxo|btw|tbh|guys|buddy|folks)\b/i,
  ),
  rule(
    'I',
    'feeling',
    1.0,
    /\b(?:love(?:d|s)?|adore|obsessed|amazing|awesome|fantastic|gorgeous|super excited|so excited|thrilled|can't wait|cannot wait|the best|my fave|favou?rite|stunning|cute|fun)\b/i,
  ),
  rule(
    'I',
    'story',
    0.4,
    /\b(?:my (?:daughter|son|kids?|husband|wife|mom|mum|dad|sister|brother|friends?|bestie|girlfriend|boyfriend|partner|neighbou?r|grandma|cat|dog|team)|funny story|long story short|you won't believe|guess what|so basically|at the party|for (?:her|his|my) birthday|the wedding)\b/i,
  ),
  rule(
    'I',
    'warm-greeting',
    1.0,
    /^\s*(?:hey+(?: there)?|hiya|hi there!|hello hello|hi+!+|hello+!+|good morning!+|heyy+)/i,
  ),
  rule(
    'I',
    'praise',
    1.0,
    /\b(?:you(?:'re| are) (?:the best|a star|awesome|amazing|a lifesaver)|you guys (?:rock|are great|are amazing)|love you guys|big fan|told everyone|recommend(?:ed)? you to)\b/i,
  ),
  rule('I', 'emoticon', 1.0, /(?<![\w/])(?:[:;]-?[)D(Pp]|<3|\^_?\^|xD)(?![\w])/),
  rule(
    'I',
    'cheerful-sign-off',
    0.8,
    /\b(?:cheers|hugs|talk soon|have an? (?:awesome|amazing|great|lovely) (?:day|weekend)|you made my day)\b/i,
  ),

  // S: patience, caution, courtesy, worry about disruption
  rule(
    'S',
    'apology',
    1.2,
    /\b(?:sorry (?:to|for) (?:bother|trouble|disturb|ask|the trouble|asking)|sorry if (?:this|i)|apologi[sz]e for (?:the|bothering|asking)|hope i'm not bothering|i hate to bother)\w*/i,
  ),
  rule(
    'S',
    'apology',
    0.8,
    /\b(?:sorry (?:for|about) (?:all )?(?:the|my|so many) questions|i'?m (?:so |very |really )?sorry(?!,? but)\b)/i,
  ),
  rule(
    'S',
    'patience',
    1.4,
    /\b(?:no rush|no hurry|not urgent|whenever you (?:get a chance|can|have (?:a moment|time))|when you (?:have|get) (?:a )?(?:moment|chance|time)|take your time|i can wait|in your own time|happy to wait|no pressure)\b/i,
  ),
  rule(
    'S',
    'hedge',
    0.6,
    /\b(?:i hope (?:this|that|it|i)|i was wondering|wondering if|i think|i guess|maybe|perhaps|possibly|might|not sure|i'm not sure|a little|a bit|kind of|sort of|if possible|if that's ok(?:ay)?|if it's not too much trouble|bear with me|make a fuss|would it be possible|is it ok(?:ay)? if)\b/i,
  ),
  rule(
    'S',
    'worry-change',
    1.0,
    /\b(?:worr(?:y|ied|ies)|surprises?|predictab\w*|as usual|(?:i've|i have) always|how it (?:was|used to be)|the way it (?:was|used to be)|back to (?:how|the way|normal)|before anything changes|(?:would|will) (?:that|it|this) change|nervous|i'm afraid|afraid (?:that|to|of|i)|concerned (?:that|about)|will (?:it|this|that|i) (?:affect|lose|change|break|mess|still)|(?:don't|do not) want to (?:cause|lose|mess|break|change|make (?:things|it) worse)|(?:i'm|i am|i was|i've (?:got|gotten)) used to|the old (?:way|version|one)|without (?:losing|changing)|is it safe|what if)\b/i,
  ),
  rule(
    'S',
    'reassurance',
    1.0,
    /\b(?:just (?:want(?:ed)? to|to) (?:make sure|check|confirm|double[- ]check)|is that (?:ok(?:ay)?|alright|right)|am i doing (?:this|it) right|did i do (?:something|it) wrong|hope (?:that's|this is|it's) (?:ok(?:ay)?|fine|alright))\b/i,
  ),
  rule(
    'S',
    'guidance',
    1.0,
    /\b(?:should i|do i (?:need|have) to|is it (?:fine|ok(?:ay)?|alright) to|i'?d rather not|take it slow(?:ly)?|slowly|step by step|walk me through|what should i do|what do i (?:need to )?do (?:next|now)|what (?:are|is) the next steps?|what (?:will|would) happen (?:next|now)|i'm not (?:very )?(?:good|great) with|not (?:very )?tech|i don't really understand|could you explain (?:again|slowly)|one more time)\b/i,
  ),
  rule(
    'S',
    'gratitude',
    0.8,
    /\b(?:that's (?:very |so |really )?kind|thank goodness|you're (?:very|so) kind|thank you (?:so|very) much|thanks so much|really appreciate|thank you for your (?:patience|help|time|understanding)|i appreciate (?:it|your)|thanks for (?:your|bearing)|(?:i )?hope you(?:'re| are) (?:well|doing well|having a good day)|you've been (?:very|so) (?:kind|helpful|patient))\b/i,
  ),
  rule(
    'S',
    'polite-request',
    0.6,
    /\b(?:could you (?:please|kindly)|would you (?:please|mind|be able)|if you could|would you be so kind|please let me know)\b/i,
  ),

  rule(
    'S',
    'routine',
    0.8,
    /\b(?:usually|normally|for (?:many|so many|a lot of) years|for years|i've (?:always|had (?:it|this|my))|as i always do|every month for)\b/i,
  ),
  rule(
    'S',
    'reassurance',
    1.0,
    /\b(?:if that's (?:alright|all right|ok(?:ay)?|fine)|is that (?:alright|all right)|still (?:be there|arrive|work|be the same|have)|(?:stay|remain) the same|carry over|a weight off|(?:what a|such a|that's a) relief|peace of mind|i'd hate to|i don't want to (?:pay|lose|miss|break|mess|cause)|on the same (?:day|date))\b/i,
  ),
  rule(
    'S',
    'guidance',
    0.8,
    /\b(?:do i (?:type|enter|press|click|fill|need|have|wait|sign|put|send)|(?:not|never) (?:very )?confident|(?:it |that |this )?confuses me|i'm confused|i get confused)\b/i,
  ),
  rule(
    'S',
    'patience',
    1.0,
    /\b(?:whatever (?:timing|time|day|works)|whenever (?:suits|works)|in your own time|at your convenience|i understand (?:these things|it happens|that|how)|these things happen)\b/i,
  ),

  rule(
    'S',
    'reassurance',
    1.0,
    /\b(?:(?:don't|do not) want to (?:complain|be a (?:bother|nuisance)|make a fuss|cause (?:any )?trouble)|i (?:just )?hoped|they work hard|not comfortable|still be able|i'd feel (?:much |a lot )?better|feel (?:much )?better knowing|the first time)\b/i,
  ),

  rule(
    'S',
    'time-to-decide',
    1.2,
    /\b(?:let me (?:think|talk it over|discuss|check with|sleep on)|talk it over|think it over|(?:need|want) (?:some )?time to (?:think|decide)|i'll (?:think about it|get back to you|let you know))\b/i,
  ),
  rule(
    'S',
    'worry-change',
    1.0,
    /\b(?:(?:don't|do not) (?:really )?want to (?:start over|switch|change|move)|(?:stay|keep me) with|disruption|hassle|cautious|careful)\b/i,
  ),
  rule('S', 'patience', 1.0, /\b(?:(?:don't|do not) mind (?:waiting|a wait|a bit longer)|if you can\b|happy to wait)/i),

  rule(
    'S',
    'worry-change',
    1.0,
    /\b(?:not trying to (?:cause|make) (?:trouble|a fuss|problems)|gradual(?:ly)?|beforehand|prepare (?:her|him|them|myself|us)|takes (?:a while|time) to (?:settle|adjust|get used)|i appreciate you)\b/i,
  ),

  rule(
    'S',
    'understanding',
    1.0,
    /\b(?:it's (?:okay|ok|alright|fine),? i (?:know|understand)|i know you(?:'re| are) (?:busy|doing your best)|no worries|these things happen|i understand(?!,? but)(?:,| that| it)|that would (?:be )?(?:a )?(?:great|big|real|huge)? ?help|thank you for (?:\w+ing)|puts my mind at (?:rest|ease)|just in case|(?:exactly )?as it was|before (?:they|you|anyone|someone) (?:come|arrive|visit)|call (?:me )?(?:first|beforehand|ahead)|can i (?:message|ask|call|contact|write to) you (?:again|if|later|back)|if i get stuck|is it (?:alright|all right|ok(?:ay)?) (?:to|if))\b/i,
  ),

  rule('S', 'gratitude', 0.8, /\b(?:(?:very |so )?considerate|thoughtful of you|kind of you|they'll be touched)\b/i),

  // C: specifics, accuracy, references, records
  rule(
    'C',
    'precision',
    1.2,
    /\b(?:specific|per[- ](?:seat|user|month|unit|item|year)|add-on|which is (?:right|correct)|the actual (?:figure|number|amount|rating)|calculat\w*|recalculat\w*|rounding|rounded|truncat\w*|configurable|retention|which one|which (?:date|version|plan|option|figure|amount|rate)|compar(?:ing|ed|ison)|on record|for my records|corrected|exactly|specifically|precisely|in detail|itemi[sz]ed|breakdown|clarify|discrepanc(?:y|ies)|difference between|accurate(?:ly)?|correct(?:ly)? calculated|how (?:is|was|are|were) (?:this|that|it|the \w+) calculated|pro-?rated|to be precise|in writing)\b/i,
  ),
  rule(
    'C',
    'reference',
    1.2,
    /\b(?:polic(?:y|ies)|documented|(?:the|your) (?:[\w-]+ ){0,3}(?:says|said|states|stated|lists|reads)|where (?:it's|it is) (?:stated|written)|according to|as (?:stated|per|listed|described|shown) (?:in|on)|per (?:your|the) (?:policy|terms|website|page|email|contract|agreement)|terms (?:and|&) conditions|terms of (?:service|use)|section \d|clause \d|article \d|paragraph \d|your (?:policy|documentation|faq|spec sheet)|the (?:policy|documentation|product page|listing|contract|agreement|warranty terms)|sla)\b/i,
  ),
  rule(
    'C',
    'record',
    0.8,
    /\b(?:changelog|release notes|patch notes|(?:those|the|more|these|all the) details|tested (?:with|on)|reproduc\w+|time ?zone|utc|photos? of|meter reading|readings?|invoice|receipt|statement|screenshot|log(?:s| file)?|error code|serial number|sku|model (?:number|no)|tracking (?:number|no)|reference number|ticket (?:number|#)|case (?:number|#)|transaction id|confirmation number|timestamp|attached)\b/i,
  ),
  rule(
    'C',
    'spec',
    0.8,
    /\b(?:specs?|specifications?|dimensions?|compatib(?:le|ility)|firmware|configuration|settings page|version|build|api|resolution|capacity|wattage|voltage|warranty period)\b/i,
  ),
  rule('C', 'order-id', 0.8, /(?:#\s?[A-Z0-9-]{4,}|\b[A-Z]{1,5}-?\d{5,}\b|\b\d{7,}\b)/),
  rule(
    'C',
    'number',
    0.5,
    /(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\b\d+(?:\.\d+)?\s?(?:%|usd|eur|gbp|dollars?|gb|mb|kg|lbs?|cm|mm|°c|°f|inch(?:es)?|units?|items?|pcs|days?|hours?|minutes?|times)\b)/i,
  ),
  rule(
    'C',
    'date',
    0.6,
    /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?::\d{2}) ?(?:am|pm)?)\b/i,
  ),
  rule('C', 'version', 0.8, /\b(?:v\d+(?:\.\d+)+|\d+\.\d+\.\d+|ios \d+|android \d+|windows \d+)\b/i),
];
