/**
 * Quoted email history and signatures are someone else's words (often the agent's), so they must not
 * feed the customer's emotion. The customer's own part keeps its offsets: `text` is the original up to
 * `cut`, with `>` quoted lines blanked to spaces of the same length.
 */
export interface Stripped {
  text: string;
  /** Index in the original where quoted history or the signature starts (text length when none). */
  cut: number;
}

// Each marks the first line of a quoted reply or a signature; the earliest one found wins.
const CUT_MARKERS: readonly RegExp[] = [
  /^[ \t]*-{2,}[ \t]*(Original Message|Forwarded message|原始邮件|原始郵件|转发的邮件|轉寄的郵件)[ \t]*-{2,}/im,
  /^[ \t]*On\b[^\n]{0,300}?(\r?\n[^\n]{0,200}?)?\bwrote:[ \t]*$/m,
  /^[ \t]*(在|於)[^\n]{0,300}?(写道|寫道)[：:][ \t]*$/m,
  /^[ \t]*(From|发件人|發件人|寄件者)[：:][^\n]*\r?\n([^\n]*\r?\n){0,2}[ \t]*(Sent|Date|发送时间|發送時間|寄件日期|日期)[：:]/im,
  /^-- ?\r?$/m,
  /^[ \t]*(Sent from my [\w ]{2,30}|Get Outlook for \w+|发自我的[\w\u4e00-\u9fff ]{2,20}|從我的[\w\u4e00-\u9fff ]{2,20}傳送|寄自我的[\w\u4e00-\u9fff ]{2,20})[ \t]*\r?$/im,
  /^[ \t]*(Best regards|Kind regards|Warm regards|Regards|Sincerely|Best wishes|Yours (truly|sincerely)|此致|順頌|顺颂)[,，.]?[ \t]*\r?$/im,
];

const QUICK = /\n|>|wrote:|写道|寫道|Original|Sent from|发自|--/;

export function stripQuoted(input: string): Stripped {
  if (!QUICK.test(input)) return { text: input, cut: input.length };
  let cut = input.length;
  for (const re of CUT_MARKERS) {
    const m = re.exec(input);
    if (m && m.index < cut) cut = m.index;
  }
  let text = input.slice(0, cut);
  if (text.indexOf('>') !== -1) {
    text = text.replace(/^[ \t]*>[^\n]*/gm, (m) => ' '.repeat(m.length));
  }
  return { text, cut };
}
