import { CLOSING_LINE, isQuoteOpener, isSignatureOpener } from '@/lib/text/quote-markers';

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

// The markers are shared with the page readers (lib/text/quote-markers.ts); the analysis also stops at a
// signature or a closing line. A cheap test per line keeps long messages without markers fast.
const LINE_QUICK =
  /wrote|写道|寫道|^\s*(--|__|On\s)|[:：]|sent from|outlook|发自|寄自|發自|从我的|從我的|regards|sincerely|best wishes|yours|此致|順頌|顺颂/i;

function cutAt(input: string): number {
  const lines = input.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (LINE_QUICK.test(line) && (isQuoteOpener(lines, i) || isSignatureOpener(line) || CLOSING_LINE.test(line.trim())))
      return at;
    at += line.length + 1;
  }
  return input.length;
}

const QUICK = /\n|>|wrote:|写道|寫道|Original|Sent from|发自|--/;

export function stripQuoted(input: string): Stripped {
  if (!QUICK.test(input)) return { text: input, cut: input.length };
  const cut = cutAt(input);
  let text = input.slice(0, cut);
  if (text.indexOf('>') !== -1) {
    text = text.replace(/^[ \t]*>[^\n]*/gm, (m) => ' '.repeat(m.length));
  }
  return { text, cut };
}
