import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// A condition with no comma before its consequence (再不退…我直接起诉): the 不 belongs to the condition, and the
// consequence, opened by 我 + an adverb of haste, is the customer's threat. Found on fresh24 after its blind score.
describe('a Chinese condition running into its consequence', () => {
  test.each([
    ['周一之前钱再不退回来我直接起诉', 'legal'],
    ['禮拜一之前再唔退錢我即刻入稟告你哋', 'legal'],
    ['再不处理我马上投诉到12315', 'regulator'],
  ])('%s raises %s', (text, flag) => {
    expect(analyzeMessage(text).escalation).toContain(flag);
  });

  test.each(['我不会直接起诉你们的，放心', '我直接问一下，退款规则是怎样的'])('%s raises nothing', (text) => {
    expect(analyzeMessage(text).escalation).toEqual([]);
  });
});
