import { signal } from '@preact/signals';

// The analysis engine and the DISC reader are split out of the panel's first chunk: their word lists and rules
// compile when they load, which took most of the time before the first read-out. The panel shows the
// background's read-out meanwhile (lib/readout.ts) and loads these right after, or at once when there is none.

type AnalysisEngine = typeof import('@/lib/analysis');
type DiscEngine = typeof import('@/lib/disc');

export const analysisEngine = signal<AnalysisEngine | null>(null);
export const discEngine = signal<DiscEngine | null>(null);

let analysisLoading: Promise<AnalysisEngine> | null = null;
let discLoading: Promise<DiscEngine> | null = null;

export function loadAnalysisEngine(): Promise<AnalysisEngine> {
  analysisLoading ??= import('@/lib/analysis').then((m) => {
    analysisEngine.value = m;
    return m;
  });
  return analysisLoading;
}

export function loadDiscEngine(): Promise<DiscEngine> {
  discLoading ??= import('@/lib/disc').then((m) => {
    discEngine.value = m;
    return m;
  });
  return discLoading;
}

/** Both, for callers (tests, the upgrade after the first read-out) that need the panel complete. */
export async function loadEngines(): Promise<void> {
  await Promise.all([loadAnalysisEngine(), loadDiscEngine()]);
}
