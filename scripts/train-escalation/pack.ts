/**
 * Quantisation and the binary format (read by lib/analysis/escalation/learned/model.ts): a JSON header, the
 * biases and per-head scales as float32, a bitmap of the table rows that carry any weight, those rows as int8
 * (the head's largest weight maps to ±127), and the 繁 → 简 fold as (from, to) pairs of UTF-16 codes.
 */
import { DIM, FOLD_START, type Fold } from '../../lib/analysis/escalation/learned/features';
import { type EscalationModelMeta, MAGIC } from '../../lib/analysis/escalation/learned/model';
import type { Weights } from './sgd';

/** int8 weights per head; rows whose largest |weight| is at most `prune` are zeroed. */
export function quantise(w: Weights, prune = 0): { q: Int8Array; scales: Float32Array } {
  const h = w.heads;
  const q = new Int8Array(DIM * h);
  const scales = new Float32Array(h);
  for (let k = 0; k < h; k++) {
    let max = 0;
    for (let r = 0; r < DIM; r++) max = Math.max(max, Math.abs(w.table[r * h + k]!));
    const scale = Math.fround(max > 0 ? max / 127 : 0);
    scales[k] = scale;
    if (scale === 0) continue;
    for (let r = 0; r < DIM; r++) q[r * h + k] = Math.max(-127, Math.min(127, Math.round(w.table[r * h + k]! / scale)));
  }
  if (prune > 0) {
    for (let r = 0; r < DIM; r++) {
      let max = 0;
      for (let k = 0; k < h; k++) max = Math.max(max, Math.abs(q[r * h + k]!));
      if (max <= prune) q.fill(0, r * h, (r + 1) * h);
    }
  }
  return { q, scales };
}

export function encodeEscalationModel(w: Weights, meta: EscalationModelMeta, fold: Fold, prune = 0): Uint8Array {
  const h = w.heads;
  const { q, scales } = quantise(w, prune);
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const head = (8 + json.length + 3) & ~3;
  const bitmap = new Uint8Array(DIM / 8);
  let rows = 0;
  for (let r = 0; r < DIM; r++) {
    for (let k = 0; k < h; k++) {
      if (q[r * h + k] !== 0) {
        bitmap[r >> 3]! |= 1 << (r & 7);
        rows++;
        break;
      }
    }
  }
  const pairs: number[] = [];
  for (let i = 0; i < fold.length; i++) if (fold[i] !== 0) pairs.push(FOLD_START + i, fold[i]!);
  const total = head + w.bias.length * 4 + h * 4 + bitmap.length + rows * h + 4 + pairs.length * 2;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = head;
  for (let i = 0; i < w.bias.length; i++, at += 4) view.setFloat32(at, w.bias[i]!, true);
  for (let i = 0; i < h; i++, at += 4) view.setFloat32(at, scales[i]!, true);
  bytes.set(bitmap, at);
  at += bitmap.length;
  for (let r = 0; r < DIM; r++) {
    if ((bitmap[r >> 3]! & (1 << (r & 7))) === 0) continue;
    for (let k = 0; k < h; k++) bytes[at++] = q[r * h + k]! & 0xff;
  }
  view.setUint32(at, pairs.length / 2, true);
  at += 4;
  for (let i = 0; i < pairs.length; i++, at += 2) view.setUint16(at, pairs[i]!, true);
  return bytes;
}
