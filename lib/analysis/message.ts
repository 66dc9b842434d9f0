import type { Emotion, EscalationFlag, Evidence, Language, MessageAnalysis } from '../types';
import { EMOTIONS, NEGATIVE_EMOTIONS } from '../types';
import { countScripts, languageFromCounts } from './language';
import { MAX_EVIDENCE, MAX_MESSAGE_CHARS } from './limits';
import type { CompiledPack } from './pack';
import { packFor, PROFANITY } from './packs';
import {
  applyContrast,
  applyQuestions,
  applySarcasm,
  type Contribution,
  emphasis,
  modifierInScope,
  negate,
  negatorInScope,
  punctuationContributions,
  QUESTION_CONFUSION,
} from './rules';
import { sanitize } from './sanitize';
import { type Hit, scan } from './scan';
import { stripQuoted } from './quoted';

export interface AnalyzeOptions {
  /** Force a language instead of detecting it. */
  language?: Language;
  /** Keep quoted email history and signatures (default: strip them). */
  keepQuoted?: boolean;
}

/** Below this summed weight the message reads as neutral. */
export const NEUTRAL_FLOOR = 0.9;
/** Raw weight → 0..1 score: a weight of 1.5 maps to 0.5. */
const HALF = 1.5;
const NEG: ReadonlySet<Emotion> = new Set(NEGATIVE_EMOTIONS);

export function zeroEmotions(): Record<Emotion, number> {
  return { anger: 0, frustration: 0, anxiety: 0, sadness: 0, confusion: 0, joy: 0, gratitude: 0 };
}

