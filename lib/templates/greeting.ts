// A suggestion that opens with "Hi Dana," inserted into a draft that already says "Hi Dana," would greet the
// customer twice. These find a greeting at the start of a text, in English and Chinese, so the suggestion's
// own can be dropped when the draft has one.

const EN_GREETING =
  /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}?(?:[,!]\s*|\s*\n\s*|\s*$)/i;
// "Dana您好，" / "Dana，您好！" / "您好，" / "親愛的 Dana：" — the name, when there is one, comes first and is short.
// A draft's greeting may also end its line with no comma ("Hi Dana" then a new line).
const ZH_GREETING =
  /^\s*(?:[^，,。！!？?\n]{0,20}?[，,]?\s*(?:您好|你好|妳好)|(?:亲爱的|親愛的)[^，,：:。\n]{1,20})[，,：:！!]?\s*/;
/^\s*(?:[^，,。！!？?\n]{0,20}?(?:您好|你好|妳好)|(?:亲爱的|親愛的)[^，,：:。\n]{1,20})[，,：:！!]?\s*/;

/** The greeting a text starts with ("Hi Dana, "), or '' when it starts with something else. */
export function leadingGreeting(text: string): string {
  return EN_GREETING.exec(text)?.[0] ?? ZH_GREETING.exec(text)?.[0] ?? '';
}

export interface InsertText {
  text: string;
  placeholders?: Array<{ start: number; end: number }>;
}

/**
 * The suggestion without its greeting when the draft already opens with one; placeholder offsets follow the
 * cut, and a placeholder inside the dropped greeting (an unknown name) goes with it.
 */
export function withoutRepeatedGreeting(insert: InsertText, draft: string): InsertText {
  const cut = leadingGreeting(insert.text).length;
  if (!cut || !leadingGreeting(draft) || cut >= insert.text.trim().length) return insert;
  const rest = insert.text.slice(cut);
  // English sentences start with a capital once the greeting before them is gone.
  const text = /^[a-z]/.test(rest) ? rest[0]?.toUpperCase() + rest.slice(1) : rest;
  const placeholders = insert.placeholders
    ?.filter((p) => p.start >= cut)
    .map((p) => ({ start: p.start - cut, end: p.end - cut }));
  return placeholders ? { text, placeholders } : { text };
}
