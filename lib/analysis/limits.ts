/**
 * Bounds on work per call, so a pasted 1 MB thread cannot stall the panel. The tail is kept because the
 * latest words say most about how the customer feels now.
 */
/** UTF-16 code units analysed per message: the last 20,000 (about 20 KB of English). */
export const MAX_MESSAGE_CHARS = 20_000;
/** Messages analysed per conversation: the last 50. */
export const MAX_MESSAGES = 50;
/** Evidence spans returned per message, strongest first. */
export const MAX_EVIDENCE = 24;
/**
 * UTF-16 units one evidence span quotes at most: a phrase, not a paragraph. A long run of "!?" or a stretched
 * word is one cue; its span is cut to this many units from its start. The longest span on any dev row or test
 * fixture is 94 units (a negation reaching over blanked markup), so they are quoted whole.
 */
export const MAX_EVIDENCE_CHARS = 100;

/**
 * Where to start reading so at most `max` UTF-16 units are left: 0 when the text fits, and never on the low
 * half of a surrogate pair.
 */
export function tailStart(text: string, max: number): number {
  if (text.length <= max) return 0;
  let from = text.length - max;
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff) from++;
  return from;
}
