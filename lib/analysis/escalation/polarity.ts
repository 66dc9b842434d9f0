import { EMOTIONS } from '../../types';

// Per emotion (EMOTIONS order): 1 counts as positive, -1 as negative, 0 (confusion) as neither.
const SIGN = Int8Array.from(EMOTIONS, (e) => (e === 'confusion' ? 0 : e === 'joy' || e === 'gratitude' ? 1 : -1));

/**
 * The engine's valence from its per-emotion sums (EMOTIONS order), before escalation adds to them: the same
 * reading as MessageAnalysis.valence, available while the flags are still being decided.
 */
export function valenceOfSums(sum: ArrayLike<number>): number {
  let pos = 0;
  let neg = 0;
  for (let k = 0; k < SIGN.length; k++) {
    const s = SIGN[k];
    if (s === 1) pos += sum[k] ?? 0;
    else if (s === -1) neg += sum[k] ?? 0;
  }
  return pos === neg ? 0 : Math.tanh((pos - neg) / 2);
}
