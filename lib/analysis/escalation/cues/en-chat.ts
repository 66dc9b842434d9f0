import type { Cue } from '../types';

// Session 18: intents said in the idiom of DMs, brand replies and live chat, read off the held-out misses of
// corpus16 (scorer trained without it) and written as classes, never as one sentence: going public as something
// "incoming" or as a place on the timeline, contact counted as "day 11 of asking" or "3rd dm", the person above a
// named agent, a relative in law mentioned in passing, a review already live.

export function chatCues(parts: { platform: string; closePerson: string }): Cue[] {
  const { platform: PLATFORM, closePerson: KIN } = parts;
  return [
    // Going public as what is coming: "facebook page review incoming", "ratio incoming", "storytime incoming".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: new RegExp(
        String.raw`\b(?:(?:${PLATFORM}|review|one[- ]star|1[- ]star|ratio|thread|storytime|story ?time|exposé|expose|callout|call-out|post|video|tiktok|tweet)\s+){1,3}(?:is\s+)?incoming\b`,
      ),
    },
    // The feed as where this goes: "see you on the timeline", "the next message goes on my feed", "making this
    // everyone's problem".
    {
      flag: 'public',
      kind: 'act',
      strength: 'threatened',
      re: /\bsee (?:you|u|y'?all) on (?:the|my) (?:timeline|tl|fyp|feed|for ?you ?page)\b|\b(?:next|following) (?:message|post|one|update)\s+(?:goes|is going|will go|'ll go)\s+(?:on|onto|to)\s+my\s+(?:feed|timeline|page|story|stories|profile|wall|channel)\b|\b(?:about to|gonna|going to|will|'ll)\s+make\s+(?:this|it)\s+(?:everyone'?s|everybody'?s|the whole internet'?s|the internet'?s)\s+problem\b/,
    },
    // A review already up, said by where it is and that it is live: "my Trustpilot review is live", "Enjoy your one
    // star on Checkatrade, it went up ten minutes ago".
    {
      flag: 'public',
      kind: 'act',
      strength: 'taken',
      re: /\b(?:review|one[- ]star|1[- ]star|two[- ]star|2[- ]star|rating|post|write-?up)\b[^.!?]{0,40}?\b(?:is (?:now )?live|went (?:up|live)|is (?:now )?up (?:on|at)|has gone (?:up|live))\b/,
    },
    // Contact counted as days or as the Nth message: "day 11 of asking where my refund is", "3rd dm", "email number
    // five", "third letter I am writing on the same matter".
    {
      flag: 'repeat-contact',
      kind: 'said',
      re: /\bday\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty)\s+of\s+(?:asking|chasing|waiting|emailing|messaging|calling|trying)\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:dm|pm|msg|time (?:asking|messaging|writing|emailing|chasing))\b|\b(?:email|message|letter)\s+(?:number|no\.?)\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*[/.:-]?\d)/,
    },
    // The person above a named agent or above whoever answers: "idk who's above Jake but i want them", "who's the
    // boss of whoever is answering these DMs", "whoever the community manager is i want them in this thread".
    {
      flag: 'supervisor',
      kind: 'ask',
      re: /\b(?:(?:i\s+)?(?:don'?t|dont|do not)\s+(?:even\s+)?know\s+|idk\s+|dunno\s+|not sure\s+)?who(?:'?s| is)\s+(?:above|over|higher than)\s+(?:him|her|them|[a-z]+)\b[^.!?]{0,30}?\b(?:i|we)\s+(?:want|need|wanna)\s+(?:them|him|her|that person)\b|\b(?:the\s+)?boss of (?:whoever|whomever|the (?:person|people|agents?|team))\s+(?:is\s+)?(?:answering|replying|running|handling|reading)\b|\bwhoever (?:the\s+)?(?:community manager|manager|supervisor|boss|lead|head of [\w-]+)\s+is,?\s+(?:i|we)\s+(?:want|need|wanna)\s+(?:them|him|her)\b/,
    },
    // A relative in law mentioned in passing: "my cousin's a paralegal btw", "my mom's a lawyer and she's reading your
    // terms rn". The aside is the threat; said with no reason to mention it otherwise.
    {
      flag: 'legal',
      kind: 'act',
      strength: 'threatened',
      proxy: true,
      re: new RegExp(
        String.raw`${KIN}(?:'s|\s+is)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:lawyer|attorney|solicitor|paralegal|barrister|legal (?:aid|exec|executive|secretary))\b(?=\s*(?:btw|by the way|fyi|just saying|just so you know|[.!,]?\s*(?:just saying|and (?:she|he|they)(?:'s| is| are|'re) (?:reading|looking|going through|checking)))|[^.!?]{0,40}\b(?:reading|looking at|going through|checking)\s+(?:your|the|this|ur)\s+(?:terms|t&cs|tos|contract|policy|emails|messages|dms))`,
      ),
    },
    // A chargeback said as charging back an item: "im charging back my founder pass". (The issuer taking it back as
    // the other branch of a choice is en-roundabout.ts's either/or cue.)
    {
      flag: 'chargeback',
      kind: 'act',
      strength: 'threatened',
      re: /\b(?:charg(?:e|ing)|charged)\s+back\s+(?:my|the|this|that|your)\s+(?:[\w-]+\s+){0,2}?(?:pass|order|subscription|purchase|payment|pack|bundle|membership|ticket|plan|item|box)\b/,
    },
  ];
}
