// CPU cost of the escalation reader alone, per message, on the dev rows as the engine hands them (sanitised text,
// detected language), best of N rounds; and, with --startup, the CPU ms the first reading of each table costs in
// a fresh process (building the tables).
//
// With --gate, how many rows the anchor gate lets through per table (a row is read by the English table when it
// has Latin letters and no Han, by the Chinese table of its detected script when it has Han).
//
//   HEARTLINE_EVAL_DIR=../shared/eval/dev npx tsx scripts/bench/escalation-read.ts [--rounds=15] [--startup] [--gate]
import { readEscalation, valenceOfSums } from '../../lib/analysis/escalation';
import { anchorIndex } from '../../lib/analysis/escalation/anchors';
import { EN_CUES } from '../../lib/analysis/escalation/cues/en';
import { ZH_HANS_CUES } from '../../lib/analysis/escalation/cues/zh-hans';
import { zhHantCues } from '../../lib/analysis/escalation/cues/zh-hant';
import type { LanguageCues } from '../../lib/analysis/escalation/types';
import { languageFromCounts } from '../../lib/analysis/language';
import { MAX_MESSAGE_CHARS, tailStart } from '../../lib/analysis/limits';
import { stripQuoted } from '../../lib/analysis/quoted';
import { sanitize } from '../../lib/analysis/sanitize';
import { loadEvalFiles } from '../eval-lib/tsv';
import { bestPer, cpuMicros } from './cpu';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`));
const rounds = Number(arg('rounds=')?.split('=')[1] ?? 15);

if (arg('startup')) {
  const firsts: [string, string, 'en' | 'zh-Hans' | 'zh-Hant'][] = [
    ['en', 'I will cancel my account', 'en'],
    ['zh-Hans', '我要退款', 'zh-Hans'],
    ['zh-Hant', '我要退款', 'zh-Hant'],
  ];
  const parts = firsts.map(([name, text, language]) => {
    const us = cpuMicros(() => readEscalation(text, { language, valence: 0 }));
    return `${name} ${(us / 1000).toFixed(1)} ms`;
  });
  console.log(`first reading: ${parts.join(', ')}`);
} else {
  const texts = loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
  const sums = new Float64Array(7);
  const items = texts.map((t) => {
    const raw = t.slice(tailStart(t, MAX_MESSAGE_CHARS));
    const clean = sanitize(stripQuoted(raw).text);
    return { text: clean.text, language: languageFromCounts(clean.counts), raw };
  });
  const read = (x: (typeof items)[number]) =>
    readEscalation(x.text, {
      language: x.language,
      valence: valenceOfSums(sums),
      original: x.raw,
      offset: 0,
      masked: [],
    });
  if (arg('gate')) {
    const gate = (t: LanguageCues) => {
      const lower = (r: RegExp) => r.source.toLowerCase();
      const idx = anchorIndex([
        ...t.cues.map((c) => lower(c.re)),
        ...t.pairs.map((p) => [lower(p.what), lower(p.act)]),
      ]);
      return { idx, live: new Uint8Array(t.cues.length + t.pairs.length), rows: 0, passed: 0 };
    };
    const tables = { en: gate(EN_CUES), 'zh-Hans': gate(ZH_HANS_CUES), 'zh-Hant': gate(zhHantCues()) };
    for (const x of items) {
      const han = /[\u3400-\u9fff]/.test(x.text);
      const t = !han ? tables.en : x.language === 'zh-Hant' ? tables['zh-Hant'] : tables['zh-Hans'];
      t.rows++;
      if (t.idx.mark(x.text.toLowerCase(), t.live) > 0) t.passed++;
    }
    for (const [name, t] of Object.entries(tables))
      console.log(
        `gate ${name}: ${t.passed}/${t.rows} rows pass (${((100 * t.passed) / Math.max(1, t.rows)).toFixed(1)}%)`,
      );
  }
  for (const x of items) read(x);
  const best = bestPer(items, read, rounds);
  console.log(`readEscalation: ${best.toFixed(3)} µs/message CPU, best of ${rounds} over ${items.length} rows`);
}
