import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// The bar for reading an emotion rises with length (square root, capped at twice), so stray weak cues in
// long neutral text stop tipping it, while short complaints and strong words in long ones still read.
const MANUAL = '本文介绍该型号设备的安装步骤与日常维护方法，适用于工厂车间和实验室环境中的长期使用场景。';
const MANUAL_EN =
  'The manual covers installation, cabling, firmware versions, the mounting bracket, listed operating systems and the maintenance schedule for the unit in detail. ';

describe('neutral floor grows with length', () => {
  test.each([
    ['short message, one weak cue', '这个问题', 'frustration'],
    ['long neutral text, one weak cue', `${MANUAL}常见问题见附录。`, 'neutral'],
    ['twice as long, one weak cue', `${MANUAL}${MANUAL}常见问题见附录。`, 'neutral'],
    ['long text, strong cues', `${MANUAL}${MANUAL}气死我了，太离谱了！`, 'anger'],
    ['long English text, a strong word', `${MANUAL_EN}I am furious.`, 'anger'],
    ['very long text, one strong word at the end', `${MANUAL_EN.repeat(30)}I am furious.`, 'anger'],
  ])('%s', (_name, text, primary) => {
    expect(analyzeMessage(text).primary).toBe(primary);
  });
});
