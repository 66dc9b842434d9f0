import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { type Candidate, installEscalationModel, setEscalationProbe } from '@/lib/analysis/escalation';
import { decodeEscalationModel, type EscalationModel } from '@/lib/analysis/escalation/learned/model';
import { EXPLAINED_MIN, SURE_MESSAGE_MIN, SURE_SENTENCE } from '@/lib/analysis/escalation/learned/raise';
import { ESCALATION_FLAGS, type EscalationFlag } from '@/lib/types';
import { foldTable } from '../../../scripts/train/data';
import { trainModel } from '../../../scripts/train-escalation/loro';
import { featurize, scoreDecoded } from '../../../scripts/train-escalation/sgd';
import { TINY } from './fixture';

const HEADS = [...ESCALATION_FLAGS];
const FOLD = foldTable();
const OPTIONS = {
  seed: 3,
  epochs: 30,
  learningRate: 0.2,
  l2: 1e-5,
  biasMax: 0,
  sentenceWeight: 1,
  crossWeight: 3,
};
const THRESHOLD = 0.6;

function tiny(): Uint8Array {
  return trainModel(TINY, HEADS, FOLD, OPTIONS, [THRESHOLD, THRESHOLD], 'test', 0);
}

/** Every head's run-time reading of `text` (score, and the detail it would raise or null when vetoed). */
function heads(text: string): Map<EscalationFlag, Candidate> {
  const out = new Map<EscalationFlag, Candidate>();
  setEscalationProbe((cands) => {
    for (const c of cands) out.set(c.flag, c);
  });
  analyzeMessage(text);
  setEscalationProbe(null);
  return out;
}

afterEach(() => {
  installEscalationModel(null);
  setEscalationProbe(null);
});

describe('escalation model training on a tiny fixture', () => {
  test('is deterministic: the same rows give the same bytes', () => {
    const a = createHash('sha256').update(tiny()).digest('hex');
    const b = createHash('sha256').update(tiny()).digest('hex');
    expect(a).toBe(b);
  });

  test('a loaded model scores every row as training scored it', () => {
    const model = decodeEscalationModel(tiny());
    const data = featurize(TINY, HEADS, model.fold);
    const want = new Float64Array(HEADS.length);
    installEscalationModel(model);
    TINY.forEach((row, r) => {
      scoreDecoded(data, r, model, want);
      const got = heads(row.text);
      HEADS.forEach((flag, k) => {
        expect(got.get(flag)?.score).toBeCloseTo(want[k]!, 12);
      });
    });
  });

  test('learns its rows: the made-up churn verb scores high, ordinary rows low', () => {
    const model = decodeEscalationModel(tiny());
    installEscalationModel(model);
    expect(heads('Zorbify my account today.').get('churn')!.score).toBeGreaterThan(THRESHOLD);
    expect(heads('The package arrived on Tuesday.').get('churn')!.score).toBeLessThan(THRESHOLD);
  });

  test('a malformed model file is refused, so the rules keep working', () => {
    const bytes = tiny();
    expect(() => decodeEscalationModel(bytes.subarray(0, bytes.length - 4))).toThrow();
    const bad = bytes.slice();
    bad[0] = 0;
    expect(() => decodeEscalationModel(bad)).toThrow();
  });
});

