import { storage } from 'wxt/utils/storage';

/** Day (local, YYYY-MM-DD) → hashes of the conversations counted as tough that day. */
export type ToughCounts = Record<string, string[]>;

/** Two weeks is enough for "this week was hard" and short enough to never become a record of work. */
export const KEEP_DAYS = 14;

export const toughCountsItem = storage.defineItem<ToughCounts>('local:toughCounts', {
  fallback: {},
  version: 1,
});

function dayKey(d: Date): string {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

function oldestKept(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (KEEP_DAYS - 1));
  return dayKey(d);
}

// Only a digest of the key is stored: tab keys can carry a ticket URL or a customer's address.
async function hashKey(key: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(`heartline:tough:${key}`));
    return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  // FNV-1a, twice with different offsets, for runtimes without WebCrypto.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

// Panel and background may both record at once; chaining keeps read-modify-write from losing a count.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Counts a tough conversation for today, at most once per conversation per day.
 * `enabled` lets a caller pass the settings switch straight through; when false nothing is stored.
 * Resolves true when this call added a count.
 */
export function recordTough(tabKey: string, now: Date = new Date(), enabled = true): Promise<boolean> {
  if (!enabled || tabKey === '') return Promise.resolve(false);
  return serial(async () => {
    const hash = await hashKey(tabKey);
    const today = dayKey(now);
    const cutoff = oldestKept(now);
    const counts = await toughCountsItem.getValue();
    const kept: ToughCounts = {};
    for (const [day, hashes] of Object.entries(counts)) {
      if (day >= cutoff && day <= today) kept[day] = hashes;
    }
    const todays = kept[today] ?? [];
    const added = !todays.includes(hash);
    if (added) kept[today] = [...todays, hash];
    await toughCountsItem.setValue(kept);
    return added;
  });
}

export async function getToughCount(now: Date = new Date()): Promise<number> {
  const counts = await toughCountsItem.getValue();
  return counts[dayKey(now)]?.length ?? 0;
}

export function resetToughCounts(): Promise<void> {
  return serial(() => toughCountsItem.removeValue());
}
