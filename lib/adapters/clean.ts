// Cuts quoted history and signatures off a message so the analysis reads what this person wrote
// now, not the whole thread again. Line-based: it works on text from any site or mail client.

/** A line that opens a reply's quoted history; everything from it on is dropped. */
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

/** Header lines that open a forwarded/replied block in Outlook-style quoting. */
const HEADER_FROM = /^\*?(from|发件人|寄件者|發件人|寄件人)\s*\*?\s*[:：]/i;
const HEADER_OTHER =
  /^\*?(sent|date|to|cc|subject|发送时间|发送日期|日期|收件人|主题|寄件日期|傳送時間|收件者|主旨|時間)\s*\*?\s*[:：]/i;

/** A line from which the rest is a signature. */
const SIGNATURE_OPENERS: readonly RegExp[] = [
  /^--\s?$/,
  /^sent from my \w+/i,
  /^sent from (mail|outlook|yahoo mail|gmail)\b/i,
  /^get outlook for (ios|android)/i,
  /^(发自|寄自|發自|从|從)我的\s*\S+/,
  /^(发自|發自)\s*(iPhone|iPad|Android|华为|小米|OPPO|vivo)/i,
  /^從我的\s*\S+\s*傳送/,
];

function isQuoteOpener(lines: readonly string[], i: number): boolean {
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

/** Drops quoted history: "> " lines and everything after a reply/forward header. */
export function stripQuoted(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isQuoteOpener(lines, i)) break;
    const line = lines[i] ?? '';
    if (/^\s*(>|&gt;)/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

/** Drops a trailing signature ("-- ", "Sent from my iPhone", 发自我的iPhone, …). */
export function stripSignature(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // A delimiter on the very first line is not a signature, it is the message.
    if (i > 0 && SIGNATURE_OPENERS.some((re) => re.test(line))) return lines.slice(0, i).join('\n');
  }
  return text;
}

/** Drops a last line that is only the author's name (a sign-off), when the author is known. */
export function stripSignOff(text: string, author: string | undefined): string {
  if (!author) return text;
  const lines = text.split('\n');
  const last = (lines[lines.length - 1] ?? '').trim().replace(/[.,!。，]+$/, '');
  const name = author.trim();
  if (lines.length > 1 && last && (last === name || last === name.split(/\s+/)[0])) {
    return lines.slice(0, -1).join('\n');
  }
  return text;
}

/** Quoted history, then signature, then surrounding blank lines. */
export function cleanMessageText(text: string, author?: string): string {
  return stripSignOff(stripSignature(stripQuoted(text)).trim(), author).trim();
}