export function neutral(language: Language, reason?: string): MessageAnalysis {
  const r: MessageAnalysis = {
    language,
    primary: 'neutral',
    emotions: zeroEmotions(),
    intensity: 0,
    valence: 0,
    urgency: 0,
    escalation: [],
    evidence: [],
  };
  if (reason) r.reason = reason;
  return r;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

interface PackChoice {
  latin: CompiledPack[];
  trie: CompiledPack;
}
let choices: Record<'en' | 'zh-Hans' | 'zh-Hant', PackChoice> | null = null;

/** Latin words are read with the Chinese pack first in Chinese text (TMD, 12315), then English. */
function packsFor(language: Language, hant: boolean): PackChoice {
  if (!choices) {
    const en = packFor('en');
    const hans = packFor('zh-Hans');
    const hantPack = packFor('zh-Hant');
    choices = {
      en: { latin: [en], trie: en },
      'zh-Hans': { latin: [hans, en], trie: hans },
      'zh-Hant': { latin: [hantPack, en], trie: hantPack },
    };
  }
  if (language === 'en') return choices.en;
  return hant || language === 'zh-Hant' ? choices['zh-Hant'] : choices['zh-Hans'];
}

function cueOf(hit: Hit, text: string): string {
  const c = text.charCodeAt(hit.start);
  const letterOrHan = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? true : c >= 0x3400 && c <= 0x9fff;
  return letterOrHan ? 'lexicon' : 'emoji';
}

export function analyzeMessage(input: string, options: AnalyzeOptions = {}): MessageAnalysis {
  try {
    return analyzeUnsafe(input, options);
  } catch {
    // A bug must never take the panel down with it; the reason says something went wrong.
    return neutral('und', 'error');
  }
}

function analyzeUnsafe(input: string, options: AnalyzeOptions): MessageAnalysis {
  if (typeof input !== 'string' || input.length === 0) return neutral('und', 'empty');
  let offset = 0;
  let truncated = false;
  let raw = input;
  if (raw.length > MAX_MESSAGE_CHARS) {
    offset = raw.length - MAX_MESSAGE_CHARS;
    // Do not start on the low half of a surrogate pair.
    const c = raw.charCodeAt(offset);
    if (c >= 0xdc00 && c <= 0xdfff) offset++;
    raw = raw.slice(offset);
    truncated = true;
  }
  const own = options.keepQuoted ? raw : stripQuoted(raw).text;
  if (own.trim().length === 0) return neutral('und', raw.trim().length === 0 ? 'empty' : 'quoted-only');
  const clean = sanitize(own);
  const counts = countScripts(clean.text);
  const language = options.language ?? languageFromCounts(counts);
  if (clean.readable === 0) {
    if (clean.junk > 0) return neutral('und', 'binary');
    if (clean.foreign > 0) return neutral('und', 'unsupported-language');
  }
  if (clean.junk > 8 && clean.junk > clean.readable) return neutral('und', 'binary');
  if (clean.foreign > (counts.han + counts.latinWords * 4) * 2) return neutral('und', 'unsupported-language');

  const packs = packsFor(language, counts.hant > counts.hans);
  const s = scan(clean.text, { latin: packs.latin, trie: packs.trie, profanity: PROFANITY });
  const text = clean.text;
  const mostlyCaps = s.words >= 3 && s.capsWords / s.words >= 0.6;

  const contribs: Contribution[] = [];
  const contrastUnits: number[] = [];
  const flags = new Map<EscalationFlag, Hit>();
  const evidenceExtra: Evidence[] = [];
  const questions = s.questions;
  let sarcasmMarkers = 0;
  let urgency = 0;
  let lastNeg: Hit | null = null;
  let lastMod: Hit | null = null;

  for (const hit of s.hits) {
    const e = hit.entry;
    if (e.question) questions.add(hit.sentence);
    if (e.contrast) contrastUnits.push(hit.unit);
    if (e.urgency) urgency += e.urgency;
    if (e.sarcasm) {
      sarcasmMarkers++;
      evidenceExtra.push(span(hit, text, 'sarcasm', 'frustration', -0.8));
      contribs.push(contrib(hit, 'frustration', 0.8, 'sarcasm', hit.start));
    }
    if (e.flags) {
      for (const f of e.flags) {
        if (!flags.has(f)) flags.set(f, hit);
      }
    }
    if (hit.masked && e.emotions?.anger && !flags.has('abuse')) flags.set('abuse', hit);
    if (e.negator) {
      lastNeg = hit;
      if (!e.emotions) continue;
    }
    if (e.scale) {
      lastMod = hit;
      if (!e.emotions) continue;
    }
    if (!e.emotions) continue;
    const negated = negatorInScope(hit, lastNeg) && lastNeg !== hit;
    const scaled = modifierInScope(hit, lastMod) && lastMod !== hit;
    let m = emphasis(hit, mostlyCaps);
    if (scaled && !negated) m *= lastMod!.entry.scale!;
    let cue = cueOf(hit, text);
    if (hit.caps && !mostlyCaps) cue = 'caps';
    if (hit.stretched) cue = 'stretch';
    if (scaled && !negated) cue = lastMod!.entry.scale! > 1 ? 'intensifier' : 'downtoner';
    if (negated) cue = 'negation';
    const start = negated ? lastNeg!.start : scaled ? lastMod!.start : hit.start;
    const list = e.list!;
    for (let k = 0; k < list.length; k++) {
      const [emotion, w] = list[k]!;
      if (negated) {
        const flipped = negate(emotion, w * m);
        if (flipped) contribs.push(contrib(hit, flipped[0], flipped[1], cue, start));
      } else {
        contribs.push(contrib(hit, emotion, w * m, cue, start));
      }
    }
  }

  applyContrast(contribs, contrastUnits);
  applyQuestions(contribs, questions);
  contribs.push(...punctuationContributions(s.puncts, contribs));
  for (const q of questions) {
    const has = contribs.some((c) => c.sentence === q && c.emotion !== 'confusion' && c.weight >= 0.8);
    if (!has) contribs.push({ start: 0, end: 0, emotion: 'confusion', weight: QUESTION_CONFUSION, cue: 'question', sentence: q, unit: -1 });
  }
  applySarcasm(contribs, sarcasmMarkers);

  const raw7 = zeroEmotions();
  for (const c of contribs) raw7[c.emotion] += c.weight;
  // A message in capitals is shouting: more intense, and anger if it is already negative.
  if (mostlyCaps && raw7.anger + raw7.frustration > 0.5) raw7.anger += 0.5;
  if (flags.has('abuse')) raw7.anger += 1;

  let primary: Emotion | 'neutral' = 'neutral';
  let best = 0;
  for (const em of EMOTIONS) {
    if (raw7[em] > best) {
      best = raw7[em];
      primary = em;
    }
  }
  if (best < NEUTRAL_FLOOR) primary = 'neutral';

  const emotions = zeroEmotions();
  let neg = 0;
  let pos = 0;
  for (const em of EMOTIONS) {
    emotions[em] = round(raw7[em] / (raw7[em] + HALF));
    if (NEG.has(em)) neg += raw7[em];
    else if (em !== 'confusion') pos += raw7[em];
  }
  const flagList = [...flags.keys()];
  const shout = mostlyCaps ? 0.15 : 0;
  const bangs = s.puncts.reduce((a, r) => a + (r.kind === '!' ? Math.min(r.length, 4) * 0.04 : 0), 0);
  const intensityRaw = best + flagList.length * 0.4;
  const intensity = primary === 'neutral' && flagList.length === 0 ? 0 : Math.min(1, intensityRaw / (intensityRaw + 2) + shout + bangs);
  const valence = Math.tanh((pos - neg) / 2);
  const urgencyScore = Math.min(
    1,
    urgency +
      (flags.has('legal') || flags.has('regulator') ? 0.3 : 0) +
      (flags.has('supervisor') || flags.has('public') ? 0.2 : 0) +
      raw7.anxiety * 0.1 +
      bangs,
  );

  const evidence = buildEvidence(contribs, flags, evidenceExtra, text, offset);
  const result: MessageAnalysis = {
    language,
    primary,
    emotions,
    intensity: round(intensity),
    valence: round(valence),
    urgency: round(urgencyScore),
    escalation: flagList,
    evidence,
  };
  if (truncated) result.reason = 'truncated';
  else if (s.hits.length === 0 && s.puncts.length === 0 && questions.size === 0) result.reason = 'no-cues';
  return result;
}

function contrib(hit: Hit, emotion: Emotion, weight: number, cue: string, start: number): Contribution {
  return { start, end: hit.end, emotion, weight, cue, sentence: hit.sentence, unit: hit.unit };
}

function span(hit: Hit, text: string, cue: string, label: Evidence['label'], weight: number): Evidence {
  return { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), cue, label, weight };
}

