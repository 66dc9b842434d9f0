// CPU time of the escalation reader on the dev rows, alone and inside the whole analysis, with the anchor gate
// on and off (the machine is shared, so process CPU time, not wall time), then µs per message of the rules alone
// and of the rules with the learned model, best of several passes, per language. Also checks that the gate
// changes no result on these rows. Run: npx tsx scripts/bench-escalation.ts [reps]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyzeMessage } from '../lib/analysis';
import { installEscalationModel, readEscalation, setAnchorGate } from '../lib/analysis/escalation';
import { loadEscalationModel } from '../lib/analysis/escalation/learned';
import { bestPer } from './bench/cpu';
import { evalDir, loadEvalFiles } from './eval-lib/tsv';

const reps = Number(process.argv[2] ?? 3);
// The dev rows sit beside the checkout, or beside the worktrees folder when this is a worktree.
const besideWorktrees = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'dev');
const dir = process.env.HEARTLINE_EVAL_DIR || existsSync(evalDir()) ? evalDir() : besideWorktrees;
const rows = loadEvalFiles(dir).flatMap((f) => f.rows.map((r) => r.text));
if (rows.length === 0) {
  console.error('no dev rows found');
  process.exit(1);
}
const language = (t: string) => (/[\u3400-\u9fff]/.test(t) ? 'zh-Hans' : 'en') as 'en' | 'zh-Hans';

function cpuSeconds(fn: () => void): number {
  const a = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1e6;
}
const analyzeAll = () => {
  for (const r of rows) analyzeMessage(r);
};
const escalationAll = () => {
  for (const r of rows) readEscalation(r, { language: language(r), valence: 0 });
};

for (const gate of [false, true]) {
  setAnchorGate(gate);
  analyzeAll(); // compile and warm up
  const a = cpuSeconds(analyzeAll);
  const e = cpuSeconds(escalationAll);
  const rate = (s: number) => Math.round((rows.length * reps) / s).toLocaleString('en');
  console.log(
    `gate ${gate ? 'on ' : 'off'}  ${rows.length} rows × ${reps}: analysis ${rate(a)} msgs/s CPU, escalation alone ${rate(e)} msgs/s CPU`,
  );
}

// The learned model on top of the rules (gate on): µs per message, best of 5 passes, each order alternated.
setAnchorGate(true);
const model = await loadEscalationModel();
if (model === null) throw new Error('the escalation model could not be loaded');
for (const [name, keep] of [
  ['en', (t: string) => language(t) === 'en'],
  ['zh', (t: string) => language(t) !== 'en'],
] as const) {
  const items = rows.filter(keep);
  const read = (r: string) => readEscalation(r, { language: language(r), valence: 0 });
  const us = { rules: Number.POSITIVE_INFINITY, model: Number.POSITIVE_INFINITY };
  for (let pass = 0; pass < 5; pass++) {
    for (const which of pass % 2 ? (['model', 'rules'] as const) : (['rules', 'model'] as const)) {
      installEscalationModel(which === 'model' ? model : null);
      us[which] = Math.min(us[which], bestPer(items, read, 3));
    }
  }
  installEscalationModel(null);
  let flagged = 0;
  installEscalationModel(model);
  for (const r of items) flagged += read(r).length;
  installEscalationModel(null);
  let rulesFlagged = 0;
  for (const r of items) rulesFlagged += read(r).length;
  console.log(
    `${name} ${items.length} rows: readEscalation rules alone ${us.rules.toFixed(2)} µs/msg CPU, rules + model ${us.model.toFixed(2)} µs/msg (flags raised ${rulesFlagged} → ${flagged})`,
  );
}

let differ = 0;
for (const r of rows) {
  setAnchorGate(false);
  const off = analyzeMessage(r);
  setAnchorGate(true);
  const on = analyzeMessage(r);
  if (
    !isDeepStrictEqual(off.escalation, on.escalation) ||
    !isDeepStrictEqual(off.escalationDetail, on.escalationDetail)
  )
    differ++;
}
console.log(`results that differ with the gate on: ${differ}`);
if (differ) process.exitCode = 1;
