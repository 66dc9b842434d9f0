/**
 * "Can you look into it? Thanks, Ann" ends the way nearly every support request ends. That closing "thanks" is
 * manners, not gratitude: read as a feeling, it outweighs the request and the panel says "grateful" about a
 * customer who was charged twice. So a thanks formula that closes a message which asks for something is
 * blanked (spaces, same length, so offsets hold) before the rules and the model read the text.
 *
 * Thanks in advance is blanked after anything, a complaint included: it thanks for nothing yet done; so is a
 * bare "Thanks," signed with a name, which closes a letter as "Regards," does, and so is that valediction itself ("Best,",
 * "Kind regards,", "Best wishes,"): a sign-off is no joy.
 * It stays when nothing is asked ("the replacement arrived, thank you!" is gratitude), when it is the whole
 * message, and when it thanks for something specific ("thanks for refunding me so fast").
 */

/** The formula at the very end, English: thanks / thank you / TIA / cheers / much appreciated, with its usual tails. */
/** A letter's valediction ("Best,", "Kind regards,"): read as a closing only on its own line, by both patterns below. */
const SIGN_OFF =
  '(?:(?:all the |with |my )?best(?: wishes| regards)?|(?:kind|warm|warmest|best|many) regards|regards|warmly|sincerely|yours sincerely|yours faithfully|yours truly)';

const EN_CLOSING = new RegExp(
  String.raw`(?:^|[\s,.;:!?(])((?<=(?:^|[\n.!?])\s*)${SIGN_OFF}(?=[\s!.~]*$)|(?:many |big |huge )?(?:thanks|thank you|thankyou|thx|ty|tia|cheers)(?:(?: so| very) much| a lot| a bunch| kindly| again| in advance| for (?:your|the|any) (?:help|time|assistance|support|patience|understanding|reply|response|quick reply)(?: with (?:this|me|that))?)*|(?:much |greatly )?appreciated|(?:i )?(?:really |would |'d |do )?appreciate (?:it|your help|any help)(?: you can (?:give|offer|provide))?)[\s!.~]*(?:[:;]-?[)D]|\u{1F642}|\u{1F60A}|\u{1F64F})?[\s!.~]*$`,
  'iu',
);

/** The same in Chinese, where no space or comma needs to come before it (帮我看看谢谢). */
const ZH_CLOSING =
  /((?:先|提前|预先|預先)?(?:非常|十分|万分|萬分)?(?:谢谢|謝謝|多谢|多謝|感谢|感謝|感恩|唔该|唔該)(?:你|您|你们|您们|你們|您們|大家)?(?:了|啦|哈|哦|喔|晒|曬|嗮)?|(?:麻烦|麻煩|辛苦)(?:你|您|你们|你們|大家)?了(?:[，,]?\s*(?:谢谢|謝謝|多谢|多謝))?)[\s!！。.~～]*$/;

/** A cheap first test: most messages have none of these near their end. */
const HINT =
  /tha|thx|ty|tia|cheers|appreciat|best|regards|warmly|sincerely|faithfully|truly|谢|謝|感|唔|麻烦|麻煩|辛苦/i;

/** A name signed after the formula: "Thanks, Ann", "Thank you\nJohn Smith", "Cheers - Al". */
const SIGNED_NAME = /[,\n\-–—]\s*(?:[A-Z][A-Za-z.'-]{0,19}|[A-Z]{1,3})(?: [A-Z][A-Za-z.'-]{0,19})?\.?\s*$/;

/**
 * Something asked of the reader, in what comes before the closing. Wanting or expecting something is asking
 * too ("I'd appreciate a real answer this time. Thanks, Tom"; 希望能给个准话。谢谢), and so is saying you are
 * unsure ("I might be wrong, but the discount wasn't applied. Thank you!"): a hedge is an indirect question.
 */
const ASKS =
  /[?？]|\b(?:please|pls|plz|kindly|can you|could you|would you|can i|could i|how (?:do|can|to)|i need|we need|i'd like|i would like|we'd like|we would like|let me know|help me|advise|i want|we want|i expect|we expect|i'd appreciate|i would appreciate|we'd appreciate|look forward to|awaiting|hope you can|apologies if|sorry if|wondering|wonder if|wonder whether|not sure|unsure|not certain|might be wrong|may be wrong|could be wrong|don't know|dont know|do not know)\b|不知道|不确定|不確定|不清楚|请|請|麻烦|麻煩|能不能|能否|可不可以|可以.{0,12}吗|帮我|幫我|帮忙|幫忙|怎么|怎麼|如何|是否|想问|想問|唔該|點樣|可唔可以|需要|希望|我想|想要/i;

/**
 * Thanks for what has not happened yet: "thanks in advance", TIA, 先谢谢. It cannot be gratitude for anything,
 * so it is manners after a complaint as after a request.
 */
const IN_ADVANCE = /\bin advance\b|\btia\b|先谢|先謝|提前|预先|預先/i;

/**
 * A bare formula with a name signed under it ("Thanks,\nJohn") is how a letter ends, like "Regards,": it says
 * nothing about the body above it. "Thanks so much,\nAnna" or "Thank you again" still may.
 */
const VALEDICTION = new RegExp(`^(?:(?:many )?(?:thanks|thank you|thankyou|thx|cheers)|${SIGN_OFF})$`, 'i');

/** At least this many letters or Han characters before the closing: "ok, thanks" is the whole message. */
const MIN_BEFORE = 6;

function wordChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) n++;
  }
  return n;
}

/** Where the closing formula starts in `text`, or -1 when the message does not end with one after a request. */
export function closingStart(text: string): number {
  // Only the tail can hold it; a long message is not re-read from the start for this.
  const from = Math.max(0, text.length - 120);
  let tail = text.slice(from).trimEnd();
  // The hint is looked for below in a part of this tail; where the whole tail has none, no part has, and the
  // signature need not be looked for (most messages end here).
  if (!HINT.test(tail)) return -1;
  const signed = SIGNED_NAME.exec(tail);
  if (signed !== null) tail = tail.slice(0, signed.index).trimEnd();
  if (!HINT.test(tail.slice(-80))) return -1;
  const m = EN_CLOSING.exec(tail) ?? ZH_CLOSING.exec(tail);
  if (m === null) return -1;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const before = text.slice(Math.max(0, at - 600), at);
  // Only a name on its own line is a signature: "Thanks, OP" on one line thanks the person named.
  const letter = (signed?.[0].includes('\n') ?? false) && VALEDICTION.test(m[1]!);
  const manners = ASKS.test(before) || IN_ADVANCE.test(m[1]!) || letter;
  if (wordChars(before) < MIN_BEFORE || !manners) return -1;
  return at;
}

/** `text` with a closing thanks (and the name signed after it) blanked to spaces. */
export function blankClosing(text: string): string {
  const at = closingStart(text);
  return at < 0 ? text : text.slice(0, at) + text.slice(at).replace(/[^\n]/g, ' ');
}
