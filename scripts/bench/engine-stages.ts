// What one single-text line of the batch command costs, stage by stage, in CPU µs (best of several rounds, so
// other people's load on a shared machine inflates it least), and the command's own lines/s from its CPU time.
//
//   npx tsx scripts/bench/engine-stages.ts [--rounds=5] [--no-command]
//
// Stages are timed alone over the same dev rows (../shared/eval/dev, mixed English and Chinese), each on the
// input the engine hands it, so the figures add up to roughly the whole line.
import { analyzeMessage } from '../../lib/analysis';
import { installEscalationModel, readEscalation, valenceOfSums } from '../../lib/analysis/escalation';
import { loadEscalationModel } from '../../lib/analysis/escalation/learned';
import { languageFromCounts } from '../../lib/analysis/language';
import { MAX_MESSAGE_CHARS, tailStart } from '../../lib/analysis/limits';
import { packsFor } from '../../lib/analysis/message';
import { stripQuoted } from '../../lib/analysis/quoted';
import { sanitize } from '../../lib/analysis/sanitize';
import { scan } from '../../lib/analysis/scan';
import { guessDisc } from '../../lib/disc';
import { installModel, loadModel } from '../../lib/model';
import { setTap } from '../../lib/model/blend';
import { extract, featureBuffer } from '../../lib/model/features';
import { decide, emptyPrediction, type Model } from '../../lib/model/model';
import { logitsPacked, packedView } from '../../lib/model/packed';
import { processLine } from '../analyze-io/process-line';
import { loadEvalFiles } from '../eval-lib/tsv';
import { bestPer, commandCpu, commandRun } from './cpu';
import { fmt, table } from './report';

const COMMAND_LINES = 40_000;
/** The command's warm-up, timed apart: its first lines cost several times a warm one. */
const FIRST_LINES = 4096;

export interface StageFigures {
  rows: string[][];
  /** Lines per CPU second of the real command, start-up excluded. */
  commandLinesPerSec: number;
}

