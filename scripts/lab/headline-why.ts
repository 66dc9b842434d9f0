// Prints, for each text on stdin (one per line), the hybrid headline, the rules' reading and their evidence.
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../lib/analysis';
import { loadEscalationModel } from '../../lib/analysis/escalation/learned';
import { installModel, loadModel } from '../../lib/model';

const lines = readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
installModel(null);
const rules = lines.map((t) => analyzeMessage(t));
installModel(await loadModel());
await loadEscalationModel();
for (const [i, t] of lines.entries()) {
  const h = analyzeMessage(t);
  const r = rules[i]!;
  const em = Object.entries(r.emotions)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k}=${v.toFixed(2)}`)
    .join(' ');
  const ev = r.evidence
    .filter((e) => e.label)
    .map((e) => `${e.text}:${e.label}:${e.weight}`)
    .join(', ');
  console.log(
    `${h.primary.padEnd(11)} rules=${r.primary} [${em}] esc=${r.escalation.join('+')} conf=${h.confidence}\n   ${t.slice(0, 110)}\n   ev: ${ev}`,
  );
}
