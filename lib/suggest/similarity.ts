// Character bigrams work for both English and Chinese without a tokenizer, and survive small edits
// (a duplicated template with one word changed still reads as the same suggestion).
function bigrams(text: string): Map<string, number> {
  const norm = text
    .toLowerCase()
    .replace(/\{[a-z]+\}|\[[^\]]*\]/gi, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
  const grams = new Map<string, number>();
  const chars = Array.from(norm);
  for (let i = 0; i < chars.length - 1; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams, 0 (nothing shared) .. 1 (same text). */
export function textSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of ga.values()) sizeA += n;
  for (const [g, n] of gb) {
    sizeB += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  if (sizeA + sizeB === 0) return a.trim() === b.trim() ? 1 : 0;
  return (2 * shared) / (sizeA + sizeB);
}

/** Above this, two suggestions say the same thing and only the better one is shown. */
export const NEAR_DUPLICATE = 0.8;
