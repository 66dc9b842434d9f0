import { eachMatch } from '../../text/each-match';
import { TRADITIONAL_ONLY } from '../../text/script-chars';
import type { EscalationDetail, EscalationFlag, EscalationStrength, Language, TextSpan } from '../../types';
import { ESCALATION_FLAGS } from '../../types';
import { type AnchorIndex, alternativesOf, anchorIndex } from './anchors';
import { type Range, sentenceAt, sentencesOf, shownSentence } from './clauses';
import { ALL, contextBits, DEADLINE, DEADLINE_LOOSE, IDIOM, RESOLVED } from './context-gate';
import { EN_CUES } from './cues/en';
import { ZH_HANS_CUES } from './cues/zh-hans';
import { zhHantCues } from './cues/zh-hant';
import { vetoedZh } from './cues/zh-vetoes';
import { type MessageReading, readCue, readSentence, type SentenceReading } from './intent';
import { installedEscalationModel, type LearnedContext, raiseLearned } from './learned/raise';
import { foldText } from './literals';
import type { Cue, LanguageCues, PairCue } from './types';

export {
  type Candidate,
  installEscalationModel,
  installedEscalationModel,
  setEscalationProbe,
} from './learned/raise';
export { orderDetails, strongerThan } from './order';
export { valenceOfSums } from './polarity';

import { orderDetails, strongerThan } from './order';
import { retractions, takenBack } from './taken-back';

/**
 * Many patterns read in one pass: `all` is their alternation, so the text is scanned once (most messages match
 * nothing); `each` tells, at a position where `all` matched, which patterns match there. No capture groups:
 * a match array with one slot per pattern, built at every common word, cost more than the scan.
 */
interface Scanner {
  patterns: readonly RegExp[];
  // `all` and `each` serve only the ungated scan (a check and a benchmark): built on its first use, so the
  // panel's first reading does not pay for them. Plain fields: getters here slowed every read of the scanner.
  all: RegExp[] | null;
  each: RegExp[] | null;
  /** The same patterns, global, for reading only the ones whose anchors occur. */
  every: RegExp[];
  /** Which patterns are live in the current text: a view of the table's `live`, set by its anchor index. */
  live: Uint8Array;
  /** The anchor index that sets `live`, and where these patterns start among its patterns. */
  anchors: AnchorIndex | null;
  first: number;
  /**
   * Each pattern's top-level alternatives, global, made on first use: when the index says only one of them may
   * match in a text, it alone is run (the others cannot match anywhere there, so it finds what the whole does).
   */
  alternatives: (RegExp[] | null)[];
}

function scanner(patterns: readonly RegExp[], live: Uint8Array, anchors: AnchorIndex | null, first: number): Scanner {
  return {
    patterns,
    all: null,
    each: null,
    every: patterns.map((r) => lowered(r, 'g')),
    live,
    anchors,
    first,
    alternatives: patterns.map(() => null),
  };
}

/** The regex that finds pattern k's matches in the text the index last marked: one alternative when it can. */
function regexFor(s: Scanner, k: number): RegExp {
  const a = s.anchors?.alternative(s.first + k) ?? -1;
  if (a < 0) return s.every[k]!;
  let alts = s.alternatives[k];
  if (!alts) {
    alts = alternativesOf(s.every[k]!.source).map((src) => new RegExp(src, 'g'));
    s.alternatives[k] = alts;
  }
  return alts.length > 1 ? alts[a]! : s.every[k]!;
}

let gateOn = true;
/** Turns the anchor gate off or on, for the check that it changes no result and for measuring it. */
export function setAnchorGate(on: boolean): void {
  gateOn = on;
}

/**
 * What `scan` finds, reading only the patterns whose anchors occur in the text: each live pattern is run at
 * every position it matches, and the hits are replayed in scan's order (by position, then pattern).
 */
