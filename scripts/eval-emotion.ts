/**
 * Scores the emotion engine on the dev TSV files and, in the same process and on the same rows, the
 * VADER and AFINN (`sentiment`) packages. Measuring only: nothing from the rows is written anywhere.
 *
 *   npx tsx scripts/eval-emotion.ts [--half=even|odd] [--no-baselines] [--errors=N]
 *
 * --detail adds per-label precision and recall, --matrix the confusion matrix.
 * --half keeps every other row (by line number) so weights can be tuned on one half and checked on the
 * other; --errors prints up to N misread rows per file to the terminal, to see which kinds of cues are
 * missing.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { analyzeMessage } from '../lib/analysis';
import { installEscalationModel, loadEscalationModel } from '../lib/analysis/escalation/learned';
import { installModel, loadModel } from '../lib/model';
import type { Model } from '../lib/model/model';
import type { EmotionLabel } from '../lib/types';
import { NEGATIVE_EMOTIONS } from '../lib/types';
import { accuracy, binaryF1, compareThroughput, f1, macroF1, perLabel } from './eval-lib/metrics';
import { type EvalFile, loadEvalFiles } from './eval-lib/tsv';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } };
};
const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
const afinn = new Sentiment();

const NEG = new Set<string>(NEGATIVE_EMOTIONS);
const BINARY = new Set(['negative', 'non-negative']);

/** Targets from issue #13 (for the hybrid): negative-F1 and macro-F1 per file. */
const TARGETS: Record<string, { neg?: number; macro?: number }> = {
  'goemotions-en': { neg: 0.84, macro: 0.62 },
  'complaints-en': { neg: 0.8 },
  'smp2020-zh-hans': { neg: 0.88, macro: 0.68 },
  'smp2020-zh-hant': { neg: 0.88, macro: 0.68 },
  'waimai-zh-hans': { neg: 0.88 },
};

/** The learned model, once loaded; null runs the rules alone (the lexicon column). */
let model: Model | null = null;
/** The escalation model, loaded beside it as in the panel (its flags feed intensity and anger). */
let escalationModel: Awaited<ReturnType<typeof loadEscalationModel>> = null;

function rulesOnly<T>(fn: () => T): T {
  installModel(null);
  installEscalationModel(null);
  try {
    return fn();
  } finally {
    installModel(model);
    installEscalationModel(escalationModel);
  }
}

function arg(name: string): string | undefined {
  const a = process.argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (!a) return undefined;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : '';
}

/**
 * Messages per CPU-second (user + system time of this process), best of `rounds` interleaved passes per
 * contender. On a shared machine wall-clock rates mostly measure the neighbours; CPU time does not count the
 * time this process waits for a core, so it is the figure the target is checked on.
 */
function cpuRates(texts: readonly string[], fns: Record<string, () => void>, rounds: number): Record<string, number> {
  const best: Record<string, number> = {};
  for (const fn of Object.values(fns)) fn();
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const c = process.cpuUsage();
      let passes = 0;
      let used = 0;
      do {
        fn();
        passes++;
        const d = process.cpuUsage(c);
        used = (d.user + d.system) / 1e6;
      } while (used < 0.2);
      best[name] = Math.max(best[name] ?? 0, (passes * texts.length) / used);
    }
  }
  return best;
}

const fmt = (x: number) => x.toFixed(3);
const rate = (x: number) => `${Math.round(x).toLocaleString('en-US')}/s`;

function analyze(t: string): unknown {
  return analyzeMessage(t);
}
function vaderNegative(t: string): boolean {
  // VADER's own convention: compound ≤ −0.05 is negative.
  return vader.SentimentIntensityAnalyzer.polarity_scores(t).compound <= -0.05;
}
function afinnNegative(t: string): boolean {
  return afinn.analyze(t).score < 0;
}

interface FileResult {
  name: string;
  rows: number;
  accuracy: number;
  macro: number | null;
  neg: number;
  rulesMacro: number | null;
  rulesNeg: number;
  rate: number;
  vaderNeg: number | null;
  afinnNeg: number | null;
}