function signed(emotion: Emotion, w: number): number {
  return round(emotion === 'joy' || emotion === 'gratitude' ? w : -w);
}

/** One span per cue, strongest first; offsets shifted back into the caller's original string. */
function buildEvidence(
  contribs: readonly Contribution[],
  flags: ReadonlyMap<EscalationFlag, Hit>,
  extra: readonly Evidence[],
  text: string,
  offset: number,
): Evidence[] {
  const out: Evidence[] = [];
  const find = (start: number, end: number, label: Evidence['label']) =>
    out.find((e) => e.start === start && e.end === end && e.label === label);
  for (const c of contribs) {
    if (c.end <= c.start || c.weight <= 0) continue;
    const prev = find(c.start, c.end, c.emotion);
    if (prev) {
      prev.weight = signed(c.emotion, Math.abs(prev.weight) + c.weight);
      continue;
    }
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      cue: c.cue,
      label: c.emotion,
      weight: signed(c.emotion, c.weight),
    });
  }
  for (const [flag, hit] of flags) out.push(span(hit, text, 'escalation', flag, -1));
  for (const ev of extra) if (!find(ev.start, ev.end, ev.label)) out.push(ev);
  out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  const kept = out.slice(0, MAX_EVIDENCE);
  if (offset) for (const ev of kept) {
    ev.start += offset;
    ev.end += offset;
  }
  return kept;
}
