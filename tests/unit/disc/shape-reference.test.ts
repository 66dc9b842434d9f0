import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { added, ruleCap } from '@/lib/disc/caps';
import { shapeCues } from '@/lib/disc/structure';
import type { DiscCue, DiscStyle } from '@/lib/types';
import { SEED } from '../fuzz/hostile';

// shapeCues reads a message in one pass over a table of character classes and stops collecting a repeated cue
// once it can add nothing. This is the plain definition it must agree with: regexes over the whole text, every
// match collected, sentences split by a regex. Both lists go through the same caps, and the cues that still
// add something must be the same, in the same order.

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
const EXCLAMATION = /[!！]+/g;
const FIGURE = /\d+(?:[.,:/-]\d+)*/g;
const EITHER_OR_EN =
  /\b(?:is|are|was|were|does|do|did|will|would|should|can) (?:it|that|this|they|these|the(?: [\w-]+){1,3}|an? [\w-]+)\b[^?.!\n]{1,60}?\bor\b(?! not\b)[^?.!\n]{1,60}\?/gi;
const EITHER_OR_ZH = /[^。!！?？\n]{1,30}?(?:还是|還是)([^,，。!！?？\n]{1,25})[?？]/g;
const QUOTE = /(?<![A-Za-z])'[^'\n]{3,60}'(?![A-Za-z])|"[^"\n]{3,60}"|“[^”\n]{2,60}”|「[^」\n]{2,60}」|‘[^’\n]{3,60}’/g;
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)、]|[-•*·][ \t]|[（(]\d{1,2}[)）]|[①-⑩]|第[一二三四五六七八九十]+[，,、:：])/gmu;
const SENTENCE_END = /[.!?。！？;；\n]+/g;
const GREETING = /^\s*(?:hi|hello|dear|good (?:morning|afternoon|evening)|您好|你好|早上好|午安|早安)(?![a-z])/iu;
const SIGN_OFF =
  /(?:thanks? (?:you )?in advance|kind regards|best regards|best wishes|many thanks|thank you(?: (?:very|so) much)?|谢谢|謝謝|感谢|感謝|祝好|順頌商祺)[\s!！.。,，~～]*$/iu;
const ACKNOWLEDGEMENT =
  /^\s*(?:ok(?:ay)?|sure|yes|no|thanks?(?: you)?|got it|great|fine|alright|好的?|嗯+|收到|谢谢|謝謝|可以|行|對|对|是的?)[\s!！.。,，~～]*(?:thanks?(?: you)?|谢谢|謝謝)?[\s!！.。,，~～]*$/iu;

interface Span {
  start: number;
  end: number;
}
type Cue = Pick<DiscCue, 'style' | 'cue' | 'weight' | 'start' | 'end'>;

function trim(text: string, start: number, end: number): Span {
  const inner = text.slice(start, end);
  const lead = inner.length - inner.trimStart().length;
  return inner.trim() ? { start: start + lead, end: start + lead + inner.trim().length } : { start: end, end };
}

