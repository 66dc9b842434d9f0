// How sure a page reading is, as the panel needs to know it: below the line it says the reading may be
// wrong and offers the picker. Kept apart from the reader so the panel does not carry DOM-reading code.
import type { Conversation } from '@/lib/types';

/** Below this the panel says the reading may be wrong and offers the picker. */
export const UNSURE_BELOW = 0.5;

/** True when the reader said it is unsure of this reading; site adapters and picked areas never are. */
export function readingIsUnsure(c: Conversation | null | undefined): boolean {
  return !!c && typeof c.confidence === 'number' && c.confidence < UNSURE_BELOW;
}
