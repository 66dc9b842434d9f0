import { CLOSING_LINE, isQuoteOpener, isSignatureOpener } from '@/lib/text/quote-markers';

/**
 * Quoted email history and signatures are someone else's words (often the agent's), so they must not
 * feed the customer's emotion. The customer's own part keeps its offsets: `text` is the original up to
 * `cut`, with `>` quoted lines blanked to spaces of the same length.
 *
 * A message that is nothing but a quote (every line starts with `>`, as when a forum post is pasted into a
 * chat) is the exception: nobody else's reply surrounds it, so the quote is what the customer is showing
 * us. It is read with its `>` markers blanked, one level at a time, so a quote nested inside it stays out.
 */
export interface Stripped {
  text: string;
  /** Index in the original where quoted history or the signature starts (text length when none). */
  cut: number;
  /** True when the whole message was a quote and `text` is that quote, markers blanked. */
  wholeQuote?: boolean;
}

// The markers are shared with the page readers (lib/text/quote-markers.ts); the analysis also stops at a
// signature or a closing line. A cheap test per line keeps long messages without markers fast.
const LINE_QUICK =
  /wrote|写道|寫道|^\s*(--|__|==|——|On\s)|[:：]|sent from|outlook|发自|寄自|發自|从我的|從我的|regards|sincerely|best wishes|yours|此致|順頌|顺颂/i;

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
const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;
/** A line that is neither blank nor quoted: the customer wrote something of their own. */
const OWN_LINE = /^[ \t]*[^\s>]/m;
/** One level of quote marker and the space after it. */
const ONE_LEVEL = /^([ \t]*)>[ \t]?/gm;
/** Unwrapping stops here: deeper nesting is history inside history. */
const MAX_LEVELS = 4;

function blankQuotedLines(text: string): string {
  return text.indexOf('>') === -1 ? text : text.replace(QUOTED_LINE, (m) => ' '.repeat(m.length));
}

function hasNonSpace(s: string): boolean {
  return /\S/.test(s);
}

function stripOnce(input: string): Stripped {
  if (!QUICK.test(input)) return { text: input, cut: input.length };
  const cut = cutAt(input);
  return { text: blankQuotedLines(input.slice(0, cut)), cut };
}

/**
 * `partialFirstLine`: the text was cut from the front (a long message read from its tail), so its first line
 * is the end of a line whose `>` was cut off; it does not count as the customer's own words.
 */
export function stripQuoted(input: string, partialFirstLine = false): Stripped {
  const skip = partialFirstLine ? input.indexOf('\n') + 1 : 0;
  let current = input;
  for (let level = 0; ; level++) {
    const r = stripOnce(current);
    const own = current.slice(skip, r.cut);
    // Something of the customer's own, nothing at all, or too deep: the usual answer.
    if (level >= MAX_LEVELS || hasNonSpace(r.text.slice(skip)) || OWN_LINE.test(own) || !hasNonSpace(own)) {
      return level === 0 ? r : { ...r, wholeQuote: true };
    }
    // Every line is quoted: take one level of markers off (same length, so offsets hold) and read again.
    const head = current.slice(0, r.cut);
    current = head.replace(ONE_LEVEL, (m) => ' '.repeat(m.length)) + ' '.repeat(current.length - r.cut);
  }
}
