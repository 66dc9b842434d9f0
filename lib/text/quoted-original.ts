// The original a reply quotes, read as a message: who wrote it and when (from "On … wrote:", 在…写道,
// "-----Original Message-----" and From:/Sent: header lines), and what they wrote, without the `>` markers and
// without the older history quoted inside it. Plain text in, so every reader shares it: the reply-box reader
// (lib/page/reply-box.ts), the generic reader and the site adapters' compose views (Roundcube, Gmail, Outlook).
import { QUOTED_LINE, splitReply } from './quote-markers';

export interface QuotedOriginal {
  text: string;
  author?: string;
  email?: string;
  time?: string;
}

const ON_WROTE = /^On\s+(.+?)\s+wrote:?\s*$/i;
const ZH_WROTE = /^(?:在|於|于)\s*(.+?)\s*(?:写道|寫道)\s*[:：]?\s*$/;
/** Gmail in Chinese puts the person first: "王晓明 <w@x> 于2026年11月23日周一 09:14写道：". */
const ZH_WHO_FIRST = /^(.+?)\s*(?:于|於)\s*(\d.+?)\s*(?:写道|寫道)\s*[:：]?\s*$/;
const CLOCK = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[AP]M)?/gi;

/**
 * "Mon, Nov 16, 2026 at 10:00 AM Dana <d@x>" → the time part and the person part. Mail clients put the
 * person after the last comma (Thunderbird, Apple Mail, RT, Chinese clients) or right after the clock (Gmail).
 */
function whenAndWho(middle: string): [string, string] {
  const comma = Math.max(middle.lastIndexOf(','), middle.lastIndexOf('，'));
  const tail = comma >= 0 ? middle.slice(comma + 1) : middle;
  let cut = comma;
  if (comma < 0 || new RegExp(CLOCK.source, 'i').test(tail)) {
    for (const m of middle.matchAll(CLOCK)) cut = (m.index ?? 0) + m[0].length;
  }
  if (cut < 0) return ['', middle];
  return [
    middle.slice(0, cut).trim(),
    middle
      .slice(cut)
      .replace(/^[\s,，]+/, '')
      .trim(),
  ];
}

const FROM_LINE = /^\*?(?:from|发件人|寄件者|發件人|寄件人)\s*\*?\s*[:：]\s*(.+)$/i;
const SENT_LINE = /^\*?(?:sent|date|发送时间|日期|寄件日期|傳送時間)\s*\*?\s*[:：]\s*(.+)$/i;
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

function person(raw: string): { author?: string; email?: string } {
  const email = EMAIL.exec(raw)?.[0];
  const name = raw
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .replace(/["'()<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const out: { author?: string; email?: string } = {};
  if (name || email) out.author = name || email;
  if (email) out.email = email;
  return out;
}

/**
 * The quoted original as a message: the marker lines read for author and time, `>` markers removed, and
 * the quote's own nested history (older replies) left out.
 */
export function readQuoted(quote: string): QuotedOriginal | null {
  const raw = quote.split('\n');
  const lines = raw.map((l) => l.trim());
  const out: QuotedOriginal = { text: '' };
  let i = 0;
  // Header: "On … wrote:" (maybe over two lines), 在…写道, -----Original Message-----, From:/Sent:/To:/Subject:.
  for (; i < lines.length && i < 8; i++) {
    const line = lines[i] ?? '';
    const joined = i + 1 < lines.length && !/wrote:?$/i.test(line) ? `${line} ${lines[i + 1]}` : line;
    const on = ON_WROTE.exec(line) ?? (/^On\s/i.test(line) ? ON_WROTE.exec(joined) : null);
    const zh = ZH_WROTE.exec(line);
    const whoFirst = on || zh ? null : ZH_WHO_FIRST.exec(line);
    if (whoFirst) {
      Object.assign(out, person(whoFirst[1] ?? ''));
      out.time = (whoFirst[2] ?? '').trim();
      continue;
    }
    if (on || zh) {
      const [when, who] = whenAndWho(((on ?? zh) as RegExpExecArray)[1] ?? '');
      Object.assign(out, person(who));
      if (when) out.time = when.replace(/[,，]$/, '');
      if (on && !ON_WROTE.exec(line)) i++;
      continue;
    }
    const from = FROM_LINE.exec(line);
    if (from) {
      Object.assign(out, person(from[1] ?? ''));
      continue;
    }
    const sent = SENT_LINE.exec(line);
    if (sent) {
      out.time = (sent[1] ?? '').trim();
      continue;
    }
    if (
      /^-{2,}.*-{2,}$|^_{8,}$|^\*?(to|cc|subject|收件人|主题|收件者|主旨|抄送|副本)\s*\*?\s*[:：]/i.test(line) ||
      !line
    )
      continue;
    break;
  }
  // One level of `>` off; a line still quoted after that is older history quoted inside the original.
  // Trailing spaces stay: in format=flowed mail (Roundcube, Thunderbird) they mark a soft line break.
  const body = raw
    .slice(i)
    .map((l) => l.trimStart().replace(/^(>|&gt;)\s?/, ''))
    .filter((l) => !QUOTED_LINE.test(l));
  // What the quoted person wrote, without the older history quoted inside it ("On … wrote:" and below).
  const own = splitReply(body.join('\n')).own.trim();
  if (!own) return null;
  out.text = own;
  return out;
}
