import { signal } from '@preact/signals';

// The analysis engine, the DISC reader and the draft coach are split out of the panel's first chunk: their word lists and rules
// compile when they load, which took most of the time before the first read-out. The panel shows the
// background's read-out meanwhile (lib/readout.ts) and loads these right after, or at once when there is none.

type AnalysisEngine = typeof import('@/lib/analysis');
type DiscEngine = typeof import('@/lib/disc');
type CoachEngine = typeof import('@/lib/coach');

export const analysisEngine = signal<AnalysisEngine | null>(null);
export const discEngine = signal<DiscEngine | null>(null);
export const coachEngine = signal<CoachEngine | null>(null);

let analysisLoading: Promise<AnalysisEngine> | null = null;
let discLoading: Promise<DiscEngine> | null = null;
let coachLoading: Promise<CoachEngine> | null = null;

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

/** The draft coach: the biggest of the three (its phrase rules in three languages), needed only for a draft. */
export function loadCoachEngine(): Promise<CoachEngine> {
  coachLoading ??= import('@/lib/coach').then((m) => {
    coachEngine.value = m;
    return m;
  });
  return coachLoading;
}

/** All three, for callers (tests, the upgrade after the first read-out) that need the panel complete. */
export async function loadEngines(): Promise<void> {
  await Promise.all([loadAnalysisEngine(), loadDiscEngine(), loadCoachEngine()]);
}