function scanLive(
  s: Scanner,
  text: string,
  hit: (k: number, start: number, end: number) => void,
  overlapping: boolean,
): void {
  const hits: number[] = [];
  for (let k = 0; k < s.every.length; k++) {
    if (s.live[k] === 0) continue;
    const r = regexFor(s, k);
    r.lastIndex = 0;
    for (let m = r.exec(text); m !== null; m = r.exec(text)) {
      const end = m.index + m[0].length;
      if (end > m.index) hits.push(m.index, k, end);
      r.lastIndex = m.index + 1;
    }
  }
  if (hits.length === 0) return;
  // Hits come pattern by pattern; often (one live pattern, one hit) they are in order already.
  let sorted = true;
  for (let i = 3; i < hits.length && sorted; i += 3)
    sorted = hits[i - 3]! < hits[i]! || (hits[i - 3] === hits[i] && hits[i - 2]! < hits[i + 1]!);
  const order: number[] = [];
  for (let i = 0; i < hits.length; i += 3) order.push(i);
  if (!sorted) order.sort((a, b) => hits[a]! - hits[b]! || hits[a + 1]! - hits[b + 1]!);
  let last = -1;
  for (const i of order) {
    const at = hits[i]!;
    if (!overlapping && at === last) continue;
    last = at;
    hit(hits[i + 1]!, at, hits[i + 2]!);
  }
}

/** Calls `hit(k, start, end)` for every pattern k matching at every position where any of them does. */
function scan(
  s: Scanner,
  text: string,
  hit: (k: number, start: number, end: number) => void,
  overlapping = true,
): void {
  if (gateOn) {
    scanLive(s, text, hit, overlapping);
    return;
  }
  s.all ??= alternations(s.patterns);
  s.each ??= s.patterns.map((r) => lowered(r, 'y'));
  const { all, each } = s;
  // Where each alternation next matches at or after `from` (-1: nowhere), so each is run again only once passed.
  const next = all.map(() => -2);
  for (let from = 0; ; ) {
    let at = -1;
    for (let i = 0; i < all.length; i++) {
      if (next[i] !== -1 && next[i]! < from) {
        const r = all[i]!;
        r.lastIndex = from;
        next[i] = r.exec(text)?.index ?? -1;
      }
      if (next[i]! >= 0 && (at < 0 || next[i]! < at)) at = next[i]!;
    }
    if (at < 0) break;
    from = at + 1;
    for (let k = 0; k < each.length; k++) {
      const r = each[k]!;
      r.lastIndex = at;
      if (!r.test(text) || r.lastIndex === at) continue;
      hit(k, at, r.lastIndex);
      if (!overlapping) break;
    }
  }
}

// V8 stops optimising a regular expression whose source passes 20 KB (kRegExpTooLargeToOptimize): one long
// alternation of every pattern then ran several times slower than a few shorter ones.
const ALTERNATION_CHARS = 16_000;

/** The patterns' alternation, lowered and global, in as few pieces as keep each under ALTERNATION_CHARS. */
function alternations(patterns: readonly RegExp[]): RegExp[] {
  const out: RegExp[] = [];
  let part: string[] = [];
  let size = 0;
  for (const r of patterns) {
    const src = `(?:${r.source.toLowerCase()})`;
    if (part.length > 0 && size + src.length + 1 > ALTERNATION_CHARS) {
      out.push(new RegExp(part.join('|'), 'g'));
      part = [];
      size = 0;
    }
    part.push(src);
    size += src.length + 1;
  }
  if (part.length > 0) out.push(new RegExp(part.join('|'), 'g'));
  return out;
}

interface Compiled {
  tables: LanguageCues;
  cues: Scanner;
  /** The first part of every pair. */
  whats: Scanner;
  acts: RegExp[];
  /** Cues, then pairs (both parts together): one pass marks which may match a text. */
  anchors: AnchorIndex;
  /** The idioms, global, made once (read through eachMatch, which leaves its lastIndex as it found it). */
  idioms: RegExp;
  live: Uint8Array;
}

/**
 * Patterns are written in lower case and read text lowered the same way (ASCII only, so offsets hold): the
 * case-insensitive flag made V8 compile the large alternations several times slower, and that compile is paid
 * on the panel's first reading.
 */
function lowered(r: RegExp, flags = ''): RegExp {
  return new RegExp(r.source.toLowerCase(), flags);
}

function lowerCased(tables: LanguageCues): LanguageCues {
  const out: Record<string, unknown> = { ...tables };
  for (const [k, v] of Object.entries(tables)) {
    if (v instanceof RegExp) out[k] = lowered(v, v.flags.includes('g') ? 'g' : '');
  }
  return out as unknown as LanguageCues;
}

