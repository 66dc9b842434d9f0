import { afterEach, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installEscalationModel, setEscalationProbe } from '@/lib/analysis/escalation';
import { decodeEscalationModel } from '@/lib/analysis/escalation/learned/model';
import { ESCALATION_FLAGS } from '@/lib/types';
import { foldTable } from '../../../scripts/train/data';
import { trainModel } from '../../../scripts/train-escalation/loro';
import { TINY } from './fixture';

const OPTIONS = { seed: 3, epochs: 30, learningRate: 0.2, l2: 1e-5, biasMax: 0, sentenceWeight: 1, crossWeight: 3 };
const tiny = () =>
  decodeEscalationModel(trainModel(TINY, [...ESCALATION_FLAGS], foldTable(), OPTIONS, [0.99, 0.99], 'test', 0));

// The rules raise all three here; the tiny model has seen none of these words, so it reads each head far below 0.999.
const TEXT =
  'This is my third email about it. Refund me today or my lawyer will be in touch. I will smash your shop window.';

afterEach(() => {
  installEscalationModel(null);
  setEscalationProbe(null);
});

describe('the model taking back a rules flag it reads as very unlikely (raise.ts vetoRules)', () => {
  test('without a veto in the model file, every rules flag stays', () => {
    const rules = analyzeMessage(TEXT).escalation;
    expect(rules).toEqual(expect.arrayContaining(['legal', 'harm', 'repeat-contact']));
    installEscalationModel(tiny());
    expect(analyzeMessage(TEXT).escalation).toEqual(expect.arrayContaining(rules));
  });

  test('under the veto, a rules flag goes, except harm, which a model never takes back', () => {
    const m = tiny();
    m.meta.veto = 0.999;
    installEscalationModel(m);
    const flags = analyzeMessage(TEXT).escalation;
    expect(flags).toContain('harm');
    expect(flags).not.toContain('legal');
    expect(flags).not.toContain('repeat-contact');
  });

  test('probed for training, the rules flags are left for the trainer to judge', () => {
    const m = tiny();
    m.meta.veto = 0.999;
    installEscalationModel(m);
    setEscalationProbe(() => {});
    expect(analyzeMessage(TEXT).escalation).toEqual(expect.arrayContaining(['legal', 'repeat-contact']));
  });
});
