import type { Cue } from '../types';

// Session 25, read off corpus29 (six writers who saw no code): chat shorthand for self-harm, a manager asked for in
// two words, and a consumer-protection body named bare. Each is a way many writers say it, not one row's wording.

/** Consumer protection named as a body ("reported to consumer protection"), not the law of that name. */
export const REGULATOR_S25 = String.raw`consumer protection(?!\s+(?:law|laws|act|acts|rules|regulations?|legislation|rights|standards|codes?|guidelines|polic(?:y|ies)|week|day|course|module|class|lecture))`;

export function s25Cues(): Cue[] {
  return [
    // Self-harm in chat shorthand: "might as well kms", "thinking of unaliving myself", "i just want to die".
    {
      id: 'harm-self-chat',
      flag: 'harm',
      kind: 'harm',
      re: /\b(?:might as well|gonna|going to|wanna|want to|about to|i'?ll|ill|should just|ready to|just gonna)\s+kms\b|\bunaliv(?:e|ing) (?:myself|me)\b|\b(?:i|i just|i really|honestly i)\s+(?:want|wanna)\s+to\s+die\b(?!\s+(?:of|laughing|a little|inside))|\bmight as well (?:just )?(?:die|end it all|kms|not (?:be here|exist))\b/,
    },
    // Contact counted with the verb in its base form, as second-language writers put it ("I already call many
    // times", "I have call your office 5 times", "we email you three times").
    {
      id: 'repeat-base-form-times',
      flag: 'repeat-contact',
      kind: 'said',
      re: /\b(?:i|we)\s+(?:already\s+|have\s+|has\s+|did\s+)?(?:call|email|e-mail|message|chat|contact|write|visit|complain|ask|follow up|raise|report)\s+(?:to\s+)?(?:you\s+|your\s+[\w-]+\s+|the\s+[\w-]+\s+|this\s+|it\s+)?(?:already\s+)?(?:many|so many|several|multiple|countless|numerous|plenty of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times\b(?!\s+(?:in|on|during)\s+(?:this|the same|one)\s+(?:chat|conversation|call|thread|message|form))/,
    },
    // A manager asked for in two words at the end of a chat line: "manager pls", "supervisor asap".
    {
      id: 'supervisor-two-words',
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:manager|supervisor|team ?leader|senior)\s+(?:pls|plz|please|asap|nw)(?=\s*[.!]*\s*$|\s*[.!]+)/,
    },
  ];
}
