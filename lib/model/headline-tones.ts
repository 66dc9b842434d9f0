/**
 * More kinds of English support message whose headline the words mislead (issue 13, headline rounds
 * blind14–16): joy said through the body ("grinning like an idiot", "I cried through the whole thing!"),
 * sarcastic praise over a complaint ("Congratulations, your crew managed to…", "Great. Your tracker says…"),
 * confusion between two accounts of the same thing, thanks to a person for a deed that rescued a bad day, and
 * quiet letting go. Like headline-kinds.ts, each is a small pattern settle() (blend.ts) asks only after cheaper
 * conditions on the labels hold.
 */
import type { Evidence } from '../types';

/**
 * Delight said as a grin, a dance or happy tears: "grinning like an idiot", "can't stop smiling", "smiling from
 * ear to ear", "happy tears", "over the moon". The lexicon hears "like an idiot" as an insult and "can't stop" as
 * a complaint; on their own these phrases mean joy.
 */
const GRIN =
  /\b(?:grinning|beaming|smiling|grin(?:ned)?) (?:like (?:an? )?(?:idiot|fool|loon|kid|child|madman|madwoman|maniac|cheshire cat|lunatic)|from ear to ear|ear to ear)|\bcan['’]?t stop (?:grinning|smiling|beaming|dancing|bouncing)\b|\bhappy tears\b|\btears of joy\b|\b(?:cried|crying|wept|weeping) (?:with|from|for) (?:joy|happiness)\b|\bover the moon\b|\bon cloud nine\b|\bhappy dance\b/i;

/**
 * The body stirred (tears, shaking, screaming): "I cried through the whole thing!", "I'm literally shaking".
 * Tears count when exclaimed in the same breath, shaking only beside shouted news; never "with rage" or "with
 * fear".
 */
const STIRRED =
  /\b(?:cried|crying|sobbed|sobbing|bawled|in tears|teared up|welled up|shaking|trembling|screaming|squealing|jumping up and down)\b(?! (?:with|from|in) (?:rage|anger|fury|fear|frustration|worry|panic))/i;
const STIRRED_EXCLAIMED =
  /\b(?:cried|crying|sobbed|sobbing|bawled|in tears|teared up|welled up)\b(?! (?:with|from|in) (?:rage|anger|fury|fear|frustration|worry|panic))[^.?!\n]{0,40}!/i;

/**
 * News shouted in capitals ("PASSED!!!", "APPROVED!!!", "I GOT FRONT ROW!!!") or a cheer that only good news
 * gets ("OMG", "yay", "woohoo").
 */
const SHOUTED_NEWS =
  /\b(?:PASSED|ACCEPTED|APPROVED|HIRED|ENGAGED|GOT (?:IN|IT|THE [A-Z]+|FRONT ROW)|WE WON|I WON|WE DID IT|SHE SAID YES|HE SAID YES|IT['’]S A (?:BOY|GIRL))\b|\b(?:OMG|woo+hoo+|yay+|whoo+p?)\b/;
/** News shouted at the very start of the message: "PASSED!!! First attempt…". */
const OPENS_SHOUTED = /^\W*(?:PASSED|ACCEPTED|APPROVED|HIRED|ENGAGED|WE WON|I WON|WE DID IT|OMG)\b[^a-z]{0,12}!/;
/**
 * The span of text that says joy through the body, or null. A grin idiom, news shouted first or tears exclaimed
 * are enough; shaking or screaming needs news shouted beside it.
 */
export function elated(text: string): string | null {
  const grin = GRIN.exec(text) ?? OPENS_SHOUTED.exec(text) ?? STIRRED_EXCLAIMED.exec(text);
  const stirred = SHOUTED_NEWS.test(text) ? STIRRED.exec(text) : null;
  // Both spans, so complaintOutside() passes over the shaking as well as the shout.
  if (grin !== null) return stirred === null ? grin[0] : `${grin[0]} | ${stirred[0]}`;
  return stirred === null ? null : stirred[0];
}

/** Good news shouted first thing: joy even when thanks for someone follow ("PASSED!!! … he's a legend"). */
export function opensShouted(text: string): boolean {
  return OPENS_SHOUTED.test(text);
}

/**
 * A clear complaint word (weight 2 or more) among the rules' evidence that is not part of `span`: "like an
 * idiot" inside "grinning like an idiot" is not an insult.
 */
export function complaintOutside(evidence: readonly Evidence[] | undefined, span: string): boolean {
  if (evidence === undefined) return false;
  const lower = span.toLowerCase();
  for (const ev of evidence) {
    if (ev.label === undefined || ev.cue === 'negation' || ev.weight > -2) continue;
    if (ev.label !== 'anger' && ev.label !== 'frustration' && ev.label !== 'sadness' && ev.label !== 'anxiety')
      continue;
    if (!lower.includes(ev.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Praise said flat as a sentence of its own, then a complaint: "Great. Your tracker says…", "Brilliant. Your
 * courier left…", "Great, thanks, another automated reply…", "Congratulations, your crew managed to…", "Well done, you've…". Or irony said outright:
 * "Quite the achievement", "Thanks for nothing", "Great job losing…". The model and the rules hear the praise.
 */
const SARCASTIC_OPENER =
  /^\W*(?:(?:oh|lol|lmf?ao+|rofl|ha(?:ha)+h?|heh),? )?(?:great|brilliant|fantastic|wonderful|perfect|lovely|marvell?ous|super|terrific|superb|congratulations|congrats|well done|nice one|nice work|good job|great job|thanks a (?:lot|bunch|million))\s*(?:\.|,|!+|\.{3}|…)\s+(?:(?:thanks|thank you|cheers)\s*(?:\.|,|!+|\.{3}|…)\s+)?(?:so |and |now |apparently )?(?:your|you(?:['’]ve| have)?|the|my|another|this|once again|i)\b/i;
const IRONY =
  /\b(?:quite|what) (?:an?|the) (?:achievement|accomplishment|feat)\b|\bthanks for nothing\b|\b(?:great|good|nice) (?:job|work) (?:on )?(?:losing|breaking|ruining|wiping|wrecking|damaging|cancell?ing)\b|\bcongratulations,? (?:your|you)\b[^.!?]{0,60}\bmanaged to\b|\bwell done,? (?:your|you)\b[^.!?]{0,60}\b(?:managed to|broke|lost|ruined)\b/i;

export function sarcasticPraise(text: string): boolean {
  return SARCASTIC_OPENER.test(text) || IRONY.test(text);
}

/**
 * Not understanding, said outright ("I don't understand which booking is wrong", "I'm confused", "not sure which
 * of these…", "I can't work out which…"), beside two accounts of the same thing that disagree: two things that
 * say, show or tell, yesterday against today, one letter then another. The model hears the trouble as worry or a
 * complaint; the agent has to explain which account is right.
 */
const PUZZLED =
  /\bi (?:don['’]?t|do not|can['’]?t|cannot|really don['’]?t) (?:understand|work out|figure out|make sense of|tell)\b|\bi['’]?m (?:so |really |a bit |a little |completely |totally )?(?:confused|puzzled|baffled)\b|\bnot sure which\b|\bmakes? no sense\b/i;
const ACCOUNT = /\b(?:says?|said|shows?|showed|shown|tells?|told|states?|stated|reads?)\b/gi;
const YESTERDAY_TODAY = /\b(?:yesterday|last (?:week|month)|before)\b[\s\S]{0,80}\b(?:today|now|this morning)\b/i;
const ONE_THEN_ANOTHER = /\b(?:then|and now|but now|but today)\b[\s\S]{0,60}\b(?:a|an|another|the)\b/i;

export function puzzledByAccounts(text: string): boolean {
  if (!PUZZLED.test(text)) return false;
  const accounts = text.match(ACCOUNT);
  return (accounts !== null && accounts.length >= 2) || YESTERDAY_TODAY.test(text) || ONE_THEN_ANOTHER.test(text);
}

/**
 * Thanks sent to a person for what they did, the bad day only the background: "Please pass this on to him. Thank
 * you.", "To the technician who came out on Tuesday: you…", "Many thanks from all of us", "please tell Derek he's
 * a legend". Sadness or a complaint the model hears in the late train is not what the customer wrote to say.
 */
const TO_A_PERSON =
  /\bplease (?:pass|send) (?:this|that|it|these|my (?:thanks|gratitude|compliments)) (?:on|along)\b|\bpass (?:on|along) my (?:thanks|gratitude|compliments)\b|^\W*to the (?:[\w-]+ ){0,3}(?:technician|engineer|driver|conductor|nurse|doctor|team|staff|crew|man|men|woman|women|lady|ladies|gentleman|guy|guys|courier|installer|fitter|agent)\b[^.\n]{0,80}:|\b(?:she|he|they)['’]?(?:s| is|re| are) (?:a legend|a star|a credit|an angel|brilliant|amazing)\b|\bcredit to (?:your|the) (?:team|company|staff)\b/i;
/** Thanks said, or the deed itself (the closing "Thank you." may have been cut off as a sign-off). */
const THANKS_OR_DEED =
  /\bthank(?:s| you)\b|\b(?:grateful|appreciate)\b|\b(?:helped|found|rebooked|stayed|carried|fixed|showed|explained|sorted|took the time|went (?:above|out of (?:his|her|their) way)|made sure|so kind|so patient)\b/i;
/** Asking for money or a fix back: a complaint with thanks around it, not thanks. */
const REMEDY =
  /\brefund\b|\bcompensat|\bmoney back\b|\breimburse|\bgoodwill\b|\bcredit (?:my|the) account\b|\bi (?:want|expect|need) (?:a|an|my|the|someone|you)\b/i;

export function thanksToPerson(text: string): boolean {
  return TO_A_PERSON.test(text) && THANKS_OR_DEED.test(text) && !REMEDY.test(text);
}

/**
 * Laughter (lol, lmao, haha, 😂, 哈哈, 笑死) beside a complaint or an insult is derision: "your support is useless
 * lmao", "ur agents are clowns 😂". Reddit, where the model's English side learned, labels most laughter amusement,
 * and the lexicon counts it as joy, so both hear a happy customer. Only laughter: a message with joy or thanks
 * said in other words ("lol thanks, that was fast") is left to them.
 */
const LAUGHTER =
  /(?:^|[^a-z])(?:lo+l+|lmf?ao+|rofl(?:mao)?|b?ah(?:ah)+h?|ha(?:ha)+h?|he(?:he)+h?|kek)(?![a-z])|\u{1f602}|\u{1f923}|\u{1f606}|\u{1f639}|哈{2,}|呵呵|笑死|笑哭|233{2,}|h{3,}/iu;

/**
 * The firm or its people addressed: "your support", "ur app", "you guys", "this company", 你们, 客服, 你哋. Laughing at
 * oneself or at a third party ("I know I'm garbage lol", 累爆了哈哈哈) is not derision of the firm.
 */
const AT_THE_FIRM =
  /\b(?:your|ur|yr|y['’]?all|ya['’]?ll)\b|\b(?:you|u) (?:guys|people|lot|lads|clowns|idiots|morons|jokers)\b|\b(?:this|the|what a) (?:company|firm|service|support|app|shop|store|airline|bank|courier)\b|\bcustomer (?:service|support|care)\b|你们|你們|您们|你哋|你地|客服|商家|店家|贵公司|貴公司/i;

/** Laughter said to the firm: derision when a complaint or insult is beside it. */
export function laughsAtFirm(text: string): boolean {
  return LAUGHTER.test(text) && AT_THE_FIRM.test(text);
}

/** Joy or thanks said in a clear word (weight 2 or more) among the rules' evidence, not laughter itself. */
export function cheerBesidesLaughter(evidence: readonly Evidence[] | undefined): boolean {
  if (evidence === undefined) return false;
  for (const ev of evidence) {
    if ((ev.label === 'joy' || ev.label === 'gratitude') && ev.weight >= 2 && !LAUGHTER.test(ev.text)) return true;
  }
  return false;
}
