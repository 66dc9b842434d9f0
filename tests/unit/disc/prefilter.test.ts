import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EN_RULES } from '@/lib/disc/lexicon/en';
import { ZH_HANS_RULES } from '@/lib/disc/lexicon/zh-hans';
import { ZH_HANT_RULES } from '@/lib/disc/lexicon/zh-hant';
import { requiredScript } from '@/lib/disc/needs';
import { listStarts, neededStrings, startStrings } from '@/lib/disc/prefix';
import { StartIndex } from '@/lib/disc/starts';
import { hostileText, SEED } from '../fuzz/hostile';

// The pre-checks only skip work. A rule with start strings is tried only where they occur, so every match
// of its regex must start at one of those places; a rule with needles is skipped when none occurs, so a
// text it matches must hold one; and the script the index reports must be the one the text has.

const RULES = [...EN_RULES, ...ZH_HANS_RULES, ...ZH_HANT_RULES];

/** What the index must report of a text: Han in it; "plain" when no surrogate, Kelvin sign or long s is. */
function scriptsOf(text: string): { han: boolean; plain: boolean } {
  return { han: /[\u2e80-\u9fff\uf900-\ufaff]/.test(text), plain: !/[\ud800-\udfff\u212a\u017f]/.test(text) };
}
const index = new StartIndex(RULES);

function matchStarts(text: string, i: number): number[] {
  const re = RULES[i]!.pattern;
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0]) out.push(m.index);
    else re.lastIndex++;
  }
  return out;
}

function check(text: string): void {
  index.scan(text);
  const scripts = scriptsOf(text);
  const active = new Set(index.active.subarray(0, index.activeCount));
  expect([...active], 'active rules ascending').toEqual([...active].sort((a, b) => a - b));
  expect(index.han, text.slice(0, 80)).toBe(scripts.han);
  expect(index.plain, text.slice(0, 80)).toBe(scripts.plain);
  for (let i = 0; i < RULES.length; i++) {
    const r = RULES[i]!;
    const starts = matchStarts(text, i);
    if (starts.length === 0) continue;
    const where = `${r.cue} ${r.pattern.source.slice(0, 40)} on ${text.slice(0, 80)}`;
    expect(active.has(i), where).toBe(true);
    if (r.starts !== null) {
      expect(index.firstPlace[i], where).toBeLessThanOrEqual(starts[0]!);
      const places = new Set(index.positions.subarray(index.begin[i]!, index.end[i]!));
      if (!index.dense[i]) for (const at of starts) expect(places.has(at), `${where} at ${at}`).toBe(true);
    } else if (r.needles === null && r.needs === 'han') expect(index.han, where).toBe(true);
  }
}

/** Every customer message in the DISC and intensity fixtures. */
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

function allMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (!m[0]) re.lastIndex++;
  }
  return out;
}

/** On plain text (BMP only, no Kelvin sign or long s) a rule's fast form finds exactly what its u form finds. */
function fastMismatches(text: string): string[] {
  if (!scriptsOf(text).plain) return [];
  const out: string[] = [];
  for (const r of RULES) {
    if (r.fast && allMatches(r.fast, text).join('|') !== allMatches(r.pattern, text).join('|')) {
      out.push(`${r.cue} on ${text.slice(0, 60)}`);
    }
  }
  return out;
}

describe('fast (no u flag) forms match like the u forms on plain text', () => {
  test('most rules have one', () => {
    expect(RULES.filter((r) => r.fast !== null).length / RULES.length).toBeGreaterThan(0.9);
  });

  test('on every fixture message, case flipped too', () => {
    const bad = fixtureTexts().flatMap((t) => [...fastMismatches(t), ...fastMismatches(t.toUpperCase())]);
    expect(bad).toEqual([]);
  });

  test('text with a Kelvin sign, a long s or an emoji is not plain', () => {
    for (const t of ['\u212Aeep', 'ſend it', 'ok 😀']) {
      index.scan(t);
      expect(index.plain).toBe(false);
    }
    index.scan('Send it today, 马上');
    expect(index.plain).toBe(true);
  });
});

