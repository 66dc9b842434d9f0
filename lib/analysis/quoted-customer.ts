import { isQuoteOpener, isSignatureOpener } from '@/lib/text/quote-markers';

/**
 * Quoted history is blanked before the engine reads a message (quoted.ts): mostly it is the agent's last reply,
 * and its words are not the customer's feelings. Escalation is different for one kind of quote: a forward or a
 * reply quoting the customer's own side ("---------- Forwarded message ---------" with a colleague's chase under
 * it, "On Tue, Tom Reeve wrote: > Please refund the £89" above "Any update on this?"). What that side asked or
 * threatened still stands, so escalation reads those blocks too. The agent's words never count: a block from a
 * sender that reads as the company (support@, "Brightline Support", offers@) or written in the agent's voice
 * ("Thank you for your patience", "we apologise for the inconvenience") stays blank, and so does a bare run of
 * `>` lines, which is how customers quote our replies back at us.
 *
 * The result keeps the input's offsets: restored lines are the original's, with their `>` markers
 * and the header lines of a forward (From:, Date:, Subject:) blanked.
 */

// A sender that is the company or a mailbox rather than a person.
const COMPANY_SENDER =
  /\b(?:support|help|helpdesk|service|services|care|team|no-?reply|do-?not-?reply|donotreply|info|offers?|marketing|billing|accounts|sales|newsletters?|notifications?|customers?|hello|contact|admin|orders?|bookings?|reservations|enquiries|mailer)\b/i;
// The agent's voice: the formulas of a support reply.
const AGENT_VOICE =
  /\bthank(?:s| you) for (?:contacting|getting in touch|reaching out|your (?:patience|email|message|enquiry|query|order|understanding))\b|\bwe (?:apologi[sz]e|are sorry|'re sorry)\b|\bsorry for (?:the|any) inconvenience\b|\b(?:i|we) have (?:escalated|raised|passed|forwarded) (?:this|your)\b|\byour (?:ticket|case|reference) (?:number|no\.?|ref)\b|\bcustomer (?:service|support|care|services) team\b/i;
const HEADER_LINE =
  /^\s*\*?(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*\*?\s*:|^\s*-{2,}\s*(?:forwarded message|original message)\s*-{2,}/i;
const FROM_LINE = /^\s*\*?from\s*\*?\s*:/i;
const MARKERS = /^([ \t]*)((?:>[ \t]?)+)/;
const QUICK = /\n\s*(?:-{2,}\s*(?:forwarded|original)|on\s|from\s*:)/i;

/** Who wrote the block opened at line `i`: the attribution or From: line, or null when none is named. */
function senderOf(lines: readonly string[], i: number): string | null {
  const opener = lines[i] ?? '';
  if (/^\s*on\s/i.test(opener)) return `${opener} ${/wrote:?\s*$/i.test(opener) ? '' : (lines[i + 1] ?? '')}`;
  for (let k = i; k <= i + 4 && k < lines.length; k++) if (FROM_LINE.test(lines[k] ?? '')) return lines[k] ?? '';
  return null;
}

// The reply on top says the matter quoted below is over or takes it back ("Thanks Dan, the credit showed up this
// morning, all sorted", "please ignore my grumpy message below", 下面说要销户的话是我太冲动了): the old block's threats
// no longer stand, so it stays blank.
const SETTLED_ABOVE =
  /\b(?:all sorted|sorted now|(?:all|now) resolved|(?:ignore|disregard|forget)\b[^.!?\n]{0,40}\bbelow\b|(?:credit|refund|money|payment)\b[^.!?\n]{0,20}\b(?:showed up|came through|has arrived|arrived|landed)\b)|下面(?:说|說|讲|講|话|話)[^。！？\n]{0,20}(?:冲动|衝動|激气|激氣|气话|氣話|算了|收回|收返|不算)|(?:已经|已經)(?:到账|到賬|入账|入帳)/i;

/**
 * `own` is `raw` up to where its history starts, quoted lines blanked (quoted.ts). Returns it, to the length of
 * `raw`, with the blocks the customer's side wrote put back; or `own` itself when there are none.
 */
export function withCustomerQuotes(raw: string, own: string): string {
  if (own === raw || own.length > raw.length || !QUICK.test(raw)) return own;
  if (SETTLED_ABOVE.test(own)) return own;
  // The stripped text ends where the history starts: read it as blank lines to the original's end.
  const padded = own + raw.slice(own.length).replace(/[^\n]/g, ' ');
  const lines = raw.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const openers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Only openers the stripping blanked: the customer's own lines are read already.
    const s = starts[i]!;
    if (padded.slice(s, s + (lines[i] ?? '').length).trim() === '' && isQuoteOpener(lines, i)) openers.push(i);
  }
  if (openers.length === 0) return own;
  // Restored lines, in text order and each as long as the line it replaces: the result is assembled once.
  const pieces: string[] = [];
  let copied = 0;
  let accepted = false;
  for (let b = 0; b < openers.length; b++) {
    const from = openers[b]!;
    const to = openers[b + 1] ?? lines.length;
    const sender = senderOf(lines, from);
    if (sender === null || COMPANY_SENDER.test(sender)) continue;
    const block = lines.slice(from, to);
    if (AGENT_VOICE.test(block.join('\n'))) continue;
    accepted = true;
    for (let i = from; i < to; i++) {
      const line = lines[i] ?? '';
      if (HEADER_LINE.test(line) || isSignatureOpener(line) || (i === from && /^\s*on\s/i.test(line))) continue;
      const kept = line.replace(MARKERS, (_m, lead: string, marks: string) => lead + ' '.repeat(marks.length));
      const s = starts[i]!;
      pieces.push(padded.slice(copied, s), kept);
      copied = s + line.length;
    }
  }
  if (!accepted) return own;
  pieces.push(padded.slice(copied));
  return pieces.join('');
}
