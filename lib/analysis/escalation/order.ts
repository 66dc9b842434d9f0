import type { EscalationDetail, EscalationStrength } from '../../types';
import { ESCALATION_FLAGS } from '../../types';

/** Rank of a strength: taken 0, threatened 1, demanded 2 (lower is stronger). */
const RANK: Record<EscalationStrength, number> = { taken: 0, threatened: 1, demanded: 2 };

export function strongerThan(a: EscalationStrength, b: EscalationStrength): boolean {
  return RANK[a] < RANK[b];
}

/** Safety first, then what is already done, threatened, demanded; the flag list's order breaks ties. */
export function orderDetails(details: EscalationDetail[]): EscalationDetail[] {
  return details.sort(
    (a, b) =>
      Number(b.flag === 'harm') - Number(a.flag === 'harm') ||
      RANK[a.strength] - RANK[b.strength] ||
      ESCALATION_FLAGS.indexOf(a.flag) - ESCALATION_FLAGS.indexOf(b.flag),
  );
}