function units(text: string): number {
  const latin = text.match(/[0-9A-Za-z']+/g)?.length ?? 0;
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return latin + cjk / 1.6;
}

function sentences(text: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (text.slice(last, m.index).trim()) out.push(trim(text, last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (text.slice(last).trim()) out.push(trim(text, last, text.length));
  return out;
}

function all(text: string, re: RegExp, style: DiscStyle, cue: string, weight: number): Cue[] {
  return [...text.matchAll(re)]
    .filter((m) => m[0])
    .map((m) => ({ style, cue, weight, start: m.index, end: m.index + m[0].length }));
}

function reference(text: string, lexical: ReadonlySet<DiscStyle>): Cue[] {
  const out: Cue[] = [];
  const whole = trim(text, 0, text.length);
  if (whole.start === whole.end) return out;
  const n = units(text);
  const parts = sentences(text);
  const ack = whole.end - whole.start <= 60 && ACKNOWLEDGEMENT.test(text);
  if (!ack && !['I', 'S', 'C'].some((s) => lexical.has(s as DiscStyle)) && n <= 12 && !GREETING.test(text))
    out.push({ style: 'D', cue: 'short-message', weight: 0.8, ...whole });
  if (parts.length >= 3) {
    const sum = parts.reduce((a, s) => a + units(text.slice(s.start, s.end)), 0);
    if (sum / parts.length <= 4 && !lexical.has('S') && !lexical.has('I'))
      out.push({ style: 'D', cue: 'terse-sentences', weight: 0.8, ...whole });
  }
  out.push(...all(text, EMOJI, 'I', 'emoji', 1.0), ...all(text, EXCLAMATION, 'I', 'exclamation', 0.4));
  const greeting = text.match(GREETING);
  if (greeting?.index !== undefined && greeting[0].trim()) {
    const start = greeting.index + greeting[0].search(/\S/);
    out.push({ style: 'S', cue: 'greeting', weight: 0.3, start, end: greeting.index + greeting[0].length });
  }
  if (n > 6) {
    const tail = text.replace(/[\s!！.。,，~～]+$/, '').length;
    const from = Math.max(0, tail - 40);
    const signOff = text.slice(from).match(SIGN_OFF);
    if (signOff?.index !== undefined) {
      const start = from + signOff.index;
      out.push({ style: 'S', cue: 'sign-off', weight: 0.4, start, end: start + signOff[0].length });
    }
  }
  out.push(...all(text, LIST_ITEM, 'C', 'list', 0.8).map((c) => ({ ...c, ...trim(text, c.start, c.end) })));
  const figures = all(text, FIGURE, 'C', 'figure', 0.25);
  if (figures.length >= 2) out.push(...figures);
  out.push(...all(text, EITHER_OR_EN, 'C', 'either-or', 1.0));
  for (const m of text.matchAll(EITHER_OR_ZH)) {
    if (/^[不没沒]/.test(m[1] ?? '') || /^\s*(?:我|要我)/.test(m[0])) continue;
    out.push({ style: 'C', cue: 'either-or', weight: 1.0, start: m.index, end: m.index + m[0].length });
  }
  out.push(...all(text, QUOTE, 'C', 'quote', 0.8));
  const marks = [...text.matchAll(/[?？]/g)].map((m) => m.index);
  if (marks.length >= 3) {
    const first = marks[0]!;
    const from = parts.find((s) => s.end > first)?.start ?? first;
    out.push({ style: 'C', cue: 'many-questions', weight: 0.8, start: from, end: marks[marks.length - 1]! + 1 });
  }
  return out;
}

/** The cues that add to the score, as scoreMessage picks them. */
function adding(cues: readonly Cue[]): string[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.weight - a.weight);
  const heaviest = new Map<string, number>();
  for (const c of sorted)
    heaviest.set(`${c.style}:${c.cue}`, Math.max(heaviest.get(`${c.style}:${c.cue}`) ?? 0, c.weight));
  const used = new Map<string, number>();
  const out: string[] = [];
  for (const c of sorted) {
    const key = `${c.style}:${c.cue}`;
    const add = added(c.weight, ruleCap(c.cue, heaviest.get(key)!), used.get(key) ?? 0);
    if (add <= 0) continue;
    used.set(key, (used.get(key) ?? 0) + add);
    out.push(`${key} ${c.weight} ${c.start}-${c.end}`);
  }
  return out;
}

const BITS: Record<DiscStyle, number> = { D: 1, I: 2, S: 4, C: 8 };
const STYLES: DiscStyle[] = ['D', 'I', 'S', 'C'];

function compare(text: string, styles: number): void {
  const lexical = new Set(STYLES.filter((s) => styles & BITS[s]));
  const out: DiscCue[] = [];
  shapeCues(text, styles, 0, out, null);
  expect(adding(out), JSON.stringify(text.slice(0, 120))).toEqual(adding(reference(text, lexical)));
}

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const sub of ['disc', 'intensity']) {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', sub);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{
        text?: string;
        messages?: Array<{ text: string }>;
      }>;
      for (const item of data) {
        if (item.text) out.push(item.text);
        for (const m of item.messages ?? []) out.push(m.text);
      }
    }
  }
  return out;
}

const PIECES = [
  ...'ao r.!?。！？;；\n\r\t 1234:/-•*·（()）①⑩第一，、"\'“”「」‘’©☀x',
  '😀',
  '👍🏽',
  '\ud83d',
  '\u2028',
  '\u3000',
  '还是',
  '還是',
  '不',
  '我',
  '您好',
  'hi ',
  'Hello',
  'Good morning',
  'thanks',
  'Thank you so much',
  'kind regards',
  '谢谢',
  'ok',
  '嗯',
  'is it ',
  ' or ',
  'OR',
  'per user',
  'the plan',
  '12.5',
  '2023-09-01',
  '\n1. ',
  '\n- ',
  '\n  * ',
];

describe('the one-pass shape reading agrees with the plain definition', () => {
  test('on every fixture message, with each set of styles already read from words', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(1000);
    for (const t of texts) for (const styles of [0, 1, 2, 4, 8, 15]) compare(t, styles);
  });

  test('on random mixes of the characters and phrases it reads', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(15), (parts, styles) =>
        compare(parts.join(''), styles),
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  test('on long runs, where repeated cues stop being collected', () => {
    for (const unit of ['!?', '😀', '1. a\n', '"quoted text" ', 'is it A or B? ', '是月付还是年付？', '12 34 ']) {
      compare(unit.repeat(3000), 0);
    }
  });
});
