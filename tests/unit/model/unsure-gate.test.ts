import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installModel, loadModel } from '@/lib/model';
import { FAIRLY_SURE } from '@/lib/model/certainty';
import type { Model } from '@/lib/model/model';
import { EMOTIONS } from '@/lib/types';

// Plain requests with no feeling in them, the kind support mail is full of.
const PLAIN = [
  '你好，请把发票抬头改成“上海启明科技有限公司”，税号稍后发给你们。',
  '截图已经上传到附件，系统版本是 iOS 17.4。',
  '附件是錯誤畫面的截圖，瀏覽器是 Chrome 最新版。',
  'Attached is the screenshot you asked for. The version number is 4.2.1.',
  'Please use the new VAT number on the next invoice.',
  '訂單 20931 的取貨門市改成信義門市。',
];

let model: Model | null = null;
beforeAll(async () => {
  model = await loadModel();
  expect(model).not.toBeNull();
});
afterAll(() => installModel(null));

describe('an unsure model does not overrule rules that found no feeling', () => {
  test.each(PLAIN)('%s', (text) => {
    installModel(null);
    const rules = analyzeMessage(text);
    installModel(model);
    const hybrid = analyzeMessage(text);
    const silent = rules.primary === 'neutral' && EMOTIONS.every((e) => rules.emotions[e] === 0);
    if (silent && hybrid.primary !== 'neutral') {
      // The model may still name a feeling the rules missed, but only when it is at least fairly sure.
      expect(hybrid.confidence).toBeGreaterThanOrEqual(FAIRLY_SURE);
    }
    if (hybrid.primary === 'neutral') expect(hybrid.valence).toBeGreaterThan(-0.5);
  });

  test('the plain invoice request reads neutral', () => {
    installModel(model);
    expect(analyzeMessage(PLAIN[0]!).primary).toBe('neutral');
  });
});
