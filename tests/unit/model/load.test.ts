import { afterAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { fromBase64, installModel, loadModel } from '@/lib/model';
import { DIM, OUT } from '@/lib/model/features';
import { decodeModel } from '@/lib/model/model';
import { packedView } from '@/lib/model/packed';
import { MODEL_BASE64 } from '@/lib/model/weights';

// loadModel keeps the weights once: the packed rows scoring reads, without the int8 table they were built from.

const TEXTS = [
  'I was charged twice and nobody answers. Refund me or I will dispute it with my bank!!!',
  'Thanks so much, the replacement arrived today 😊',
  'How do I change the email address on my account?',
  '你们这是什么破服务，气死我了，我要投诉',
  '請問一下，我申請的退款還沒到賬',
];

afterAll(() => installModel(null));

describe('loadModel', () => {
  test('lets go of the int8 table and reads every message as the whole decoded model does', async () => {
    const loaded = await loadModel();
    expect(loaded).not.toBeNull();
    expect(loaded?.q.length).toBe(0);
    const withLoaded = TEXTS.map((t) => analyzeMessage(t));

    const whole = decodeModel(fromBase64(MODEL_BASE64));
    expect(whole.q.length).toBe(DIM * OUT);
    installModel(whole);
    const withWhole = TEXTS.map((t) => analyzeMessage(t));
    expect(withLoaded).toEqual(withWhole);
    // The model decided at least one of them, so equal results are not the rules' alone on both sides.
    expect(withWhole.some((a) => a.confidence !== undefined)).toBe(true);

    // Taken out and installed again (the eval and the tests do this), it still has its rows.
    installModel(null);
    installModel(loaded);
    expect(TEXTS.map((t) => analyzeMessage(t))).toEqual(withWhole);
  });

  test('a model without its table and without rows built is refused, not read as all zeros', () => {
    const bare = decodeModel(fromBase64(MODEL_BASE64));
    bare.q = new Int8Array(0);
    expect(() => packedView(bare)).toThrow();
    expect(() => installModel(bare)).toThrow();
  });
});
