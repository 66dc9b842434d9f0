// Chromium trace events recorded over CDP while `during` runs, for the bench's trace tools.
import type { CDPSession } from 'playwright-core';

/** The fields of a Chromium trace event that the bench's trace tools read. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      scriptName?: string;
      functionName?: string;
      type?: string;
      frames?: Array<{ url?: string; processId?: number }>;
    };
  };
}

export async function collectTrace<T>(cdp: CDPSession, categories: string, during: () => Promise<void>): Promise<T[]> {
  const events: T[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as T[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}
