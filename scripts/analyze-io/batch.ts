// A batch of input lines to their output bytes, the unit the command hands to a thread: the main thread and the
// helper threads run this same function, so output cannot depend on which thread read a line.
import type { OutputBlock } from './output-block';
import { processLines } from './process-line';

export interface Batch {
  /** Position in the input, from 0: output is written in this order. */
  seq: number;
  /** Non-blank input lines, without their line ends. */
  lines: string[];
}

export function analyzeBatch(lines: readonly string[], out: OutputBlock): Uint8Array {
  const results = processLines(lines);
  for (let i = 0; i < results.length; i++) out.add(JSON.stringify(results[i]));
  return out.take();
}
