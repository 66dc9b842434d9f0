import { describe, expect, test } from 'vitest';
import { sentencesOf } from '@/lib/analysis/escalation/clauses';
import { decodeEscalationBase64 } from '@/lib/analysis/escalation/learned';
import { ESCALATION_MODEL_BASE64 } from '@/lib/analysis/escalation/learned/escalation-weights';
import { DIM, extract, featureBuffer, MAX_FEATURES } from '@/lib/analysis/escalation/learned/features';
import {
  type EscalationModel,
  lengthScale,
  messageLogits,
  sentenceLogits,
  spanLogit,
  vetoOf,
  weightOf,
} from '@/lib/analysis/escalation/learned/model';
import { ESCALATION_FLAGS } from '@/lib/types';

/** The logits as the int8 weights add up one by one: what the packed sum must give, bit for bit. */
function reference(m: EscalationModel, idx: Int32Array, n: number, group: number): number[] {
  const h = m.meta.heads.length;
  const out: number[] = [];
  for (let k = 0; k < h; k++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += weightOf(m, idx[i]!, k);
    out.push(m.bias[group * h + k]! + sum * m.scales[k]! * lengthScale(n));
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) | 0;
    return (s >>> 0) / 2 ** 32;
  };
}

function check(m: EscalationModel, sizes: number[], rows: (r: () => number) => number): void {
  const f = featureBuffer();
  const out = new Float64Array(64);
  const r = rng(7);
  for (const n of sizes) {
    for (let i = 0; i < n; i++) f.idx[i] = rows(r);
    f.n = n;
    for (const group of [0, 1]) {
      f.group = group;
      messageLogits(m, f, out);
      expect([...out.subarray(0, m.meta.heads.length)]).toEqual(reference(m, f.idx, n, group));
    }
  }
}

describe('messageLogits', () => {
  const sizes = [0, 1, 5, 62, 63, 64, 127, 500, 4000, MAX_FEATURES];

  test('the committed model: the same logits as adding each weight', () => {
    const m = decodeEscalationBase64(ESCALATION_MODEL_BASE64);
    check(m, sizes, (r) => Math.floor(r() * DIM));
  });

  test('weights at both ends of int8, on every row, stay exact (no lane overflows into the next)', () => {
    const m = decodeEscalationBase64(ESCALATION_MODEL_BASE64);
    for (const fill of [-128, 127]) {
      const rowOf = new Uint16Array(DIM);
      for (let r = 0; r < DIM / 4; r++) rowOf[r * 4] = r + 1;
      const q = new Int8Array((DIM / 4) * ESCALATION_FLAGS.length).fill(fill);
      // One head differs, so a head read from its neighbour's lane would show.
      for (let r = 0; r < DIM / 4; r++) q[r * 10 + 3] = fill === 127 ? -128 : 127;
      const extreme: EscalationModel = { ...m, q, rowOf };
      check(extreme, sizes, (r) => Math.floor(r() * DIM));
      check(extreme, sizes, (r) => Math.floor(r() * (DIM / 4)) * 4);
    }
  });
});

describe('sentenceLogits', () => {
  test.each([
    'Hello. I have written three times now! Put me through to a manager, or I cancel. Thanks?',
    'Dear team,\n1. the refund\n2. the fee\nPlease confirm: by Friday; otherwise my lawyer.  Regards',
    '我已经打了三次电话。再不退款我就去12315投诉！谢谢',
    '你們這樣真的很離譜…我要找主管；不然就取消。',
    'one sentence without a stop',
  ])('gives each sentence the logit spanLogit gives it: %s', (text) => {
    const m = decodeEscalationBase64(ESCALATION_MODEL_BASE64);
    const f = featureBuffer();
    extract(text, f, m.fold);
    const sentences = sentencesOf(text);
    const out = new Float64Array(sentences.length);
    for (let head = 0; head < m.meta.heads.length; head++) {
      sentenceLogits(m, f, head, sentences, out);
      expect([...out]).toEqual(sentences.map((s) => spanLogit(m, f, head, s.start, s.end)));
    }
  });
});

describe('vetoOf', () => {
  const meta = { dimBits: 17, heads: [...ESCALATION_FLAGS], thresholds: [0.5, 0.5], configHash: 'x' };
  test('reads a veto per language group, one for both, or none', () => {
    expect(vetoOf({ ...meta, veto: [0.05, 0.15] }, 0)).toBe(0.05);
    expect(vetoOf({ ...meta, veto: [0.05, 0.15] }, 1)).toBe(0.15);
    expect(vetoOf({ ...meta, veto: 0.02 }, 1)).toBe(0.02);
    expect(vetoOf(meta, 0)).toBe(0);
  });
});
