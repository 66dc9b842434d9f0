import type { Language } from '../types';
import * as closingModule from './closing';
import * as languageModule from './language';
import * as limits from './limits';
import * as quoted from './quoted';
import * as quotedCustomer from './quoted-customer';
import * as sanitizeModule from './sanitize';

// Imports read once into module constants: under CommonJS (tsx, the eval) each access to an imported binding
// is a getter call, and these run on every message.
const { blankClosing } = closingModule;
const { languageFromCounts } = languageModule;
const { MAX_MESSAGE_CHARS, tailStart } = limits;
const { stripQuoted } = quoted;
const { withCustomerQuotes } = quotedCustomer;
const { sanitize } = sanitizeModule;

export interface AnalyzeOptions {
  /** Force a language instead of detecting it. */
  language?: Language;
  /** Keep quoted email history and signatures (default: strip them). */
  keepQuoted?: boolean;
}

/** The customer's own words, cleaned, with what is needed to map offsets back to the caller's string. */
export interface Prepared {
  /** The part of the input read: all of it, or its last MAX_MESSAGE_CHARS. */
  raw: string;
  /** Where `raw` starts in the input. */
  offset: number;
  truncated: boolean;
  /** `raw` without quoted history and cleaned (sanitize): the same length, so offsets hold. */
  text: string;
  language: Language;
  /** Traditional-only characters outnumber Simplified-only ones (the packs to read Chinese with). */
  hant: boolean;
  /**
   * What escalation reads when it differs from `text`: quoted blocks the customer's own side wrote put back
   * (quoted-customer.ts), cleaned the same way. Same length as `text`.
   */
  escalationText?: string;
}

/** Why a message has nothing to read: the `reason` of its neutral result. */
export type Rejection = 'empty' | 'quoted-only' | 'binary' | 'unsupported-language';

function hasText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0x200b && c !== 0xfeff) return true;
  }
  return false;
}

/**
 * Step 1: cut the input to its tail, strip quoted history, clean it and tell its language; or say why there is
 * nothing to read. The end of a message says most about how the writer feels now, so a long one is cut from the
 * front.
 */
export function prepare(input: string, options: AnalyzeOptions): Prepared | Rejection {
  if (typeof input !== 'string' || input.length === 0) return 'empty';
  const offset = tailStart(input, MAX_MESSAGE_CHARS);
  const truncated = offset > 0;
  const raw = truncated ? input.slice(offset) : input;
  if (!hasText(raw)) return 'empty';
  const own = options.keepQuoted ? raw : stripQuoted(raw, truncated).text;
  if (own !== raw && !hasText(own)) return 'quoted-only';
  const clean = sanitize(own);
  const counts = clean.counts;
  const language = options.language ?? languageFromCounts(counts);
  if (clean.readable === 0) {
    if (clean.junk > 0) return 'binary';
    if (clean.foreign > 0) return 'unsupported-language';
  }
  if (clean.junk >= 3 && clean.junk > clean.readable) return 'binary';
  if (clean.foreign > (counts.han + counts.latinWords * 4) * 2) return 'unsupported-language';
  const out: Prepared = {
    raw,
    offset,
    truncated,
    text: blankClosing(clean.text),
    language,
    hant: counts.hant > counts.hans,
  };
  const theirs = own === raw ? own : withCustomerQuotes(raw, own);
  if (theirs !== own) out.escalationText = blankClosing(sanitize(theirs).text);
  return out;
}