describe('rule pre-checks never skip a rule that matches', () => {
  test('most rules are tried only where they can start, and every rule has some pre-check', () => {
    expect(RULES.filter((r) => r.starts !== null).length / RULES.length).toBeGreaterThan(0.9);
    expect(RULES.filter((r) => r.starts === null && r.needles === null && r.needs === null)).toEqual([]);
  });

  test('the places found for each rule are sorted and distinct', () => {
    index.scan('Refund it today, today! 今天之前退款 今天今天 order #AB12345678 ~~');
    for (const i of index.active.subarray(0, index.activeCount)) {
      const places = [...index.positions.subarray(index.begin[i]!, index.end[i]!)];
      expect(places).toEqual([...new Set(places)].sort((a, b) => a - b));
    }
  });

  test('on every fixture message, and on each with its case flipped', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(1000);
    for (const t of texts) {
      check(t);
      check(t.toUpperCase());
    }
  });

  test('on random mixes of the rules’ own words', () => {
    // Pieces cut from the patterns' literal runs hit the rules far more often than random text does.
    const pieces = [
      ...new Set(RULES.flatMap((r) => r.pattern.source.split(/[\\()[\]|?*+{}^$]+/).filter((p) => p.length >= 2))),
    ];
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(' ', '. ', '!', '?', '\n', '，', '。', 'K', 'ſ', '123456789'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        check(t);
        check(t.toUpperCase());
        expect(fastMismatches(t)).toEqual([]);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  test('on long texts, where a rule with many places is scanned from its first', () => {
    for (const unit of ['1234567890', '12.5 3/4 10:30 ', 'asap now today ', '今天马上退款 ', 'order #A1234567 ']) {
      check(`x ${unit.repeat(400)}`);
    }
  });

  test('on hostile text', () => {
    fc.assert(
      fc.property(hostileText, (t) => check(t)),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('the script check reads sources right', () => {
    expect(requiredScript('退款|取消')).toBe('han');
    expect(requiredScript('\\b(?:refund|cancel)\\b')).toBe('latin');
    expect(requiredScript('订单号|[A-Z]{0,4}\\d{8,}')).toBeNull();
    expect(requiredScript('(?:退)?\\d+')).toBe('digit');
    expect(requiredScript('(?:退)?\\d*')).toBeNull();
    expect(requiredScript('#[A-Z0-9-]{4,}')).toBeNull();
  });

  test('patterns too open to list have no pre-check', () => {
    expect(startStrings('.+')).toBeNull();
    expect(startStrings('\\w+ing')).toBeNull();
    expect(startStrings('(.)\\1')).toBeNull();
    expect(startStrings('a|b?')).toBeNull();
  });

  test('start strings are read from the source, up to 8 characters, folded', () => {
    expect(startStrings('\\b(?:ASAP|right now)\\b')?.sort()).toEqual(['asap', 'right no']);
    // A listed string stops where the pattern turns open; the part before is still how every match begins.
    expect(startStrings('(?:is|are) \\w+')?.sort()).toEqual(['are ', 'is ']);
    // An escaped "-" in a class is a character, not a range (年 must be listed).
    expect(startStrings('\\d{4}[年\\-/.]')?.sort()).toEqual(['0000-', '0000.', '0000/', '0000年']);
  });

  test('word starts: after \\b (on a word character), ^ or a lookbehind that ends off a word', () => {
    const word = (source: string) => listStarts(source)?.wordStarts.sort();
    expect(word('\\b(?:ASAP|right now)\\b')).toEqual(['asap', 'right no']);
    expect(word('(?<=^|[.!?;:,\\n]\\s*)(?:just )?(?:fix|send)')).toEqual(['fix', 'just fix', 'just sen', 'send']);
    expect(word('(?<=\\band )(?:fix|send)')).toEqual(['fix', 'send']);
    // \\b before a symbol, a lookbehind that may end on a letter, or one alternative without \\b: anywhere.
    expect(word('\\b#\\d{3}')).toEqual([]);
    expect(word('(?<=a\\s?)fix')).toEqual([]);
    expect(word('(?<![\\w/])(?::-?\\))')).toEqual([]);
    expect(word('\\bfix|fix')).toEqual([]);
    expect(word('\\bfix|\\bsend|send')).toEqual(['fix']);
  });

  test('a word-start place is found at the start, after spaces and punctuation, and not inside a word', () => {
    const i = RULES.findIndex((r) => r.wordStarts?.includes('asap'));
    expect(i).toBeGreaterThanOrEqual(0);
    index.scan('asap, ASAP!asap xasap 1asap _asap é asap');
    const places = [...index.positions.subarray(index.begin[i]!, index.end[i]!)];
    expect(places).toEqual([0, 6, 11, 36]);
  });

  test('needles are what every match holds, even when its start is open', () => {
    expect(neededStrings('[A-Z]{0,4}\\d{8,}')).toEqual(['00000000']);
    expect(neededStrings('订单号|[A-Z]{0,4}\\d{8,}')?.sort()).toEqual(['00000000', '订单号']);
    expect(neededStrings('.+')).toBeNull();
  });
});