function scoreFile(file: EvalFile, baselines: boolean, errors: number): FileResult {
  const rows = file.rows;
  const texts = rows.map((r) => r.text);
  const binary = rows.every((r) => BINARY.has(r.expected));
  const preds: EmotionLabel[] = texts.map((t) => analyzeMessage(t).primary);
  const rulePreds: EmotionLabel[] = rulesOnly(() => texts.map((t) => analyzeMessage(t).primary));
  const goldNeg = rows.map((r) => (binary ? r.expected === 'negative' : NEG.has(r.expected)));
  const rulesNeg = binaryF1(
    goldNeg,
    rulePreds.map((p) => NEG.has(p)),
  );
  let rulesMacro: number | null = null;
  const predNeg = preds.map((p) => NEG.has(p));
  const neg = binaryF1(goldNeg, predNeg);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  goldNeg.forEach((g, i) => {
    if (g && predNeg[i]) tp++;
    else if (predNeg[i]) fp++;
    else if (g) fn++;
  });
  const negPR = f1(tp, fp, fn);
  let acc: number;
  let macro: number | null = null;
  console.log(`\n== ${file.name} (${rows.length} rows${binary ? ', binary' : ''})`);
  if (binary) {
    acc = accuracy(
      goldNeg.map(String),
      predNeg.map((x) => String(x)),
    );
  } else {
    const gold = rows.map((r) => r.expected);
    acc = accuracy(gold, preds);
    const labels = [...new Set(gold)].sort();
    const scores = perLabel(gold, preds, labels);
    macro = macroF1(scores);
    rulesMacro = macroF1(perLabel(gold, rulePreds, labels));
    if (arg('matrix') !== undefined) {
      const all = [...labels, ...[...new Set(preds)].filter((p) => !labels.includes(p)).sort()];
      console.log(`  confusion (rows gold, columns predicted): ${all.map((l) => l.slice(0, 5)).join(' ')}`);
      for (const g of labels) {
        const cells = all.map((p) =>
          String(rows.filter((r, i) => r.expected === g && preds[i] === p).length).padStart(5),
        );
        console.log(`    ${g.slice(0, 11).padEnd(11)} ${cells.join(' ')}`);
      }
    }
    console.log(`  per-label F1: ${scores.map((s) => `${s.label} ${fmt(s.f1)}`).join('  ')}`);
    if (arg('detail') !== undefined) {
      for (const s of scores) {
        console.log(`    ${s.label.padEnd(11)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  n=${s.support}`);
      }
    }
  }
  let vaderNeg: number | null = null;
  let afinnNeg: number | null = null;
  const rates = compareThroughput(
    texts,
    baselines ? { ours: analyze, vader: vaderNegative, afinn: afinnNegative } : { ours: analyze },
    3,
  );
  const ours = rates.ours!;
  const vaderRate = rates.vader ?? 0;
  const afinnRate = rates.afinn ?? 0;
  if (baselines) {
    vaderNeg = binaryF1(goldNeg, texts.map(vaderNegative));
    afinnNeg = binaryF1(goldNeg, texts.map(afinnNegative));
  }
  console.log(
    `  hybrid     accuracy ${fmt(acc)}  macro-F1 ${macro === null ? '  -  ' : fmt(macro)}  negative-F1 ${fmt(neg)} (P ${fmt(negPR.precision)} R ${fmt(negPR.recall)})  ${rate(ours)}`,
  );
  console.log(`  rules      macro-F1 ${rulesMacro === null ? '  -  ' : fmt(rulesMacro)}  negative-F1 ${fmt(rulesNeg)}`);
  if (baselines) {
    console.log(`  vader      negative-F1 ${fmt(vaderNeg!)}  ${rate(vaderRate)}`);
    console.log(`  afinn      negative-F1 ${fmt(afinnNeg!)}  ${rate(afinnRate)}`);
  }
  if (errors > 0) {
    let shown = 0;
    for (let i = 0; i < rows.length && shown < errors; i++) {
      const wrong =
        binary || arg('neg-errors') !== undefined ? goldNeg[i] !== predNeg[i] : preds[i] !== rows[i]!.expected;
      if (!wrong) continue;
      shown++;
      console.log(`    ✗ [${rows[i]!.expected} → ${preds[i]}] ${rows[i]!.text.slice(0, 140)}`);
    }
  }
  return {
    name: file.name,
    rows: rows.length,
    accuracy: acc,
    macro,
    neg,
    rulesMacro,
    rulesNeg,
    rate: ours,
    vaderNeg,
    afinnNeg,
  };
}