// Curly apostrophes read as straight ones, and ASCII capitals lowered (only ASCII, so offsets hold).
const plainOf = foldText;

function compile(source: LanguageCues): Compiled {
  const tables = lowerCased(source);
  const n = tables.cues.length;
  const m = tables.pairs.length;
  const live = new Uint8Array(n + m);
  // A pair is read only when both its parts may occur: gated on the rarer part's words ("lawyer", not "i").
  const anchors = anchorIndex([
    ...tables.cues.map((c) => c.re.source),
    ...tables.pairs.map((p) => [p.what.source, p.act.source]),
  ]);
  return {
    tables,
    cues: scanner(
      tables.cues.map((c) => c.re),
      live.subarray(0, n),
      anchors,
      0,
    ),
    whats: scanner(
      tables.pairs.map((p) => p.what),
      live.subarray(n, n + m),
      anchors,
      n,
    ),
    acts: tables.pairs.map((p) => lowered(p.act, 'g')),
    idioms: lowered(tables.idiom, 'g'),
    anchors,
    live,
  };
}

// Any character only Traditional writes sends a message to the zh-Hant tables, which read both scripts.
const TRADITIONAL = new RegExp(`[${TRADITIONAL_ONLY}]`);

let en: Compiled | null = null;
let hans: Compiled | null = null;
let hant: Compiled | null = null;

/** tablesFor's answer, refilled for each message (readEscalation does not re-enter itself). */
const chosen: Compiled[] = [];

/** Which tables read a message: English for Latin text, the Chinese script's own for Han text, both when mixed. */
function tablesFor(language: Language, text: string): Compiled[] {
  const out = chosen;
  // Emptied only when it holds something: setting an array's length is a builtin call, even to its own length.
  if (out.length !== 0) out.length = 0;
  const han = /[\u3400-\u9fff]/.test(text);
  if (/[a-z]/i.test(text) && (language === 'en' || language === 'mixed' || language === 'und' || !han)) {
    en ??= compile(EN_CUES);
    out.push(en);
  }
  if (han || language === 'zh-Hans' || language === 'zh-Hant') {
    // One Chinese table per message (they share most cues): the script's own, or for mixed text the script
    // its common characters are written in.
    if (language === 'zh-Hant' || (language !== 'zh-Hans' && TRADITIONAL.test(text))) {
      hant ??= compile(zhHantCues());
      out.push(hant);
    } else {
      hans ??= compile(ZH_HANS_CUES);
      out.push(hans);
    }
  }
  return out;
}

export interface EscalationOptions {
  language: Language;
  /** The engine's valence for the whole message, -1..1: praise all round lowers what a cue can mean. */
  valence: number;
  /** The text as the caller gave it, for span texts (same length as `text`). Default: `text`. */
  original?: string;
  /** Added to every offset, when `text` is the tail of a longer original. */
  offset?: number;
  /**
   * Masked swear words the scanner read as anger (f***, sh*t): abuse whatever words surround them, since
   * masking them shows the writer knows what they are.
   */
  masked?: readonly Range[];
}

function spanOf(r: Range, original: string, offset: number): TextSpan {
  return { start: r.start + offset, end: r.end + offset, text: original.slice(r.start, r.end) };
}

function overlaps(a: Range, b: readonly Range[]): boolean {
  for (const x of b) if (a.start < x.end && x.start < a.end) return true;
  return false;
}

/**
 * A short Chinese term in quotation marks (“拒付率”, 「爭議款調整」) is mentioned, not used: a label on a bill or a
 * screen the customer asks about. Without 我 or 你, so words quoted as someone's speech (“我要退款”) are not.
 */
const QUOTED_TERM = /[“「『"](?=[^”」』"\n]{0,12}[\u3400-\u9fff])[^”」』"\n我你]{1,12}[”」』"]/g;

function within(a: Range, b: readonly Range[]): boolean {
  for (const x of b) if (a.start >= x.start && a.end <= x.end) return true;
  return false;
}

/** How often one cue is read in one sentence (see readEscalation). */
const MAX_TRIES = 4;
const triesScratch = new Map<Cue | PairCue, { sentence: number; count: number }>();

/** Every match of `re`, which must be global. */
function matches(re: RegExp, text: string): Range[] {
  const out: Range[] = [];
  eachMatch(re, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length });
  });
  return out;
}

