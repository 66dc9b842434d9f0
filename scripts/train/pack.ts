/**
 * Quantisation and the binary format: int8 weights with one float32 scale per block of BLOCK rows and per
 * output (the block's largest weight maps to ±127; BLOCK is the whole table today), the dense weights as
 * float32, a JSON header, and at the end the 繁 → 简 fold as (from, to) pairs of UTF-16 codes.
 */
import { DENSE, DIM, DIM_BITS, FOLD_START, type Fold, GROUPS, OUT } from '../../lib/model/features';
import { BLOCK, type Calibration, MAGIC, type ModelMeta } from '../../lib/model/model';
import type { Weights } from './sgd';

export interface Quantised {
  q: Int8Array;
  scales: Float32Array;
}

export function quantise(table: Float32Array): Quantised {
  const blocks = DIM / BLOCK;
  const q = new Int8Array(DIM * OUT);
  const scales = new Float32Array(blocks * OUT);
  for (let b = 0; b < blocks; b++) {
    for (let k = 0; k < OUT; k++) {
      let max = 0;
      for (let r = b * BLOCK; r < (b + 1) * BLOCK; r++) max = Math.max(max, Math.abs(table[r * OUT + k]!));
      const scale = Math.fround(max > 0 ? max / 127 : 0);
      scales[b * OUT + k] = scale;
      if (scale === 0) continue;
      for (let r = b * BLOCK; r < (b + 1) * BLOCK; r++) {
        q[r * OUT + k] = Math.max(-127, Math.min(127, Math.round(table[r * OUT + k]! / scale)));
      }
    }
  }
  return { q, scales };
}

export function encodeModel(w: Weights, calibration: Calibration, configHash: string, fold: Fold): Uint8Array {
  const { q, scales } = quantise(w.table);
  const meta: ModelMeta = {
    dimBits: DIM_BITS,
    out: OUT,
    dense: DENSE,
    groups: GROUPS,
    block: BLOCK,
    calibration,
    configHash,
  };
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const head = (8 + json.length + 3) & ~3;
  const pairs: number[] = [];
  for (let i = 0; i < fold.length; i++) if (fold[i] !== 0) pairs.push(FOLD_START + i, fold[i]!);
  const total = head + q.length + scales.length * 4 + GROUPS * DENSE * OUT * 4 + 4 + pairs.length * 2;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = head;
  bytes.set(new Uint8Array(q.buffer), at);
  at += q.length;
  for (let i = 0; i < scales.length; i++, at += 4) view.setFloat32(at, scales[i]!, true);
  for (let i = 0; i < w.dense.length; i++, at += 4) view.setFloat32(at, w.dense[i]!, true);
  view.setUint32(at, pairs.length / 2, true);
  at += 4;
  for (let i = 0; i < pairs.length; i++, at += 2) view.setUint16(at, pairs[i]!, true);
  return bytes;
}
