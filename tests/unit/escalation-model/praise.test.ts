import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { decodeEscalationBase64 } from '@/lib/analysis/escalation/learned';
import { ESCALATION_MODEL_BASE64 } from '@/lib/analysis/escalation/learned/escalation-weights';
import { installEscalationModel, installedEscalationModel } from '@/lib/analysis/escalation/learned/raise';

// Praise and "I'll have a look" are shaped like an insult or a threat (you + a judgement, 我去 + a verb); the
// committed model read them so before the vetoes in raise.ts and function-words.ts.
describe('the committed escalation model leaves ordinary kindness alone', () => {
  const before = installedEscalationModel();
  beforeAll(() => installEscalationModel(decodeEscalationBase64(ESCALATION_MODEL_BASE64)));
  afterAll(() => installEscalationModel(before));

  test.each([
    'You rock.',
    'You are a star',
    'you absolute legend',
    'You lot are amazing',
    '我去看看',
    '好，我去试试',
    // A short Chinese answer, and warmth said to us (read as abuse and churn before raise.ts's short-reply rule).
    '不是',
    '同一个账号',
    '我喜欢你们',
    '我喜歡你們',
    // A promise in a warm message, not a threat (churn threatened before the WARM rule in raise.ts).
    'Lovely. Keep it up and you will have me as a customer for years.',
  ])('%s raises nothing', (text) => {
    expect(analyzeMessage(text).escalation).toEqual([]);
  });

  test('an insult with no listed word still reads as abuse', () => {
    expect(analyzeMessage('Useless bunch of cowboys.').escalation).toContain('abuse');
    expect(analyzeMessage('你们是猪吗').escalation).toContain('abuse');
  });
});
