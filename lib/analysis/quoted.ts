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

// A postscript under the signature is the writer speaking again, often with the point of the letter ("P.S. If this
// isn't sorted this week I'll open a PayPal claim"). Looked for in the few lines after a closing line only.
const PS_LINE = /^\s*(?:p\.?\s?p\.?\s?s\b|p\.?\s?s\b|附言|附注|附註|又及)/i;
const PS_REACH = 8;

interface Cut {
  at: number;
  /** Where a postscript under the closing starts and ends (-1: none). */
  ps: number;
  psEnd: number;
}

function cutAt(input: string): Cut {
  const lines = input.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (LINE_QUICK.test(line)) {
      if (isQuoteOpener(lines, i)) return { at, ps: -1, psEnd: -1 };
      if (isSignatureOpener(line) || CLOSING_LINE.test(line.trim())) return postscript(lines, i, at, input.length);
    }
    at += line.length + 1;
  }
  return { at: input.length, ps: -1, psEnd: -1 };
}

/** After the closing line i (at offset `at`), the postscript's span if one follows before any quoted history. */
function postscript(lines: readonly string[], i: number, at: number, length: number): Cut {
  let pos = at + (lines[i]?.length ?? 0) + 1;
  for (let j = i + 1; j < lines.length && j <= i + PS_REACH; j++) {
    const line = lines[j] ?? '';
    if (isQuoteOpener(lines, j)) break;
    if (PS_LINE.test(line)) {
      let end = pos;
      for (let k = j; k < lines.length && !isQuoteOpener(lines, k); k++) end += (lines[k]?.length ?? 0) + 1;
      return { at, ps: pos, psEnd: Math.min(end, length) };
    }
    pos += line.length + 1;
  }
  return { at, ps: -1, psEnd: -1 };
}

/** Spaces for everything but line breaks, so offsets and line structure hold. */
const blankKeepLines = (s: string) => s.replace(/[^\n]/g, ' ');

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
  const { at, ps, psEnd } = cutAt(input);
  if (ps < 0) return { text: blankQuotedLines(input.slice(0, at)), cut: at };
  // The signature between the closing and the postscript is blanked; the postscript is read.
  const text = input.slice(0, at) + blankKeepLines(input.slice(at, ps)) + input.slice(ps, psEnd);
  return { text: blankQuotedLines(text), cut: psEnd };
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
