import {
  type ConversationMessage,
  DISC_STYLES,
  type DiscCue,
  type DiscResult,
  type DiscStyle,
  type Role,
} from '../types';
import * as score from './score';

// Read once: run as CommonJS (tsx, the batch command), each use of an imported binding is a getter call.
const { round, scoreMessage } = score;

export { describeCue } from './describe';
export { DISC_GUIDANCE, DISC_SHAPE, type DiscGuidance, type DiscShape } from './guidance';

export interface GuessDiscOptions {
  /** Fewer customer messages than this always gives `style: null`. Default 1. */
  minMessages?: number;
}

export const NOT_ENOUGH_SIGNAL = 'not enough signal';

/**
 * Below this confidence the panel says "not enough signal yet" and shows the leading style only as a lean.
 * On the hand-written DISC sets (tests/fixtures/disc, `npx tsx scripts/eval-disc.ts` prints the table) every
 * wrong leading style sat below 0.35: 89 % exact below it, 100 % from it up, which holds 85 % of the guesses.
 * Those sets were partly tuned on, so the real error below the line is likely higher, not lower.
 */
export const SURE_FROM = 0.35;

/** A guess the panel can state plainly. */
export function isSure(result: Pick<DiscResult, 'style' | 'confidence'>): boolean {
  return result.style !== null && result.confidence >= SURE_FROM;
}

/** Below this much evidence for the leading style there is nothing honest to say. */
const MIN_TOP_SCORE = 1.2;
/** …of which this much must come from the customer's wording rather than message shape. */
const MIN_WORDING_SCORE = 1.0;
/** A single message must carry more before we guess: one message is one mood, not a habit. */
const MIN_TOP_SCORE_SINGLE = 3;
/** In a single message the leader must stand clear of the runner-up by this share; over a conversation a
 * near-tie is reported as style plus secondary, with the confidence lowered by the small lead. */
const MIN_LEAD_SHARE = 0.15;
/** A runner-up at this share of the leader is worth naming as secondary. */
const SECONDARY_SHARE = 0.6;
/** Evidence scale for confidence: a leading score of this size gives about 63 % of the evidence term. */
const EVIDENCE_SCALE = 5;

/** Shape-only cues: they lean towards a style but never decide one without the customer's wording. */
const SHAPE_ONLY = new Set(['short-message', 'terse-sentences', 'exclamation', 'greeting', 'sign-off']);

/** The messages whose style we read: the customer's, or unlabelled ones when nobody is labelled customer. */
export function customerIndexes(messages: readonly ConversationMessage[]): number[] {
  const own: number[] = [];
  for (let i = 0; i < messages.length; i++) if (messages[i]!.role === 'customer') own.push(i);
  if (own.length) return own;
  for (let i = 0; i < messages.length; i++) if (messages[i]!.role === 'unknown') own.push(i);
  return own;
}

/** Whether a message has anything but spaces (what trim() removes); most start with a letter, so no copy. */
function hasText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return true;
  return text.trim() !== '';
}

/**
 * A communication-style guess (DISC) from the customer's own words and the shape of their messages,
 * accumulated over the conversation. Returns `style: null` with a reason when the evidence is thin.
 */
// One loop over the messages, sums in locals and no intermediate arrays: the batch command calls this once per
// line, and the index lists, filter callbacks and tuples it once built were a third of what it allocated.
export function guessDisc(messages: ConversationMessage[], options?: GuessDiscOptions): DiscResult {
  const minMessages = options?.minMessages ?? 1;
  const role = readsRole(messages);
  let D = 0;
  let I = 0;
  let S = 0;
  let C = 0;
  const cues: DiscCue[] = [];
  let withCues = 0;
  let read = 0;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.role !== role || !hasText(m.text)) continue;
    read++;
    const scored = scoreMessage(m.text, i);
    D = round(D + scored.scores.D);
    I = round(I + scored.scores.I);
    S = round(S + scored.scores.S);
    C = round(C + scored.scores.C);
    const found = scored.cues;
    if (found.length) withCues++;
    for (let k = 0; k < found.length; k++) cues.push(found[k]!);
  }
  const scores: Record<DiscStyle, number> = { D, I, S, C };

  const top = topStyle(scores);
  const second = runnerUp(scores, top);
  const topScore = scores[top];
  const lead = topScore > 0 ? (topScore - scores[second]) / topScore : 0;
  const confidence = confidenceOf(topScore, lead, withCues);

  const thin =
    read < minMessages ||
    topScore < (read <= 1 ? MIN_TOP_SCORE_SINGLE : MIN_TOP_SCORE) ||
    (read <= 1 && lead < MIN_LEAD_SHARE) ||
    wordingScore(cues, top) < MIN_WORDING_SCORE;
  if (thin) return { style: null, secondary: null, scores, confidence: 0, cues, reason: NOT_ENOUGH_SIGNAL };

  const secondary: DiscStyle | null =
    scores[second] > 0 && scores[second] >= SECONDARY_SHARE * topScore ? second : null;
  return { style: top, secondary, scores, confidence, cues };
}

/** The role whose messages are read: customer, or unknown when nobody is labelled customer (customerIndexes). */
function readsRole(messages: readonly ConversationMessage[]): Role {
  for (let i = 0; i < messages.length; i++) if (messages[i]!.role === 'customer') return 'customer';
  return 'unknown';
}

/** The highest-scoring style; a tie goes to the earlier of D, I, S, C (as a stable sort would rank them). */
function topStyle(scores: Record<DiscStyle, number>): DiscStyle {
  let top: DiscStyle = 'D';
  if (scores.I > scores[top]) top = 'I';
  if (scores.S > scores[top]) top = 'S';
  if (scores.C > scores[top]) top = 'C';
  return top;
}

/** The highest-scoring style after `top`, ties again to the earlier. */
function runnerUp(scores: Record<DiscStyle, number>, top: DiscStyle): DiscStyle {
  let second: DiscStyle | null = null;
  for (const s of DISC_STYLES) if (s !== top && (second === null || scores[s] > scores[second])) second = s;
  return second!;
}

/** Evidence for a style from wording (lexical cues, lists, quotes, emoji), before per-message caps. */
function wordingScore(cues: readonly DiscCue[], style: DiscStyle): number {
  let n = 0;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    if (c.style === style && !SHAPE_ONLY.has(c.cue)) n += c.weight;
  }
  return n;
}

/** Grows with the leader's evidence, its lead over the runner-up, and how many messages showed any cue. */
function confidenceOf(topScore: number, lead: number, messagesWithCues: number): number {
  const evidence = 1 - Math.exp(-topScore / EVIDENCE_SCALE);
  const spread = Math.min(1, 0.35 + lead);
  const breadth = Math.min(1, 0.4 + 0.2 * messagesWithCues);
  return round(evidence * spread * breadth);
}
