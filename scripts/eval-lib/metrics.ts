export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function f1(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Per-label precision/recall/F1 for the given labels (one-vs-rest). */
export function perLabel(gold: readonly string[], pred: readonly string[], labels: readonly string[]): LabelScore[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = pred[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    return { label, ...f1(tp, fp, fn), support: gold.filter((x) => x === label).length };
  });
}

export function macroF1(scores: readonly LabelScore[]): number {
  return scores.length === 0 ? 0 : scores.reduce((a, s) => a + s.f1, 0) / scores.length;
}

export function accuracy(gold: readonly string[], pred: readonly string[]): number {
  let ok = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) ok++;
  return gold.length === 0 ? 0 : ok / gold.length;
}

/** F1 of the positive class of a binary decision. */
export function binaryF1(gold: readonly boolean[], pred: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  return f1(tp, fp, fn).f1;
}

/**
 * Messages per second for `fn` over `texts`, single-threaded: repeats whole passes until at least
 * `minMs` have elapsed so short files still give a stable figure. One warm-up pass is not timed.
 */
export function throughput(texts: readonly string[], fn: (t: string) => unknown, minMs = 400): number {
  for (const t of texts) fn(t);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    n += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return n / (elapsed / 1000);
}

/**
 * Several single-threaded throughputs measured in interleaved rounds, best round kept for each: on a shared
 * machine a burst of load then hits every contender alike instead of whichever happened to run during it.
 */
export function compareThroughput(
  texts: readonly string[],
  fns: Record<string, (t: string) => unknown>,
  rounds = 5,
  minMs = 150,
): Record<string, number> {
  const best: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) best[name] = Math.max(best[name] ?? 0, throughput(texts, fn, minMs));
  }
  return best;
}
