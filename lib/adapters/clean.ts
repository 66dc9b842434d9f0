// Cuts quoted history and signatures off a message so the analysis reads what this person wrote
// now, not the whole thread again. The markers live in lib/text/quote-markers.ts, shared with the analysis.
import { isQuoteOpener, isSignatureOpener, QUOTED_LINE } from '@/lib/text/quote-markers';

/** Drops quoted history: "> " lines and everything after a reply/forward header. */
export function stripQuoted(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isQuoteOpener(lines, i)) {
      // Bottom-posting ("On … wrote:", quoted lines, then the answer): with nothing written above the
      // quote, only the quote goes and the answer below it stays.
      if (kept.some((l) => l.trim()) || !QUOTED_LINE.test(lines[i + 1] ?? lines[i + 2] ?? '')) break;
      if (!/wrote:?\s*$|[写寫]道\s*[:：]?\s*$/i.test(lines[i] ?? '')) i++;
      continue;
    }
    const line = lines[i] ?? '';
    if (QUOTED_LINE.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

/** Drops a trailing signature ("-- ", "Sent from my iPhone", 发自我的iPhone, …). */
export function stripSignature(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A delimiter on the very first line is not a signature, it is the message.
    if (i > 0 && isSignatureOpener(lines[i] ?? '')) return lines.slice(0, i).join('\n');
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
