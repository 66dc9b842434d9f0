import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { fromBase64 } from '@/lib/model';
import { setTap } from '@/lib/model/blend';
import { DIM, extract, type FeatureBuffer, featureBuffer, OUT } from '@/lib/model/features';
import { decodeModel, logits } from '@/lib/model/model';
import { logitsPacked, packedView, packedWeight } from '@/lib/model/packed';
import { MODEL_BASE64 } from '@/lib/model/weights';

const model = decodeModel(fromBase64(MODEL_BASE64));
const view = packedView(model);

/** Both ways of computing the logits, as bit patterns (the panel's must equal training's exactly). */
function both(buf: FeatureBuffer): [string, string] {
  const a = new Float64Array(OUT);
  const b = new Float64Array(OUT);
  logits(model, buf, a);
  logitsPacked(model, view, buf, b);
  const bits = (z: Float64Array) => [...new BigUint64Array(z.buffer)].join(',');
  return [bits(a), bits(b)];
}

function featuresOf(text: string): FeatureBuffer {
  const buf = featureBuffer();
  setTap((t, lex) => extract(t, lex, buf, model.fold));
  try {
    analyzeMessage(text);
  } finally {
    setTap(null);
  }
  return buf;
}

describe('logitsPacked', () => {
  test.each([
    'I was charged twice and nobody answers. Refund me or I will dispute it with my bank!!!',
    'Thanks so much, the replacement arrived today 😊',
    '你们这是什么破服务，气死我了，我要投诉',
    '請問一下，我申請的退款還沒到賬',
    'ok',
    'furious '.repeat(400),
  ])('gives model.ts logits bit for bit on the features of %j', (text) => {
    const [a, b] = both(featuresOf(text));
    expect(b).toBe(a);
  });

  test('the same on random rows, the table ends included, from none to thousands of features', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return (seed >>> 1) % DIM;
    };
    for (const n of [0, 1, 62, 63, 64, 127, 128, 500, 4000]) {
      const buf = featureBuffer();
      for (let i = 0; i < n; i++) buf.idx[i] = i % 97 === 0 ? (i % 2 === 0 ? 0 : DIM - 1) : next();
      buf.n = n;
      buf.group = n % 2;
      for (let j = 0; j < buf.dense.length; j++) buf.dense[j] = (j * n) % 3 === 0 ? 0 : ((j + n) % 7) / 7;
      const [a, b] = both(buf);
      expect(b, `n = ${n}`).toBe(a);
    }
  });

  test('the packed layout reads back every weight of the table (modelEvidence reads it)', () => {
    let wrong = 0;
    for (let r = 0; r < DIM; r++)
      for (let k = 0; k < OUT; k++) if (packedWeight(view, r, k) !== model.q[r * OUT + k]) wrong++;
    expect(wrong).toBe(0);
  });
});
