import { analyzeMessage } from '../lib/analysis';
for (const t of process.argv.slice(2)) {
  const a = analyzeMessage(t);
  console.log(t, '→', a.language, a.valence, JSON.stringify(a.escalationDetail?.map((d) => [d.flag, d.strength, d.cue.text, d.deadline?.text])));
}