const HAN_AT = /[\u3400-\u9fff]/;

/**
 * The refund is what the chargeback takes back when it is what the card company is asked to do, inside the
 * chargeback's own words after they start ("get my card company to refund me"): one intent, shown once, as the
 * chargeback. A refund asked of us with a chargeback as the alternative ("refund me or I'll dispute it", "if the
 * money isn't back by Monday I'm filing a chargeback") is both: the customer demands the money and threatens the
 * dispute (tests/fixtures/escalation/LABELS.md, compensation).
 */
function absorbed(m: Range, disputes: readonly Range[], text: string): boolean {
  // A Chinese refund read up to a character inside the dispute's own word (钱我已经找银行申请退 ending in the 退 of
  // 申请退单) is that word. English refunds run on past a card company they name ("refund me or my card company
  // will"), so there it is only the start that counts.
  const han = (r: Range) => HAN_AT.test(text.charAt(r.end - 1));
  return disputes.some((d) => (m.start > d.start && m.start < d.end) || (m.end > d.start && m.end < d.end && han(m)));
}

/**
 * Escalation flags raised by what the customer is doing in a message, one per flag, strongest first. `text`
 * must keep the original's offsets (the engine's sanitised text does).
 */
export function readEscalation(text: string, options: EscalationOptions): EscalationDetail[] {
  const original = options.original ?? text;
  const offset = options.offset ?? 0;
  // The plain copy is made only once something needs it: the gate reads the text folded as it goes, and most
  // messages pass no table's gate.
  let plainCopy: string | null = null;
  // Scratch kept from message to message: most messages raise nothing, and three new containers for each cost
  // more than the reading that finds nothing.
  // Empty unless the last reading threw: emptied only then (clearing costs a builtin call each).
  const best = bestScratch;
  if (best.size !== 0) best.clear();
  const money = moneyScratch;
  if (money.length !== 0) money.length = 0;
  const disputes = disputeScratch;
  if (disputes.length !== 0) disputes.length = 0;
  // Which tables read it does not change with case (the tests are for Han and for letters of either case).
  const tables = tablesFor(options.language, text);
  for (let ti = 0; ti < tables.length; ti++) {
    const c = tables[ti]!;
    // Nothing any cue or pair needs occurs: the same as reading them all and finding nothing.
    if (gateOn && c.anchors.mark(text, c.live) === 0) continue;
    plainCopy ??= plainOf(text);
    const plain = plainCopy;
    const t = c.tables;
    const found: { cue: Cue | PairCue; range: Range; heat: boolean }[] = [];
    scan(c.cues, plain, (k, start, end) => {
      const cue = t.cues[k]!;
      if (cue.caps && !cue.caps.test(text.slice(start, end))) return;
      // A cue pattern may start with the sentence boundary it needs; the cue is what follows it.
      const matched = plain.slice(start, end);
      const lead = matched.length - matched.replace(/^[\s.!?。！？]+/, '').length;
      found.push({ cue, range: { start: start + lead, end }, heat: false });
    });
    const whats: { k: number; start: number; end: number }[] = [];
    // Every pair starting at a position is read: two pairs may share a first word ("I" in "I cancelled my direct
    // debit" starts both a renewal pair and an ending pair), and only one of them finds its second part.
    if (!gateOn) scan(c.whats, plain, (k, start, end) => whats.push({ k, start, end }));
    else {
      // A pair is read only when both its parts may occur: its first part's regex is not run otherwise.
      const whatLive = c.whats.live;
      let any = false;
      for (let k = 0; k < whatLive.length && !any; k++) any = whatLive[k] === 1;
      if (any) scan(c.whats, plain, (k, start, end) => whats.push({ k, start, end }));
    }
    if (found.length === 0 && whats.length === 0) continue;
    const sentences = sentencesOf(plain);
    for (const w of whats) {
      const pair = t.pairs[w.k]!;
      const sentence = sentenceAt(sentences, w.start);
      if (!sentence) continue;
      const a = nearest(plain, sentence, c.acts[w.k]!, w.start, w.end, pair.within);
      if (a)
        found.push({
          cue: pair,
          range: { start: Math.min(w.start, a.start), end: Math.max(w.end, a.end) },
          heat: !!pair.needsHeat,
        });
    }
    if (found.length === 0) continue;
    const readings = new Map<number, SentenceReading>();
    // Figures of speech ("killing me", 笑死) are found only once a cue has read as an intent: most cues found are
    // vetoed by their clause first, and the idioms' alternation is long. Every check before this one is pure, so
    // the order changes nothing.
    let idioms: Range[] | null = null;
    let quoted: Range[] | null = null;
    const message = new MessageFacts(options.valence, plain, t);
    // "ur support is actually braindead lmao": the laugh reads as joy, the insult says otherwise.
    message.insults = found.some((f) => f.cue.flag === 'abuse' && !('undirected' in f.cue && f.cue.undirected));
    const tries = triesScratch;
    if (tries.size !== 0) tries.clear();
    for (const { cue, range, heat } of found) {
      const sentence = sentenceAt(sentences, range.start);
      if (!sentence || range.end > sentence.end) continue;
      // A cue read MAX_TRIES times in one sentence without a new answer is not read again there: text pasted over and
      // over ("reported it to the FCA" a thousand times in one unpunctuated block) would otherwise read the whole
      // block once per copy. Real sentences hold a cue once or twice.
      const tried = tries.get(cue);
      if (tried && tried.sentence === sentence.start) {
        if (tried.count >= MAX_TRIES) continue;
        tried.count++;
      } else tries.set(cue, { sentence: sentence.start, count: 1 });
      // Each sentence is read once, however many cues it holds.
      let r = readings.get(sentence.start);
      if (!r) {
        r = readSentence(plain, sentence, t);
        readings.set(sentence.start, r);
      }
      if (heat && !(message.valence < 0 || r.complaint || t.threat.test(r.text))) continue;
      const strength = readCue(plain, cue, range.start, range.end, r, message, t);
      if (!strength) continue;
      // Never harm: "I'd be better off dead… sorry, ignore that" is still someone to reach out to.
      if (cue.flag !== 'harm' && takenBack(plain, range.start, range.end, sentence, strength === 'taken')) continue;
      idioms ??= (message.may() & IDIOM) !== 0 ? matches(c.idioms, plain) : [];
      if (overlaps(range, idioms)) continue;
      quoted ??= matches(QUOTED_TERM, plain);
      if (quoted.length > 0 && cue.flag !== 'harm' && within(range, quoted)) continue;
      if (cue.flag === 'compensation') money.push(range);
      if (cue.flag === 'chargeback') disputes.push(range);
      const prev = best.get(cue.flag);
      if (prev && !strongerThan(strength, prev.strength)) continue;
      const detail: EscalationDetail = {
        flag: cue.flag,
        strength,
        sentence: spanOf(shownSentence(plain, sentence, range), original, offset),
        cue: spanOf(range, original, offset),
      };
      const deadline = strength === 'taken' ? undefined : deadlineOf(plain, sentences, sentence, t, r.may, strength);
      if (deadline) detail.deadline = spanOf(deadline, original, offset);
      best.set(cue.flag, detail);
    }
  }
  if (money.length > 0 && money.every((m) => absorbed(m, disputes, text))) best.delete('compensation');
  for (const r of options.masked ?? []) {
    if (best.has('abuse')) break;
    plainCopy ??= plainOf(text);
    const sentence = sentenceAt(sentencesOf(plainCopy), r.start) ?? r;
    // A swear at a thing ("the f***ing printer… not your fault") is not aimed at anyone.
    if (tables.some((c) => c.tables.veto?.(plainCopy!, 'abuse', 'taken', r.start, sentence))) continue;
    best.set('abuse', {
      flag: 'abuse',
      strength: 'taken',
      sentence: spanOf(shownSentence(plainCopy, sentence, r), original, offset),
      cue: spanOf(r, original, offset),
    });
  }
  if (installedEscalationModel() === null) return finish(original);
  learned.plain = plainCopy ?? plainOf(text);
  learned.original = original;
  learned.offset = offset;
  learned.valence = options.valence;
  learnedLanguage = options.language;
  raiseLearned(best, learned);
  // The scorer's flags are taken back by a later retraction as the rules' are ("ok scratch what I said about Amex").
  if (retractions(learned.plain).length > 0) {
    for (const d of best.values()) {
      if (d.flag === 'harm') continue;
      const sentence = { start: d.sentence.start - offset, end: d.sentence.end - offset };
      if (takenBack(learned.plain, d.cue.start - offset, d.cue.end - offset, sentence, d.strength === 'taken'))
        best.delete(d.flag);
    }
  }
  // Not kept past the reading: a long message's text would stay alive until the next one.
  learned.plain = '';
  learned.original = '';
  return finish(original);
}