async function main(): Promise<void> {
  model = await loadModel();
  escalationModel = await loadEscalationModel();
  if (model === null) console.log('  (model could not be loaded: the rules alone are measured)');
  let files: EvalFile[];
  try {
    files = loadEvalFiles();
  } catch (e) {
    console.error(`eval-emotion: ${(e as Error).message}`);
    process.exit(2);
  }
  const half = arg('half');
  if (half === 'even' || half === 'odd') {
    const keep = half === 'even' ? 0 : 1;
    files = files.map((f) => ({ ...f, rows: f.rows.filter((r) => r.line % 2 === keep) }));
  }
  const baselines = arg('no-baselines') === undefined;
  const errors = Number(arg('errors') ?? 0) || 0;
  const only = arg('only');
  if (only) files = files.filter((f) => f.name.includes(only));
  console.log(`Heartline emotion eval — ${files.length} files${half ? `, ${half} rows only` : ''}`);
  const results = files.map((f) => scoreFile(f, baselines, errors));

  // Throughput over every row of every file together, one core, same process.
  const all = files.flatMap((f) => f.rows.map((r) => r.text));
  const rates = compareThroughput(
    all,
    baselines ? { ours: analyze, vader: vaderNegative, afinn: afinnNegative } : { ours: analyze },
    5,
    300,
  );
  const ours = rates.ours!;
  console.log('\n== summary (hybrid = rules + learned model; rules = lexicon engine alone)');
  console.log(
    '  file               acc    macro-F1 (rules)  neg-F1 (rules)   target                 beats rules  vader-neg  afinn-neg',
  );
  let pass = true;
  for (const r of results) {
    const t = TARGETS[r.name] ?? {};
    const okNeg = t.neg === undefined || r.neg >= t.neg;
    const okMacro = t.macro === undefined || (r.macro ?? 0) >= t.macro;
    const beats = r.neg > r.rulesNeg && (r.macro === null || r.macro > (r.rulesMacro ?? 0));
    pass &&= okNeg && okMacro && (model === null || beats);
    const target = [t.neg === undefined ? '' : `neg≥${t.neg}`, t.macro === undefined ? '' : `macro≥${t.macro}`]
      .filter(Boolean)
      .join(' ');
    console.log(
      `  ${r.name.padEnd(18)} ${fmt(r.accuracy)}  ${r.macro === null ? '  -  ' : fmt(r.macro)} (${r.rulesMacro === null ? '  -  ' : fmt(r.rulesMacro)})   ${fmt(r.neg)} (${fmt(r.rulesNeg)})  ${(target || '-').padEnd(17)} ${okNeg && okMacro ? 'ok  ' : 'MISS'}  ${beats ? 'yes' : 'NO '}          ${r.vaderNeg === null ? '  -  ' : fmt(r.vaderNeg)}      ${r.afinnNeg === null ? '  -  ' : fmt(r.afinnNeg)}`,
    );
  }
  const rulesRate = rulesOnly(() => compareThroughput(all, { rules: analyze }, 5, 300).rules!);
  const pass1 = () => {
    for (const t of all) analyzeMessage(t);
  };
  const cpu = cpuRates(all, { hybrid: pass1, rules: () => rulesOnly(pass1) }, 7);
  const okRate = cpu.hybrid! >= 100_000;
  pass &&= okRate;
  console.log(
    `\n  throughput, all ${all.length} rows (mixed en/zh), one core, best of 5 interleaved rounds (wall clock): heartline (rules + model) ${rate(ours)}; rules alone ${rate(rulesRate)}`,
  );
  console.log(
    `  per CPU-second, best of 7 interleaved rounds: heartline (rules + model) ${rate(cpu.hybrid!)} (target ≥ 100,000/s) ${okRate ? 'ok' : 'MISS'}; rules alone ${rate(cpu.rules!)}; the model adds ${(1e6 / cpu.hybrid! - 1e6 / cpu.rules!).toFixed(2)} µs per message (load average ${loadavg()[0]!.toFixed(1)})`,
  );
  if (baselines) {
    const v = rates.vader!;
    const a = rates.afinn!;
    const okA = ours >= a;
    const okV = ours >= 20 * v;
    pass &&= okA && okV;
    console.log(`  vader ${rate(v)}  afinn ${rate(a)}`);
    console.log(
      `  heartline/afinn ${(ours / a).toFixed(2)}× (target ≥ 1×) ${okA ? 'ok' : 'MISS'};  heartline/vader ${(ours / v).toFixed(1)}× (target ≥ 20×) ${okV ? 'ok' : 'MISS'}`,
    );
  }
  if (baselines) {
    // AFINN and VADER only tokenise on spaces, so on Chinese they do almost no work; English rows are where
    // the three actually do the same job.
    const english = files.filter((f) => f.name.endsWith('-en')).flatMap((f) => f.rows.map((r) => r.text));
    const en = compareThroughput(english, { ours: analyze, vader: vaderNegative, afinn: afinnNegative }, 5, 300);
    console.log(
      `  English rows only (${english.length}): heartline ${rate(en.ours!)}  vader ${rate(en.vader!)}  afinn ${rate(en.afinn!)}  → ${(en.ours! / en.afinn!).toFixed(2)}× afinn, ${(en.ours! / en.vader!).toFixed(1)}× vader`,
    );
  }
  console.log(`\n  ${pass ? 'all targets met' : 'some targets missed'}`);
}

void main();
