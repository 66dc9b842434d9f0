/**
 * The words that gave a message away: one span per cue and label, strongest first, each quoting at most
 * MAX_EVIDENCE_CHARS of the caller's text (a 20,000-character run of "!?" is one cue, not 20 KB of output).
 */
import type { EscalationFlag, Evidence } from '../types';
import { EMOTIONS } from '../types';
import * as limits from './limits';
import type { Contribution } from './rules';
import * as rules from './rules';
import type { Hit } from './scan';

const LABELS = EMOTIONS;
const { MAX_EVIDENCE, MAX_EVIDENCE_CHARS } = limits;
const { isPositive } = rules;

function signed(e: number, w: number): number {
  return isPositive(e) ? w : -w;
}

function byWeight(a: Evidence, b: Evidence): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start;
}

function startsAt(hits: readonly Hit[], start: number): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k]!.start === start) return true;
  return false;
}

/** Spans past which evidence bookkeeping switches from scans to keyed look-ups. */
const SCAN_LIMIT = 32;

/**
 * Stable insertion sort, the same order as out.sort(byWeight): evidence lists are short, and this skips the
 * comparator calls through Array.prototype.sort.
 */
function sortByWeight(out: Evidence[]): void {
  if (out.length > SCAN_LIMIT) {
    out.sort(byWeight); // stable, so the same order as below, without the quadratic worst case
    return;
  }
  for (let k = 1; k < out.length; k++) {
    const x = out[k]!;
    let j = k - 1;
    while (j >= 0 && byWeight(out[j]!, x) > 0) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = x;
  }
}

function findSpan(
  out: readonly Evidence[],
  start: number,
  end: number,
  label: Evidence['label'],
): Evidence | undefined {
  for (const e of out) if (e.start === start && e.end === end && e.label === label) return e;
  return undefined;
}

/** End of a span quoted from `text`, at most MAX_EVIDENCE_CHARS after `start` and never inside a surrogate pair. */
export function cappedEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_EVIDENCE_CHARS) return end;
  let e = start + MAX_EVIDENCE_CHARS;
  const c = text.charCodeAt(e - 1);
  if (c >= 0xd800 && c <= 0xdbff) e--;
  return e;
}

/** One span per cue and label, strongest first; offsets shifted back into the caller's original string. */
export function buildEvidence(
  contribs: readonly Contribution[],
  flags: readonly EscalationFlag[],
  flagHits: readonly { start: number; end: number }[],
  sarcasmHits: readonly Hit[],
  original: string,
  offset: number,
): Evidence[] {
  const out: Evidence[] = [];
  // Most messages have a handful of spans and a scan beats a map; a long run of cue words (1 MB of "bad bad")
  // would make that scan quadratic, so past SCAN_LIMIT spans they are found by key instead.
  let byKey: Map<string, Evidence> | null = null;
  for (const c of contribs) {
    if (c.end <= c.start || c.weight <= 0) continue;
    const label = LABELS[c.e]!;
    const key = byKey === null ? '' : `${c.start}:${c.end}:${label}`;
    const prev = byKey === null ? findSpan(out, c.start, c.end, label) : byKey.get(key);
    if (prev) {
      prev.weight = signed(c.e, Math.abs(prev.weight) + c.weight);
      continue;
    }
    const ev: Evidence = { start: c.start, end: c.end, text: '', cue: c.cue, label, weight: signed(c.e, c.weight) };
    out.push(ev);
    if (byKey !== null) byKey.set(key, ev);
    else if (out.length === SCAN_LIMIT) byKey = new Map(out.map((e) => [`${e.start}:${e.end}:${e.label}`, e]));
  }
  if (sarcasmHits.length > 0) {
    if (sarcasmHits.length * out.length <= SCAN_LIMIT * SCAN_LIMIT) {
      for (const ev of out) if (startsAt(sarcasmHits, ev.start)) ev.cue = 'sarcasm';
    } else {
      const starts = new Set(sarcasmHits.map((h) => h.start));
      for (const ev of out) if (starts.has(ev.start)) ev.cue = 'sarcasm';
    }
  }
  for (let k = 0; k < flags.length; k++) {
    const h = flagHits[k]!;
    out.push({ start: h.start, end: h.end, text: '', cue: 'escalation', label: flags[k]!, weight: -1 });
  }
  sortByWeight(out);
  if (out.length > MAX_EVIDENCE) out.length = MAX_EVIDENCE;
  for (const ev of out) {
    ev.end = cappedEnd(original, ev.start, ev.end);
    ev.text = original.slice(ev.start, ev.end);
    ev.weight = Math.round(ev.weight * 1000) / 1000;
    ev.start += offset;
    ev.end += offset;
  }
  return out;
}
