// Helper threads pay off only on cores nobody else is using. On this project's shared 2-core VM, busy with other
// people's tests, a helper made 40,000 dev lines slower by the clock (5.97 s against 3.12 s on one thread) and cost
// 2 s more CPU: the two threads shared about one core, and the helper spent its share loading and warming up the
// engine. So by default the command measures how idle the cores are while it starts, and starts that many helpers.
// Not the load average: it lags by a minute, so a run straight after another (or after a bench section) would
// still see the previous one's load and start none on an idle machine.
import { cpus } from 'node:os';

/** Idle milliseconds summed over every core since boot. */
const idleMs = (): number => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);

// Taken when the command's modules load, so the window covers its start-up (about 0.5 s) at least.
const since = { idle: idleMs(), at: performance.now() };

/**
 * Cores that stayed idle, on average, since this module loaded. This process's own main thread counts as busy, so
 * on an idle 2-core machine this is about 1 while the main thread works.
 */
export function idleCores(): number {
  const wall = performance.now() - since.at;
  return wall > 0 ? (idleMs() - since.idle) / wall : 0;
}

/** Helper threads worth starting besides the main thread: the idle cores, rounded; 0 on a busy machine. */
export function spareCores(idle = idleCores()): number {
  return Math.max(0, Math.round(idle));
}
