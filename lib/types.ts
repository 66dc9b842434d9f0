// The shared vocabulary of Heartline. Every module speaks in these types, so they change rarely
// and only on purpose: the content script, the panel, the CLI and the acceptance checks rely on them.

/** Who wrote a message, as far as the page lets us tell. */
export type Role = 'customer' | 'agent' | 'system' | 'unknown';

export interface ConversationMessage {
  role: Role;
  author?: string;
  text: string;
  /** As the page shows it (ISO string when the page gives a machine-readable time). */
  time?: string;
  /** Only part of the message is on the page (a collapsed mail shows its first line). */
  partial?: true;
}

/** What a site adapter or the generic reader extracts from a page. Plain data: it crosses processes. */
export interface Conversation {
  /** Adapter id that produced it: 'gmail', 'zendesk', 'generic', 'picked', 'selection', 'paste', … */
  source: string;
  title?: string;
  customer: { name?: string; email?: string };
  messages: ConversationMessage[];
  /**
   * How sure the reader is that these are the conversation's messages and roles, 0..1. Set by the generic
   * reader; a site adapter's or a picked area's reading has none (it is sure). The draft is not here: the
   * content script reports it separately from the one reply-box finder (lib/page/reply-box.ts).
   */
  confidence?: number;
}

/** Analysis languages. `mixed` = substantial English and Chinese; `und` = not enough text to tell. */
export type Language = 'en' | 'zh-Hans' | 'zh-Hant' | 'mixed' | 'und';
/** Languages that have content (lexicons, templates, guidance, UI). */
export type ContentLanguage = 'en' | 'zh-Hans' | 'zh-Hant';
export const CONTENT_LANGUAGES: readonly ContentLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

export type Emotion = 'anger' | 'frustration' | 'anxiety' | 'sadness' | 'confusion' | 'joy' | 'gratitude';
export type EmotionLabel = Emotion | 'neutral';
export const EMOTIONS: readonly Emotion[] = [
  'anger',
  'frustration',
  'anxiety',
  'sadness',
  'confusion',
  'joy',
  'gratitude',
];
/** The labels that count as "negative" for negative-detection scores. */
export const NEGATIVE_EMOTIONS: readonly Emotion[] = ['anger', 'frustration', 'sadness', 'anxiety'];

export type EscalationFlag =
  | 'churn'
  | 'legal'
  | 'regulator'
  | 'public'
  | 'supervisor'
  | 'repeat-contact'
  | 'compensation'
  | 'abuse'
  | 'chargeback'
  | 'harm';
export const ESCALATION_FLAGS: readonly EscalationFlag[] = [
  'churn',
  'legal',
  'regulator',
  'public',
  'supervisor',
  'repeat-contact',
  'compensation',
  'abuse',
  'chargeback',
  'harm',
];

/**
 * How far the customer has gone: `taken` (already done: "I've reported this to…", 已经申请拒付),
 * `threatened` (will do, or will if: "if it's not fixed by Friday I'll…"), `demanded` (asks us to do it now:
 * "put me through to a manager", 给我退款). Listed strongest first.
 */
export type EscalationStrength = 'taken' | 'threatened' | 'demanded';
export const ESCALATION_STRENGTHS: readonly EscalationStrength[] = ['taken', 'threatened', 'demanded'];

/** A span of a message's text; UTF-16 offsets into the message as given, like Evidence. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Why a flag was raised: the sentence that says it, the words that carry it, and any deadline it sets. */
export interface EscalationDetail {
  flag: EscalationFlag;
  strength: EscalationStrength;
  sentence: TextSpan;
  cue: TextSpan;
  /** "by Friday", "within 24 hours", 明天之前, 24小時內: when the customer set one in that sentence. */
  deadline?: TextSpan;
  /** Index into the conversation's messages (conversation-level results only). */
  messageIndex?: number;
}

/** A span of the original text that moved the result, so the panel can explain itself. */
export interface Evidence {
  /** UTF-16 offsets into the message text as given (not a normalised copy). */
  start: number;
  end: number;
  text: string;
  /** Which rule or lexicon entry fired, e.g. 'lexicon', 'negation', 'intensifier', 'caps', 'punctuation', 'emoji', 'sarcasm', 'escalation'. */
  cue: string;
  /** The emotion or escalation flag this span supports, when it supports one. */
  label?: EmotionLabel | EscalationFlag;
  /** Signed contribution; larger magnitude = mattered more. */
  weight: number;
  /** Index into the conversation's messages (conversation-level results only). */
  messageIndex?: number;
}

export interface MessageAnalysis {
  language: Language;
  primary: EmotionLabel;
  /** 0..1 per non-neutral label. */
  emotions: Record<Emotion, number>;
  /** 0..1 */
  intensity: number;
  /** -1..1 */
  valence: number;
  /** 0..1 */
  urgency: number;
  escalation: EscalationFlag[];
  /**
   * One entry per flag in `escalation`, strongest first (harm, then taken, threatened, demanded). The engine
   * always sets it; results built by hand (tests, older stored results) may leave it out.
   */
  escalationDetail?: EscalationDetail[];
  evidence: Evidence[];
  /** Why the result is what it is when there was nothing to read, e.g. 'empty', 'no-text', 'truncated'. */
  reason?: string;
  /** 0..1, how sure the learned model is of `primary` (calibrated); absent when only the rules read it. */
  confidence?: number;
  /** 0..1, the learned model's calibrated probability that the message is negative. */
  negative?: number;
  /** Who decided `primary`: the model agreeing with the rules ('rules+model') or overruling them ('model'). */
  source?: 'model' | 'rules+model';
}

export type Trend = 'escalating' | 'calming' | 'steady';

export interface MessageResult {
  /** Index into the input messages. */
  index: number;
  role: Role;
  analysis: MessageAnalysis;
}

export interface ConversationAnalysis extends MessageAnalysis {
  /** Per-message results for the customer's messages (and `unknown` ones when no role is known). */
  messages: MessageResult[];
  trend: Trend;
  /** Index into the input messages where the mood turned, or null. */
  turningPoint: number | null;
}

export type DiscStyle = 'D' | 'I' | 'S' | 'C';
export const DISC_STYLES: readonly DiscStyle[] = ['D', 'I', 'S', 'C'];

export interface DiscCue {
  style: DiscStyle;
  messageIndex: number;
  start: number;
  end: number;
  text: string;
  /** Rule id, e.g. 'deadline', 'imperative', 'emoji', 'hedge', 'order-id', 'short-message'. */
  cue: string;
  weight: number;
}

export interface DiscResult {
  style: DiscStyle | null;
  secondary: DiscStyle | null;
  /** Non-negative evidence per style (not normalised to 1). */
  scores: Record<DiscStyle, number>;
  /** 0..1, grows with evidence across messages. */
  confidence: number;
  cues: DiscCue[];
  /** Set when style is null, e.g. 'not enough signal'. */
  reason?: string;
}

/** The IHEART steps from the seed documents. */
export type IheartStep = 'identify' | 'hear' | 'empathize' | 'apologize' | 'resolve' | 'thank';
export const IHEART_STEPS: readonly IheartStep[] = ['identify', 'hear', 'empathize', 'apologize', 'resolve', 'thank'];

/** Template variables filled from the page and from settings. */
export interface TemplateVars {
  customerName?: string;
  agentName?: string;
  company?: string;
  orderId?: string;
  product?: string;
  timeframe?: string;
}
