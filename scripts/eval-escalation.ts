// Scores escalation flags on the sets written for them: per language, precision and recall over all flags
// (a flag raised that the set does not list is a false alarm; one it lists and the engine misses is a miss),
// then per flag, then how often the strength and the deadline match when the flag is right.
// Each set is read twice, by the rules alone and by the rules with the learned model (as shipped), side by side.
// The model was trained on the rounds its card lists (lib/analysis/escalation/learned/MODEL_CARD.md): on those its
// figure is in-sample and marked so; a round it never read (a blind round, or one written after it was trained) is
// held out.
// Run: npx tsx scripts/eval-escalation.ts [file.json ...] [--verbose]
// Without files it reads every set in tests/fixtures/escalation/.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyzeMessage } from '../lib/analysis';
import { installEscalationModel, loadEscalationModel } from '../lib/analysis/escalation/learned';
import type { MessageAnalysis } from '../lib/types';
import { fixtureArgs } from './eval-lib/fixture-args';
import { f1 } from './eval-lib/metrics';
import { ESCALATION_TRAIN_CONFIG } from './train-escalation/config';
import { roundOf } from './train-escalation/data';

/** The rounds the shipped model was trained on, as its card lists them; null when the card cannot be read. */
const trainedOn = ((): Set<string> | null => {
  const card = join(import.meta.dirname, '..', 'lib', 'analysis', 'escalation', 'learned', 'MODEL_CARD.md');
  if (!existsSync(card)) return null;
  const m = /^\d+ rounds \(([^)]*)\)/m.exec(readFileSync(card, 'utf8'));
  return m ? new Set(m[1]!.split(',').map((r) => r.trim())) : null;
})();

interface Case {
  text: string;
  flags: Record<string, string>;
  deadline?: string;
  trap?: boolean;
}
interface EscalationSet {
  language: string;
  cases: Case[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'escalation');
const { verbose, files } = fixtureArgs(dir);

/** Flag → strength and deadline as the engine gives them; older engines give names only. */
function raised(a: MessageAnalysis): Map<string, { strength?: string; deadline?: string }> {
  const out = new Map<string, { strength?: string; deadline?: string }>();
  for (const f of a.escalation) out.set(f, {});
  const detail = (a as { escalationDetail?: { flag: string; strength: string; deadline?: { text: string } }[] })
    .escalationDetail;
  for (const d of detail ?? []) out.set(d.flag, { strength: d.strength, deadline: d.deadline?.text });
  return out;
}

const fmt = (x: number) => x.toFixed(3);

const model = await loadEscalationModel();
if (model === null) console.error('the escalation model could not be loaded: rules + model reads as rules alone');
/** Per language and kind of round (blind / trained on): counts of the rules alone and of rules + model. */
const pooled = new Map<string, { rules: Counts; both: Counts }>();

function countsOf(cases: readonly Case[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const x of cases) {
    const got = new Set(analyzeMessage(x.text).escalation);
    for (const f of Object.keys(x.flags))
      if (got.has(f as never)) c.tp++;
      else c.fn++;
    for (const f of got) if (!(f in x.flags)) c.fp++;
  }
  return c;
}

const add = (a: Counts, b: Counts) => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};
const pr = (c: Counts) => {
  const x = f1(c.tp, c.fp, c.fn);
  return `P ${fmt(x.precision)} R ${fmt(x.recall)}`;
};

for (const file of files) {
  if (!existsSync(file)) {
    console.error(`missing: ${file}`);
    process.exitCode = 1;
    continue;
  }
  let set: EscalationSet;
  try {
    set = JSON.parse(readFileSync(file, 'utf8')) as EscalationSet;
    if (!Array.isArray(set.cases)) throw new Error('"cases" must be an array');
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  installEscalationModel(null);
  const rulesAlone = countsOf(set.cases);
  installEscalationModel(model);
  const round = roundOf(basename(file));
  // A file outside the training folder (a new writer's round, scored before it joins) is as unseen as a blind one,
  // and so is a round the fixtures gained after the model was trained.
  const blind =
    dirname(resolve(file)) !== resolve(dir) ||
    (round !== null &&
      (ESCALATION_TRAIN_CONFIG.blind.includes(round) || (trainedOn !== null && !trainedOn.has(round))));
  const kind = blind ? 'blind' : 'trained on';
  const pool = pooled.get(`${set.language}\0${kind}`) ?? {
    rules: { tp: 0, fp: 0, fn: 0 },
    both: { tp: 0, fp: 0, fn: 0 },
  };
  pooled.set(`${set.language}\0${kind}`, pool);
  add(pool.rules, rulesAlone);
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const byFlag = new Map<string, Counts>();
  const at = (f: string) => {
    const c = byFlag.get(f) ?? { tp: 0, fp: 0, fn: 0 };
    byFlag.set(f, c);
    return c;
  };
  let strengthRight = 0;
  let strengthSeen = 0;
  let deadlines = 0;
  let deadlinesRight = 0;
  let trapsClean = 0;
  let traps = 0;
  const notes: string[] = [];
  for (const c of set.cases) {
    const got = raised(analyzeMessage(c.text));
    const want = c.flags;
    for (const [flag, strength] of Object.entries(want)) {
      const g = got.get(flag);
      if (g) {
        all.tp++;
        at(flag).tp++;
        if (g.strength !== undefined) {
          strengthSeen++;
          if (g.strength === strength) strengthRight++;
          else notes.push(`  STRENGTH ${flag} want ${strength} got ${g.strength}: ${c.text}`);
        }
      } else {
        all.fn++;
        at(flag).fn++;
        notes.push(`  MISS ${flag}: ${c.text}`);
      }
    }
    for (const flag of got.keys()) {
      if (flag in want) continue;
      all.fp++;
      at(flag).fp++;
      notes.push(`  FALSE ${flag}: ${c.text}`);
    }
    if (c.trap) {
      traps++;
      if ([...got.keys()].every((f) => f in want)) trapsClean++;
    }
    if (c.deadline) {
      deadlines++;
      const d = [...got.values()].find((g) => g.deadline)?.deadline;
      if (d === c.deadline) deadlinesRight++;
      else notes.push(`  DEADLINE want "${c.deadline}" got "${d ?? ''}": ${c.text}`);
    }
  }
  add(pool.both, all);
  const s = f1(all.tp, all.fp, all.fn);
  console.log(
    `\n${basename(file)} (${set.language}, ${set.cases.length} messages)${blind ? ' BLIND: the model never read it' : ' (the model trained on it: rules + model is in-sample)'}`,
  );
  console.log(`  rules alone ${pr(rulesAlone)}   rules + model ${pr(all)}`);
  console.log(
    `  all flags   precision ${fmt(s.precision)}  recall ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (tp ${all.tp} fp ${all.fp} fn ${all.fn})`,
  );
  console.log(`  trigger word without intent left clean: ${trapsClean}/${traps}`);
  console.log(`  strength right ${strengthRight}/${strengthSeen}   deadline found ${deadlinesRight}/${deadlines}`);
  for (const [flag, c] of [...byFlag].sort()) {
    const x = f1(c.tp, c.fp, c.fn);
    console.log(
      `  ${flag.padEnd(15)} precision ${fmt(x.precision)}  recall ${fmt(x.recall)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
    );
  }
  if (verbose) for (const n of notes) console.log(n);
}

console.log('\nPooled per language: rules alone → rules + model');
for (const [key, c] of [...pooled].sort()) {
  const [language, kind] = key.split('\0');
  console.log(`  ${language!.padEnd(8)} ${kind!.padEnd(11)} rules ${pr(c.rules)}   rules + model ${pr(c.both)}`);
}
