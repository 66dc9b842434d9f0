// CPU time, not wall clock: on a shared 2-core machine the wall clock mostly measures the neighbours.

/** CPU µs (user + system) that `fn` takes. */
export function cpuMicros(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
}

/** Best (lowest) CPU µs per item over `rounds` passes over `items`. */
export function bestPer<T>(items: readonly T[], fn: (x: T) => unknown, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const us = cpuMicros(() => {
      for (let i = 0; i < items.length; i++) fn(items[i]!);
    });
    best = Math.min(best, us / items.length);
  }
  return best;
}
