import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { sentencesOf } from '@/lib/analysis/escalation/clauses';

interface Case {
  text: string;
  flags: Record<string, string>;
}

const dir = join(__dirname, '..', '..', 'fixtures', 'escalation');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function score(cases: Case[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const got = new Set(analyzeMessage(c.text).escalation as string[]);
    for (const f of Object.keys(c.flags)) got.has(f) ? tp++ : fn++;
    for (const f of got) if (!(f in c.flags)) fp++;
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

// Tuned sets must stay at the targets; the last fresh set, scored once blind, keeps its blind figures as floors
// (README, Accuracy), so a change that loses ground on unseen text fails here. fresh12 was scored blind after
// the round-10 passes (fresh10, fresh11) and then tuned on, so it sits above these. fresh13 (written by someone
// who had not seen the cue lists) is scored blind and not tuned on.
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'fresh12-en.json': { precision: 0.91, recall: 0.65 },
  'fresh12-zh-hans.json': { precision: 0.95, recall: 0.62 },
  'fresh12-zh-hant.json': { precision: 0.95, recall: 0.62 },
  'fresh13-en.json': { precision: 0.82, recall: 0.75 },
  'fresh13-zh-hans.json': { precision: 0.89, recall: 0.91 },
  'fresh13-zh-hant.json': { precision: 0.89, recall: 0.85 },
  // fresh14 (60 per language, written by someone who had not seen the cue lists) was scored once, blind, at the
  // start of the eighth session: rules alone en 0.941/0.800, 简 0.973/0.878, 繁 0.933/0.683 (rules + model
  // en 0.943/0.825, 简 0.973/0.878, 繁 0.941/0.780). These floors keep those blind figures while it is tuned on.
  // en was then tuned on by families (esc-en, round 14): rules alone 1.000/0.950.
  'fresh14-en.json': { precision: 0.97, recall: 0.93 },
  'fresh14-zh-hans.json': { precision: 0.97, recall: 0.87 },
  'fresh14-zh-hant.json': { precision: 0.93, recall: 0.68 },
  // fresh15 (60 per language, a new writer, scenarios differing per language) was scored once, blind, on the
  // eighth session's merged rules and model: rules alone en 0.943/0.750, 简 0.971/0.850, 繁 0.897/0.814
  // (rules + model en 0.943/0.750, 简 0.947/0.900, 繁 0.902/0.860). It is not tuned on; these are its floors.
  'fresh15-en.json': { precision: 0.94, recall: 0.75 },
  'fresh15-zh-hans.json': { precision: 0.97, recall: 0.85 },
  'fresh15-zh-hant.json': { precision: 0.89, recall: 0.81 },
  // fresh16 (60 per language, a new writer asked for at least 8 intents per file with no obvious keyword) was
  // scored once, blind, at the start of the ninth session: rules alone en 0.919/0.708, 简 0.941/0.667,
  // 繁 0.923/0.500 (rules + model en 0.897/0.729, 简 0.946/0.729, 繁 0.926/0.521). Tuned on after that; these
  // floors keep the blind figures.
  'fresh16-en.json': { precision: 0.89, recall: 0.7 },
  'fresh16-zh-hans.json': { precision: 0.94, recall: 0.66 },
  'fresh16-zh-hant.json': { precision: 0.92, recall: 0.5 },
  // corpus1 (300 English messages, written blind this session as training data, weighted toward intents with no
  // obvious keyword) read rules alone 0.851/0.407 and rules + model 0.863/0.451 when it arrived.
  'corpus1-en.json': { precision: 0.85, recall: 0.4 },
  // corpus2 (250 English messages, written blind this session as training data: a typical inbox on a bad week)
  // read rules alone 0.962/0.612 and rules + model 0.963/0.630 when it arrived.
  'corpus2-en.json': { precision: 0.96, recall: 0.61 },
  // corpus1-zh (200 per script, written blind this session as training data, weighted like corpus1-en) read
  // rules alone 简 0.928/0.542, 繁 0.953/0.513 (rules + model 0.923/0.610, 0.947/0.597) when it arrived.
  'corpus1-zh-hans.json': { precision: 0.92, recall: 0.54 },
  'corpus1-zh-hant.json': { precision: 0.94, recall: 0.51 },
  // corpus3 (250 English chat and messaging lines, written blind this session as training data) read rules alone
  // 0.903/0.556 and rules + model 0.893/0.609 when it arrived.
  'corpus3-en.json': { precision: 0.89, recall: 0.55 },
  // corpus2-zh (200 per script, written blind this session as training data: a typical inbox) read rules alone
  // 简 0.903/0.660, 繁 0.848/0.561 (rules + model 0.897/0.681, 0.854/0.590) when it arrived.
  'corpus2-zh-hans.json': { precision: 0.89, recall: 0.65 },
  'corpus2-zh-hant.json': { precision: 0.84, recall: 0.56 },
  // round13 (written without the cue lists) scored the rules blind at en 0.896/0.531, 简 0.893/0.642,
  // 繁 0.925/0.559; the rules were then tuned on it by families of wording, and these are the tuned figures.
  'round13-en.json': { precision: 0.99, recall: 0.97 },
  'round13-zh-hans.json': { precision: 0.98, recall: 0.96 },
  'round13-zh-hant.json': { precision: 0.98, recall: 0.94 },
};
const TARGET = { precision: 0.95, recall: 0.9 };

describe('escalation sets', () => {
  test('every set has at least 50 messages, and the tuning sets 150 with 40% trigger words without intent', () => {
    for (const f of files) {
      const cases = JSON.parse(readFileSync(join(dir, f), 'utf8')).cases as (Case & { trap?: boolean })[];
      expect(cases.length, f).toBeGreaterThanOrEqual(50);
      if (/^(?:en|zh-hans|zh-hant)\.json$/.test(f)) {
        expect(cases.length, f).toBeGreaterThanOrEqual(150);
        expect(cases.filter((c) => c.trap).length / cases.length, f).toBeGreaterThanOrEqual(0.4);
      }
    }
  });

  test.each(files)('%s holds its precision and recall', (f) => {
    const { precision, recall } = score(JSON.parse(readFileSync(join(dir, f), 'utf8')).cases);
    const floor = FLOORS[f] ?? TARGET;
    expect(precision).toBeGreaterThanOrEqual(floor.precision);
    expect(recall).toBeGreaterThanOrEqual(floor.recall);
  });
});

describe('sentences', () => {
  test('a list stays with the sentence that introduces it; decimals and domains do not end one', () => {
    const text = 'Please confirm:\n1. the charge,\n2. the refund amount.\nIt was $40.00 on x.com. Thanks!';
    expect(sentencesOf(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Please confirm:\n1. the charge,\n2. the refund amount.',
      'It was $40.00 on x.com.',
      'Thanks!',
    ]);
  });

  test('Chinese sentence ends', () => {
    const text = '我要退款！你们到底管不管？谢谢。';
    expect(sentencesOf(text).map((r) => text.slice(r.start, r.end))).toEqual([
      '我要退款！',
      '你们到底管不管？',
      '谢谢。',
    ]);
  });
});
