// The one table of what opens quoted history and signatures in a message or a reply draft, shared by the
// page readers (lib/adapters/clean.ts, the reply-page splitter) and the analysis (lib/analysis/quoted.ts),
// so a marker added for one is seen by all. Line-based: it works on text from any site or mail client.

/** A line that opens a reply's quoted history; everything from it on is someone else's words. */
const QUOTE_OPENERS: readonly RegExp[] = [
  /^-{2,}\s*(original message|原始邮件|原始郵件|原始訊息|原邮件|原郵件)\s*-{2,}/i,
  /^-{2,}\s*(forwarded message|转发的邮件|轉寄的郵件)\s*-{2,}/i,
  // A rule of dashes round a label that names a mail ("-------- 转发邮件信息 --------", "==== Support reply ====") or
  // ends on the team that wrote it ("—— 客戶關係部 ——", "--- Customer Service ---"): the agent's or a forwarded message
  // below, pasted into a reply. A heading of the customer's own ("== 第二部分 ==", "--- Update ---") is neither.
  /^[-—–=]{2,}\s*[^\n]{0,16}?(?:message|e-?mail|reply|response|邮件|郵件|转发|轉發|轉寄|回复|回覆)[^\n]{0,16}?\s*[-—–=]{2,}$/i,
  /^[-—–=]{2,}\s*[^\n]{0,16}?(?:support|team|service|desk|客服|部|组|組|团队|團隊|中心)\s*[-—–=]{2,}$/i,
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

/** A line that is only a rule (dashes, underscores, equals signs). */
const RULE = /^(?:-{3,}|_{3,}|={3,}|—{2,})$/;

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
  // A rule on its own line with a From: line under it ("-----" then "From: Sandra - Complaints Team"), as mail
  // clients and copy-paste leave a reply's history without the Sent/To lines.
  if (RULE.test(line)) {
    for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
      const l = (lines[k] ?? '').trim();
      if (HEADER_FROM.test(l)) return true;
      if (l) break;
    }
  }
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

/** "… wrote:" / 写道： ending an attribution line. */
const ATTRIBUTION_END = /wrote:?\s*$|[写寫]道\s*[:：]?\s*$/i;

/**
 * Where the quote opened at line `i` ends (exclusive). Plain-text quoting ("On … wrote:" then `>` lines) ends
 * after its last `>` line, so an answer written below it (bottom-posting, Roundcube's default) is not part of
 * it; any other quote (an Outlook header block, "-----Original Message-----") runs to the end.
 */
function quoteEnd(lines: readonly string[], i: number): number {
  let j = i + 1;
  // "On …" / "… wrote:" wrapped over two lines: the second line belongs to the opener.
  if (!ATTRIBUTION_END.test((lines[i] ?? '').trim()) && WROTE_END.test((lines[j] ?? '').trim())) j++;
  while (j < lines.length && !(lines[j] ?? '').trim()) j++;
  if (j >= lines.length || !QUOTED_LINE.test(lines[j] ?? '')) return lines.length;
  let end = j + 1;
  for (let k = j + 1; k < lines.length; k++) {
    const line = lines[k] ?? '';
    if (QUOTED_LINE.test(line)) end = k + 1;
    else if (line.trim()) break;
  }
  return end;
}

/** The lines of a quote and of the agent's text around it, or null when the text quotes nothing. */
function quoteSpan(lines: readonly string[]): { from: number; to: number } | null {
  let run = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isQuoteOpener(lines, i)) return { from: i, to: quoteEnd(lines, i) };
    if (QUOTED_LINE.test(line)) {
      if (run < 0) run = i;
    } else if (line.trim()) run = -1;
  }
  // A bare run of `>` lines counts only when it reaches the end: inside the text it is the writer quoting a line.
  return run >= 0 ? { from: run, to: lines.length } : null;
}

/**
 * A reply split at its quote: what the agent wrote (above the quote, and below a `>`-quoted block when they
 * bottom-post) and the quoted original. With no quote, everything is the agent's. The one splitter for reply
 * pages: the draft reader, the reply-page readers and the site adapters' compose views all use it.
 */
export function splitReply(text: string): { own: string; quote: string } {
  const lines = text.split('\n');
  const span = quoteSpan(lines);
  if (!span) return { own: text, quote: '' };
  const above = lines.slice(0, span.from).join('\n').replace(/\s+$/, '');
  const below = lines
    .slice(span.to)
    .join('\n')
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '');
  return {
    own: above && below ? `${above}\n\n${below}` : above || below,
    quote: lines.slice(span.from, span.to).join('\n'),
  };
}
