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

/** One short line per content language: reading it builds that language's tables (word packs, escalation cues). */
const WARM_LINES = [
  'Where is my order? I have been waiting all week.',
  '我的订单怎么还没到？已经等了一个星期了。',
  '我的訂單怎麼還沒到？已經等了一個星期了。',
];

/**
 * Each language's tables are built on first use, about 50 ms each. Once the panel is complete they are built
 * in idle time, one language per idle slot, so the first message in another language (a Chinese ticket after
 * English ones) does not wait for them.
 */
export function warmLanguages(): void {
  const idle: (fn: () => void) => void =
    typeof requestIdleCallback === 'function' ? (fn) => requestIdleCallback(fn) : (fn) => setTimeout(fn, 50);
  let next = 0;
  const step = () => {
    const engine = analysisEngine.value;
    const line = WARM_LINES[next++];
    if (!engine || line === undefined) return;
    engine.analyzeMessage(line);
    discEngine.value?.guessDisc([{ role: 'customer', text: line }]);
    idle(step);
  };
  idle(step);
}