export async function runStages(rounds: number, command: boolean): Promise<StageFigures> {
  const texts = loadEvalFiles().flatMap((f) => f.rows.map((r) => r.text));
  const lines = texts.map((text, id) => JSON.stringify({ id, text }));
  const model = (await loadModel()) as Model | null;
  for (const t of texts) analyzeMessage(t);

  // The engine's intermediate inputs, computed once, so each stage is timed on what it really receives.
  const raws = texts.map((t) => t.slice(tailStart(t, MAX_MESSAGE_CHARS)));
  const owns = raws.map((r) => stripQuoted(r).text);
  const cleans = owns.map((o) => sanitize(o));
  const langs = cleans.map((c) => languageFromCounts(c.counts));
  const scanIn = cleans.map((c, i) => ({ text: c.text, packs: packsFor(langs[i]!, c.counts.hant > c.counts.hans) }));
  const sums = new Float64Array(7);
  const escIn = cleans.map((c, i) => ({ text: c.text, language: langs[i]!, raw: raws[i]! }));
  const results = texts.map((t) => analyzeMessage(t));
  // The model's inputs: the text the rules read and their result, as blend receives them.
  const tapped: { text: string; lex: ReturnType<typeof analyzeMessage> }[] = [];
  setTap((text, lex) => tapped.push({ text, lex }));
  for (const t of texts) analyzeMessage(t);
  setTap(null);
  const outs = lines.map((l) => processLine(l));

  const rowsOut: string[][] = [];
  const stage = (name: string, us: number) => rowsOut.push([name, fmt(us, 2)]);
  stage(
    'JSON.parse of the line',
    bestPer(lines, (l) => JSON.parse(l), rounds),
  );
  stage(
    'stripQuoted',
    bestPer(raws, (r) => stripQuoted(r), rounds),
  );
  stage(
    'sanitize (+ script counts)',
    bestPer(owns, (o) => sanitize(o), rounds),
  );
  stage(
    'scan (lexicon)',
    bestPer(scanIn, (x) => scan(x.text, x.packs), rounds),
  );
  const readEsc = (x: (typeof escIn)[number]) =>
    readEscalation(x.text, {
      language: x.language,
      valence: valenceOfSums(sums),
      original: x.raw,
      offset: 0,
      masked: [],
    });
  stage('readEscalation', bestPer(escIn, readEsc, rounds));
  if (model !== null) {
    const buf = featureBuffer();
    stage(
      'model: extract (features)',
      bestPer(tapped, (x) => extract(x.text, x.lex, buf, model.fold), rounds),
    );
    // Each message's own features, so the table rows read are the real ones.
    const bufs = tapped.map((x) => {
      const b = featureBuffer();
      extract(x.text, x.lex, b, model.fold);
      return { idx: b.idx.slice(0, b.n), n: b.n, dense: b.dense, group: b.group };
    });
    const z = new Float64Array(9);
    const pred = emptyPrediction();
    const view = packedView(model);
    stage(
      'model: logits',
      bestPer(bufs, (b) => logitsPacked(model, view, b, z), rounds),
    );
    stage(
      'model: decide',
      bestPer(bufs, (b) => decide(model.meta.calibration, b.group, 0, z, pred), rounds),
    );
  }
  installModel(null);
  const rules = bestPer(texts, (t) => analyzeMessage(t), rounds);
  stage('analyzeMessage, rules alone', rules);
  installModel(model);
  const hybrid = bestPer(texts, (t) => analyzeMessage(t), rounds);
  stage('analyzeMessage, rules + model', hybrid);
  // The same rows, each read many times in a row: caches and branch history stay warm, so the gap to the line
  // above is what cold tables cost (the model's 2.4 MB of weights, the lexicon indexes, escalation's regexes).
  const warm: string[] = [];
  for (let k = 0; k < texts.length; k += Math.max(1, Math.floor(texts.length / 40))) {
    for (let r = 0; r < 100; r++) warm.push(texts[k]!);
  }
  stage(
    'analyzeMessage, rules + model, each row 100 times in a row',
    bestPer(warm, (t) => analyzeMessage(t), rounds),
  );
  stage(
    'JSON.stringify of a result',
    bestPer(results, (r) => JSON.stringify(r), rounds),
  );
  stage(
    'guessDisc',
    bestPer(texts, (t) => guessDisc([{ role: 'customer', text: t }]), rounds),
  );
  stage(
    'JSON.stringify of a whole output line',
    bestPer(outs, (o) => JSON.stringify(o), rounds),
  );
  const whole = bestPer(lines, (l) => JSON.stringify(processLine(l)), rounds);
  stage('whole line in process (parse, engine, DISC, JSON out)', whole);
  // The command reads with the escalation model too (scripts/analyze-io/models.ts): its feature pass and sums,
  // and the cache its table takes from the rules', are part of every line there.
  const escModel = await loadEscalationModel();
  if (escModel !== null) {
    stage('readEscalation + escalation model', bestPer(escIn, readEsc, rounds));
    stage(
      'whole line, both models (as the command reads it)',
      bestPer(lines, (l) => JSON.stringify(processLine(l)), rounds),
    );
    installEscalationModel(null);
  }
  rowsOut.push(['msg/s, rules alone (CPU)', fmt(1e6 / rules, 0)]);
  rowsOut.push(['msg/s, rules + model (CPU)', fmt(1e6 / hybrid, 0)]);
  rowsOut.push(['lines/s in process (CPU)', fmt(1e6 / whole, 0)]);

  let commandLinesPerSec = Number.NaN;
  if (command) {
    const many: string[] = [];
    for (let i = 0; i < COMMAND_LINES; i++) many.push(lines[i % lines.length]!);
    const all = `${many.join('\n')}\n`;
    const one = `${lines[0]}\n`;
    const first = `${many.slice(0, FIRST_LINES).join('\n')}\n`;
    const startup = Math.min(commandCpu(one), commandCpu(one), commandCpu(one));
    const early = Math.min(commandCpu(first), commandCpu(first));
    // Helper threads started in either full run (by default the command starts one per idle core): each loads and
    // warms up the engine on its own, about 2.5 s of CPU over these lines, which the per-line figures below include.
    let helpers = 0;
    const fullRun = () => {
      const run = commandRun(all);
      helpers = Math.max(helpers, run.helpers);
      return run.cpu;
    };
    const full = Math.min(fullRun(), fullRun());
    commandLinesPerSec = COMMAND_LINES / Math.max(0.01, full - startup);
    rowsOut.push(['command: start-up CPU s', fmt(startup, 2)]);
    rowsOut.push([`command: ${COMMAND_LINES} lines CPU s (helper threads started: ${helpers})`, fmt(full, 2)]);
    // Where the command's cost beyond the in-process line goes: the first lines pay for JIT compiles (on V8's
    // background threads, counted in the process's CPU), regex compiles and the Chinese tables built on first use.
    rowsOut.push([
      `command: CPU µs per line, lines 2-${FIRST_LINES}`,
      fmt((1e6 * (early - startup)) / (FIRST_LINES - 1), 1),
    ]);
    rowsOut.push([
      `command: CPU µs per line, lines ${FIRST_LINES + 1}-${COMMAND_LINES}`,
      fmt((1e6 * (full - early)) / (COMMAND_LINES - FIRST_LINES), 1),
    ]);
    rowsOut.push(['command: lines/s (CPU, start-up excluded)', fmt(commandLinesPerSec, 0)]);
    // The command's own cost per line once warm, without helpers: the next COMMAND_LINES lines on one thread,
    // from the difference of two runs. This is the figure to hold against "whole line in process" above; the gap
    // to the rows before it is warm-up (the Chinese tables built, regexes compiled, V8 compiling the engine) and
    // helper threads, not reading, splitting or writing lines.
    const twice = all.repeat(2);
    const one40 = Math.min(commandCpu(all, ['--threads', '1']), commandCpu(all, ['--threads', '1']));
    const one80 = Math.min(commandCpu(twice, ['--threads', '1']), commandCpu(twice, ['--threads', '1']));
    rowsOut.push([
      `command, one thread: CPU µs per line once warm (lines ${COMMAND_LINES + 1}-${2 * COMMAND_LINES})`,
      fmt((1e6 * (one80 - one40)) / COMMAND_LINES, 1),
    ]);
  }
  return { rows: rowsOut, commandLinesPerSec };
}

if (process.argv[1] && /engine-stages\.ts$/.test(process.argv[1])) {
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
  runStages(rounds, !process.argv.includes('--no-command')).then((r) => {
    console.log(table(['stage (CPU µs per line, best of rounds)', 'value'], r.rows));
  });
}