describe('flags the model raises', () => {
  let model: EscalationModel;
  const load = () => {
    model ??= decodeEscalationModel(tiny());
    installEscalationModel(model);
  };

  test('carry the sentence, the cue and a strength, like a rule flag', () => {
    const text = 'Hello again. Please zorbify my account now.';
    expect(analyzeMessage(text).escalation).not.toContain('churn');
    load();
    const a = analyzeMessage(text);
    expect(a.escalation).toContain('churn');
    const d = a.escalationDetail!.find((x) => x.flag === 'churn')!;
    expect(d.sentence).toEqual({ start: 13, end: text.length, text: 'Please zorbify my account now.' });
    expect(text.slice(d.cue.start, d.cue.end)).toBe(d.cue.text);
    expect(d.cue.text.toLowerCase()).toContain('zorbify');
    expect(d.strength).toBe('demanded');
  });

  test.each([
    ['a how-to question', 'How do I zorbify my account?'],
    ['a negated intent', "I'm not going to zorbify my account."],
    ['someone else asking', 'My manager asked me to zorbify the account.'],
  ])('are vetoed by the clause reading: %s', (_kind, text) => {
    load();
    const churn = heads(text).get('churn')!;
    // The head passes; only the reading of the clause keeps the flag off.
    expect(churn.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(churn.detail).toBeNull();
    expect(analyzeMessage(text).escalation).not.toContain('churn');
  });

  test('are raised on a sure sentence when the whole message reads under the threshold', () => {
    load();
    const text = 'The package arrived on Tuesday. My address changed last week. Zorbify my account today.';
    const churn = heads(text).get('churn')!;
    expect(churn.score).toBeLessThan(THRESHOLD);
    expect(churn.score).toBeGreaterThanOrEqual(SURE_MESSAGE_MIN);
    expect(churn.sentenceScore).toBeGreaterThanOrEqual(SURE_SENTENCE[0]);
    const d = analyzeMessage(text).escalationDetail!.find((x) => x.flag === 'churn')!;
    expect(d.sentence.text).toBe('Zorbify my account today.');
    // A message read as against the flag as a whole (under SURE_MESSAGE_MIN) raises nothing, however sure one
    // sentence is.
    const against =
      'The package arrived on Tuesday. The blue one fits better than the red one. My address changed last week. The printer is on the second floor. Thanks for the quick answer. Zorbify my account today.';
    expect(heads(against).get('churn')!.score).toBeLessThan(SURE_MESSAGE_MIN);
    expect(analyzeMessage(against).escalation).not.toContain('churn');
  });

  test('are read in the next best sentence when the best one is vetoed', () => {
    load();
    // The how-to question scores highest and is vetoed by its clause; the demand after it passes on its own.
    const text = 'How do I zorbify my whole subscription today? Zorbify it.';
    expect(analyzeMessage('How do I zorbify my whole subscription today?').escalation).not.toContain('churn');
    const d = analyzeMessage(text).escalationDetail!.find((x) => x.flag === 'churn')!;
    expect(d.sentence.text).toBe('Zorbify it.');
  });

  test('add no flag to a sentence the rules already read as another intent', () => {
    load();
    const alone = 'Please zorbify my account now.';
    expect(analyzeMessage(alone).escalation).toContain('churn');
    // The same word in the sentence where the rules found a refund demand: the model's churn, read under
    // EXPLAINED_MIN there, is not added.
    const shared = 'Zorbify it, and I want a full refund for the last three months of the plan, thanks.';
    const churn = heads(shared).get('churn')!;
    expect(churn.detail).not.toBeNull();
    expect(churn.explainedBy).toContain('compensation');
    expect(churn.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(Math.min(churn.score, churn.sentenceScore)).toBeLessThan(EXPLAINED_MIN[0]);
    expect(analyzeMessage(shared).escalation).toContain('compensation');
    expect(analyzeMessage(shared).escalation).not.toContain('churn');
    // Read as sure in both the message and the sentence, it joins the rules' flag there.
    const sure = 'Zorbify, and I want a full refund.';
    const both = heads(sure).get('churn')!;
    expect(both.explainedBy).toContain('compensation');
    expect(Math.min(both.score, both.sentenceScore)).toBeGreaterThanOrEqual(EXPLAINED_MIN[0]);
    expect(analyzeMessage(sure).escalation).toEqual(expect.arrayContaining(['compensation', 'churn']));
    // In a sentence of its own it still is.
    const apart = 'I want a full refund. Please zorbify my account now.';
    expect(heads(apart).get('churn')!.explainedBy).toEqual([]);
    expect(analyzeMessage(apart).escalation).toEqual(expect.arrayContaining(['compensation', 'churn']));
  });

  test("never remove a rule's flag, and the engine reads the same without a model", () => {
    const text = 'I am cancelling my subscription today.';
    const rules = analyzeMessage(text).escalation;
    expect(rules).toContain('churn');
    load();
    expect(analyzeMessage(text).escalation).toEqual(expect.arrayContaining(rules));
    installEscalationModel(null);
    expect(analyzeMessage(text).escalation).toEqual(rules);
  });
});