/** The reading's flags, strongest first, with the scratch emptied (the details belong to the caller now). */
function finish(original: string): EscalationDetail[] {
  const best = bestScratch;
  if (moneyScratch.length !== 0) moneyScratch.length = 0;
  if (disputeScratch.length !== 0) disputeScratch.length = 0;
  // Last, so it takes back what the rules and the learned scorer raised alike (cues/zh-vetoes.ts).
  for (const d of best.values()) if (vetoedZh(d.flag, d.sentence.text, original)) best.delete(d.flag);
  if (best.size === 0) return [];
  const out = orderDetails([...best.values()]);
  best.clear();
  return out;
}

/**
 * What the whole message says, for each cue read: the engine's valence, and whether the matter is over, read only
 * when a cue's clause asks (the pattern is long, and most cues are settled before it matters).
 */
class MessageFacts implements MessageReading {
  private bits = -1;
  private known = -1;
  insults = false;
  constructor(
    readonly valence: number,
    private readonly plain: string,
    private readonly t: LanguageCues,
  ) {}
  /** Which context patterns may match somewhere in the message (context-gate.ts). */
  may(): number {
    if (this.bits < 0) this.bits = contextBits(this.t, this.plain);
    return this.bits;
  }
  get resolved(): boolean {
    if (this.known < 0) this.known = (this.may() & RESOLVED) !== 0 && this.t.resolved.test(this.plain) ? 1 : 0;
    return this.known === 1;
  }
}

