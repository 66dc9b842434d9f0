/**
 * model.ts `logits` for the panel, with the sparse sum read four weights at a time: a row's nine int8 weights are
 * read as two 32-bit words and a byte, and the words' bytes are summed side by side in 16-bit lanes (biased by
 * 128 so every lane stays positive). The table is 2.4 MB and most rows are not in cache, so the loop is bound by
 * how many rows the processor can fetch at once; nine loads and checks per row held that back.
 *
 * The sums are the same integers as model.ts adds one by one, and what follows (the scale, 1/√n, the dense
 * weights) is model.ts's arithmetic in the same order, so the logits are bit for bit the same: a unit test
 * holds the two together. Training keeps model.ts (its code is part of the recipe hash).
 */
import { DENSE, type FeatureBuffer, OUT } from './features';
import type { Model } from './model';

/**
 * Rows summed before the lanes are emptied: a lane then holds at most 63 × 255, and a whole word stays under 2^30,
 * the small integers V8 adds without falling back to floating point.
 */
const CHUNK = 63;
const BIAS = 0x80808080 | 0;

export function packedView(m: Model): DataView {
  return new DataView(m.q.buffer, m.q.byteOffset, m.q.byteLength);
}

export function logitsPacked(
  m: Model,
  view: DataView,
  buf: Pick<FeatureBuffer, 'idx' | 'n' | 'dense' | 'group'>,
  z: Float64Array,
): void {
  const q = m.q;
  const sc = m.scales;
  const dense = m.dense;
  const n = buf.n;
  const idx = buf.idx;
  // Lanes: a holds bytes 0 and 2 of a row, b bytes 1 and 3, c bytes 4 and 6, d bytes 5 and 7.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let s7 = 0;
  let z8 = 0;
  for (let i = 0; i < n; ) {
    const end = Math.min(n, i + CHUNK);
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (; i < end; i++) {
      const r = idx[i]! * OUT;
      const w0 = view.getInt32(r, true) ^ BIAS;
      const w1 = view.getInt32(r + 4, true) ^ BIAS;
      a += w0 & 0x00ff00ff;
      b += (w0 >>> 8) & 0x00ff00ff;
      c += w1 & 0x00ff00ff;
      d += (w1 >>> 8) & 0x00ff00ff;
      z8 += q[r + 8]!;
    }
    s0 += a & 0xffff;
    s2 += a >>> 16;
    s1 += b & 0xffff;
    s3 += b >>> 16;
    s4 += c & 0xffff;
    s6 += c >>> 16;
    s5 += d & 0xffff;
    s7 += d >>> 16;
  }
  const bias = 128 * n;
  const z0 = s0 - bias;
  const z1 = s1 - bias;
  const z2 = s2 - bias;
  const z3 = s3 - bias;
  const z4 = s4 - bias;
  const z5 = s5 - bias;
  const z6 = s6 - bias;
  const z7 = s7 - bias;
  // From here on, model.ts `logits` as written.
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  z[0] = z0 * sc[0]! * s;
  z[1] = z1 * sc[1]! * s;
  z[2] = z2 * sc[2]! * s;
  z[3] = z3 * sc[3]! * s;
  z[4] = z4 * sc[4]! * s;
  z[5] = z5 * sc[5]! * s;
  z[6] = z6 * sc[6]! * s;
  z[7] = z7 * sc[7]! * s;
  z[8] = z8 * sc[8]! * s;
  const dd = buf.dense;
  const g = buf.group * DENSE * OUT;
  for (let j = 0; j < DENSE; j++) {
    const x = dd[j]!;
    if (x === 0) continue;
    const base = g + j * OUT;
    for (let k = 0; k < OUT; k++) z[k]! += x * dense[base + k]!;
  }
}
