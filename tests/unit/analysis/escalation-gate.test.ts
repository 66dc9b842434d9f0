import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { setAnchorGate } from '@/lib/analysis/escalation';
import { alternativesOf, anchorIndex, anchorsOf, clausesOf } from '@/lib/analysis/escalation/anchors';

describe('anchors read off a pattern', () => {
  test('a literal run, the best part of a sequence, every branch of an alternation', () => {
    expect(anchorsOf('\\brefunds?\\b')).toEqual(['refunds', 'refund']);
    expect(anchorsOf('\\b(?:sue|suing)\\b|\\blawsuit\\b')).toEqual(['sue', 'suing', 'lawsuit']);
    expect(anchorsOf('\\bi\\s+(?:want|need) a manager')).toEqual(['want a manager', 'need a manager']);
  });
  test('a few listed characters or an optional part join the run as spellings', () => {
    expect(anchorsOf('\\bsh[i*]t\\b')).toEqual(['shit', 'sh*t']);
    expect(anchorsOf("\\bi'?ll\\b")).toEqual(["i'll", 'ill']);
  });
  test('nothing certain: an optional part, a class, a lookaround, a branch without a literal', () => {
    expect(anchorsOf('(?:abc)?\\w+')).toBeNull();
    expect(anchorsOf('[a-z]+')).toBeNull();
    expect(anchorsOf('(?=abc)\\w')).toBeNull();
    expect(anchorsOf('abc|\\d+')).toBeNull();
  });
  test('every set a match needs, most selective first: short runs join, longer ones stay separate sets', () => {
    expect(clausesOf('\\b(?:his|her) (?:neck|face)\\b')).toEqual([['his neck', 'his face', 'her neck', 'her face']]);
    expect(clausesOf('把(?:我的)?(?:卡|账号)(?:销|停)(?:了|掉)')[1]).toEqual(['了', '掉']);
    // Too many spellings to join: the pronoun and the body part are each needed.
    const body = clausesOf('\\b(?:his|her|their|your|someone) (?:legs?|neck|face|jaw|nose)\\b');
    expect(body).toHaveLength(2);
    expect(body).toEqual(
      expect.arrayContaining([
        ['legs', 'leg', 'neck', 'face', 'jaw', 'nose'],
        ['his ', 'her ', 'their ', 'your ', 'someone '],
      ]),
    );
  });
  test('a pair is live only when both parts may occur, and is gated on the rarer part', () => {
    const idx = anchorIndex([['\\b(?:sue|court)\\b', '\\b(?:lawyer|solicitor)s?\\b']]);
    const live = new Uint8Array(1);
    expect(idx.mark('my lawyer says hello', live)).toBe(0);
    expect(idx.mark('see you in court', live)).toBe(0);
    expect(idx.mark('my lawyer will see you in court', live)).toBe(1);
    // "i" is in nearly every English message: the rare word names the pair a candidate, and only then is "i"
    // looked for, so a text without it is still ruled out.
    const common = anchorIndex([['\\b(?:we|i)\\b', '\\b(?:lawyer|solicitor)s?\\b']]);
    expect(common.mark('i think we are fine', live)).toBe(0);
    expect(common.mark('a lawyer', live)).toBe(0);
    expect(common.mark('i have a lawyer', live)).toBe(1);
    const body = anchorIndex(['\\b(?:his|her) (?:neck|face)\\b']);
    expect(body.mark('her order arrived', live)).toBe(0);
    expect(body.mark('in her face', live)).toBe(1);
  });
  test('each top-level alternative is gated on every set it needs, not on the union of their best sets', () => {
    const idx = anchorIndex(['\\bsue you\\b[^.]*\\bcourt\\b|\\bmy lawyer\\b[^.]*\\bletter\\b']);
    const live = new Uint8Array(1);
    // Each alternative's first word occurs, but neither alternative has both of its own.
    expect(idx.mark('i will sue you over this letter', live)).toBe(0);
    expect(idx.mark('my lawyer is in court', live)).toBe(0);
    expect(idx.mark('my lawyer will send a letter', live)).toBe(1);
  });
  test('names the one alternative that may match, when only one may', () => {
    const src = '\\bsue you\\b|\\bmy lawyer\\b|\\bsmall claims court\\b';
    expect(alternativesOf(src)).toEqual(['\\bsue you\\b', '\\bmy lawyer\\b', '\\bsmall claims court\\b']);
    // A backreference may name another alternative's group: such a source is not split.
    expect(alternativesOf('(a)|\\1b')).toEqual(['(a)|\\1b']);
    const idx = anchorIndex([src]);
    const live = new Uint8Array(1);
    expect(idx.mark('my lawyer says hi', live)).toBe(1);
    expect(idx.alternative(0)).toBe(1);
    expect(idx.mark('my lawyer will see you in small claims court', live)).toBe(1);
    expect(idx.alternative(0)).toBe(-1);
    expect(idx.mark('nothing here', live)).toBe(0);
    expect(idx.alternative(0)).toBe(-1);
  });
  test('the text is read as the plain text: capitals lowered, curly apostrophes straight', () => {
    const idx = anchorIndex(["\\bi'll sue\\b", '\\bmy lawyer\\b[^.]*\\bcourt\\b']);
    const live = new Uint8Array(2);
    expect(idx.mark('I’ll SUE', live)).toBe(1);
    expect(idx.mark('MY LAWYER, IN COURT', live)).toBe(1);
    expect([...live]).toEqual([0, 1]);
  });
  test('the index marks a pattern live when a literal it needs is a prefix of a longer one found there', () => {
    const idx = anchorIndex(['you ', 'you people', '\\d+']);
    const live = new Uint8Array(3);
    expect(idx.mark('you people are', live)).toBe(3);
    expect(idx.mark('youth', live)).toBe(1);
    expect([...live]).toEqual([0, 0, 1]);
  });
});