const bestScratch = new Map<EscalationFlag, EscalationDetail>();
const moneyScratch: Range[] = [];
const disputeScratch: Range[] = [];

/**
 * The learned model's view of the message being read: one object refilled for each, with functions made once.
 * Two closures made per message cost about as much as the model's whole sum under the evals' TypeScript runner
 * (it names every function it creates).
 */
let learnedLanguage: Language = 'und';
const learned: LearnedContext = {
  plain: '',
  original: '',
  offset: 0,
  valence: 0,
  tables: learnedTables,
  deadline: learnedDeadline,
};
function learnedTables(group: number): LanguageCues {
  return tablesOfGroup(group, learnedLanguage, learned.plain);
}
function learnedDeadline(
  sentence: Range,
  t: LanguageCues,
  sentences: readonly Range[],
  strength: EscalationStrength,
): Range | undefined {
  return deadlineOf(learned.plain, sentences, sentence, t, ALL, strength);
}

/** The rules' tables the learned model's flags are read with: English for Latin text, else the script's own. */
function tablesOfGroup(group: number, language: Language, plain: string): LanguageCues {
  if (group === 0) {
    en ??= compile(EN_CUES);
    return en.tables;
  }
  if (language === 'zh-Hant' || (language !== 'zh-Hans' && TRADITIONAL.test(plain))) {
    hant ??= compile(zhHantCues());
    return hant.tables;
  }
  hans ??= compile(ZH_HANS_CUES);
  return hans.tables;
}

/**
 * The closest match of `re` in the same sentence that starts or ends within `within` characters of
 * [start, end), not overlapping it.
 */
function nearest(
  text: string,
  sentence: Range,
  re: RegExp,
  start: number,
  end: number,
  within: number,
): Range | undefined {
  const from = Math.max(sentence.start, start - within - 12);
  const slice = text.slice(from, Math.min(sentence.end, end + within + 12));
  let found: Range | undefined;
  let gap = Number.POSITIVE_INFINITY;
  eachMatch(re, slice, (m) => {
    if (m[0].length === 0) return;
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < end && start < e) return;
    const d = e <= start ? start - e : s - end;
    if (d <= within && d < gap) {
      gap = d;
      found = { start: s, end: e };
    }
  });
  return found;
}

