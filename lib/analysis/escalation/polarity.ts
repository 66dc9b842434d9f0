import { EMOTIONS } from '../../types';

const POSITIVE: ReadonlySet<string> = new Set(['joy', 'gratitude']);

/**
 * The engine's valence from its per-emotion sums (EMOTIONS order), before escalation adds to them: the same
 * reading as MessageAnalysis.valence, available while the flags are still being decided.
 */
export function valenceOfSums(sum: ArrayLike<number>): number {
  let pos = 0;
  let neg = 0;
  EMOTIONS.forEach((e, k) => {
    if (e === 'confusion') return;
    if (POSITIVE.has(e)) pos += sum[k] ?? 0;
    else neg += sum[k] ?? 0;
  });
  return pos === neg ? 0 : Math.tanh((pos - neg) / 2);
}
