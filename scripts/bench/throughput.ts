// Section a: how fast the analyzer reads customer text, next to two well-known lexicon scorers run on
// the same rows in the same process (AFINN via `sentiment`, and VADER). Neither reads Chinese, so for
// zh rows they only show the cost of a tokenise-and-look-up pass; the ratio is a yardstick, not a race.
import { createRequire } from 'node:module';
import { analyzeMessage } from '../../lib/analysis';
import { type EvalFile, evalDir, loadEvalFiles } from '../eval-lib/tsv';
import { fmt, msSince, table } from './report';

const require = createRequire(import.meta.url);

type Scorer = (text: string) => unknown;

function referenceScorers(): Array<[string, Scorer]> {
  const Sentiment = require('sentiment') as new () => { analyze(text: string): unknown };
  const vader = require('vader-sentiment') as {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): unknown };
  };
  const afinn = new Sentiment();
  return [
    ['sentiment (AFINN)', (t) => afinn.analyze(t)],
    ['vader-sentiment', (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t)],
  ];
}

/** Which dev files stand for which language. */
const FILES: Record<string, string[]> = {
  en: ['complaints-en', 'goemotions-en'],
  'zh-Hans': ['smp2020-zh-hans', 'waimai-zh-hans'],
  'zh-Hant': ['smp2020-zh-hant'],
};
/** A long email: this many rows joined as paragraphs (about 1–3 KB). */
const EMAIL_ROWS = 20;

interface Case {
  lang: string;
  shape: 'chat' | 'email';
  texts: string[];
  bytes: number[];
}

function casesFrom(files: EvalFile[]): Case[] {
  const out: Case[] = [];
  for (const [lang, names] of Object.entries(FILES)) {
    const rows = files.filter((f) => names.includes(f.name)).flatMap((f) => f.rows.map((r) => r.text));
    if (rows.length === 0) continue;
    const emails: string[] = [];
    for (let i = 0; i + EMAIL_ROWS <= rows.length; i += EMAIL_ROWS) {
      emails.push(rows.slice(i, i + EMAIL_ROWS).join('\n\n'));
    }
    for (const [shape, texts] of [
      ['chat', rows],
      ['email', emails],
    ] as const) {
      out.push({ lang, shape, texts, bytes: texts.map((t) => Buffer.byteLength(t, 'utf8')) });
    }
  }
  return out;
}

interface Rate {
  perSec: number;
  mbPerSec: number;
}

let sink = 0;

/** Cycles through the texts for `seconds` after a warm-up, counting messages and UTF-8 bytes. */
function measure(score: Scorer, c: Case, seconds: number): Rate {
  const warm = process.hrtime.bigint();
  for (let i = 0; msSince(warm) < Math.min(500, seconds * 250); i++) score(c.texts[i % c.texts.length] as string);
  let n = 0;
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  // Check the clock every 16 calls: reading it costs about as much as scoring a short chat line.
  while (elapsed < seconds * 1000) {
    for (let k = 0; k < 16; k++, n++) {
      const i = n % c.texts.length;
      if (score(c.texts[i] as string)) sink++;
      bytes += c.bytes[i] as number;
    }
    elapsed = msSince(t0);
  }
  return { perSec: (n / elapsed) * 1000, mbPerSec: (bytes / 1024 / 1024 / elapsed) * 1000 };
}

export interface ThroughputResult {
  /** Slowest Heartline rate on short chat messages, per second. */
  minChatPerSec: number;
  /** Heartline msg/s ÷ each reference's msg/s on English text, in the case where Heartline compares worst. */
  minRatio: Record<string, number>;
  rows: string[][];
}

export function runThroughput(seconds: number): ThroughputResult | null {
  let files: EvalFile[];
  try {
    files = loadEvalFiles();
  } catch (error) {
    console.log(`Skipped: ${(error as Error).message} (looked in ${evalDir()})`);
    return null;
  }
  const cases = casesFrom(files);
  if (cases.length === 0) {
    console.log(`Skipped: none of ${Object.values(FILES).flat().join(', ')} found in ${evalDir()}.`);
    return null;
  }
  const refs = referenceScorers();
  const heartline: Scorer = (t) => analyzeMessage(t);
  // Language packs compile on first use; that one-off cost belongs to start-up, not to throughput.
  for (const c of cases) heartline(c.texts[0] as string);
  const rows: string[][] = [];
  let minChatPerSec = Number.POSITIVE_INFINITY;
  const minRatio: Record<string, number> = {};
  for (const c of cases) {
    const avg = c.bytes.reduce((a, b) => a + b, 0) / c.bytes.length;
    const ours = measure(heartline, c, seconds);
    if (c.shape === 'chat') minChatPerSec = Math.min(minChatPerSec, ours.perSec);
    const theirs = refs.map(([, s]) => measure(s, c, seconds));
    // English only: the references split on spaces, so a Chinese message is one unknown word to them and
    // their speed there is not a comparison.
    if (c.lang === 'en') {
      refs.forEach(([name], i) => {
        const ratio = ours.perSec / (theirs[i]?.perSec ?? Number.NaN);
        if (Number.isFinite(ratio)) minRatio[name] = Math.min(minRatio[name] ?? Number.POSITIVE_INFINITY, ratio);
      });
    }
    rows.push([
      `${c.lang} ${c.shape}`,
      String(c.texts.length),
      fmt(avg, 0),
      fmt(ours.perSec, 0),
      fmt(ours.mbPerSec, 2),
      ...theirs.flatMap((r) => [fmt(r.perSec, 0), fmt(r.mbPerSec, 2), `${fmt(ours.perSec / r.perSec, 2)}×`]),
    ]);
  }
  const headers = [
    'case',
    'texts',
    'avg B',
    'Heartline msg/s',
    'MB/s',
    ...refs.flatMap(([name]) => [`${name} msg/s`, 'MB/s', 'ratio']),
  ];
  console.log(table(headers, rows));
  console.log(
    `\nratio = Heartline msg/s ÷ reference msg/s (above 1× = Heartline faster). ${seconds} s per case after a warm-up.` +
      ` chat = one dev row per message; email = ${EMAIL_ROWS} rows joined as paragraphs. (checksum ${sink % 10})`,
  );
  return { minChatPerSec, minRatio, rows };
}
