import type { Cue } from '../types';

// Session 23: an ultimatum put as a choice between two questions. Read off fresh36–37 and the rounds of sessions
// 19–21, where four writers put it the same way: "Are you refunding this or do I need to get Visa involved?", "do i
// need to take this to small claims … or are you guys gonna return it". One side is the company acting, the other
// the customer going elsewhere, so neither half is asked for information. "Do I need to call my bank, or can you do
// it from your end?" or "…, or will you do it?" offers the company a task, not a choice, and stays a question.

const YOU = String.raw`(?:you|u|ya|ye|y'all|you\s+(?:guys|lot|people)|someone|somebody|anyone|anybody)`;
const I_MUST = String.raw`(?:do|should|shall|must|will)\s+(?:i|we)\s+(?:really\s+|just\s+|actually\s+)?(?:have|need|got)\s+to`;

// The company offered the same errand ("Do I need to ask my bank to stop the direct debit, or will you do it?").
const SAME_TASK = String.raw`(?!\s+(?:(?:be\s+able\s+to|going\s+to|gonna|just)\s+)?(?:do|handle|arrange|cancel|stop|set\s+up)\s+(?:it|that|this|them)\b)`;

/** Either order: "do I need to X … or are you going to Y", "are you Y … or do I need to X". */
export const RHETORICAL_S23 = String.raw`\b${I_MUST}\b[^?]*\bor\s+(?:are|r|is|will|would)\s+${YOU}\b${SAME_TASK}|\b(?:are|r|is|will|would)\s+${YOU}\b[^?]*\bor\s+(?:do|should|shall|must|will)\s+(?:i|we)\s+(?:really\s+|just\s+|actually\s+)?(?:have\s+to|need\s+to|got\s+to|go\b|take\b|get\b|call\b|ring\b|contact\b|report\b|escalate\b)`;

/**
 * Review sites and forums the shared platform list lacks, named by customers of the rounds this session read (an
 * Australian review site, consumer complaint boards). Appended to PLATFORM in en.ts.
 */
export const PLATFORM_S23 = String.raw`productreview(?:\.com\.au)?|sitejabber|pissed ?consumer|rip-?off ?report|complaints? ?board|feefo|reviews\.io|nairaland|hardwarezone|lowyat|bluesky|mastodon|quora`;

/** Going public or to a regulator said in ways the earlier tables have no verb for. */
export function s23Cues(parts: { regulator: string; platform: string }): Cue[] {
  const { regulator: REGULATOR, platform: PLATFORM } = parts;
  return [
    // A post already up: "there's a thread up on r/AusFinance", "I've got a review up on Google".
    {
      flag: 'public',
      kind: 'said',
      re: new RegExp(
        String.raw`\b(?:there'?s|there\s+is|i'?ve\s+(?:got|put)|i\s+have\s+(?:got|put)|we'?ve\s+(?:got|put))\s+(?:a|an|my|our)\s+(?:[\w-]+\s+)?(?:thread|post|review|video|write-?up|story)\s+(?:already\s+)?(?:up\s+)?(?:on|in)\s+${PLATFORM}`,
      ),
    },
    // An honest account the customer will put on a site: "I will leave an honest account of my experience on Trustpilot".
    {
      flag: 'public',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:i|we)\b(?:'ll|'m|'re|'d|\s+will|\s+am|\s+are|\s+shall|\s+would)?\s+(?:[\w']+\s+){0,3}?(?:leave|leaving|post|posting|write|writing|put|putting|share|sharing)\s+(?:an?\s+|my\s+)?(?:honest|detailed|full|truthful|frank|accurate)\s+(?:account|review|write-?up|description|version)\b[^.!?]{0,50}?\b(?:on|to)\s+${PLATFORM}`,
      ),
    },
    // Contact with a body said as being "on to" it: "I've been on to the RTB", "I'll be onto the CRU".
    {
      flag: 'regulator',
      kind: 'act',
      re: new RegExp(
        String.raw`\b(?:been|be|get|getting|go|going|got|went|was|were|i'm|i\s+am)\s+on(?:to|\s+to)\s+(?:the\s+)?${REGULATOR}`,
      ),
    },
  ];
}
