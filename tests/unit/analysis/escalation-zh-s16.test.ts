import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// Rules alone (no model installed).
describe('Chinese: a new first-person clause ends a negation; health bodies; suits filed; 一帮 insults', () => {
  test.each([
    // Voice-to-text without punctuation: 没有 ends one thought, 我打了 starts the next.
    ['现在连一半都没有我打了三次电话', 'repeat-contact'],
    ['我已經將成件事報咗去衛生署', 'regulator'],
    ['我已经向药监局举报了', 'regulator'],
    ['我已经递状了', 'legal'],
    ['你们这些收费的拿钱不干活，一帮吸血鬼。', 'abuse'],
  ])('%s → %s', (text, flag) => {
    expect(analyzeMessage(text).escalation).toContain(flag);
  });

  test.each([
    ['我没有打过电话给你们', 'repeat-contact'],
    ['我还没有打电话投诉', 'repeat-contact'],
    ['请问卫生署的电话是多少？', 'regulator'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(analyzeMessage(text).escalation).not.toContain(flag);
  });
});
