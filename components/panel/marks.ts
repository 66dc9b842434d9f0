/**
 * Named moments on the panel's own timeline (performance marks: local, nothing leaves the page), so the bench
 * and DevTools can time "panel opened → first read-out on screen" without guessing from outside. Each is marked
 * once per document: when the DOM holds it, and again after the next paint (`…:painted`).
 */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length) return;
  performance.mark(name);
  // rAF runs just before the frame is painted; a task posted from it runs after.
  requestAnimationFrame(() => setTimeout(() => performance.mark(`${name}:painted`), 0));
}

export const FIRST_READOUT_MARK = 'heartline:first-readout';
export const MODEL_READOUT_MARK = 'heartline:model-readout';
