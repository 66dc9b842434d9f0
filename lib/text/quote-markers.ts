// The one table of what opens quoted history and signatures in a message or a reply draft, shared by the
// page readers (lib/adapters/clean.ts, the reply-page splitter) and the analysis (lib/analysis/quoted.ts),
// so a marker added for one is seen by all. Line-based: it works on text from any site or mail client.

/** A line that opens a reply's quoted history; everything from it on is someone else's words. */
const QUOTE_OPENERS: readonly RegExp[] = [
  /^-{2,}\s*(original message|原始邮件|原始郵件|原始訊息|原邮件|原郵件)\s*-{2,}/i,
  /^-{2,}\s*(forwarded message|转发的邮件|轉寄的郵件)\s*-{2,}/i,
  /^_{8,}$/,
  // Chinese mail clients: "在 2026年11月18日 …，某人 写道：" / Traditional "於 … 寫道："
  /^(在|於|于).{1,160}(写道|寫道)\s*[:：]?\s*$/,
  /^.{0,160}(写道|寫道)\s*[:：]\s*$/,
];

/** "On <date>, <name> wrote:" — often wrapped over two lines by the sender's mail client. */
const ON_WROTE = /^On\s.{1,200}\swrote:?\s*$/i;
const ON_START = /^On\s.{4,200}$/i;
const WROTE_END = /wrote:?\s*$/i;

/** Header lines that open a forwarded/replied block in Outlook-style quoting ("From: … Sent: …"). */
const HEADER_FROM = /^\*?(from|发件人|寄件者|發件人|寄件人)\s*\*?\s*[:：]/i;
const HEADER_OTHER =
  /^\*?(sent|date|to|cc|subject|发送时间|发送日期|日期|收件人|主题|寄件日期|傳送時間|發送時間|收件者|主旨|時間)\s*\*?\s*[:：]/i;

/** A line from which the rest is a signature. */
export const SIGNATURE_OPENERS: readonly RegExp[] = [
  /^--\s?$/,
  /^sent from my \w+/i,
  /^sent from (mail|outlook|yahoo mail|gmail)\b/i,
  /^get outlook for (ios|android)/i,
  /^(发自|寄自|發自|从|從)我的\s*\S+/,
  /^(发自|發自)\s*(iPhone|iPad|Android|华为|小米|OPPO|vivo)/i,
  /^從我的\s*\S+\s*傳送/,
];

/** Closing lines ("Best regards,", 此致): the analysis stops reading there; readers keep them. */
export const CLOSING_LINE =
  /^(Best regards|Kind regards|Warm regards|Regards|Sincerely|Best wishes|Yours (truly|sincerely)|此致|順頌|顺颂)[,，.]?$/i;

/** A `>`-quoted line (plain-text mail quoting), also when it arrives HTML-escaped. */
export const QUOTED_LINE = /^\s*(>|&gt;)/;

/** True when line `i` opens quoted history (looking at the next lines for wrapped or header-style openers). */
export function isQuoteOpener(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? '').trim();
  if (!line) return false;
  if (QUOTE_OPENERS.some((re) => re.test(line))) return true;
  if (ON_WROTE.test(line)) return true;
  const next = (lines[i + 1] ?? '').trim();
  if (ON_START.test(line) && WROTE_END.test(next) && !WROTE_END.test(line)) return true;
  if (HEADER_FROM.test(line)) {
    // A real header block has a Sent/Date/To/Subject line right after the From line.
    for (let k = i + 1; k <= i + 3 && k < lines.length; k++) {
      if (HEADER_OTHER.test((lines[k] ?? '').trim())) return true;
    }
  }
  return false;
}

/** True when a line on its own opens a signature (never the first line: a lone "--" there is the message). */
export function isSignatureOpener(line: string): boolean {
  const t = line.trim();
  return SIGNATURE_OPENERS.some((re) => re.test(t));
}

/** Character offset where quoted history starts (the opener line, or a run of `>` lines reaching the end), or -1. */
export function quoteStart(text: string): number {
  const lines = text.split('\n');
  let at = 0;
  let quotedRun = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isQuoteOpener(lines, i)) return at;
    if (QUOTED_LINE.test(line)) {
      if (quotedRun < 0) quotedRun = at;
    } else if (line.trim()) quotedRun = -1;
    at += line.length + 1;
  }
  return quotedRun;
}

/**
 * A reply draft split at its quote: what the agent wrote above it, and the quoted original below. With no
 * quote, everything is the agent's.
 */
export function splitReply(text: string): { own: string; quote: string } {
  const at = quoteStart(text);
  if (at < 0) return { own: text, quote: '' };
  return { own: text.slice(0, at).replace(/\s+$/, ''), quote: text.slice(at) };
}