// The gate must only skip work: every escalation fixture (and the dev rows, when this machine has them) reads
// the same with it off and on.
const fixtures = join(__dirname, '..', '..', 'fixtures', 'escalation');
const texts: string[] = [];
for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.json'))) {
  const set = JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { cases: { text: string }[] };
  for (const c of set.cases) texts.push(c.text);
}
// The dev rows sit beside the checkout (../shared) or beside the worktrees folder (../../shared).
const root = join(__dirname, '..', '..', '..');
const dev = [
  process.env.HEARTLINE_EVAL_DIR,
  join(root, '..', 'shared', 'eval', 'dev'),
  join(root, '..', '..', 'shared', 'eval', 'dev'),
].find((d) => d && existsSync(d));
if (dev)
  for (const f of readdirSync(dev).filter((x) => x.endsWith('.tsv')))
    for (const line of readFileSync(join(dev, f), 'utf8').split('\n').slice(1))
      if (line) texts.push(line.split('\t')[0]!);

describe('anchor gate', () => {
  afterAll(() => setAnchorGate(true));
  test(`changes no escalation result (${texts.length} messages)`, () => {
    expect(texts.length).toBeGreaterThan(dev ? 4000 : 900);
    const differ: string[] = [];
    for (const t of texts) {
      setAnchorGate(false);
      const off = analyzeMessage(t);
      setAnchorGate(true);
      const on = analyzeMessage(t);
      if (
        JSON.stringify([off.escalation, off.escalationDetail]) !== JSON.stringify([on.escalation, on.escalationDetail])
      )
        differ.push(t);
    }
    expect(differ).toEqual([]);
    // The whole analysis twice over every fixture and dev message: on the shared two-core machine under load this
    // took over 120 s with the eighteenth session's 1,920 new fixture messages and over 300 s at load 9 with the
    // nineteenth's 1,320 more, and a timeout here says nothing about the gate.
  }, 900_000);
});
