import type {
  ConversationAnalysis,
  ConversationMessage,
  Emotion,
  EscalationDetail,
  EscalationFlag,
  Evidence,
  Language,
  MessageAnalysis,
  MessageResult,
  Trend,
} from '../types';
import { EMOTIONS, ESCALATION_FLAGS } from '../types';
import { orderDetails, strongerThan } from './escalation';
import { MAX_EVIDENCE, MAX_MESSAGES } from './limits';
import { analyzeMessage, neutral, zeroEmotions } from './message';

/** Each step back in time counts this much less, so the current state leans on the latest messages. */
export const RECENCY_DECAY = 0.6;
/** Below this weighted score the conversation as a whole reads as neutral. */
const STATE_FLOOR = 0.2;
/** Heat has to move at least this much for the trend to be more than steady. */
export const TREND_THRESHOLD = 0.25;
/** A closing this mild reads as courtesy; warmer thanks count as relief unless the customer says they wait on. */
const POLITE_MAX_INTENSITY = 0.5;
/** The customer says the matter goes on: they will wait, or want to hear back. */
const STILL_WAITING =
  /\b(?:i'?ll wait|will wait|keep waiting|keep me (?:posted|updated)|let me know|hear back|fingers crossed)\b|再等等|等一等|等等看|等消息|等你们|等你們|有消息|告诉我|告訴我|通知我/i;
const NEGATIVE: ReadonlySet<string> = new Set(['anger', 'frustration', 'sadness', 'anxiety']);
/**
 * Words that say the problem is over. Without them, "thanks, I'll keep waiting" after a worried
 * message is courtesy, not relief: the customer still feels what they felt before.
 */
const RESOLVED =
  /\b(?:works?|working|fixed|resolved|solved|sorted|received|arrived|got it|all good|refund(?:ed)? (?:came|arrived))\b|收到了|到了|解决了|解決了|好了|可以了|修好了|没问题了|沒問題了|搞定|退回来了|退回來了|到账了|到帳了/i;

/** The feeling a polite closing is covering, or null when the closing really ends the matter. */
function unresolvedBeneathThanks(results: readonly MessageResult[], latestText: string): Emotion | null {
  const latest = results[results.length - 1]!.analysis;
  if (latest.primary !== 'gratitude' && latest.primary !== 'joy') return null;
  if (RESOLVED.test(latestText)) return null;
  if (latest.intensity > POLITE_MAX_INTENSITY && !STILL_WAITING.test(latestText)) return null;
  // Only the customer's message just before counts: the worry the closing is answering.
  const before = results[results.length - 2]?.analysis.primary;
  return before && NEGATIVE.has(before) ? (before as Emotion) : null;
}

/**
 * How hot a message runs: its valence turned around and scaled by intensity, so a furious message is hot,
 * warm thanks are cold, and a message with nothing to read counts as zero whatever faint cues it holds.
 * Each escalation flag adds a little.
 */
export function heat(a: Pick<MessageAnalysis, 'primary' | 'valence' | 'intensity' | 'escalation'>): number {
  const mood = a.primary === 'neutral' ? 0 : -a.valence * (0.5 + a.intensity);
  return mood + 0.15 * a.escalation.length;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function empty(reason: string): ConversationAnalysis {
  return { ...neutral('und', reason), messages: [], trend: 'steady', turningPoint: null };
}

/** Which messages speak for the customer: theirs, or the unlabelled ones when nobody is labelled customer. */
function customerIndices(messages: readonly ConversationMessage[]): number[] {
  const customer: number[] = [];
  const unknown: number[] = [];
  messages.forEach((m, i) => {
    if (!m || typeof m !== 'object') return;
    if (m.role === 'customer') customer.push(i);
    else if (m.role === 'unknown' || m.role === undefined) unknown.push(i);
  });
  return customer.length > 0 ? customer : unknown;
}

export function trendOf(heats: readonly number[]): { trend: Trend; at: number | null } {
  if (heats.length < 2) return { trend: 'steady', at: null };
  const last = heats[heats.length - 1]!;
  const prior = heats.slice(Math.max(0, heats.length - 4), heats.length - 1);
  const base = prior.reduce((a, b) => a + b, 0) / prior.length;
  const delta = last - base;
  const trend: Trend = delta > TREND_THRESHOLD ? 'escalating' : delta < -TREND_THRESHOLD ? 'calming' : 'steady';
  if (trend === 'steady') return { trend, at: null };
  let at = -1;
  let bestStep = 0;
  for (let k = 1; k < heats.length; k++) {
    const step = heats[k]! - heats[k - 1]!;
    const signedStep = trend === 'escalating' ? step : -step;
    // Later turns win ties: the most recent change is the one the agent is answering.
    if (signedStep > 0 && signedStep >= bestStep) {
      bestStep = signedStep;
      at = k;
    }
  }
  return { trend, at: at >= 0 ? at : null };
}

function combinedLanguage(langs: readonly Language[]): Language {
  const seen = new Set(langs.filter((l) => l !== 'und'));
  if (seen.size === 0) return 'und';
  if (seen.size === 1) return [...seen][0]!;
  if (seen.has('mixed') || (seen.has('en') && (seen.has('zh-Hans') || seen.has('zh-Hant')))) return 'mixed';
  // Both Chinese scripts: the latest message decides.
  return langs.filter((l) => l !== 'und').at(-1)!;
}

export function analyzeConversation(messages: ConversationMessage[]): ConversationAnalysis {
  try {
    if (!Array.isArray(messages) || messages.length === 0) return empty('empty');
    let indices = customerIndices(messages);
    if (indices.length === 0) return empty('no-customer-messages');
    let truncated = false;
    if (indices.length > MAX_MESSAGES) {
      indices = indices.slice(-MAX_MESSAGES);
      truncated = true;
    }
    const results: MessageResult[] = indices.map((i) => {
      const m = messages[i]!;
      const analysis = analyzeMessage(typeof m.text === 'string' ? m.text : '');
      if (analysis.reason === 'truncated') truncated = true;
      return { index: i, role: m.role, analysis };
    });

    const n = results.length;
    const emotions = zeroEmotions();
    let wsum = 0;
    let intensity = 0;
    let valence = 0;
    let urgency = 0;
    const flags = new Set<EscalationFlag>();
    // One detail per flag: the strongest way the customer raised it, the latest when two are as strong.
    const details = new Map<EscalationFlag, EscalationDetail>();
    const evidence: Evidence[] = [];
    results.forEach((r, k) => {
      const w = RECENCY_DECAY ** (n - 1 - k);
      const a = r.analysis;
      wsum += w;
      for (const e of EMOTIONS) emotions[e] += a.emotions[e] * w;
      intensity += a.intensity * w;
      valence += a.valence * w;
      urgency = Math.max(urgency, a.urgency * (k >= n - 2 ? 1 : w));
      for (const f of a.escalation) flags.add(f);
      for (const d of a.escalationDetail ?? []) {
        const prev = details.get(d.flag);
        if (!prev || !strongerThan(prev.strength, d.strength)) details.set(d.flag, { ...d, messageIndex: r.index });
      }
      for (const ev of a.evidence) evidence.push({ ...ev, weight: round(ev.weight * w), messageIndex: r.index });
    });
    let primary: Emotion | 'neutral' = 'neutral';
    let best = 0;
    for (const e of EMOTIONS) {
      emotions[e] = round(emotions[e] / wsum);
      if (emotions[e] > best) {
        best = emotions[e];
        primary = e;
      }
    }
    const latest = results[n - 1]!.analysis;
    // The latest message's own reading wins when it is clear; the weighted state covers quiet follow-ups,
    // and a thank-you that resolves nothing does not hide the worry or anger underneath.
    const latestText = String(messages[results[n - 1]!.index]?.text ?? '');
    const beneath = unresolvedBeneathThanks(results, latestText);
    if (beneath) primary = beneath;
    else if (latest.primary !== 'neutral') primary = latest.primary;
    else if (best < STATE_FLOOR) primary = 'neutral';

    const { trend, at } = trendOf(results.map((r) => heat(r.analysis)));
    evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    const out: ConversationAnalysis = {
      language: combinedLanguage(results.map((r) => r.analysis.language)),
      primary,
      emotions,
      intensity: round(intensity / wsum),
      valence: round(valence / wsum),
      urgency: round(urgency),
      escalation: ESCALATION_FLAGS.filter((f) => flags.has(f)),
      escalationDetail: orderDetails([...details.values()]),
      evidence: evidence.slice(0, MAX_EVIDENCE),
      messages: results,
      trend,
      turningPoint: at === null ? null : results[at]!.index,
    };
    if (truncated) out.reason = 'truncated';
    return out;
  } catch {
    return empty('error');
  }
}