/**
 * The deadline of a cue's sentence, or, when it has none and opens on a consequence ("After that…", "Then…"),
 * that of the sentence before: "You have until Friday. After that it's the bank's problem." A threat also takes
 * the deadline that ends the sentence just before it, an ultimatum said in two steps ("Fix it by Monday. I'll be
 * going to the ombudsman.", "You have until 5pm. My next call is to my bank."). A sentence that points back ("by
 * then", 过了这天) takes the time named one or two sentences before, even alone ("Nov 30."); and an ultimatum up to
 * two sentences after the cue lends its limit ("…goes up on Twitter. You have till Monday.", 我给你们到周五).
 */
function deadlineOf(
  text: string,
  sentences: readonly Range[],
  sentence: Range,
  t: LanguageCues,
  may: number,
  strength?: EscalationStrength,
): Range | undefined {
  const own = deadlineIn(text, sentence, t, may);
  if (own || !t.consequenceOpener) return own;
  const i = sentences.indexOf(sentence);
  if (i < 0) return undefined;
  const said = text.slice(sentence.start, sentence.end);
  // "If it isn't installed by then, …": the time was named a sentence or two before, often on its own ("Nov 30.").
  if (t.deadlineBack?.test(said)) {
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const back = deadlineIn(text, sentences[j]!, t) ?? bareDeadline(text, sentences[j]!, t);
      if (back) return back;
    }
  }
  // The limit set just after the threat, or one sentence later: "…goes up on Twitter. You have till Monday."
  for (let j = i + 1; j < sentences.length && j <= i + 2 && t.ultimatumAfter; j++) {
    const next = sentences[j]!;
    if (!t.ultimatumAfter.test(text.slice(next.start, next.end))) continue;
    const after = deadlineIn(text, next, t);
    if (after) return after;
  }
  if (i === 0) return undefined;
  const consequence = t.consequenceOpener.test(said);
  // The sentence before is read only when it can lend its deadline: this one opens on a consequence, or threatens.
  if (!consequence && strength !== 'threatened') return undefined;
  const before = deadlineIn(text, sentences[i - 1]!, t);
  if (consequence) return before;
  if (!before) return undefined;
  const prev = text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end);
  const tail = text.slice(before.end, sentences[i - 1]!.end);
  return ULTIMATUM_END.test(tail) && (t.demand.test(prev) || ULTIMATUM.test(prev)) && !REPORTED.test(prev)
    ? before
    : undefined;
}

// The sentence before a threat that lends it its deadline: one ending on the deadline, that asks or sets a limit
// ("Fix it by Monday.", "You have until 5pm."), not one that reports a promise ("I was told by Friday.").
const ULTIMATUM_END = /^[\s.!,;:)]*(?:at the latest|latest)?[\s.!,;:)]*$/;
const ULTIMATUM =
  /^\s*(?:you(?:'ve| have)(?: got)?|(?:fix|sort|resolve|return|repair|replace|respond|reply|answer|send|call|ring|refund|pay|deliver)\b)/;
const REPORTED = /\b(?:was|were|been) (?:told|promised|assured|quoted)|\bpromised\b|\bsaid\b|\bwould\b/;

/** A sentence that is nothing but a time ("Nov 30.", "Friday 5pm."), the whole of it less its closing marks. */
function bareDeadline(text: string, sentence: Range, t: LanguageCues): Range | undefined {
  if (!t.deadlineBare) return undefined;
  const m = t.deadlineBare.exec(text.slice(sentence.start, sentence.end));
  if (!m || m[1] === undefined) return undefined;
  const start = sentence.start + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** `may`: which context patterns may match in the sentence (context-gate.ts), when the caller knows. */
function deadlineIn(text: string, sentence: Range, t: LanguageCues, may = ALL): Range | undefined {
  const s = text.slice(sentence.start, sentence.end);
  const m =
    ((may & DEADLINE) !== 0 ? s.match(t.deadline) : null) ??
    (t.deadlineLoose && (may & DEADLINE_LOOSE) !== 0 ? s.match(t.deadlineLoose) : null);
  if (!m || m.index === undefined) return undefined;
  return { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
}

/** The flag names in the shared order, for `MessageAnalysis.escalation`. */
export function flagsOf(details: readonly EscalationDetail[]): EscalationFlag[] {
  const out: EscalationFlag[] = [];
  for (const f of ESCALATION_FLAGS) {
    for (const d of details) {
      if (d.flag === f) {
        out.push(f);
        break;
      }
    }
  }
  return out;
}
