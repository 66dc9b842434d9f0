/** Longest wait for a paint: a panel the browser does not paint (hidden) still goes on. */
const PAINT_WAIT_MS = 250;

/**
 * Settles once the next frame has been painted (rAF runs just before it; a task posted from there runs after),
 * or after PAINT_WAIT_MS when no frame comes.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, PAINT_WAIT_MS);
  });
}
