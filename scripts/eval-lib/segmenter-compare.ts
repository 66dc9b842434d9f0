/**
 * Why the Chinese packs are matched with a trie over characters rather than Intl.Segmenter words: this
 * compares speed and how many lexicon entries each finds on the Chinese dev rows (measuring only).
 *
 *   npx tsx scripts/eval-lib/segmenter-compare.ts
 */
import { packFor, SOURCES } from '../../lib/analysis/packs';
import { scan } from '../../lib/analysis/scan';
import { throughput } from './metrics';
import { loadEvalFiles } from './tsv';

const files = loadEvalFiles().filter((f) => f.name.includes('zh'));
const texts = files.flatMap((f) => f.rows.map((r) => r.text));
const hans = packFor('zh-Hans');
const en = packFor('en');

// Every term of the Simplified pack, for exact segment lookups.
const src = SOURCES['zh-Hans'];
const terms = new Set<string>();
for (const byWeight of Object.values(src.emotions))
  for (const t of Object.values(byWeight)) for (const w of t) terms.add(w);
for (const t of Object.values(src.escalation)) for (const w of t) terms.add(w);
for (const w of [...src.negators, ...src.contrast, ...Object.keys(src.intensifiers), ...Object.keys(src.downtoners)]) {
  terms.add(w);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
function segmenterHits(t: string): number {
  let n = 0;
  for (const s of segmenter.segment(t)) if (s.isWordLike && terms.has(s.segment)) n++;
  return n;
}
function trieHits(t: string): number {
  return scan(t, { latin: [hans, en], trie: hans, profanity: [] }).hits.length;
}

let trieTotal = 0;
let segTotal = 0;
let trieRows = 0;
let segRows = 0;
for (const t of texts) {
  const a = trieHits(t);
  const b = segmenterHits(t);
  trieTotal += a;
  segTotal += b;
  if (a > 0) trieRows++;
  if (b > 0) segRows++;
}
const trieRate = throughput(texts, trieHits, 1000);
const segRate = throughput(texts, segmenterHits, 1000);
console.log(`${texts.length} Chinese rows`);
console.log(
  `trie over characters: ${trieTotal} lexicon hits, rows with a hit ${trieRows}, ${Math.round(trieRate)} rows/s`,
);
console.log(
  `Intl.Segmenter words: ${segTotal} lexicon hits, rows with a hit ${segRows}, ${Math.round(segRate)} rows/s`,
);
