// Helper threads pay off only on cores nobody else is using. On this project's shared 2-core VM at a load average
// of 5 to 9, a helper made 40,000 dev lines slower by the clock (5.97 s against 3.12 s on one thread) and cost 2 s
// more CPU: the two threads shared about one core, and the helper spent its share loading and warming up the engine.
import { availableParallelism, loadavg } from 'node:os';

/**
 * Helper threads worth starting besides the main thread: cores minus the load average (the runnable threads over
 * the last minute, the machine's other work), rounded, minus the main thread's own core. 0 when the machine is busy.
 * Where the platform has no load average (Windows reports 0), every core but the main thread's.
 */
export function spareCores(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(0, Math.round(cores - load) - 1);
}
